"""US school-board and city agendas: lettered sections with lettered-and-numbered items, and a title block
that runs on under the AGENDA heading."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]

SCHOOL_BOARD = """\
RIVERSIDE UNIFIED SCHOOL DISTRICT
REGULAR MEETING OF THE BOARD OF EDUCATION
AGENDA
Tuesday, September 10, 2024
6:00 p.m.
District Office Board Room, 3380 Fourteenth Street

A. CALL TO ORDER
B. APPROVAL OF AGENDA
C. CONSENT CALENDAR
C.1 Approval of Minutes of the August 27, 2024 Regular Meeting
C.2 Ratification of Warrants
D. ACTION ITEMS
D.1 Adoption of Resolution No. 2024-15, Gann Limit
E. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_school_board_agenda_with_lettered_and_numbered_items(as_document, fmt):
    doc = parse(as_document(SCHOOL_BOARD, fmt))
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        ("A", "CALL TO ORDER"), ("B", "APPROVAL OF AGENDA"), ("C", "CONSENT CALENDAR"),
        ("C.1", "Approval of Minutes of the August 27, 2024 Regular Meeting"), ("C.2", "Ratification of Warrants"),
        ("D", "ACTION ITEMS"), ("D.1", "Adoption of Resolution No. 2024-15, Gann Limit"), ("E", "ADJOURNMENT")]
    # The date, time and place stand under the AGENDA heading: still the title block.
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2024, 9, 10), dt.time(18, 0))
    assert doc.meeting.venue == "District Office Board Room, 3380 Fourteenth Street"
