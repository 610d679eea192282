"""Minutes in the wordings of New Zealand, UK parish, Canadian and US councils and school boards (issue 11).

Each story is a short set of invented minutes in one country's usual wording, read as text and as a printed
PDF, and the records a careful reader takes from it: attendees with their status and position, items, and
resolutions with their movers, outcome and votes.
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]


def _minutes(as_document, text: str, fmt: str):
    record = parse(as_document(text, fmt))
    assert record.kind == "minutes"
    return record.minutes[0]


def _people(minutes) -> list[tuple]:
    return [(a.name, a.status, a.position, a.organisation) for a in minutes.attendees]


def _items(minutes) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in minutes.items]


def _decisions(minutes) -> list[tuple]:
    return [(i.number, r.text, r.moved_by, r.seconded_by, r.outcome) for i in minutes.items for r in i.resolutions]


NZ_COUNCIL = (
    "Whanganui Ridge District Council\n\n"
    "Minutes of the Ordinary Meeting of Council held in the Council Chamber, 12 Rata Street, Whanganui Ridge "
    "on Thursday, 14 March 2024 at 9.30am\n\n"
    "PRESENT: Mayor Tom Reed (Chairperson), Deputy Mayor Sue Lang, Cr Ben Ora, Cr Lily Tane, Member Ana Kahu\n\n"
    "IN ATTENDANCE: Eve Young (Group Manager Finance), Max Hall (Chief Executive), Kate Webb (Democracy Advisor)\n\n"
    "APOLOGIES: Cr Ross Ngata\n\n"
    "1 KARAKIA\n\nCr Ora opened the meeting with a karakia.\n\n"
    "2 APOLOGIES\n\nRESOLUTION NUMBER ORD/2024/15\n\nMoved: Cr Ben Ora\nSeconded: Cr Lily Tane\n\n"
    "THAT the apology from Cr Ross Ngata be received.\n\nCARRIED\n\n"
    "3 FINANCIAL REPORT TO 29 FEBRUARY 2024\n\nRESOLUTION NUMBER ORD/2024/16\n\n"
    "Moved Cr Lily Tane / Seconded Deputy Mayor Sue Lang\n\n"
    "THAT the Council:\n(a) receives the report titled Financial Report to 29 February 2024;\n"
    "(b) notes the operating surplus of $1.2 million.\n\nCARRIED\n\n"
    "The meeting closed at 11.05am.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_council_attendance(as_document, fmt: str) -> None:
    # "Member Ana Kahu": an office before a name is her position, not part of her name; an officer's job in
    # brackets runs before the department it heads ("Group Manager Finance") and is no organisation; a
    # resolution number under the apologies item names no one who sent apologies.
    minutes = _minutes(as_document, NZ_COUNCIL, fmt)
    assert _people(minutes) == [
        ("Tom Reed", "present", "Mayor", None),
        ("Sue Lang", "present", "Deputy Mayor", None),
        ("Ben Ora", "present", None, None),
        ("Lily Tane", "present", None, None),
        ("Ana Kahu", "present", "Member", None),
        ("Eve Young", "also_present", "Group Manager Finance", None),
        ("Max Hall", "also_present", "Chief Executive", None),
        ("Kate Webb", "also_present", "Democracy Advisor", None),
        ("Ross Ngata", "apologies", None, None),
    ]
    assert minutes.attendees[0].role == "chair"


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_council_resolutions(as_document, fmt: str) -> None:
    minutes = _minutes(as_document, NZ_COUNCIL, fmt)
    assert _items(minutes) == [("1", "KARAKIA"), ("2", "APOLOGIES"), ("3", "FINANCIAL REPORT TO 29 FEBRUARY 2024")]
    assert _decisions(minutes) == [
        ("2", "THAT the apology from Cr Ross Ngata be received.", "Cr Ben Ora", "Cr Lily Tane", "carried"),
        ("3", "THAT the Council: (a) receives the report titled Financial Report to 29 February 2024; "
              "(b) notes the operating surplus of $1.2 million.", "Cr Lily Tane", "Deputy Mayor Sue Lang", "carried"),
    ]
    meeting = minutes.meeting
    assert (str(meeting.start_time), str(meeting.end_time)) == ("09:30:00", "11:05:00")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_district_councillor_at_a_parish_meeting_marked_by_a_council_acronym(as_document, fmt: str) -> None:
    # UK parish: members carry no body's name; a person printed with another body beside them ("EDC", "(DCC)")
    # attends for it, and the clerk is an officer: both also present, though listed under Present.
    text = ("Ashby Green Parish Council\n\n"
            "Minutes of the Parish Council Meeting held on Tuesday 5 March 2024 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr J Adams (Chairman), Cllr L Clarke, Cllr M Davies, Alan Armstrong, EDC, "
            "Cllr Rose Hill (DCC), Mrs S Green (Clerk) and 3 members of the public\n\n"
            "Minute 45/24 Apologies for absence\nCllr T Frost - holiday.\n\n"
            "Minute 46/24 Planning\nProposed by Cllr Clarke, seconded by Cllr Davies and RESOLVED to support "
            "application 24/0012/FUL.\n")
    minutes = _minutes(as_document, text, fmt)
    assert _people(minutes) == [
        ("J Adams", "present", None, None),
        ("L Clarke", "present", None, None),
        ("M Davies", "present", None, None),
        ("Alan Armstrong", "also_present", None, "EDC"),
        ("Rose Hill", "also_present", None, "DCC"),
        ("S Green", "also_present", "Clerk", None),
        ("T Frost", "apologies", None, None),
    ]
    assert _decisions(minutes) == [
        ("46/24", "support application 24/0012/FUL.", "Cllr Clarke", "Cllr Davies", "carried")]


def test_a_body_named_community_is_no_parish(as_document) -> None:
    # Only a parish, town or community council is members alone: at a partnership's panel, members sit for
    # their councils and stay present.
    text = ("Community Safety Partnership Scrutiny Panel\n\nMinutes of the meeting held on 4 March 2024\n\n"
            "Present: Cllr Ann Cole (Norfolk County Council), Cllr Ben Dale (Broadland District Council)\n\n"
            "1. Apologies\n\nNone.\n")
    assert [a.status for a in _minutes(as_document, text, "text").attendees] == ["present", "present"]


SCHOOL_BOARD = (
    "PINE VALLEY UNIFIED SCHOOL DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION\n"
    "March 12, 2024\n\nClosed Session 5:00 p.m.\nOpen Session 6:00 p.m.\n\n"
    "Present: Ann Lee, President; Bob Marsh, Vice President; Carol Nguyen, Clerk; Dee Park, Member\n"
    "Absent: Eve Stone, Member\n"
    "Also Present: Fay Moore, Superintendent; Gil Hart, Assistant Superintendent\n\n"
    "1. CALL TO ORDER\nPresident Lee called the open session to order at 6:02 p.m.\n\n"
    "2. APPROVAL OF AGENDA\nMotion by Marsh, second by Park to approve the agenda as presented. Motion carried 4-0.\n\n"
    "3. CONSENT CALENDAR\nMotion by Nguyen, second by Marsh to approve the consent calendar.\n"
    "AYES: Lee, Marsh, Nguyen, Park\nNOES: None\nABSENT: Stone\nABSTAIN: None\nMotion carried 4-0.\n\n"
    "4. ADJOURNMENT\nThe meeting adjourned at 7:45 p.m.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_school_board_clerk_listed_among_the_board_offices_is_a_member(as_document, fmt: str) -> None:
    # USA: a school board elects its Clerk from its members. Under a Present list of board offices, with
    # staff under "Also Present", she is a member present; "Member" after a name is an office, not a person.
    minutes = _minutes(as_document, SCHOOL_BOARD, fmt)
    assert _people(minutes) == [
        ("Ann Lee", "present", "President", None),
        ("Bob Marsh", "present", "Vice President", None),
        ("Carol Nguyen", "present", "Clerk", None),
        ("Dee Park", "present", "Member", None),
        ("Eve Stone", "absent", "Member", None),
        ("Fay Moore", "also_present", "Superintendent", None),
        ("Gil Hart", "also_present", "Assistant Superintendent", None),
    ]


def test_a_clerk_in_a_present_list_without_board_offices_is_an_officer(as_document) -> None:
    # UK town council: the members carry no offices, so the Town Clerk in the Present list is staff, even
    # with guests listed apart.
    text = ("Brookvale Town Council\n\nMinutes of the Town Council meeting held on 4 March 2024\n\n"
            "Present: Town Mayor Cllr Ann Cole, Cllr Ben Dale, Cllr Cy Eve, Mrs Di Fox, Clerk\n"
            "In attendance: PCSO Gil Hart\n\n1. Apologies\n\nNone.\n")
    statuses = {a.name: a.status for a in _minutes(as_document, text, "text").attendees}
    assert statuses["Di Fox"] == "also_present"
    assert statuses["Ben Dale"] == "present"
