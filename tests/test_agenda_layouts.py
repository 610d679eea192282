"""Agenda layouts that US city councils, school boards and Canadian councils publish (issue 10: hand-labelled
agendas of bodies nobody tuned for).

Each story is an agenda as one of the common agenda systems prints it (Legistar, Granicus/iQM2, BoardDocs,
eSCRIBE/CivicClerk, roman-numbered school-board agendas, time-slotted work sessions), read as text and as a
printed PDF, and the items a careful labeller lists: every numbered heading with a title of its own, its number
as printed. Names are invented; the wordings and numbering are those of real agendas.
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]


def _items(as_document, text: str, fmt: str) -> list[tuple[str, str]]:
    record = parse(as_document(text, fmt))
    assert record.kind == "agenda"
    return [(i.number, i.title) for i in record.agenda_items]


LEGISTAR = """\
City of Brookhaven
Meeting Agenda
City Council
Tuesday, March 8, 2016 7:00 PM Council Chambers

CALL TO ORDER

ROLL CALL

PLEDGE OF ALLEGIANCE

CONSENT CALENDAR

1.A 16-0312 Approve the Minutes of the Regular Meeting of February 23, 2016

Attachments: Draft Minutes 02-23-16

1.B 16-0301 Award of Contract for Street Resurfacing to Granite Paving, Inc.

1.C 16-0317 Adopt a Resolution Accepting the Annual Housing Element Progress Report

PUBLIC HEARINGS

2 16-0280 Introduce an Ordinance Amending Chapter 19 of the Municipal Code Regarding Accessory Dwelling Units

Attachments: Staff Report

3 16-0305 2016-17 Budget Priorities

ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_legistar_sections_with_file_numbers(as_document, fmt: str) -> None:
    # The file number (16-0312) is no part of the title; a year range may open one (2016-17 Budget …);
    # the unnumbered section headings are neither items nor the description of the item above them.
    record = parse(as_document(LEGISTAR, fmt))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1.A", "Approve the Minutes of the Regular Meeting of February 23, 2016"),
        ("1.B", "Award of Contract for Street Resurfacing to Granite Paving, Inc."),
        ("1.C", "Adopt a Resolution Accepting the Annual Housing Element Progress Report"),
        ("2", "Introduce an Ordinance Amending Chapter 19 of the Municipal Code Regarding Accessory Dwelling Units"),
        ("3", "2016-17 Budget Priorities")]
    assert record.agenda_items[2].description is None  # was "PUBLIC HEARINGS"


GRANICUS = """\
CITY OF LAKEVIEW
CITY COUNCIL REGULAR MEETING AGENDA
Monday, June 6, 2022 at 6:30 PM

1. CALL TO ORDER

2. ROLL CALL

3. PLEDGE OF ALLEGIANCE

4. CONSENT AGENDA

4.1 Approval of Minutes of the May 16, 2022 Regular Meeting

4.2 Approval of Claims and Payroll

5. PUBLIC HEARINGS

5.1 Ordinance 2022-08 Amending the Zoning Code for Short-Term Rentals
A. Staff Presentation
B. Public Hearing

6. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_granicus_numbered_procedure_with_sub_items(as_document, fmt: str) -> None:
    assert _items(as_document, GRANICUS, fmt) == [
        ("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "PLEDGE OF ALLEGIANCE"), ("4", "CONSENT AGENDA"),
        ("4.1", "Approval of Minutes of the May 16, 2022 Regular Meeting"), ("4.2", "Approval of Claims and Payroll"),
        ("5", "PUBLIC HEARINGS"), ("5.1", "Ordinance 2022-08 Amending the Zoning Code for Short-Term Rentals"),
        ("A", "Staff Presentation"), ("B", "Public Hearing"), ("6", "ADJOURNMENT")]


# BoardDocs prints each item as a record of labelled fields; the Category field repeats the section.
BOARDDOCS = """\
Maple Grove Unified School District
Regular Board Meeting
Agenda
September 12, 2023 6:00 PM

1. Opening Items

Subject 1.01 Call to Order
Meeting Sep 12, 2023 - Regular Board Meeting
Category 1. Opening Items
Type Procedural

Subject 1.02 Roll Call
Meeting Sep 12, 2023 - Regular Board Meeting
Category 1. Opening Items
Type Procedural

2. Consent Agenda

Subject 2.01 Approval of Minutes of the August 22, 2023 Regular Meeting
Meeting Sep 12, 2023 - Regular Board Meeting
Category 2. Consent Agenda
Type Action (Consent)

Subject 2.03 Approve Consent Agenda
Meeting Sep 12, 2023 - Regular Board Meeting
Category 2. Consent Agenda
Type Action, Discussion
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_boarddocs_items_printed_as_labelled_fields(as_document, fmt: str) -> None:
    # 'Subject 1.01 Call to Order' is item 1.01 (was the description of section 1); 'Category 1. Opening
    # Items' restates the section, it is no second item 1.
    assert _items(as_document, BOARDDOCS, fmt) == [
        ("1", "Opening Items"), ("1.01", "Call to Order"), ("1.02", "Roll Call"), ("2", "Consent Agenda"),
        ("2.01", "Approval of Minutes of the August 22, 2023 Regular Meeting"), ("2.03", "Approve Consent Agenda")]


ESCRIBE = """\
The Corporation of the Town of Hillcrest
Council Agenda
Tuesday, April 9, 2024, 6:00 p.m.

1. Call to Order

2. Land Acknowledgement

3. Adoption of Minutes

3.1 Regular Council Meeting - March 26, 2024

That Council adopt the minutes of the Regular Council Meeting held on March 26, 2024.

4. Delegations

4.1 Delegation by the Hillcrest Curling Club Regarding Facility Upgrades

5. Staff Reports

5.1 Report CS-2024-11, 2024 Tax Rates By-law

That Council receive Report CS-2024-11 for information; and
That Council approve the 2024 tax rates as set out in Schedule A.

6. Adjournment
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_escribe_items_with_draft_resolutions(as_document, fmt: str) -> None:
    assert _items(as_document, ESCRIBE, fmt) == [
        ("1", "Call to Order"), ("2", "Land Acknowledgement"), ("3", "Adoption of Minutes"),
        ("3.1", "Regular Council Meeting - March 26, 2024"), ("4", "Delegations"),
        ("4.1", "Delegation by the Hillcrest Curling Club Regarding Facility Upgrades"), ("5", "Staff Reports"),
        ("5.1", "Report CS-2024-11, 2024 Tax Rates By-law"), ("6", "Adjournment")]


# A school board's sections numbered 1.0, 2.0 …, their items 1.1, 1.2 … (the zero says "the section itself").
SECTIONS_NUMBERED_ZERO = """\
SUNRIDGE ELEMENTARY SCHOOL DISTRICT
BOARD OF TRUSTEES REGULAR MEETING
AGENDA
Wednesday, January 17, 2024 - 6:00 p.m.

1.0 CALL TO ORDER
1.1 Roll Call
1.2 Pledge of Allegiance
2.0 PUBLIC COMMENTS
3.0 CONSENT AGENDA
3.1 Approval of Minutes of the December 13, 2023 Regular Meeting
3.2 Approval of Warrants
4.0 ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_sections_numbered_with_a_zero(as_document, fmt: str) -> None:
    # Before: only 1.1 and 1.2 (2.0 read as a number out of sequence after 1.2).
    assert _items(as_document, SECTIONS_NUMBERED_ZERO, fmt) == [
        ("1.0", "CALL TO ORDER"), ("1.1", "Roll Call"), ("1.2", "Pledge of Allegiance"), ("2.0", "PUBLIC COMMENTS"),
        ("3.0", "CONSENT AGENDA"), ("3.1", "Approval of Minutes of the December 13, 2023 Regular Meeting"),
        ("3.2", "Approval of Warrants"), ("4.0", "ADJOURNMENT")]


ROMAN_SECTIONS = """\
BOARD OF EDUCATION
CEDAR FALLS SCHOOL DISTRICT
REGULAR MEETING AGENDA
Monday, October 2, 2023, 7:00 p.m.

I. CALL TO ORDER

II. CONSENT AGENDA
A. Approval of Minutes of September 18, 2023
B. Approval of Bills and Claims

III. ACTION ITEMS
A. Approve 2023-24 Certified Budget
B. Approve Resolution Authorizing Early Retirement Incentive
a. Certified Staff
b. Classified Staff

IV. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_roman_sections_with_lettered_items(as_document, fmt: str) -> None:
    # Lower-case lettered sub-items ('a.', 'b.') are items too (were lost); a year range opens a title.
    assert _items(as_document, ROMAN_SECTIONS, fmt) == [
        ("I", "CALL TO ORDER"), ("II", "CONSENT AGENDA"), ("A", "Approval of Minutes of September 18, 2023"),
        ("B", "Approval of Bills and Claims"), ("III", "ACTION ITEMS"), ("A", "Approve 2023-24 Certified Budget"),
        ("B", "Approve Resolution Authorizing Early Retirement Incentive"), ("a", "Certified Staff"),
        ("b", "Classified Staff"), ("IV", "ADJOURNMENT")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("lines", "expected"), [
    # Item letters after their section's number: 7A, 7B, then 8A under the next section, then 9.
    (["7A. Approval of Minutes of July 23, 2024", "7B. Approval of Warrants", "8A. Presentation of the Annual Audit",
      "9. Adjournment"],
     [("7A", "Approval of Minutes of July 23, 2024"), ("7B", "Approval of Warrants"),
      ("8A", "Presentation of the Annual Audit"), ("9", "Adjournment")]),
    # A roman section, its lettered item and the item's number in one: VII.A.1.
    (["VII.A.1 Approval of Minutes of February 3, 2025", "VII.A.2 Approval of Bills Payable",
      "VII.B.1 Approval of Field Trip Requests", "VIII.A Superintendent Report"],
     [("VII.A.1", "Approval of Minutes of February 3, 2025"), ("VII.A.2", "Approval of Bills Payable"),
      ("VII.B.1", "Approval of Field Trip Requests"), ("VIII.A", "Superintendent Report")]),
    # The same under an arabic section: 5.A, its items 5.A.1, 5.A.2, then 5.B.
    (["5. CONSENT AGENDA", "5.A Personnel", "5.A.1 Approval of Certified Staff Appointments",
      "5.A.2 Approval of Resignations", "5.B Finance", "5.B.1 Approval of Bills Payable", "6. ADJOURNMENT"],
     [("5", "CONSENT AGENDA"), ("5.A", "Personnel"), ("5.A.1", "Approval of Certified Staff Appointments"),
      ("5.A.2", "Approval of Resignations"), ("5.B", "Finance"), ("5.B.1", "Approval of Bills Payable"),
      ("6", "ADJOURNMENT")]),
    # A letter and a number joined by a hyphen (consent items, then B-1).
    (["A-1 Call to Order", "A-2 Invocation", "B-1 Approval of Consent Agenda", "B-2 2024-25 Fiscal Year Budget Hearing"],
     [("A-1", "Call to Order"), ("A-2", "Invocation"), ("B-1", "Approval of Consent Agenda"),
      ("B-2", "2024-25 Fiscal Year Budget Hearing")]),
    # Legistar file numbers of other shapes (2016-0312, 23-045) stand between number and title; a year range
    # (2016-2017) is the title's start.
    (["1 2016-0312 Approve the Minutes of the Regular Meeting of February 23, 2016",
      "2 23-045 Award of Contract for Street Resurfacing", "3 2016-2017 Budget Priorities",
      "4 16-0317 Adopt a Resolution Accepting the Housing Report"],
     [("1", "Approve the Minutes of the Regular Meeting of February 23, 2016"),
      ("2", "Award of Contract for Street Resurfacing"), ("3", "2016-2017 Budget Priorities"),
      ("4", "Adopt a Resolution Accepting the Housing Report")]),
    # A section's initials before the number (CA-1 for the consent agenda's first item, PH-1 for the first
    # public hearing): each section numbers its own list, a list of one (NB-1) included.
    (["CONSENT AGENDA", "CA-1 Approval of Minutes of July 23, 2024", "CA-2 Approval of Warrants",
      "PUBLIC HEARINGS", "PH-1 Ordinance No. 24-09 Zoning Amendment", "NEW BUSINESS",
      "NB-1 Award of Contract for Park Lighting"],
     [("CA-1", "Approval of Minutes of July 23, 2024"), ("CA-2", "Approval of Warrants"),
      ("PH-1", "Ordinance No. 24-09 Zoning Amendment"), ("NB-1", "Award of Contract for Park Lighting")]),
    # Roman and lettered numbers printed in a column of their own, each on the line above its title.
    (["I.", "CALL TO ORDER", "II.", "CONSENT CALENDAR", "A.", "Approval of Minutes of July 23, 2024", "B.",
      "Approval of Warrants", "III.", "ADJOURNMENT"],
     [("I", "CALL TO ORDER"), ("II", "CONSENT CALENDAR"), ("A", "Approval of Minutes of July 23, 2024"),
      ("B", "Approval of Warrants"), ("III", "ADJOURNMENT")]),
    # A work session's time slots before the numbers, a single start time or a range.
    (["6:00 p.m. 1. Call to Order", "6:05 p.m. 2. Pledge of Allegiance",
      "6:10 - 7:00 PM 3. Discussion of the Capital Improvement Plan", "7:00 p.m. 4. Adjourn"],
     [("1", "Call to Order"), ("2", "Pledge of Allegiance"), ("3", "Discussion of the Capital Improvement Plan"),
      ("4", "Adjourn")]),
    # Estimated times at the end of a title are its time slot, not title; a time after 'at' is the title's.
    (["1. CALL TO ORDER 6:00 PM", "2. PRESENTATIONS 6:05 - 6:20 PM",
      "3. Discussion of the Capital Improvement Plan 6:20 p.m.", "4. Closed Session at 7:30 p.m.",
      "5. ADJOURNMENT 8:00 PM"],
     [("1", "CALL TO ORDER"), ("2", "PRESENTATIONS"), ("3", "Discussion of the Capital Improvement Plan"),
      ("4", "Closed Session at 7:30 p.m."), ("5", "ADJOURNMENT")]),
    # Letter and number, or number and letter, each closed by a stop (A.1., 1.A.); the stop is no part of it.
    (["A. CONSENT CALENDAR", "A.1. Approval of Minutes of July 23, 2024", "A.2. Approval of Warrants",
      "B. PUBLIC HEARINGS", "B.1. Ordinance No. 24-09 Zoning Amendment"],
     [("A", "CONSENT CALENDAR"), ("A.1", "Approval of Minutes of July 23, 2024"), ("A.2", "Approval of Warrants"),
      ("B", "PUBLIC HEARINGS"), ("B.1", "Ordinance No. 24-09 Zoning Amendment")]),
    (["1. CONSENT CALENDAR", "1.A. Approval of Minutes of July 23, 2024", "1.B. Approval of Warrants",
      "2. PUBLIC HEARINGS", "2.A. Ordinance No. 24-09 Zoning Amendment"],
     [("1", "CONSENT CALENDAR"), ("1.A", "Approval of Minutes of July 23, 2024"), ("1.B", "Approval of Warrants"),
      ("2", "PUBLIC HEARINGS"), ("2.A", "Ordinance No. 24-09 Zoning Amendment")]),
    # Lower-case roman sub-items under a numbered item (i. alone was lost with ii. unread).
    (["1. Call to Order", "2. New Business", "i. Ordinance No. 24-09 Zoning Amendment",
      "ii. Resolution No. 24-31 Fee Schedule", "iii. Award of Contract for Park Lighting", "3. Adjournment"],
     [("1", "Call to Order"), ("2", "New Business"), ("i", "Ordinance No. 24-09 Zoning Amendment"),
      ("ii", "Resolution No. 24-31 Fee Schedule"), ("iii", "Award of Contract for Park Lighting"),
      ("3", "Adjournment")]),
    # Numbers after '#' (kept without it).
    (["#1 Call to Order", "#2 Approval of Minutes of July 23, 2024", "#3 Ordinance No. 24-09 Zoning Amendment"],
     [("1", "Call to Order"), ("2", "Approval of Minutes of July 23, 2024"),
      ("3", "Ordinance No. 24-09 Zoning Amendment")]),
    # The word Item before a number of any shape (7.A, #8A), as before a plain one; the number is kept as
    # printed, with its label ("numbers as printed: 4, 4.1, Item 7").
    (["Item 7. CONSENT CALENDAR", "Item 7.A Approval of Minutes of July 23, 2024", "Item 7.B Approval of Warrants",
      "Agenda Item #8A Ordinance No. 24-09 Zoning Amendment", "Item 9 Adjournment"],
     [("Item 7", "CONSENT CALENDAR"), ("Item 7.A", "Approval of Minutes of July 23, 2024"),
      ("Item 7.B", "Approval of Warrants"), ("Agenda Item #8A", "Ordinance No. 24-09 Zoning Amendment"),
      ("Item 9", "Adjournment")]),
    # Items named by the word Item.
    (["ITEM 1: CALL TO ORDER", "ITEM 2: APPROVAL OF MINUTES OF MARCH 19, 2024", "ITEM 3: ADJOURNMENT"],
     [("ITEM 1", "CALL TO ORDER"), ("ITEM 2", "APPROVAL OF MINUTES OF MARCH 19, 2024"), ("ITEM 3", "ADJOURNMENT")]),
])
def test_item_number_shapes(as_document, fmt: str, lines: list[str], expected: list[tuple[str, str]]) -> None:
    text = "CITY OF HARBOR POINT\nCITY COUNCIL MEETING AGENDA\nTuesday, August 13, 2024\n\n" + "\n".join(lines) + "\n"
    assert _items(as_document, text, fmt) == expected


# Unnumbered headings between numbered items (as many school boards print Call to Order, Public Comment,
# Adjournment): the order of business's steps and sections, not items (see extractors/agenda.py), whatever
# their case; the numbered items around them stay whole.
UNNUMBERED_STEPS = """\
LAKESIDE SCHOOL DISTRICT
BOARD OF EDUCATION REGULAR MEETING
AGENDA
Tuesday, November 14, 2023, 6:30 PM

Call to Order

Pledge of Allegiance

1. Approval of Agenda

2. Approval of Minutes of October 24, 2023

Public Comment

3. Superintendent's Report

4. Approve the 2024-25 School Calendar

Adjournment
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_unnumbered_steps_of_the_order_of_business_are_not_items(as_document, fmt: str) -> None:
    record = parse(as_document(UNNUMBERED_STEPS, fmt))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1", "Approval of Agenda"), ("2", "Approval of Minutes of October 24, 2023"), ("3", "Superintendent's Report"),
        ("4", "Approve the 2024-25 School Calendar")]


BOARD_WITH_COMMITTEE_ROLLS = """\
BOARD OF SUPERVISORS
AGENDA
Tuesday, November 4, 2025 - 2:00 PM
Regular Meeting

ROLL CALL AND PLEDGE OF ALLEGIANCE

APPROVAL OF MEETING MINUTES

UNFINISHED BUSINESS

Recommendation of the Budget and Finance Committee
Present: Supervisors Chan, Dorsey, Chen

1. 250946 [Appropriation - Harbour Bond Proceeds - $5,769,288 - FY2025-2026]
Sponsors: Mayor; Dorsey
Ordinance appropriating $5,769,288 of bond proceeds to fund affordable housing projects.
Question: Shall this Ordinance be FINALLY PASSED?

Recommendation of the Government Audit and Oversight Committee
Present: Supervisors Fielder, Sauter

2. 250210 [Labor and Employment Code - Health Care Expenditure Requirements]
Ordinance amending the Labor and Employment Code.
Question: Shall this Ordinance be PASSED ON FIRST READING?
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_committee_attendance_inside_an_agenda_is_no_minutes(as_document, fmt: str) -> None:
    # "Present: Supervisors A, B" under a committee's recommendation says who heard the matter in committee:
    # with no minutes title above it, it is the agenda's text, and the agenda's items stay items. A matter
    # number before a title in square brackets is the item's file number; the brackets are not its title.
    record = parse(as_document(BOARD_WITH_COMMITTEE_ROLLS, fmt))
    assert record.kind == "agenda"
    assert record.minutes == []
    assert [(i.number, i.file_number, i.title) for i in record.agenda_items] == [
        ("1", "250946", "Appropriation - Harbour Bond Proceeds - $5,769,288 - FY2025-2026"),
        ("2", "250210", "Labor and Employment Code - Health Care Expenditure Requirements"),
    ]


GUIDELINES_THEN_LETTERED_SECTIONS = """\
Valley Unified School District
Board of Education Agenda
August 27, 2024

PUBLIC PARTICIPATION GUIDELINES
1. In Person Public Comment. Public comment may be offered in person during the board meeting.
2. Online Submission of Public Comment. Members of the public may submit written comments online.

A. OPEN SESSION/CALL TO ORDER - 5:15 p.m.
1. Visitor Comments (for closed session agenda items only)

B. CLOSED SESSION - 5:15 p.m.
1. Student readmission in one case
2. Conference with Legal Counsel -- Anticipated Litigation

C. CONSENT CALENDAR - C-1/C-2 - 7:15 p.m.
1. Personnel Report
The superintendent is recommending that the board approve the personnel report.
2. Purchasing Report
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_sections_in_capitals_are_not_nested_under_the_list_above(as_document, fmt: str) -> None:
    # "A. OPEN SESSION" in capitals after a numbered list in ordinary case starts the agenda's own outline: its
    # numbered items are items of their section, not clauses of a guideline paragraph above it.
    items = _items(as_document, GUIDELINES_THEN_LETTERED_SECTIONS, fmt)
    assert items[2:] == [
        ("A", "OPEN SESSION/CALL TO ORDER"), ("1", "Visitor Comments (for closed session agenda items only)"),
        ("B", "CLOSED SESSION"), ("1", "Student readmission in one case"),
        ("2", "Conference with Legal Counsel -- Anticipated Litigation"),
        ("C", "CONSENT CALENDAR - C-1/C-2"), ("1", "Personnel Report"), ("2", "Purchasing Report")]


COVER_THEN_AGENDA = """\
BOARD OF SUPERVISORS
COUNTY OF ALDER
AGENDA
Board Chamber, Room 250
Tuesday, November 4, 2025 - 2:00 PM
Regular Meeting
Dana Reyes, President
Sam Ortiz, Vice President
Lee Park, Supervisor

Agendas of the Board of Supervisors are available at the Clerk's office.

AGENDA
1. 250946 [Appropriation - Harbour Bond Proceeds]
2. 250210 [Labor and Employment Code Amendments]
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_agenda_heading_on_a_cover_and_again_over_the_business(as_document, fmt: str) -> None:
    # The cover's "AGENDA" heads the meeting's particulars and its members; the items are under the second.
    record = parse(as_document(COVER_THEN_AGENDA, fmt))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1", "Appropriation - Harbour Bond Proceeds"), ("2", "Labor and Employment Code Amendments")]


def test_members_listed_under_a_cover_agenda_heading(as_document) -> None:
    # Text only: in this PDF rendering the cover's lines are set as one paragraph, and the roster reader
    # joins them into one line (a limit of line-joining, not of where the roster is looked for).
    record = parse(as_document(COVER_THEN_AGENDA, "text"))
    assert [(m.name, m.position) for m in record.meeting.members] == [
        ("Dana Reyes", "President"), ("Sam Ortiz", "Vice President"), ("Lee Park", "Supervisor")]


CIVICPLUS = """\
OAK HILLS RECREATION AND PARK DISTRICT BOARD OF DIRECTORS
REGULAR MEETING
Agenda for March 19, 2025

1. CALL TO ORDER

2. ROLL CALL

3. CONSENT CALENDAR

3.I. Accept And File: Enumeration Of Claims – February 2025.

Documents:

3.1 ENUMERATION OF CLAIMS - FEBRUARY (PERIOD 8).PDF

3.II. Accept And File: Payroll Report – February 2025.

Documents:

3.2A PAYROLL CONSOLIDATION REPORT - FEBRUARY.PDF
3.2B OVERTIME DETAIL - FEBRUARY.PDF

3.III. Accept And File: Leave Liability Report – February 2025.

3.IV. Accept And File: Contingency Fund Reconciliation Report – February 2025.

Documents:

3.4 CONTINGENCY FUND RECONCILIATION - FEBRUARY.PDF

4. NEW BUSINESS

4.I. Discussion And Possible Action Regarding The Park Master Plan.

5. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_civicplus_roman_sub_items_keep_their_numbers_and_attachments_are_not_items(as_document, fmt: str) -> None:
    # CivicPlus AgendaCenter numbers an item's sub-items in roman numerals after its number (3.I., 3.II.), and
    # lists the files attached to each under "Documents:": the numbers stay as printed (no misread digits),
    # and a file's name is never an item.
    assert _items(as_document, CIVICPLUS, fmt) == [
        ("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "CONSENT CALENDAR"),
        ("3.I", "Accept And File: Enumeration Of Claims – February 2025."),
        ("3.II", "Accept And File: Payroll Report – February 2025."),
        ("3.III", "Accept And File: Leave Liability Report – February 2025."),
        ("3.IV", "Accept And File: Contingency Fund Reconciliation Report – February 2025."),
        ("4", "NEW BUSINESS"), ("4.I", "Discussion And Possible Action Regarding The Park Master Plan."),
        ("5", "ADJOURNMENT")]
