"""Minutes in the wordings of New Zealand, UK parish, Canadian and US councils and school boards (issue 11).

Each story is a short set of invented minutes in one country's usual wording, read as text and as a printed
PDF, and the records a careful reader takes from it: attendees with their status and position, items, and
resolutions with their movers, outcome and votes.
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

from .stories import FORMATS, items_of, read_minutes


def _people(minutes) -> list[tuple]:
    return [(a.name, a.status, a.position, a.organisation) for a in minutes.attendees]


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
    minutes = read_minutes(as_document, NZ_COUNCIL, fmt)
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
    minutes = read_minutes(as_document, NZ_COUNCIL, fmt)
    assert items_of(minutes) == [("1", "KARAKIA"), ("2", "APOLOGIES"), ("3", "FINANCIAL REPORT TO 29 FEBRUARY 2024")]
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
    minutes = read_minutes(as_document, text, fmt)
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
    assert [a.status for a in read_minutes(as_document, text, "text").attendees] == ["present", "present"]


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
    minutes = read_minutes(as_document, SCHOOL_BOARD, fmt)
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
    statuses = {a.name: a.status for a in read_minutes(as_document, text, "text").attendees}
    assert statuses["Di Fox"] == "also_present"
    assert statuses["Ben Dale"] == "present"


NZ_COMMITTEE = (
    "KAIAWA DISTRICT COUNCIL\nMINUTES OF THE STRATEGY AND POLICY COMMITTEE\n"
    "HELD AT THE COUNCIL CHAMBERS, 1 MAIN ROAD, KAIAWA ON WEDNESDAY 7 FEBRUARY 2024 AT 1.00PM\n\n"
    "PRESENT: Cr Aroha Ora (Chairperson), His Worship the Mayor Ian Reed, Crs Bob Hale, Cleo Park and Dan Wiremu\n\n"
    "IN ATTENDANCE: Jo Smith (Chief Executive), Ken Li (General Manager Community Services)\n\n"
    "1 APOLOGIES\n\nCOMMITTEE RESOLUTION SPC/2024/1\nMoved: Cr Bob Hale\nSeconded: Cr Cleo Park\n"
    "That the apology received from Cr Eru Mana be accepted.\nCARRIED\n\n"
    "2 DOG CONTROL POLICY REVIEW\n\nCOMMITTEE RESOLUTION SPC/2024/2\nMoved: Cr Dan Wiremu\n"
    "Seconded: His Worship the Mayor\nThat the Strategy and Policy Committee:\n"
    "a) Receives the report titled Dog Control Policy Review.\n"
    "b) Adopts the draft Dog Control Policy for public consultation.\nCARRIED\n\n"
    "3 CEMETERY FEES\n\nMoved: Cr Cleo Park\nSeconded: Cr Bob Hale\n"
    "That the cemetery fees remain unchanged for 2024/25.\nLOST\n\n"
    "The meeting closed at 2.45pm.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_committee_attendance(as_document, fmt: str) -> None:
    # "His Worship the Mayor Ian Reed": the honorific and office are his position (its "Mayor" makes him no
    # chair); a committee resolution number under the apologies item is no apology; the apologies a motion
    # accepts ("That the apology received from Cr Eru Mana be accepted") name who sent them.
    assert _people(read_minutes(as_document, NZ_COMMITTEE, fmt)) == [
        ("Aroha Ora", "present", None, None),
        ("Ian Reed", "present", "His Worship the Mayor", None),
        ("Bob Hale", "present", None, None),
        ("Cleo Park", "present", None, None),
        ("Dan Wiremu", "present", None, None),
        ("Jo Smith", "also_present", "Chief Executive", None),
        ("Ken Li", "also_present", "General Manager Community Services", None),
        ("Eru Mana", "apologies", None, None),
    ]
    assert [a.role for a in read_minutes(as_document, NZ_COMMITTEE, fmt).attendees][:2] == ["chair", None]


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_committee_motions_seconded_by_an_office(as_document, fmt: str) -> None:
    # "Seconded: His Worship the Mayor": a member named by office seconds; a lost motion keeps its movers.
    minutes = read_minutes(as_document, NZ_COMMITTEE, fmt)
    assert _decisions(minutes) == [
        ("1", "That the apology received from Cr Eru Mana be accepted.", "Cr Bob Hale", "Cr Cleo Park", "carried"),
        ("2", "That the Strategy and Policy Committee: a) Receives the report titled Dog Control Policy Review. "
              "b) Adopts the draft Dog Control Policy for public consultation.", "Cr Dan Wiremu",
         "His Worship the Mayor", "carried"),
    ]
    lost = [(m.text, m.moved_by, m.seconded_by, m.outcome) for i in minutes.items for m in i.motions]
    assert lost == [("That the cemetery fees remain unchanged for 2024/25.", "Cr Cleo Park", "Cr Bob Hale", "lost")]


CANADA_COUNCIL = (
    "Municipality of North Pines\nMinutes of the Regular Meeting of Council\nMonday, May 6, 2024 at 7:00 p.m.\n"
    "Council Chambers, Municipal Office\n\n"
    "Members of Council Present: Mayor Jan Holt, Deputy Mayor Kim Lowe, Councillors Pat Reyes, Lee Sand and Mo Tran\n"
    "Members of Council Absent: Councillor Ray Voss\n"
    "Staff Present: Chief Administrative Officer Nia West, Clerk Omar Yee\n\n"
    "1. Call to Order\nMayor Holt called the meeting to order at 7:00 p.m.\n\n"
    "2. By-law 2024-12 Tax Rates\nResolution No. 2024-102\nMoved by Deputy Mayor Lowe\nSeconded by Councillor Tran\n"
    "That By-law 2024-12, being a by-law to set the tax rates for 2024, be read a first, second and third time "
    "and finally passed.\nA recorded vote was requested by Councillor Sand.\n"
    "Yeas: Mayor Holt, Deputy Mayor Lowe, Councillor Reyes, Councillor Tran\nNays: Councillor Sand\nCarried (4-1)\n\n"
    "3. Notice of Motion\nResolution No. 2024-103\nMoved by Councillor Sand\nSeconded by Councillor Reyes\n"
    "That staff prepare a report on a dog park.\nDefeated\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_canadian_council_members_absent_and_a_recorded_vote(as_document, fmt: str) -> None:
    # "Members of Council Absent:" is an absence heading; the request for a recorded vote is procedure after
    # the motion, not part of its text; the Yeas and Nays are each member's vote.
    minutes = read_minutes(as_document, CANADA_COUNCIL, fmt)
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("Jan Holt", "present"), ("Kim Lowe", "present"), ("Pat Reyes", "present"), ("Lee Sand", "present"),
        ("Mo Tran", "present"), ("Ray Voss", "absent"), ("Nia West", "also_present"), ("Omar Yee", "also_present")]
    assert _decisions(minutes) == [
        ("2", "That By-law 2024-12, being a by-law to set the tax rates for 2024, be read a first, second and third "
              "time and finally passed.", "Deputy Mayor Lowe", "Councillor Tran", "carried")]
    votes = minutes.items[1].resolutions[0].votes
    assert (votes.for_, votes.against) == (4, 1)
    assert [(v.name, v.vote) for v in votes.recorded] == [
        ("Mayor Holt", "for"), ("Deputy Mayor Lowe", "for"), ("Councillor Reyes", "for"), ("Councillor Tran", "for"),
        ("Councillor Sand", "against")]
    assert [(m.text, m.outcome) for m in minutes.items[2].motions] == [
        ("That staff prepare a report on a dog park.", "lost")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_uk_parish_apologies_approved_and_resolutions_in_its_wordings(as_document, fmt: str) -> None:
    text = ("LOWER MARSTON PARISH COUNCIL\nMinutes of the Meeting of Lower Marston Parish Council held on Monday "
            "8 April 2024 at 7.00pm at the Memorial Hall\n\n"
            "Present: Councillors P Barker (Chairman), R Coles, S Doyle, T Egan and V Flint\n"
            "In Attendance: Mrs W Green (Parish Clerk), County Councillor X Hart, 4 members of the public\n\n"
            "24/31 Apologies for absence\nApologies were received and approved from Cllr Y Irwin.\n\n"
            "24/32 Minutes of the last meeting\nIt was proposed by Cllr Coles, seconded by Cllr Doyle and resolved "
            "that the minutes of the meeting held on 11 March 2024 be signed as a correct record.\n\n"
            "24/33 Planning\nCllr Egan proposed and Cllr Flint seconded that the Council object to application "
            "24/00130/FUL. All agreed.\n\n"
            "24/34 Finance\nRESOLVED: That the payments listed in the schedule, totalling £2,345.60, be approved.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("P Barker", "present"), ("R Coles", "present"), ("S Doyle", "present"), ("T Egan", "present"),
        ("V Flint", "present"), ("W Green", "also_present"), ("X Hart", "also_present"), ("Y Irwin", "apologies")]
    assert [(n, t, m, s) for n, t, m, s, _ in _decisions(minutes)] == [
        ("24/32", "the minutes of the meeting held on 11 March 2024 be signed as a correct record.", "Cllr Coles",
         "Cllr Doyle"),
        ("24/33", "the Council object to application 24/00130/FUL.", "Cllr Egan", "Cllr Flint"),
        ("24/34", "the payments listed in the schedule, totalling £2,345.60, be approved.", None, None),
    ]


SCHOOL_BOARD_SESSIONS = (
    "CEDAR CREEK SCHOOL DISTRICT\nBOARD OF TRUSTEES\nMINUTES OF REGULAR MEETING\nThursday, September 19, 2024\n"
    "Closed Session: 5:30 p.m.\nOpen Session: 6:30 p.m.\nCedar Creek High School Library, 500 School Road\n\n"
    "Board Members Present: Trustee Amy Bell, Trustee Carl Dean, Trustee Ed Fox, Trustee Gia Hall\n"
    "Board Members Absent: Trustee Ian Jones\n"
    "Staff Present: Dr. Max Ng, Superintendent; Olive Pratt, Chief Business Official\n\n"
    "1. CALL TO ORDER\nBoard President Bell called the open session to order at 6:31 p.m.\n\n"
    "2. APPROVAL OF AGENDA\nM/S Dean/Fox to approve the agenda. Vote: 4-0 (Jones absent).\n\n"
    "3. SURPLUS PROPERTY\nIt was moved by Trustee Fox, seconded by Trustee Hall, to adopt Resolution No. 24-15 "
    "declaring property surplus. The motion failed 2-2.\n\n"
    "4. ADJOURNMENT\nPresident Bell adjourned the meeting at 8:05 p.m.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_school_board_sessions_venue_and_adjournment(as_document, fmt: str) -> None:
    # USA: the meeting starts when its first session does (the closed session, as an agenda's first study
    # session starts its meeting); the place printed under the session times is the venue; "adjourned the
    # meeting at" is the end.
    meeting = read_minutes(as_document, SCHOOL_BOARD_SESSIONS, fmt).meeting
    assert (str(meeting.start_time), str(meeting.end_time), meeting.venue) == (
        "17:30:00", "20:05:00", "Cedar Creek High School Library, 500 School Road")


@pytest.mark.parametrize("fmt", FORMATS)
def test_school_board_paired_movers_and_a_failed_motion(as_document, fmt: str) -> None:
    # "M/S Dean/Fox to approve …": one label for mover and seconder, their names parted by a slash; a count
    # alone is the verdict. "Chief Business Official" is one job.
    minutes = read_minutes(as_document, SCHOOL_BOARD_SESSIONS, fmt)
    assert _decisions(minutes) == [("2", "approve the agenda.", "Dean", "Fox", "carried")]
    assert (minutes.items[1].resolutions[0].votes.for_, minutes.items[1].resolutions[0].votes.against) == (4, 0)
    assert [(m.text, m.moved_by, m.seconded_by, m.outcome) for m in minutes.items[2].motions] == [
        ("adopt Resolution No. 24-15 declaring property surplus.", "Trustee Fox", "Trustee Hall", "lost")]
    assert ("Olive Pratt", "also_present", "Chief Business Official", None) in _people(minutes)
    assert ("Ian Jones", "absent", "Trustee", None) in _people(minutes)


def test_a_council_resolving_to_adjourn_gives_the_end_time(as_document) -> None:
    end = read_minutes(as_document, CANADA_COUNCIL.replace(
        "3. Notice of Motion", "3. Adjournment\nResolution No. 2024-104\nMoved by Councillor Tran\n"
        "Seconded by Councillor Reyes\nThat Council adjourn at 8:42 p.m.\nCarried\n\n4. Notice of Motion"),
        "text").meeting.end_time
    assert str(end) == "20:42:00"


NZ_COMMUNITY_BOARD = (
    "TAUPO BAY COMMUNITY BOARD\n"
    "MINUTES OF A MEETING HELD AT THE TAUPO BAY HALL ON MONDAY 11 MARCH 2024 COMMENCING AT 4.00PM\n\n"
    "PRESENT: Chairperson Rangi Moana, Deputy Chairperson Sara Lee, Members Tom Bay, Uma Cole and Vic Dale, "
    "Cr Wes Eru\n\n"
    "IN ATTENDANCE: Yuri Gale (Group Manager Strategy and Policy), Xena Ford (Community Board Advisor)\n\n"
    "APOLOGIES: Member Zak Hunt\n\n"
    "1. SKATE PARK FUNDING\nMoved Member Dale / Seconded Deputy Chairperson Lee\n"
    "THAT the Community Board allocates $5,000 from its discretionary fund to the skate park upgrade.\n"
    "A division was called for, voting on which was as follows:\n"
    "For: Members Dale, Lee and Moana\nAgainst: Members Bay and Cole\n"
    "The division was declared CARRIED by 3 votes to 2.\n\n"
    "The meeting closed at 5.20pm.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_community_board_members_and_a_division(as_document, fmt: str) -> None:
    # "Deputy Chairperson" is the vice-chair's office; "Members Tom Bay, Uma Cole and Vic Dale" is a plural
    # title over three names; a job whose department is joined by "and" stays one job. The call for a division
    # is procedure, not the motion; a plural title before a vote's list titles every name in it.
    minutes = read_minutes(as_document, NZ_COMMUNITY_BOARD, fmt)
    assert [(a.name, a.status, a.role, a.position) for a in minutes.attendees] == [
        ("Rangi Moana", "present", "chair", None),
        ("Sara Lee", "present", "vice-chair", None),
        ("Tom Bay", "present", None, None),
        ("Uma Cole", "present", None, None),
        ("Vic Dale", "present", None, None),
        ("Wes Eru", "present", None, None),
        ("Yuri Gale", "also_present", None, "Group Manager Strategy and Policy"),
        ("Xena Ford", "also_present", None, "Community Board Advisor"),
        ("Zak Hunt", "apologies", None, "Member"),
    ]
    [resolution] = minutes.items[0].resolutions
    assert resolution.text == ("THAT the Community Board allocates $5,000 from its discretionary fund to the skate "
                               "park upgrade.")
    assert (resolution.moved_by, resolution.seconded_by, resolution.outcome) == (
        "Member Dale", "Deputy Chairperson Lee", "carried")
    assert [(v.name, v.vote) for v in resolution.votes.recorded] == [
        ("Dale", "for"), ("Lee", "for"), ("Moana", "for"), ("Bay", "against"), ("Cole", "against")]


@pytest.mark.parametrize("sentence, expected", [
    ("A motion was made by Commissioner Olsen and seconded by Commissioner Marsh to approve Budget Amendment 3. "
     "The motion failed 1-3, with Commissioner Olsen voting aye.",
     ("approve Budget Amendment 3.", "Commissioner Olsen", "Commissioner Marsh", "lost", 1, 3)),
    ("Councilmember Ito moved, seconded by Councilmember Ray, to approve the budget. The motion passed 5-0 with "
     "Councilmember Fox absent.",
     ("approve the budget.", "Councilmember Ito", "Councilmember Ray", "carried", 5, 0)),
])
def test_a_verdict_naming_who_voted_or_was_absent(as_document, sentence: str, expected: tuple) -> None:
    # USA: "…, with X voting aye" / "with X absent" after the count tells the vote; the verdict still ends there.
    text = ("TOWN OF RIVERTON\nBOARD OF COMMISSIONERS\nREGULAR MEETING MINUTES\nJanuary 8, 2024\n\n"
            "Present: Commissioners Leo Marsh, Nina Olsen\n\n3. BUDGET AMENDMENT\n" + sentence + "\n\n4. ADJOURN\n"
            "The meeting adjourned at 8:15 PM.\n")
    found = [(r.text, r.moved_by, r.seconded_by, r.outcome, r.votes.for_, r.votes.against)
             for i in read_minutes(as_document, text, "text").items for r in [*i.resolutions, *i.motions]]
    assert found == [expected]


UK_PARISH = (
    "GREAT WILLOW PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held at Great Willow Village Hall on "
    "Wednesday 10th January 2024 at 7.30pm\n\n"
    "Councillors Present: Cllr D Moss (Chair), Cllr E Nash (Vice Chair), Cllr F Owen, Cllr G Pike\n"
    "Also Present: District Cllr H Quail, Mrs J Rowe (Clerk & RFO), 2 members of the public\n\n"
    "Minute 1/24 To receive apologies for absence\n"
    "Cllr L Tate sent apologies (work commitments), which were accepted.\n\n"
    "Minute 2/24 Precept 2024/25\n"
    "Following discussion it was RESOLVED to set the precept at £18,500 for 2024/25. Proposed Cllr Moss, "
    "seconded Cllr Owen, carried unanimously.\n\n"
    "There being no further business the Chair closed the meeting at 9.10pm.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_uk_parish_sent_apologies_movers_after_the_decision_and_the_chair_closing(as_document, fmt: str) -> None:
    # "X sent apologies": X sent them; "Following discussion it was RESOLVED": a decision after a preamble;
    # the movers printed after it are its movers, not its text; "the Chair closed the meeting at" ends it.
    minutes = read_minutes(as_document, UK_PARISH, fmt)
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("D Moss", "present"), ("E Nash", "present"), ("F Owen", "present"), ("G Pike", "present"),
        ("H Quail", "also_present"), ("J Rowe", "also_present"), ("L Tate", "apologies")]
    assert _decisions(minutes) == [
        ("2/24", "set the precept at £18,500 for 2024/25.", "Cllr Moss", "Cllr Owen", "carried")]
    assert str(minutes.meeting.end_time) == "21:10:00"


NZ_MOVERS_IN_SENTENCES = (
    "Minutes of the Ordinary Meeting of the District Council held on Wednesday 9 December 2015 at 9.00am\n\n"
    "PRESENT: Mayor Gary Tong, Deputy Mayor Paul Duffy, Cr Bailey, Cr Wells\n\n"
    "1 Apologies\n\n"
    "It was resolved on the motion of the Mayor seconded by Councillor Wells that the apologies be accepted.\n\n"
    "2 Confirmation of Minutes\n\n"
    "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved\n\n"
    "That Council confirms the minutes of the meeting held on 25 November 2015.\n\n"
    "3 Local Board Report\n\n"
    "Resolution number HB/2021/45\n\n"
    "MOVED by Member J Fitzgerald, seconded by Member A Dunn:\n\n"
    "That the Council receive the report.\n\n"
    "CARRIED\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_movers_told_before_the_decision(as_document, fmt: str) -> None:
    # Movers told in a sentence that leads into the decision, or after its word ("resolved on the motion of"),
    # or labelled on one line that ends in a colon: each decision is carried with its mover and seconder.
    minutes = read_minutes(as_document, NZ_MOVERS_IN_SENTENCES, fmt)
    assert _decisions(minutes) == [
        ("1", "the apologies be accepted.", "the Mayor", "Councillor Wells", "carried"),
        ("2", "Council confirms the minutes of the meeting held on 25 November 2015.", "Cr Bailey",
         "Deputy Mayor Duffy", "carried"),
        ("3", "That the Council receive the report.", "Member J Fitzgerald", "Member A Dunn", "carried"),
    ]


CANADIAN_MOTION_LINES = (
    "Minutes of the Regular Meeting of Council held on Tuesday, November 26, 2024 at 7:00 p.m.\n\n"
    "Present: Mayor Ann Lee, Councillor Hansen, Councillor Brown, Councillor Neil Warwick, "
    "Councillor Jason Breckenridge\n\n"
    "1. Agenda\n\n"
    'Motion 228/2024 Moved by Councillor Hansen, "THAT the agenda be amended to add item 5.3."\n\n'
    "Carried\n\n"
    "2. Minutes\n\n"
    "Motion:  494-2011  Moved by Neil Warwick  Seconded by Jason Breckenridge\n\n"
    '"That the minutes of November 12, 2024 be adopted as circulated."\n\n'
    "Disposition   Carried\n\n"
    "3. Reports\n\n"
    "Moved by: Councillor Brown\nSeconded by: Councillor Hansen\n\n"
    "That the reports be received.\n\n"
    "Motion Carried Unanimously, By All Members Present\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_canadian_motions_numbered_with_their_movers(as_document, fmt: str) -> None:
    # A motion's number and movers on one line (Alberta motions need no seconder), a "Disposition" line
    # for the verdict, and a verdict that says who voted for it.
    minutes = read_minutes(as_document, CANADIAN_MOTION_LINES, fmt)
    assert _decisions(minutes) == [
        ("1", "the agenda be amended to add item 5.3.", "Councillor Hansen", None, "carried"),
        ("2", "the minutes of November 12, 2024 be adopted as circulated.", "Neil Warwick", "Jason Breckenridge",
         "carried"),
        ("3", "That the reports be received.", "Councillor Brown", "Councillor Hansen", "carried"),
    ]


NZ_ATTENDANCE_NOTES = (
    "Minutes of a meeting of the City Council held in the Council Chamber on Thursday 20 June 2019, "
    "commencing at 9.00a.m.\n\n"
    "Present: Her Worship the Mayor R Reese (Chairperson), Councillors L Acland, M Courtney and M Rutledge\n\n"
    "Apologies : Councillor Rutledge for lateness, Councillor B Dahlberg\n\n"
    "1. Apologies\n\nResolved CL/2019/001\n\n"
    "That the Council receives and accepts the apologies.\n\n"
    "Acland/Courtney                                   Carried\n\n"
    "2. Confirmation of Order of Business\n\nThere was no change to the order of business.\n\n"
    "Attendance: Councillor Rutledge joined the meeting at 9.06a.m.\n\n"
    "3. Interests\n\nThere were no updates to the Interests Register.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_attendance_notes_inside_new_zealand_minutes(as_document, fmt: str) -> None:
    # "Attendance: … joined the meeting" notes a movement inside the minutes: it opens no second set of
    # minutes; and an apology for lateness comes from a member who attended.
    doc = parse(as_document(NZ_ATTENDANCE_NOTES, fmt))
    assert len(doc.minutes) == 1
    minutes = doc.minutes[0]
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    assert [(a.name, a.status) for a in minutes.attendees if a.status != "present"] == [("B Dahlberg", "apologies")]
