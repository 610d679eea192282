"""The document outline: every numbering shape councils print, their hierarchy, and titles as laid out.

Text snippets are written for these tests in the style of real papers; the PDF cases are drawn with
reportlab at exact positions, because what they test is layout: a title wrapped under a hanging
indent, a title column narrower than the page, a footer that carries a page number and a date.
"""

from __future__ import annotations

import io

import pytest

from councildocs.api import parse
from councildocs.extractors.items import parse_number
from councildocs.layout import lines_to_paras
from councildocs.loaders import load
from councildocs.loaders.text import text_to_document
from councildocs.outline import blocks_to_item_paras, blocks_to_outline


def outline_of(text: str, *, strict: bool = False) -> list[tuple[str, int, bool, str]]:
    """(number, level, is_item, title) of every node of a text paper's outline."""
    doc = text_to_document(text, "test.txt")
    outline = blocks_to_outline(blocks_to_item_paras(lines_to_paras(doc.lines_and_tables())), strict=strict)
    return [(n.heading.number, n.level, n.is_item, n.heading.title) for n in outline.nodes]


def items_of(text: str) -> list[tuple[str, str]]:
    return [(n, t) for n, _, item, t in outline_of(text) if item]


# -- number grammars ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "family", "depth"), [
    ("1", "n", 1), ("1.1", "n", 2), ("9.1.2", "n", 3), ("2307.01", "n", 2),
    ("a", "a", 1), ("A", "A", 1), ("iv", "i", 1), ("IV", "I", 1), ("1.A", "nA", 1), ("4.a.", "nA", 1),
])
def test_number_shapes_have_a_family_and_a_depth(printed: str, family: str, depth: int) -> None:
    number = parse_number(printed)
    assert (number.family, number.depth) == (family, depth)


@pytest.mark.parametrize(("line", "number", "title"), [
    ("1 Apologies for absence", "1", "Apologies for absence"),
    ("1. Apologies for absence", "1", "Apologies for absence"),
    ("1) Apologies for absence", "1", "Apologies for absence"),
    ("Item 7 Public questions", "7", "Public questions"),
    ("Item No 5 Public questions", "5", "Public questions"),
    ("16/10/6/1 Planning applications", "16/10/6/1", "Planning applications"),
    ("23/45 Planning applications", "23/45", "Planning applications"),
    ("CAB 12/19 Budget monitoring", "CAB 12/19", "Budget monitoring"),
    ("2307.01 Planning applications", "2307.01", "Planning applications"),
    ("R2023-093 Adoption of the budget", "R2023-093", "Adoption of the budget"),
])
def test_every_number_grammar_opens_an_item(line: str, number: str, title: str) -> None:
    text = f"Agenda\n{line}\n"
    assert items_of(text)[0] == (number, title)


@pytest.mark.parametrize(("lines", "expected"), [
    (["I. Call to order", "II. Roll call", "III. New business"], ["I", "II", "III"]),
    (["A.-1 Approve the warrant list", "A.-2 Approve the minutes"], ["A.-1", "A.-2"]),
    (["(a) Footpaths", "(b) Street lighting"], ["(a)", "(b)"]),
    (["1. Highways", "a) Footpaths", "b) Street lighting", "2. Finance"], ["1", "a", "b", "2"]),
    (["A. Footpaths", "B. Street lighting"], ["A", "B"]),
    # a US consent calendar: small letters after the parent's number; a lone "5.a" under its printed "5"
    (["4. Consent calendar", "4.a. Approval of minutes", "4.b. Warrant register", "5. Public hearings",
      "5.a. Ordinance No. 2024-05", "6. Adjournment"], ["4", "4.a", "4.b", "5", "5.a", "6"]),
    (["4. Consent calendar", "4.1 Approval of minutes", "4.2 Warrant register", "5. Public hearings",
      "5.1 Ordinance No. 2024-05", "6. Adjournment"], ["4", "4.1", "4.2", "5", "5.1", "6"]),
])
def test_lettered_and_roman_lists_start_at_their_first_value(lines: list[str], expected: list[str]) -> None:
    assert [n for n, _ in items_of("Agenda\n" + "\n".join(lines) + "\n")] == expected


def test_a_star_marks_an_exempt_item() -> None:
    doc = parse(text_to_document("Agenda\n1. Apologies\n2. Minutes\n*3. Sale of land at Mill Lane\n", "t.txt"))
    assert [(a.number, a.exempt) for a in doc.agenda_items] == [("1", False), ("2", False), ("3", True)]


# -- hierarchy ---------------------------------------------------------------------------------------

def test_lettered_items_nest_under_roman_sections() -> None:
    text = """\
Agenda
I. Call to order
II. Consent calendar
A. Approve the minutes of the meeting of 2 May 2024
B. Approve the warrant list
III. New business
A. Purchase of a fire engine
B. Road resurfacing contract
IV. Adjournment
"""
    nodes = outline_of(text)
    assert [(n, level) for n, level, item, _ in nodes if item] == [
        ("I", 0), ("II", 0), ("A", 1), ("B", 1), ("III", 0), ("A", 1), ("B", 1), ("IV", 0)]


def test_numbering_restarts_in_a_second_section() -> None:
    text = """\
Agenda
5:30 P.M. STUDY SESSION
1. Budget workshop
2. Capital programme briefing
7:00 P.M. REGULAR MEETING
1. Pledge of allegiance
2. Public comment
3. Consent calendar
"""
    assert items_of(text) == [("1", "Budget workshop"), ("2", "Capital programme briefing"),
                              ("1", "Pledge of allegiance"), ("2", "Public comment"), ("3", "Consent calendar")]


def test_dotted_numbers_nest_under_their_heading() -> None:
    text = """\
Minutes
1. Apologies
None were received.
2. Planning applications
2.1 Land at Mill Lane
2.2 The Old Forge
3. Any other business
"""
    nodes = [(n, level) for n, level, item, _ in outline_of(text) if item]
    assert nodes == [("1", 0), ("2", 0), ("2.1", 1), ("2.2", 1), ("3", 0)]


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_sections_whose_numbers_are_only_in_their_items_stay_siblings(as_document, fmt: str) -> None:
    # A US county agenda: unnumbered section headings, items "3.1"-"3.2", then "4.1", "5.1"; "3", "4" and "5"
    # are never printed, so each section's items sit at the level of the last section's, never inside them.
    text = """\
BOARD OF SUPERVISORS REGULAR MEETING AGENDA
Tuesday, June 10, 2025 at 9:00 AM
CONSENT CALENDAR
3.1 HOUSING ELEMENT ANNUAL PROGRESS REPORT
Accept the 2024 Housing Element Annual Progress Report.
3.2 APPROVAL OF MINUTES OF MAY 20, 2025
REGULAR CALENDAR
4.1 BUDGET HEARINGS SCHEDULE
Adopt a resolution setting the schedule for budget hearings.
CLOSED SESSION
5.1 CONFERENCE WITH LEGAL COUNSEL
"""
    items = [(i.number, i.title) for i in parse(as_document(text, fmt)).agenda_items]
    assert items == [("3.1", "HOUSING ELEMENT ANNUAL PROGRESS REPORT"), ("3.2", "APPROVAL OF MINUTES OF MAY 20, 2025"),
                     ("4.1", "BUDGET HEARINGS SCHEDULE"), ("5.1", "CONFERENCE WITH LEGAL COUNSEL")]
    assert [(n, level) for n, level, _, _ in outline_of(text)] == [("3.1", 0), ("3.2", 0), ("4.1", 0), ("5.1", 0)]


def test_numbered_clauses_of_a_sentence_are_not_items() -> None:
    text = """\
Agenda
1. Apologies
2. Key decisions
A key decision is one which is likely to:
1) result in expenditure of £500,000 or more;
2) affect two or more wards.
3. Any other business
"""
    assert [n for n, _ in items_of(text)] == ["1", "2", "3"]


def test_a_title_wrapped_over_three_lines_in_text_is_one_title() -> None:
    text = """\
Agenda
1. Approval of a contract with Hill Paving in the amount of
$1,200,000 for the resurfacing of
various streets in the town centre
2. Review of the annual climate report
"""
    assert items_of(text) == [
        ("1", "Approval of a contract with Hill Paving in the amount of $1,200,000 for the resurfacing of "
              "various streets in the town centre"),
        ("2", "Review of the annual climate report")]


def test_approval_of_minutes_of_an_earlier_meeting_stays_an_agenda_item() -> None:
    doc = parse(text_to_document(
        "Parish Council\nAgenda\n1. Apologies\n2. Approval of minutes of the meeting of 18 November\n"
        "3. Finance\n", "t.txt"))
    assert [a.title for a in doc.agenda_items][1] == "Approval of minutes of the meeting of 18 November"
    assert doc.kind == "agenda" and doc.minutes == []


# -- layout (PDF) ------------------------------------------------------------------------------------

def draw_pdf(pages: list[list[tuple[float, float, str]]], *, size: tuple[float, float] = (612, 792),
             font_size: float = 12) -> bytes:
    """A PDF with each page's strings drawn at (x, y-from-top)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    for page in pages:
        c.setFont("Helvetica", font_size)
        for x, top, text in page:
            c.drawString(x, size[1] - top, text)
        c.showPage()
    c.save()
    return out.getvalue()


def pdf_items(data: bytes) -> list[tuple[str, str]]:
    return [(a.number, a.title) for a in parse(load(data, name="test.pdf")).agenda_items]


LEADING = 14.5


def lines_at(x: float, top: float, texts: list[str]) -> list[tuple[float, float, str]]:
    return [(x, top + n * LEADING, t) for n, t in enumerate(texts)]


def test_a_title_wrapped_over_three_lines_under_a_hanging_indent_is_one_title() -> None:
    # A US city agenda: the number at the margin, the title's lines indented to where its text starts,
    # every line but the last running to the right margin; the last line is short, and a description
    # at the same indent follows after a gap.
    page = [
        (72, 60, "City Council Agenda"),
        (72, 100, "1. Approval of a Contract With Hill Paving, Inc. in the Amount of"),
        *lines_at(90, 100 + LEADING, ["$1,557,662 for the Various Streets Resurfacing Project, Capital",
                                      "Program Project PE-86070"]),
        (72, 170, "2. Review of the Annual Earth Day Report"),
        (90, 170 + LEADING, "Staff will present the report."),
        (72, 220, "3. Adjournment"),
    ]
    # the right margin is set by the longest line of the page
    page.append((72, 260, "Materials related to an item on this agenda are available for public inspection."))
    items = pdf_items(draw_pdf([page]))
    assert items[:3] == [
        ("1", "Approval of a Contract With Hill Paving, Inc. in the Amount of $1,557,662 for the Various "
              "Streets Resurfacing Project, Capital Program Project PE-86070"),
        ("2", "Review of the Annual Earth Day Report"),
        ("3", "Adjournment"),
    ]


def test_a_short_title_line_ends_the_title_even_under_a_hanging_indent() -> None:
    # The first line stops where the next word would still have fitted: the indented line below is
    # the item's description, not the rest of its title.
    page = [
        (72, 60, "City Council Agenda"),
        (72, 100, "1. CONFERENCE WITH REAL PROPERTY NEGOTIATORS"),
        (108, 100 + LEADING, "Authority: Government Code Section 54956.8"),
        (72, 160, "2. Public comment on matters not on the agenda, limited to three minutes per speaker"),
        (72, 200, "3. Adjournment"),
    ]
    items = pdf_items(draw_pdf([page]))
    assert items[0] == ("1", "CONFERENCE WITH REAL PROPERTY NEGOTIATORS")


def test_a_title_column_narrower_than_the_page_still_wraps() -> None:
    # Titles printed in a column that ends before a page-number column: the wrapped line is judged
    # against the lines of its own column, not the page's widest line.
    page = [
        (72, 60, "County Council Agenda - a running title line that sets the margin"),
        (72, 100, "1. Apologies for absence"),
        (72, 130, "2. Declarations of Disclosable Pecuniary Interests or Other"),
        (90, 130 + LEADING, "Significant Interests in items on the agenda"),
        (72, 170, "3. Minutes of the meeting held on 9 January 2025"),
    ]
    items = pdf_items(draw_pdf([page]))
    assert items[1] == ("2", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests "
                             "in items on the agenda")


def test_page_footers_with_a_number_and_a_date_are_never_items() -> None:
    # '1   April 18, 2016' at the foot of each page, and a title that runs on to the next page.
    footer = 792 - 80
    page1 = [
        (72, 60, "City Council Agenda"),
        (72, 100, "1. Call to order"),
        (72, 130, "2. Approval of a Wastewater Enterprise Fund Contract With Ranger Pipelines in the"),
        (90, 130 + LEADING, "Amount of $3,386,018 for Sanitary Sewer Rehabilitation Project 27 in the Downtown"),
        (285, footer, "1"), (436, footer, "April 18, 2016"),
    ]
    page2 = [
        (90, 60, "North Neighborhoods"),
        (72, 100, "3. Council member questions and comments"),
        (285, footer, "2"), (436, footer, "April 18, 2016"),
    ]
    page3 = [(72, 100, "4. Adjournment"), (285, footer, "3"), (436, footer, "April 18, 2016")]
    data = draw_pdf([page1, page2, page3])
    items = pdf_items(data)
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    assert items[1][1].endswith("in the Downtown North Neighborhoods")
    doc = parse(load(data, name="test.pdf"))
    assert all(d.text != "April 18, 2016" for d in doc.dates)


def test_landscape_running_headers_and_page_numbers_are_not_items() -> None:
    # A landscape table report: a committee name at the top of every page and a page number at the foot.
    width, height = 842, 595
    pages = [[(40, 40, "Community Grant Applications 13th March 2018"),
              (40, 54, "Amenities, Leisure & Community Services Committee"),
              (40, 120, f"Applications received from organisations in ward {n}."),
              (420, 535, str(n))] for n in range(1, 5)]
    doc = parse(load(draw_pdf(pages, size=(width, height)), name="test.pdf"))
    assert doc.agenda_items == []


# -- what the document is ----------------------------------------------------------------------------

REPORT = """\
Town Council Meeting 21 February 2017
Agenda Item 166
Summer events
1. Purpose of Report
To advise Council of the proposed summer events.
2. Recommendations
Council is recommended to approve the events.
3. Background
The Town Council has run events since 2016.
4. Financial Implications
The cost is met from the events budget.
"""

FORWARD_PLAN = """\
Forward Plan
Notice of key decisions to be taken by the Policy Committee
Description of exempt information:
1. Information relating to any individual.
2. Information which is likely to reveal the identity of an individual.
3. Information relating to the financial or business affairs of any particular person.
"""


@pytest.mark.parametrize(("text", "kind"), [(REPORT, "report"), (FORWARD_PLAN, "forward_plan")])
def test_numbered_sections_of_a_report_or_forward_plan_are_not_an_agenda(text: str, kind: str) -> None:
    # A report's own numbered sections (Purpose, Recommendations, Background) and a forward plan's
    # numbered glossary are the structure of the paper, not items of a meeting.
    doc = parse(text_to_document(text, "paper.txt"))
    assert doc.kind == kind
    assert doc.agenda_items == []


def test_a_headed_agenda_with_minutes_after_it_is_a_pack() -> None:
    text = """\
Parish Council
Agenda
1. Apologies
2. Minutes of the last meeting
3. Finance
Minutes of the meeting of the Parish Council held on 4 March 2024
Present: Councillors A Smith (Chair), B Jones and C Brown
1. Apologies
None.
2. Finance
RESOLVED that the accounts be approved.
"""
    doc = parse(text_to_document(text, "pack.txt"))
    assert doc.kind == "pack"
    assert len(doc.agenda_items) == 3 and len(doc.minutes) == 1


def table_pdf(title: str, rows: list[list[str]]) -> bytes:
    """An A4 PDF: a title, then a ruled table of ``rows``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    out = io.BytesIO()
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(title, getSampleStyleSheet()["Title"]), table])
    return out.getvalue()


def test_a_table_of_figures_on_a_front_sheet_is_not_an_agenda() -> None:
    # A budget table: numbered rows, each with amounts; an agenda row has one number and a title.
    rows = [["No", "Change", "2025-26", "2026-27", "2027-28"]] + [
        [str(n), f"Base budget change {n}", f"{n * 101.5:,.1f}", f"-{n * 3}.0", "0.0"] for n in range(1, 9)]
    doc = parse(load(table_pdf("Budget Amendment", rows), name="budget.pdf"))
    assert doc.agenda_items == []


def test_an_agenda_table_with_page_numbers_is_read() -> None:
    rows = [["No", "Item", "Pages"], ["1", "Apologies for absence", ""], ["2", "Minutes of the last meeting", "1 - 6"],
            ["3", "Budget monitoring", "7 - 20"]]
    doc = parse(load(table_pdf("Agenda", rows), name="agenda.pdf"))
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Budget monitoring")]


def test_a_lettered_sentence_of_record_in_minutes_is_not_an_item() -> None:
    text = """\
Minutes
3. Disposal of Land
(a) Circulated, copy of Statutory Notice dated 16th December, 2024, concerning disposal of 4, Main Street, \
Kilteely, Co. Limerick, together with Site Layout Plan outlining the area in Red.
(b) Circulated, copy of Statutory Notice dated 27th January, 2025, concerning disposal of 1, Main Street, \
Ballylanders, Co. Limerick, together with Site Layout Plan outlining the area in Red.
4. Housing
"""
    assert [n for n, _ in items_of_minutes(text)] == ["3", "4"]


def items_of_minutes(text: str) -> list[tuple[str, str]]:
    return [(n, t) for n, _, item, t in outline_of(text, strict=True) if item]


def test_a_roman_point_that_reports_what_was_circulated_is_not_an_item() -> None:
    # The number on a line of its own, the sentence below it: "Circulated, report of the Chairperson …"
    # reads in title case but is a sentence of record.
    text = """\
Minutes
4. Strategic Policy Committee Reports
(i)
Circulated, report of the Chairperson of the Travel and Transportation Strategic Policy Committee dated 20th March.
(ii)
Circulated, report of the Chairperson of the Economic Development Strategic Policy Committee dated 21st March.
5. Correspondence
"""
    assert [n for n, _ in items_of_minutes(text)] == ["4", "5"]


def test_items_taken_together_out_of_order_keep_their_numbers() -> None:
    # Motions 24, 27 and 33 were taken together, then the minutes take up again at 25.
    text = "Minutes\n" + "\n".join(f"{n}. Notice of Motion submitted by Councillor {name}" for n, name in [
        (23, "Galvin"), (24, "Sheahan"), (27, "Collins"), (33, "Keary"), (25, "Slattery"), (26, "Gavan"),
        (28, "Benson"), (32, "Hickey"), (34, "Scanlan")]) + "\n35. Correspondence\n"
    assert [n for n, _ in items_of_minutes(text)] == ["23", "24", "27", "33", "25", "26", "28", "32", "34", "35"]



def wrap_to(width: float, text: str, first_width: float | None = None) -> list[str]:
    """``text`` broken into lines as a word processor fills them: each as long as fits ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        limit = first_width if first_width is not None and not lines else width
        if stringWidth(trial, "Helvetica", 12) > limit and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def test_a_heading_sentence_run_on_into_its_description_is_cut_at_its_first_sentence() -> None:
    # A staff-report agenda: the item's heading sentence and its whole description printed as one
    # hanging-indent paragraph, every line filled to the margin, longer than any title can be. The
    # title is the first sentence; a full stop after 'No.' or 'Inc.' does not end it.
    title = ("Approval of Amendment No. 2 to the Contract With Hill Paving, Inc. for the Resurfacing of "
             "Various Streets Citywide")
    description = " ".join([
        "The proposed amendment adds the resurfacing of eleven streets to the contract awarded last year.",
        "Staff recommend that the Council authorise the City Manager to execute the amendment in an",
        "amount not to exceed the sum budgeted in the adopted capital improvement programme for this",
        "financial year, with a contingency for unforeseen conditions found during construction work.",
    ] * 3)
    lines = wrap_to(430, f"1. {title}. {description}", first_width=430 + 36)
    page = [
        (72, 60, "City Council Agenda"),
        (72, 100, lines[0]),
        *lines_at(108, 100 + LEADING, lines[1:]),
        (72, 100 + LEADING * (len(lines) + 2), "2. Council member questions and comments"),
        (72, 100 + LEADING * (len(lines) + 4), "3. Adjournment"),
    ]
    assert len(lines) > 12
    items = pdf_items(draw_pdf([page]))
    assert items == [("1", title), ("2", "Council member questions and comments"), ("3", "Adjournment")]


def test_a_contents_list_with_dot_leaders_gives_titles_and_pages() -> None:
    # New Zealand and Australian agendas open with an order of business set as a contents page.
    doc = parse(text_to_document(
        "ORDER OF BUSINESS\n1 Karakia .................................. 5\n"
        "2 Apologies . . . . . . . . . . . . . . . . 5\n3 Reports ....................................... 15\n"
        "3.1 Mayor's Report …………………… 15\n3.2 Chief Executive's Report ......... 21\n", "t.txt"))
    assert [(a.number, a.title, a.page_start) for a in doc.agenda_items] == [
        ("1", "Karakia", 5), ("2", "Apologies", 5), ("3", "Reports", 15), ("3.1", "Mayor's Report", 15),
        ("3.2", "Chief Executive's Report", 21)]


def test_a_pack_repeats_its_contents_items_over_their_reports_once() -> None:
    # The contents page lists each item with its page; the pack then prints each item's heading again over
    # its report. Items repeated without pages (each session of a joint meeting) are left as printed.
    contents = ["1 Karakia", "2 Apologies", "3 Declarations of Interest", "4 Confirmation of Minutes",
                "4.1 Ordinary Council Meeting - 13 February 2024", "5 Reports", "5.1 Mayor's Report",
                "5.2 Chief Executive's Report", "6 Public Excluded Session"]
    pages = [5, 5, 5, 6, 6, 15, 15, 21, 30]
    text = ("ORDER OF BUSINESS\n" + "".join(f"{line} ........ {page}\n" for line, page in zip(contents, pages, strict=True))
            + "\n1 KARAKIA\nCr Melser will open the meeting.\n\n2 APOLOGIES\nNone at the time of writing.\n\n"
            "3 DECLARATIONS OF INTEREST\nMembers are reminded to declare any interests.\n\n"
            "4 CONFIRMATION OF MINUTES\n4.1 ORDINARY COUNCIL MEETING - 13 FEBRUARY 2024\nRECOMMENDATION\n"
            "That the minutes of the Ordinary Council Meeting held on 13 February 2024 be confirmed.\n\n"
            "5 REPORTS\n5.1 MAYOR'S REPORT\nFile Number: 2024/12\nAuthor: Andrew Tripp, Mayor\n")
    doc = parse(text_to_document(text, "t.txt"))
    assert [(a.number, a.title) for a in doc.agenda_items] == [tuple(line.split(" ", 1)) for line in contents]


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_title_may_open_with_a_capital_outside_ascii(as_document, fmt: str) -> None:
    # Irish, Welsh and New Zealand papers: "10 Ó Briain Park Lease", "9.2 Ōtaki Community Board Work Programme"
    # (the test PDF's standard font draws no Ō, so that title is read from text only).
    otaki = "9.2 Ōtaki Community Board Work Programme 2024\n" if fmt == "text" else ""
    text = ("COMMUNITY BOARD\nTuesday 5 March 2024 at 7:00pm\n\nBUSINESS\n9 Reports\n9.1 Community Board Grants\n"
            + otaki + "10 Ó Briain Park Lease\n11 Éire Fund Grants\n")
    items = [(i.number, i.title) for i in parse(as_document(text, fmt)).agenda_items]
    assert items == [("9", "Reports"), ("9.1", "Community Board Grants"),
                     *([("9.2", "Ōtaki Community Board Work Programme 2024")] if otaki else []),
                     ("10", "Ó Briain Park Lease"), ("11", "Éire Fund Grants")]


# Officers' reports with lettered sub-items, and a resolution's title wrapped over three lines under a hanging
# indent with the next item's number on the line right below it: every line evenly spaced, as a school
# board's agenda prints them (the reader joins evenly spaced lines into one paragraph).
OFFICERS_REPORTS = [
    (72, 60, "Board of Trustees Regular Meeting Agenda, Tuesday, January 13, 2015 at 6:00 p.m."),
    (72, 100, "8. Officers' Reports (A maximum of 5 minutes will be allotted to each speaker)"),
    *lines_at(100, 100 + LEADING, ["(a) Vice Presidents", "(b) College President", "(c) Academic Senate"]),
    (72, 100 + 4 * LEADING, "9. Action Items"),
    (90, 100 + 5 * LEADING, "9.1 Adoption of Resolution No. 15-16-11 -- A Resolution of the Board of"),
    *lines_at(112, 100 + 6 * LEADING, ["Education of the District, Santa Clara County, Authorizing the",
                                       "Issuance of General Obligation Bonds, Series C, and Actions",
                                       "Related Thereto"]),
    (90, 100 + 9 * LEADING, "9.2 Adoption of Educator Effectiveness Grant for 2015-2017"),
    (72, 100 + 10 * LEADING, "10. Adjournment"),
]


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_numbered_or_lettered_heading_below_a_full_title_line_starts_its_own_item(fmt: str) -> None:
    # A title that fills its line may wrap, but a line that opens with the next number of a list ("(b)"
    # after "(a)", "9.2" back at the number's column) or a first sub-item ("(a)") is an item of its own.
    if fmt == "pdf":
        items = pdf_items(draw_pdf([OFFICERS_REPORTS], font_size=11))
    else:
        text = "\n".join(t for _, _, t in OFFICERS_REPORTS)
        items = [(a.number, a.title) for a in parse(text_to_document(text, "test.txt")).agenda_items]
    assert [n for n, _ in items] == ["8", "(a)", "(b)", "(c)", "9", "9.1", "9.2", "10"]
    titles = dict(items)
    assert titles["8"] == "Officers' Reports (A maximum of 5 minutes will be allotted to each speaker)"
    assert [titles[n] for n in ("(a)", "(b)", "(c)", "9.2")] == [
        "Vice Presidents", "College President", "Academic Senate", "Adoption of Educator Effectiveness Grant for 2015-2017"]
    if fmt == "pdf":  # the hanging indent tells where the wrapped title ends
        assert titles["9.1"] == (
            "Adoption of Resolution No. 15-16-11 -- A Resolution of the Board of Education of the District, Santa "
            "Clara County, Authorizing the Issuance of General Obligation Bonds, Series C, and Actions Related Thereto")


def test_the_ninth_letter_after_an_item_number_is_a_letter_not_a_roman_one() -> None:
    # "5.I" after "5.A"-"5.H" is the ninth letter of the list; "5.I." before "5.II." is roman (CivicPlus).
    lettered = "Agenda\n5. Consent Calendar\n" + "".join(f"5.{c} Item {c}\n" for c in "ABCDEFGHIJ") + "6. Adjournment\n"
    assert [n for n, _ in items_of(lettered)] == ["5", *(f"5.{c}" for c in "ABCDEFGHIJ"), "6"]
    roman = "Agenda\n5. Consent Calendar\n5.I. Payroll Report\n5.II. Leave Report\n5.III. Refunds\n6. Adjournment\n"
    assert [n for n, _ in items_of(roman)] == ["5", "5.I", "5.II", "5.III", "6"]
