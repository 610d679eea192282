"""Minutes of Scottish councils: "Minute of Meeting" (singular), the place and date opening the title
sentence, the attendance running on in the same paragraph (``Present:-``), a Convener and Vice Convener in
the chair's and vice-chair's places, Provosts and Bailies by their offices, and ``The Committee resolved:-``.
Names are invented; the wording is that of real minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

MINUTES = """\
KILBRANNAN COUNCIL

EDUCATION OPERATIONAL DELIVERY COMMITTEE

KILBRANNAN, 12 March 2024. Minute of Meeting of the EDUCATION OPERATIONAL DELIVERY COMMITTEE. Present:- Councillor Boulter, Convener; Councillor Grieve, Vice Convener; and Councillors Allardyce, Blakey, Cookson and Provost Mace.

Also in attendance: Mr J Reed, Chief Education Officer; Ms K Cairn, Committee Officer.

Apologies: Councillor Hutchins.

1. DETERMINATION OF EXEMPT BUSINESS
The Committee resolved:-
to consider item 9 with the press and public excluded.

2. SCHOOL ESTATE PLAN - CUS/24/051
The Committee had before it a report by the Director of Children's Services.
The Committee resolved:-
(i) to note the contents of the report; and
(ii) to instruct the Chief Officer to report back within six months.
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_scottish_minute_of_meeting(as_document, fmt: str) -> None:
    record = parse(as_document(MINUTES, fmt))
    assert record.kind == "minutes"  # "Minute of Meeting", in the singular, names minutes
    assert record.meeting.body.lower() == "education operational delivery committee"
    assert record.meeting.date == dt.date(2024, 3, 12)
    minutes = record.minutes[0]
    assert [(a.name, a.status, a.role, a.position) for a in minutes.attendees] == [
        ("Boulter", "present", "chair", None), ("Grieve", "present", "vice-chair", None),
        ("Allardyce", "present", None, None), ("Blakey", "present", None, None), ("Cookson", "present", None, None),
        ("Mace", "present", None, "Provost"),
        ("J Reed", "also_present", None, "Chief Education Officer"),
        ("K Cairn", "also_present", None, "Committee Officer"),
        ("Hutchins", "apologies", None, None)]
    assert [i.title for i in minutes.items] == ["DETERMINATION OF EXEMPT BUSINESS", "SCHOOL ESTATE PLAN - CUS/24/051"]
    decision = minutes.items[1].resolutions[0]
    assert "to note the contents of the report" in decision.text
    assert "to instruct the Chief Officer to report back within six months" in decision.text
