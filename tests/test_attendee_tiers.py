"""Who is a member: a councillor of another council, listed among those present, is a guest.

A county or district councillor often attends a parish or community council's meeting and is printed
in its Present list with the title of their own council (``County Cllr Webb``). They are not members
of the council that met, so they are also present, whatever list they are printed in.
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]

COMMUNITY = """\
TINTWOOD COMMUNITY COUNCIL
Minutes of a meeting of the above Council held on Monday 29th July 2019 at 7.00pm in the Village Hall.

Present: Chairman Cllr Mrs Shell, Cllrs Hayward, Hillard, Richards, County Cllr Webb & the Clerk.

101. Apologies for absence: Cllr Hoskins.
"""

COUNTY = """\
ELMSHIRE COUNTY COUNCIL
Minutes of the meeting of the County Council held on Thursday 10 October 2019 at 10.00 am.

Present: County Cllr Webb (Chairman), County Cllr Hale, County Cllr Moss

1. Apologies for absence: County Cllr Lane.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_county_councillor_at_a_community_council_is_also_present(as_document, fmt):
    [minutes] = parse(as_document(COMMUNITY, fmt)).minutes
    status = {a.name: a.status for a in minutes.attendees}
    assert status["Webb"] == "also_present"
    assert [n for n, s in status.items() if s == "present"] == ["Shell", "Hayward", "Hillard", "Richards"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_county_councillors_at_their_own_council_are_members(as_document, fmt):
    [minutes] = parse(as_document(COUNTY, fmt)).minutes
    assert {a.name: a.status for a in minutes.attendees if a.status == "present"} == {
        "Webb": "present", "Hale": "present", "Moss": "present"}
