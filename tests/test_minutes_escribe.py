"""Minutes written by meeting-management software used across Ontario (eSCRIBE and the like): labelled
attendance lists, ``Moved by:`` / ``Seconded by:`` under each item, a recorded vote with its counts in
brackets, and ``Motion Passed (6 to 1)``. Names are invented; the wording is that of real minutes."""

from __future__ import annotations

import pytest

from councildocs.api import parse

MINUTES = """\
Strategic Priorities and Policy Committee
Report
4th Meeting of the Strategic Priorities and Policy Committee
March 25, 2025, at 1:00 PM
Council Chambers - City Hall

Present: Mayor J. Moran, S. Lowe, H. McAvoy, P. Cuddon, S. Stenson, A. Hopper, P. Van Meeren
Absent: S. Frank
Also Present: S. Datta, A. Barber
Remote Attendance: E. Benton, E. Hume

The meeting is called to order at 1:01 PM.

1. Disclosures of Pecuniary Interest
That it BE NOTED that no pecuniary interests were disclosed.

2. Consent
Moved by: P. Van Meeren
Seconded by: A. Hopper
That Consent Items 2.1 to 2.2 BE APPROVED.
Yeas: (6): J. Moran, A. Hopper, S. Lowe, P. Van Meeren, H. McAvoy, P. Cuddon
Nays: (1): S. Stenson
Absent: (1): S. Frank
Motion Passed (6 to 1)

2.1 2025 Development Charges Study Update
Moved by: S. Lowe
Seconded by: P. Cuddon
That the staff report dated March 25, 2025 BE RECEIVED.
Motion Passed

3. Adjournment
Moved by: A. Hopper
Seconded by: S. Lowe
That the meeting BE ADJOURNED.
Motion Passed
The meeting adjourned at 4:22 PM.
"""


@pytest.fixture(scope="module", params=["text", "pdf"])
def minutes(request, as_document):
    record = parse(as_document(MINUTES, request.param))
    assert record.kind == "minutes"
    return record.minutes[0]


def test_attendance_lists_and_remote_attendance(minutes) -> None:
    people = {a.name: (a.status, a.attendance) for a in minutes.attendees}
    assert people["J. Moran"] == ("present", None)
    assert people["S. Frank"] == ("absent", None)
    assert people["A. Barber"] == ("also_present", None)
    # "Remote Attendance:" is a heading, not a person; the people under it attended, remotely.
    assert "Remote" not in people
    assert people["E. Benton"] == people["E. Hume"] == ("present", "virtual")


def test_items_including_a_title_that_opens_with_a_year(minutes) -> None:
    assert [(i.number, i.title) for i in minutes.items] == [
        ("1", "Disclosures of Pecuniary Interest"), ("2", "Consent"), ("2.1", "2025 Development Charges Study Update"),
        ("3", "Adjournment")]


def test_movers_named_by_initial_and_the_recorded_vote(minutes) -> None:
    consent = minutes.items[1].resolutions[0]
    assert consent.text == "That Consent Items 2.1 to 2.2 BE APPROVED."  # the vote's lines are not its wording
    assert (consent.moved_by, consent.seconded_by, consent.outcome) == ("P. Van Meeren", "A. Hopper", "carried")
    assert (consent.votes.for_, consent.votes.against) == (6, 1)
    assert [(v.name, v.vote) for v in consent.votes.recorded][-2:] == [("P. Cuddon", "for"), ("S. Stenson", "against")]
    report = minutes.items[2].resolutions[0]
    assert (report.moved_by, report.seconded_by, report.outcome) == ("S. Lowe", "P. Cuddon", "carried")
