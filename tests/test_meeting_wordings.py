"""The meeting as councils across the English-speaking world print it: the body's name among letterheads,
summonses and sentences, the date, start and end, and the place, in every title-block layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildocs.api import parse
from councildocs.loaders import load

HELD_SENTENCES = """MINUTES
TOWNSHIP OF ELMWOOD
Tuesday, April 18, 2023
A regular meeting of the Township of Elmwood Council was held on Tuesday, April 18, 2023 starting at 6:30 p.m.
The meeting was held in person at the Elmwood Community Centre, and livestreamed to the Township YouTube channel.
Present: Mayor Tom Reed and Councillors Ann Shaw, Bill Odell and Dan Yates.
R2023-093 D. Yates, A. Shaw: That the minutes of the meeting held April 4, 2023 be adopted. Carried.
The meeting closed at 8.30pm.
"""

LETTERHEAD_OVER_COMMITTEE = """NORTHSHIRE COUNTY COUNCIL
CABINET
MINUTES of a meeting of the Cabinet held in the Council Chamber, Shire Hall, Northtown on Thursday, 30th January 2025.
PRESENT: Mr R Gough (Chairman), Mr N Baker, Mrs S Chandler
84. Apologies
Apologies were received from Mrs C Bell.
"""

COUNCIL_UNDER_ITS_LETTERHEAD = LETTERHEAD_OVER_COMMITTEE.replace("CABINET\n", "COUNTY COUNCIL\n").replace(
    "meeting of the Cabinet", "meeting of the County Council")

SUMMONS_WITH_A_TITLE = """Summons to and Agenda for the Budget County Council Meeting on
Thursday, 13th February, 2025 at 9.30 am

DEMOCRATIC SERVICES
Wednesday, 5 February 2025
To: All Members of the County Council
A meeting of the County Council will be held in the Council Chamber, County Hall, Northtown on Thursday, 13th February, 2025 at 9.30 am to deal with the following business.

A G E N D A
1. Apologies for Absence
2. Minutes of the meeting held on 19 December 2024
"""

REPORT_TITLE = """Westbury Town Council Meeting 21 February 2017
Agenda Item 166
Summer in Westbury
Council is recommended to approve events to be funded from the
2017/18 budget for the Amenities, Leisure and Community Services Committee,
as set out below.
1. Purpose of Report
To advise Council of the proposed events.
"""

NAME_WITHOUT_A_BODY_WORD = """Amenities, Leisure and Community Services
Tuesday 13th March 2018
Westbury Town Hall
Present:
Cllrs Hodge (Chairman), Hewett, Mosson and Wood.
52 Apologies for Absence
Cllrs Ives and Ward.
Meeting Closed 21:00pm
"""

AUTHORITY_LETTERHEAD = """The Corporation of the Township of Elmwood
45 Beatty Street Elmwood ON P0H 1W0 Telephone 705-724-2144
*** AGENDA *** Tuesday, May 14, 2024 **START TIME 6:30 p.m.**
1. Disclosure of pecuniary interest.
2. Committee Reports.
3. Adjournment.
Council meetings will be held in person at 2381 Highway 654, Elmwood Community Centre and virtually utilizing the Zoom platform; and will be livestreamed.
"""

#: A US agenda's header in columns: (top, [(x, text), ...]) per printed line.
US_COLUMNS = [
    (50, [(55, "CITY OF LAKEVIEW"), (400, "TUESDAY, APRIL 5, 2016 - 4:30 PM")]),
    (63, [(55, "CITY COUNCIL AGENDA AND NOTICE"), (350, "PLAZA & COUNCIL CHAMBERS - 500 CASTRO ST.")]),
    (100, [(58, "Chris Clark, Councilmember"), (396, "Ken Rose, Vice Mayor")]),
    (112, [(58, "John Inks, Councilmember"), (396, "Leo Siegel, Councilmember")]),
    (136, [(58, "Dan Rich, City Manager"), (396, "Lorrie Brewer, City Clerk")]),
    (148, [(255, "Pat Show, Mayor")]),
    (190, [(55, "1. CALL TO ORDER")]),
    (205, [(55, "2. ROLL CALL")]),
    (220, [(70, "Councilmembers Clark, Inks, Siegel, Vice Mayor Rose, and Mayor Show")]),
]

#: The date, time and place in three columns, the place wrapped under its own column.
US_WRAPPED_PLACE = [
    (50, [(240, "City of Lakeview")]),
    (80, [(250, "Notice and Agenda")]),
    (100, [(265, "City Council")]),
    (130, [(55, "Tuesday, April 12, 2016"), (293, "6:00 PM"), (380, "Council Chambers, City Hall, 456 W. Olive")]),
    (142, [(443, "Ave., Lakeview, CA 94086")]),
    (175, [(55, "1 Call to Order")]),
    (190, [(55, "2 Roll Call")]),
]


def _placed_pdf(lines: list[tuple[int, list[tuple[int, str]]]]) -> bytes:
    """A one-page PDF with each run of words drawn where a US agenda prints it."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    for top, runs in lines:
        for x, text in runs:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(x, letter[1] - top, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()

US_NUMERIC_DATE = """City of Lakeview, CA 94086
City Council
Regular Meeting 04/05/2024 6:00 PM
Council Chambers, City Hall

1. Call to Order
2. Minutes of 03/22/2024
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_meeting_that_was_held_names_its_council_start_place_and_close(as_document, fmt):
    doc = parse(as_document(HELD_SENTENCES, fmt))
    meeting = doc.meeting
    assert meeting.body == "Township of Elmwood Council"
    assert (meeting.date, meeting.start_time, meeting.end_time) == (dt.date(2023, 4, 18), dt.time(18, 30), dt.time(20, 30))
    assert meeting.venue == "Elmwood Community Centre"
    # The minutes' own meeting reads the same sentence: the council it names, not the sentence.
    assert [m.meeting.body for m in doc.minutes] == ["Township of Elmwood Council"]


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_the_committee_under_the_councils_letterhead_is_the_body(as_document, fmt):
    meeting = parse(as_document(LETTERHEAD_OVER_COMMITTEE, fmt)).meeting
    assert (meeting.body, meeting.date) == ("Cabinet", dt.date(2025, 1, 30))
    assert meeting.venue == "the Council Chamber, Shire Hall, Northtown"


def test_a_council_named_under_its_letterhead_is_the_body_the_sentence_names(as_document):
    meeting = parse(as_document(COUNCIL_UNDER_ITS_LETTERHEAD, "text")).meeting
    assert meeting.body == "County Council"


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_the_summons_names_the_body_a_budget_title_qualifies(as_document, fmt):
    meeting = parse(as_document(SUMMONS_WITH_A_TITLE, fmt)).meeting
    assert meeting.body == "County Council"
    assert (meeting.date, meeting.start_time) == (dt.date(2025, 2, 13), dt.time(9, 30))


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_line_of_prose_is_no_body(as_document, fmt):
    meeting = parse(as_document(REPORT_TITLE, fmt)).meeting
    assert (meeting.body, meeting.date) == ("Westbury Town Council", dt.date(2017, 2, 21))


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_minutes_titled_with_a_name_alone(as_document, fmt):
    meeting = parse(as_document(NAME_WITHOUT_A_BODY_WORD, fmt)).meeting
    assert meeting.body == "Amenities, Leisure and Community Services"
    assert (meeting.date, meeting.venue, meeting.end_time) == (dt.date(2018, 3, 13), "Westbury Town Hall", dt.time(21, 0))


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_an_authority_letterhead_and_where_council_meetings_are_held(as_document, fmt):
    meeting = parse(as_document(AUTHORITY_LETTERHEAD, fmt)).meeting
    assert meeting.body == "The Corporation of the Township of Elmwood"
    assert (meeting.date, meeting.start_time) == (dt.date(2024, 5, 14), dt.time(18, 30))
    assert meeting.venue == "2381 Highway 654, Elmwood Community Centre"


def test_a_title_block_in_columns_is_read_cell_by_cell():
    meeting = parse(load(_placed_pdf(US_COLUMNS), name="agenda.pdf")).meeting
    assert meeting.body.lower() == "city council"
    assert (meeting.date, meeting.start_time) == (dt.date(2016, 4, 5), dt.time(16, 30))
    assert meeting.venue == "PLAZA & COUNCIL CHAMBERS - 500 CASTRO ST."
    assert [(m.name, m.role, m.position) for m in meeting.members] == [
        ("Chris Clark", None, "Councilmember"), ("Ken Rose", None, "Vice Mayor"), ("John Inks", None, "Councilmember"),
        ("Leo Siegel", None, "Councilmember"), ("Pat Show", None, "Mayor"),
    ]


def test_a_place_wrapped_under_its_column_is_one_place():
    meeting = parse(load(_placed_pdf(US_WRAPPED_PLACE), name="agenda.pdf")).meeting
    assert (meeting.body, meeting.date, meeting.start_time) == ("City Council", dt.date(2016, 4, 12), dt.time(18, 0))
    assert meeting.venue == "Council Chambers, City Hall, 456 W. Olive Ave., Lakeview, CA 94086"


def test_a_us_meeting_date_follows_the_documents_day_order(as_document):
    meeting = parse(as_document(US_NUMERIC_DATE, "text")).meeting
    assert (meeting.body, meeting.date, meeting.start_time) == ("City Council", dt.date(2024, 4, 5), dt.time(18, 0))


# --- the wide set's own papers, where ../shared is beside the checkout ------------------------------------

WIDE = {
    "h09_nipissing_minutes.pdf": ("Township of Nipissing Council", dt.date(2023, 4, 18), dt.time(18, 30), "Township of Nipissing Community Centre"),
    "h13_limerick_minutes.md": ("LIMERICK CITY AND COUNTY COUNCIL", dt.date(2025, 3, 31), dt.time(15, 0), "COUNCIL CHAMBER, DOORADOYLE, AND ONLINE"),
    "h16_mountainview_agenda.pdf": ("City council", dt.date(2016, 4, 5), dt.time(16, 30), "PLAZA & COUNCIL CHAMBERS - 500 CASTRO ST."),
    "h17_sunnyvale_agenda.pdf": ("City Council", dt.date(2016, 4, 12), dt.time(18, 0),
                                 "Council Chambers, City Hall, 456 W. Olive Ave., Sunnyvale, CA 94086"),
}


@pytest.mark.parametrize("name", sorted(WIDE))
def test_wide_set_meetings(shared: Path, name: str):
    meeting = parse(load(shared / "corpora/wide" / name)).meeting
    body, date, start, venue = WIDE[name]
    assert (meeting.body.lower(), meeting.date, meeting.start_time) == (body.lower(), date, start)
    assert meeting.venue.lower() == venue.lower()


def test_a_forward_plan_names_its_committee_and_roster(shared: Path):
    meeting = parse(load(shared / "corpora/wide/h20_bristol_forward-plan.pdf")).meeting
    assert meeting.body == "Transport and Connectivity Policy Committee"
    assert [(m.name, m.role) for m in meeting.members[:3]] == [
        ("Ed Plowden", "chair"), ("Graham Morris", "vice-chair"), ("Rob Bryher", None)]
    assert len(meeting.members) == 9


def test_a_summons_running_on_into_the_next_line(as_document):
    text = ("To: The Mayor and Each Member of\nHarbour City Council\n"
            "You are requested to attend Meeting of Harbour City Council to be held in the\n"
            "Council Chamber, Quay Street, and Online, on Monday, 26 May, 2025, at 3pm.\n"
            "The business to be transacted is set out on the appended Agenda.\n\nAGENDA\n1. Minutes\n")
    meeting = parse(as_document(text, "text")).meeting
    assert (meeting.body, meeting.date, meeting.start_time) == ("Harbour City Council", dt.date(2025, 5, 26), dt.time(15, 0))
    assert meeting.venue == "the Council Chamber, Quay Street, and Online"


def test_a_sentence_that_names_a_committee_is_not_its_name(as_document) -> None:
    # Minutes with no title block: a sentence naming a committee's chair names no body.
    text = ("I. Call to Order\n\nCommittee Chair Tobin called the meeting to order at 6:58 p.m.\n\n"
            "II. Approval of Minutes\n\nCommittee Chair Tobin declared the motion PASSED unanimously.\n\n"
            "III. Adjournment\n")
    record = parse(as_document(text, "text"))
    assert record.meeting is None or record.meeting.body is None


@pytest.mark.parametrize(("line", "start", "end"), [
    ("The meeting was called to order at 8:00 o'clock P. M. by the President.\n\n"
     "The final closure of the meeting was at 9.35pm.", dt.time(20, 0), dt.time(21, 35)),
    ("Chair Lee called the meeting to order at 6:02 p.m.\n\nAdjourned at 9:56 p.m.", dt.time(18, 2), dt.time(21, 56)),
    # Ontario's closing resolution: the council moves that "we" adjourn
    ("Mayor Doe called the meeting to order at 7:00 p.m.\n\nMoved by: Councillor Lee\nSeconded by: Councillor Ho\n"
     "THAT we do now adjourn at 8:15 p.m.\nCARRIED", dt.time(19, 0), dt.time(20, 15)),
])
def test_start_and_end_told_in_old_and_plain_wordings(as_document, line: str, start: dt.time, end: dt.time) -> None:
    text = ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION\nFebruary 7, 1935\n\n"
            "Present: Mr. Case, Mrs. Hartman, Mr. Axtell\n\n" + line + "\n")
    record = parse(as_document(text, "text"))
    assert (record.meeting.start_time, record.meeting.end_time) == (start, end)


def test_a_clock_time_wrapped_before_its_half(as_document) -> None:
    # "… at 8:00 o'clock" / "P. M., pursuant to notice.": the line that opens with "P. M." finishes the time.
    text = ("The Regular Meeting of the Board of Education held at the\n"
            "High School on Thursday, February 7, 1935, at 8:00 o'clock\n"
            "P. M., pursuant to notice.\n\nPresent: Mr. Case, Mrs. Hartman, Mr. Axtell\n")
    record = parse(as_document(text, "text"))
    assert record.meeting.start_time == dt.time(20, 0)
