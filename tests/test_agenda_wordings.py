"""Agendas as other councils print them: the same items whatever the numbering, layout or headings.

Each snippet is written for these tests in the style of a council's front sheet; the items, their numbers
and titles must come out as a person would label them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

# A district committee: numbers on their own line above each title (a common web-to-PDF layout).
NUMBER_ABOVE_TITLE = """\
Environment Committee
Date: Tuesday, 5 March 2024
Agenda
1.
Apologies for Absence
To receive apologies from Members.
2.
Appointment of Substitutes
To
note any substitute Members appointed under the Council's rules.
3.
Declarations of Interest
4.
Minutes of the Previous Meeting
"""

# A community council: the clerk's summons, a running minute-number sequence, two items on lines that a
# PDF reader would join into one paragraph.
RUN_ON_ITEMS = """\
OAKDALE COMMUNITY COUNCIL
Agenda
812. Apologies for absence
813. Reports from working groups:- Footpaths. Review of the stile survey
814. Report back from the cluster meeting
815. Correspondence
"""

# A city agenda whose long titles wrap after a word that cannot end them.
WRAPPED_TITLES = """\
City Council
Agenda
1. Approval of a Contract With Hill Paving in the Amount of
$1,200,000 for the Resurfacing of Various Streets
2. Adoption of a Resolution Setting the Reorganization Meeting for
January 8, 2025
3. Review of the Annual Climate Report
"""

# A town committee: 'Business to be transacted' instead of 'Agenda', items numbered '1)'.
BUSINESS_TO_BE_TRANSACTED = """\
Hallbrook Town Council
Finance Committee
Business to be transacted
1) To receive apologies for absence.
2) To note declarations of interest.
3) To approve the minutes of the meeting held on Tuesday, 9th January 2024.
4) Budget monitoring to 31st December.
"""


@pytest.fixture(params=["text", "pdf"])
def fmt(request) -> str:
    return request.param


def _items(as_document, text: str, fmt: str) -> list[tuple[str, str]]:
    return [(a.number, a.title) for a in parse(as_document(text, fmt)).agenda_items]


def test_number_printed_above_its_title(as_document, fmt):
    assert _items(as_document, NUMBER_ABOVE_TITLE, fmt) == [
        ("1", "Apologies for Absence"),
        ("2", "Appointment of Substitutes"),
        ("3", "Declarations of Interest"),
        ("4", "Minutes of the Previous Meeting"),
    ]


def test_descriptions_stay_with_the_item_when_the_number_is_above(as_document):
    items = parse(as_document(NUMBER_ABOVE_TITLE, "text")).agenda_items
    assert items[0].description == "To receive apologies from Members."


def test_items_on_lines_joined_together_are_split(as_document):
    from councildocs.document import Line
    from councildocs.extractors.agenda import blocks_to_agenda
    from councildocs.layout import Para

    # What a PDF reader hands over when the items' lines are close together: one paragraph.
    para = Para([Line(text=t, page=1) for t in RUN_ON_ITEMS.splitlines()[2:4]])
    items = blocks_to_agenda([para])
    assert [(a.number, a.title) for a in items] == [
        ("812", "Apologies for absence"),
        ("813", "Reports from working groups:- Footpaths. Review of the stile survey"),
    ]


def test_running_minute_numbers(as_document, fmt):
    assert [n for n, _ in _items(as_document, RUN_ON_ITEMS, fmt)] == ["812", "813", "814", "815"]


def test_wrapped_title_keeps_its_second_line(as_document):
    titles = [t for _, t in _items(as_document, WRAPPED_TITLES, "text")]
    assert titles == [
        "Approval of a Contract With Hill Paving in the Amount of $1,200,000 for the Resurfacing of Various Streets",
        "Adoption of a Resolution Setting the Reorganization Meeting for January 8, 2025",
        "Review of the Annual Climate Report",
    ]


def test_business_to_be_transacted_heads_the_agenda(as_document, fmt):
    doc = parse(as_document(BUSINESS_TO_BE_TRANSACTED, fmt))
    assert [a.number for a in doc.agenda_items] == ["1", "2", "3", "4"]
    assert doc.agenda_items[3].title == "Budget monitoring to 31st December."
    # The minutes date inside item 3 is not the meeting's own date.
    assert doc.meeting is None or doc.meeting.date != dt.date(2024, 1, 9)


# A parish agenda with lettered sub-points indented under an item (a text file joins lower-case lines on).
LETTERED_SUB_POINTS = """\
Westbrook Parish Council
Date: Monday 8 April 2024
AGENDA
1. Apologies for absence
2. Minutes
   a) to approve the minutes of the meeting held on 11 March 2024
   b) matters arising
3. Finance
   (a) payments for approval
4. Date of next meeting
"""


def test_lettered_sub_points_stay_out_of_the_title(as_document, fmt):
    assert _items(as_document, LETTERED_SUB_POINTS, fmt) == [
        ("1", "Apologies for absence"), ("2", "Minutes"), ("3", "Finance"), ("4", "Date of next meeting"),
    ]


# --- membership lists on the front sheet -------------------------------------------------------------

MEMBERS_BODY_LABEL = """\
Licensing Committee
Date: Thursday 6 June 2024
Licensing Committee Members:
Councillors Ruth Bell (Chair), Owen Dale (Vice-Chair), Ian Frew, Kate Gray and Leo Hart

Standing Deputies
Councillors Nia Moss, Pat Quinn and Sam Rowe
Agenda
1 Apologies
2 Declarations of Interest
"""

MEMBERS_OF_THE_BOARD = """\
Health and Wellbeing Board
Date: Monday 15 July 2024
Members of the Board
Councillor Amy Shaw (Chair)
Dr Tom Vale (Vice-Chair)
Councillor Ravi Webb
Quorum: 3
Agenda
1 Welcome and apologies
"""

MEMBERS_ROLE_LABELS = """\
Scrutiny Panel
Date: 3 July 2024
Membership
Chair: Councillor Ann Lowe
Vice-Chair: Councillor Ben Moss
Councillors Carl Nash, Dina Oakes and Eric Pell
Agenda
1. Apologies
"""

MEMBERS_ADDRESSED = """\
Overview and Scrutiny Committee
Date: 10 September 2024
To: Councillors Fry (Chairman), Gill (Vice-Chairman), Hunt, Irwin and Khan
Agenda
1. Apologies
"""

MEMBERS_COMMITTEE_LABEL = """\
Hallbrook Town Council
Planning Committee
Date: 7 February 2024
Committee: Cllrs J Smith (Chair), L Patel, M O'Neill, R Davies
AGENDA
24/01 To receive apologies for absence
"""


@pytest.mark.parametrize(("text", "expected"), [
    (MEMBERS_BODY_LABEL, [("Ruth Bell", "chair"), ("Owen Dale", "vice-chair"), ("Ian Frew", None),
                          ("Kate Gray", None), ("Leo Hart", None)]),
    (MEMBERS_OF_THE_BOARD, [("Amy Shaw", "chair"), ("Tom Vale", "vice-chair"), ("Ravi Webb", None)]),
    (MEMBERS_ROLE_LABELS, [("Ann Lowe", "chair"), ("Ben Moss", "vice-chair"), ("Carl Nash", None),
                           ("Dina Oakes", None), ("Eric Pell", None)]),
    (MEMBERS_ADDRESSED, [("Fry", "chair"), ("Gill", "vice-chair"), ("Hunt", None), ("Irwin", None), ("Khan", None)]),
    (MEMBERS_COMMITTEE_LABEL, [("J Smith", "chair"), ("L Patel", None), ("M O'Neill", None), ("R Davies", None)]),
], ids=["body-members-label", "members-of-the-board", "role-labels", "to-councillors", "committee-label"])
def test_membership_wordings(as_document, fmt, text, expected):
    doc = parse(as_document(text, fmt))
    assert doc.meeting is not None
    assert [(m.name, m.role) for m in doc.meeting.members] == expected


# --- work-programme and forward-plan tables with other councils' column names ----------------------

FORWARD_PLAN_DECISION_TAKER = """\
Forward Plan of Key Decisions

| Title of decision | Decision taker | Anticipated date | Contact officer | Exempt? |
|---|---|---|---|---|
| Local Plan Consultation | Council | 16 April 2024 | Planning Policy Manager | Open |
| Disposal of Land at Mill Road | Cabinet | 14 May 2024 | Estates Manager | Part exempt |
"""

ACTION_TRACKER = """\
Action Tracker

| Meeting | Minute | Action | Officer | Status |
|---|---|---|---|---|
| 12 March 2024 | 45 | Circulate the bus patronage figures | Transport Manager | Complete |
| 12 March 2024 | 47 | Report back on pothole repairs | Highways Manager | Ongoing |
"""

WORK_PROGRAMME_AUTHOR = """\
Environment Committee Work Programme

| Meeting | Report | Author | Notes |
|---|---|---|---|
| 14 November 2024 | Climate Action Plan Update | Sustainability Lead | Annual |
| 20 February 2025 | Air Quality Status Report | Environmental Health Manager | |
"""


@pytest.mark.parametrize(("text", "expected"), [
    (FORWARD_PLAN_DECISION_TAKER, [
        ("forward_plan", dt.date(2024, 4, 16), "Local Plan Consultation", "Planning Policy Manager"),
        ("forward_plan", dt.date(2024, 5, 14), "Disposal of Land at Mill Road", "Estates Manager")]),
    (ACTION_TRACKER, [
        ("tracker", dt.date(2024, 3, 12), "Circulate the bus patronage figures", "Transport Manager"),
        ("tracker", dt.date(2024, 3, 12), "Report back on pothole repairs", "Highways Manager")]),
    (WORK_PROGRAMME_AUTHOR, [
        ("work_programme", dt.date(2024, 11, 14), "Climate Action Plan Update", "Sustainability Lead"),
        ("work_programme", dt.date(2025, 2, 20), "Air Quality Status Report", "Environmental Health Manager")]),
], ids=["decision-taker-not-a-date", "action-tracker", "author-column"])
def test_programme_column_wordings(as_document, text, expected):
    rows = parse(as_document(text, "text")).work_programme
    assert [(str(getattr(r.kind, "value", r.kind)), r.meeting_date, r.topic, r.responsible) for r in rows] == expected


def test_decision_maker_is_kept_apart(as_document):
    rows = parse(as_document(FORWARD_PLAN_DECISION_TAKER, "text")).work_programme
    assert rows[0].other.get("Decision taker") == "Council"
