"""A set of minutes in, its meeting, items and resolutions out — from text and from PDF."""

from __future__ import annotations

import datetime as dt

import pytest

import councildocs
from councildocs.api import parse

FORMATS = ["text", "pdf"]

MINUTES = """\
PLANNING COMMITTEE

14:00 – 15:35

3 March 2022

Present: Councillors Ahmed (chair), Brown, Clarke and Davies

Apologies: None

1. Declarations of interest

There were no declarations of interest.

2. Minutes

RESOLVED that the minutes of the meeting held on 3 February 2022 be approved as a correct record.

3. Land at Mill Lane

The planning officer presented the report.

RESOLVED to:

(1) approve the application subject to conditions; and

(2) delegate the wording of the conditions to the head of planning.

The chair thanked the officers.

*4. Sale of the depot (para 3)

It was RESOLVED – That the offer be accepted.

5. Any other business

AGREED to hold an extra meeting in April.

The meeting finished at 3.35 pm

CHAIR
"""


@pytest.fixture(params=FORMATS)
def minutes(request, as_document):
    doc = parse(as_document(MINUTES, request.param))
    assert len(doc.minutes) == 1
    return doc.minutes[0]


def test_meeting_date_and_times_come_from_the_title_block(minutes):
    assert minutes.meeting.date == dt.date(2022, 3, 3)
    assert (minutes.meeting.start_time, minutes.meeting.end_time) == (dt.time(14, 0), dt.time(15, 35))
    assert minutes.meeting.body.lower() == "planning committee"


def test_every_numbered_item_is_found_with_its_exempt_flag(minutes):
    assert [(i.number, i.title) for i in minutes.items] == [
        ("1", "Declarations of interest"),
        ("2", "Minutes"),
        ("3", "Land at Mill Lane"),
        ("4", "Sale of the depot (para 3)"),
        ("5", "Any other business"),
    ]
    assert [i.exempt for i in minutes.items] == [False, False, False, True, False]


def test_each_decision_block_is_one_resolution_with_its_clauses(minutes):
    by_item = {i.number: i.resolutions for i in minutes.items}
    assert by_item["1"] == []
    assert by_item["2"][0].text == "the minutes of the meeting held on 3 February 2022 be approved as a correct record."
    land = by_item["3"][0]
    assert land.text.startswith("(1) approve the application") and land.text.endswith("head of planning.")
    assert len(land.clauses) == 2
    assert "thanked" not in land.text
    assert by_item["4"][0].text == "the offer be accepted."
    assert by_item["5"][0].text == "hold an extra meeting in April."


def test_every_record_says_where_it_was_found(minutes):
    item = minutes.items[2]
    assert item.evidence.page == 1
    assert item.evidence.bbox is not None or item.evidence.lines is not None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number,title", [
    ("4", "4. Budget monitoring"),
    ("4", "4 Budget monitoring"),
    ("Item 7", "Item 7 Budget monitoring"),  # the contract's numbers as printed: 4, 4.1, Item 7, 23/45
    ("Item No 5", "Item No 5 Budget monitoring"),
    ("23/45", "23/45 Budget monitoring"),
    ("CAB 12/19", "CAB 12/19 Budget monitoring"),
])
def test_item_numbers_are_kept_as_printed(as_document, fmt, number, title):
    text = f"SCRUTINY PANEL\n\n10 May 2021\n\nPresent: Councillor Smith\n\n{title}\n\nRESOLVED to note the report.\n"
    doc = parse(as_document(text, fmt))
    items = doc.minutes[0].items
    assert [(i.number, i.title) for i in items] == [(number, "Budget monitoring")]
    assert items[0].resolutions[0].text == "note the report."


def test_numbered_prose_paragraphs_are_not_items_but_titled_sub_items_are(as_document):
    text = ("CABINET\n\n10 May 2021\n\nPresent: Councillor Smith\n\n5 Consent calendar\n\n"
            "5.1 Approval of minutes\n\n5.2 The panel received a report on the budget and noted the figures.\n\n"
            "6 Close\n")
    items = parse(as_document(text, "text")).minutes[0].items
    assert [i.number for i in items] == ["5", "5.1", "6"]


@pytest.mark.parametrize("opening,expected", [
    ("RESOLVED: that the report be noted.", "the report be noted."),
    ("RESOLVED – That the report be noted.", "the report be noted."),
    ("It was RESOLVED that the report be noted.", "the report be noted."),
    ("DECIDED: To note the report.", "note the report."),
    ("It was AGREED to note the report.", "note the report."),
])
def test_decision_wordings(as_document, opening, expected):
    text = f"BOARD\n\n10 May 2021\n\nPresent: Mr Smith\n\n1. Report\n\n{opening}\n"
    resolution = parse(as_document(text, "text")).minutes[0].items[0].resolutions[0]
    assert resolution.text == expected


def test_pack_with_two_sets_of_minutes_keeps_them_apart():
    doc = councildocs.extract(MINUTES + "\n" + MINUTES.replace("3 March 2022", "7 April 2022"))
    assert [m.meeting.date for m in doc.minutes] == [dt.date(2022, 3, 3), dt.date(2022, 4, 7)]


def test_the_facade_stays_callable_after_extracting():
    councildocs.extract(MINUTES)
    assert callable(councildocs.extract)


PLANNING = """\
PLANNING COMMITTEE

MINUTES of a meeting of the Planning Committee held at the Civic Offices, Main Street on Tuesday 14 June 2022 at 7.00 pm

PRESENT: Councillor A Smith (Chairman); Councillors B Jones, C Brown and D Green

SUBSTITUTES: Councillor E White for Councillor F Black

1 APOLOGIES

Apologies were received from Councillors F Black and H Grey.

2 22/00123/FUL - LAND AT MILL FARM

RESOLVED – That planning permission be GRANTED subject to the conditions set out in the report.

The meeting closed at 8.45 pm

Chairman
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_planning_minutes_with_a_substitutes_section_and_application_references(as_document, fmt):
    doc = parse(as_document(PLANNING, fmt))
    assert len(doc.minutes) == 1  # the substitutes section belongs to the same attendance
    minutes = doc.minutes[0]
    assert (minutes.meeting.date, minutes.meeting.start_time, minutes.meeting.end_time) == (
        dt.date(2022, 6, 14), dt.time(19, 0), dt.time(20, 45))
    assert minutes.meeting.venue == "Civic Offices, Main Street"
    assert [(i.number, i.title) for i in minutes.items] == [("1", "APOLOGIES"),
                                                         ("2", "22/00123/FUL - LAND AT MILL FARM")]
    assert minutes.items[1].resolutions[0].text.startswith("planning permission be GRANTED")
    white = next(a for a in minutes.attendees if a.name == "E White")
    assert (white.status, white.substitute_for) == ("present", "F Black")


@pytest.mark.parametrize("sentence,expected", [
    ("On being put to the vote the recommendation was CARRIED unanimously. It was APPROVED that the scheme "
     "be adopted.", "the scheme be adopted."),
    ("Councillors resolved to pay the clerk's expenses.", "pay the clerk's expenses."),
    ("Members agreed to defer the item to the next meeting.", "defer the item to the next meeting."),
])
def test_decisions_worded_inside_a_sentence(as_document, sentence, expected):
    text = f"PARISH COUNCIL\n\n6 March 2018\n\nPresent: Cllr A Smith\n\n1. Finance\n\n{sentence}\n"
    resolutions = parse(as_document(text, "text")).minutes[0].items[0].resolutions
    assert [r.text for r in resolutions] == [expected]


def test_a_remark_that_the_council_agreed_something_earlier_is_no_decision(as_document):
    text = ("PARISH COUNCIL\n\n6 March 2018\n\nPresent: Cllr A Smith\n\n1. Finance\n\n"
            "The clerk noted that the council agreed earlier in the year to review the budget.\n")
    assert parse(as_document(text, "text")).minutes[0].items[0].resolutions == []
