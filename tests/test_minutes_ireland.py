"""Minutes of Irish councils and their municipal districts: the title sentence names the district, the
place and the time; the chair is printed under ``PRESENT IN THE CHAIR:``; members by surname; officials as
``Job (Mr. Name)``; ``Proposed by … Seconded by … And Resolved:``. Names are invented; the wording is that
of real minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

MINUTES = """\
MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF GLENARD HELD IN THE COUNCIL CHAMBER, GLENARD, ON WEDNESDAY, 3RD SEPTEMBER, 2014, AT 10.00 A.M.

PRESENT IN THE CHAIR:

Councillor J. Shanahan, Cathaoirleach.

MEMBERS PRESENT:

Councillors Colley, Galway, O'Conor, Scally and Shanahan.

OFFICIALS IN ATTENDANCE:

Director of Service (Mr. T. Gleason), Meetings Administrator (Ms. M. Nolan).

1. Adoption of Minutes

Circulated, copy of Minutes of Meeting held on 2nd July 2014.

Proposed by Councillor Galway;

Seconded by Councillor Colley;

And Resolved:

"That, the Minutes, as circulated, be taken as read and adopted and signed."
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_municipal_district_its_chair_members_and_officials(as_document, fmt: str) -> None:
    record = parse(as_document(MINUTES, fmt))
    meeting = record.meeting
    assert meeting.body.lower() == "municipal district of glenard"
    assert (meeting.date, meeting.start_time) == (dt.date(2014, 9, 3), dt.time(10, 0))
    assert meeting.venue.upper().removeprefix("THE ") == "COUNCIL CHAMBER, GLENARD"  # where it was held, not "AT MEETING"
    people = [(a.name, a.status, a.role, a.position) for a in record.minutes[0].attendees]
    # The chair named on the line below the label; the list's "Shanahan" is the same person, not a second one.
    assert people == [
        ("J. Shanahan", "present", "chair", "Cathaoirleach"), ("Colley", "present", None, None),
        ("Galway", "present", None, None), ("O'Conor", "present", None, None), ("Scally", "present", None, None),
        ("T. Gleason", "also_present", None, "Director of Service"),
        ("M. Nolan", "also_present", None, "Meetings Administrator")]
    decision = record.minutes[0].items[0].resolutions[0]
    assert (decision.moved_by, decision.seconded_by) == ("Councillor Galway", "Councillor Colley")
    assert decision.text.startswith("the Minutes, as circulated, be taken as read")
