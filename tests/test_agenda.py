"""An agenda in, its numbered items with titles, descriptions and page ranges out."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

AGENDA = """\
Licensing Committee

Date: Monday, 9 January 2023

Time: 10am

Venue: Council Chamber, Town Hall

Agenda

1 Apologies

To receive apologies for absence

2 Minutes 5 - 12

To approve the minutes of the meeting held on 5 December 2022

3 Taxi licensing policy (Pages 13 - 40)

Purpose - To consider the draft policy

4 Street trading (Page 41)

*5 Disposal of land
"""


@pytest.fixture(params=["text", "pdf"])
def doc(request, as_document):
    return parse(as_document(AGENDA, request.param))


def test_items_keep_number_title_and_page_range(doc):
    assert [(a.number, a.title, a.page_start, a.page_end) for a in doc.agenda_items] == [
        ("1", "Apologies", None, None),
        ("2", "Minutes", 5, 12),
        ("3", "Taxi licensing policy", 13, 40),
        ("4", "Street trading", 41, None),
        ("5", "Disposal of land", None, None),
    ]


def test_description_and_exempt_flag(doc):
    items = {a.number: a for a in doc.agenda_items}
    assert items["1"].description == "To receive apologies for absence"
    assert items["3"].description == "Purpose - To consider the draft policy"
    assert items["5"].exempt and not items["4"].exempt


def test_front_sheet_labels_give_the_meeting(doc):
    assert doc.meeting.body == "Licensing Committee"
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2023, 1, 9), dt.time(10, 0))
    assert doc.meeting.venue == "Council Chamber, Town Hall"
    assert doc.meeting.evidence.page == 1


def test_page_reference_on_its_own_line_belongs_to_the_item_above(as_document):
    text = "Agenda\n\n1. Minutes\n\n(Page 5)\n\n2. Terms of Reference (Page 11 )\n"
    items = parse(as_document(text, "text")).agenda_items
    assert [(a.number, a.page_start) for a in items] == [("1", 5), ("2", 11)]


NOTICE = """\
Notice of Meeting

Overview and Scrutiny Committee

Date: Tuesday 8 November 2022
Time: 7.30 pm
Place: Committee Room 1, Civic Centre, Silver Street

Membership: Councillors P Adams (Chair), R Baker (Vice-Chair), S Cole and T Dean

AGENDA

1. Apologies for absence and substitutions

2. Declarations of interest

3. Housing repairs performance (Pages 7 - 24)

Report of the Director of Housing.

*4. Contract award - grounds maintenance (Pages 31 - 40)
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_notice_of_meeting_with_membership_in_prose(as_document, fmt):
    doc = parse(as_document(NOTICE, fmt))
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2022, 11, 8), dt.time(19, 30))
    assert doc.meeting.venue == "Committee Room 1, Civic Centre, Silver Street"
    assert [(m.name, m.role) for m in doc.meeting.members] == [
        ("P Adams", "chair"), ("R Baker", "vice-chair"), ("S Cole", None), ("T Dean", None)]
    # "Report of the Director" describes item 3; it does not open a report of its own.
    assert [a.number for a in doc.agenda_items] == ["1", "2", "3", "4"]
    assert doc.agenda_items[2].description == "Report of the Director of Housing."
    assert doc.agenda_items[3].exempt and doc.reports == []


def test_agenda_printed_as_a_table(as_document):
    text = "AGENDA\n\nNo.\tItem\tPages\n1.\tApologies\t\n2.\tMinutes\t1 - 6\n*3.\tLand disposal\t7 - 20\n"
    items = parse(as_document(text, "text")).agenda_items
    assert [(a.number, a.title, a.page_start, a.page_end, a.exempt) for a in items] == [
        ("1", "Apologies", None, None, False), ("2", "Minutes", 1, 6, False), ("3", "Land disposal", 7, 20, True)]
