"""Attendance as councils outside the seeds print it (issue 11): Canada, New Zealand, the UK, Ireland, the USA.

Each story is a few lines of minutes in the wording of one kind of council, read as text and as a printed
PDF, and the attendee records that come out: statuses, roles, positions, honours, remote attendance and
substitutes. Names are invented; the wordings are those of real minutes.
"""

from __future__ import annotations

import pytest

from councildocs.extractors.attendees import blocks_to_attendees
from councildocs.records import Attendee

FORMATS = ["text", "pdf"]


def _attendees(as_document, text: str, fmt: str = "text") -> list[Attendee]:
    return blocks_to_attendees(list(as_document(text, fmt).blocks()))


def _rows(people: list[Attendee]) -> list[tuple]:
    return [(a.name, a.status, a.role, a.position) for a in people]


@pytest.mark.parametrize("fmt", FORMATS)
def test_township_present_regrets_staff(as_document, fmt: str) -> None:
    # Canada: an office before the name, "Regrets", and staff with their jobs printed before their names.
    text = ("MINUTES\n\nTOWNSHIP OF ELMVALE\n\nTuesday, April 18, 2023\n\n"
            "Present: Mayor Tom Quill and Councillors Ann Reed, Bo Shaw and Cy Odell.\n"
            "Regrets: Councillor Di Marsh.\n"
            "Staff: Fire Chief-MLEO Eve Tate; Operations Superintendent Gus Hale and Municipal "
            "Administrator-Clerk-Treasurer Hal Ince-Rowe.\n\n"
            "Disclosure of pecuniary interest: None.\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Tom Quill", "present", None, "Mayor"),
        ("Ann Reed", "present", None, None),
        ("Bo Shaw", "present", None, None),
        ("Cy Odell", "present", None, None),
        ("Di Marsh", "apologies", None, None),
        ("Eve Tate", "also_present", None, "Fire Chief-MLEO"),
        ("Gus Hale", "also_present", None, "Operations Superintendent"),
        ("Hal Ince-Rowe", "also_present", None, "Municipal Administrator-Clerk-Treasurer"),
    ]


def test_staff_under_a_second_present_line_are_also_present(as_document) -> None:
    text = ("MINUTES\n\nPresent: Mayor Tom Quill and Councillors Ann Reed and Bo Shaw.\n\n"
            "Present: Fire Chief Eve Tate, Office Assistant Gus Hale and Interim CAO-Clerk Hal Ince.\n\n"
            "Disclosure of pecuniary interest: None.\n")
    assert [(a.name, a.status, a.position) for a in _attendees(as_document, text)][3:] == [
        ("Eve Tate", "also_present", "Fire Chief"), ("Gus Hale", "also_present", "Office Assistant"),
        ("Hal Ince", "also_present", "Interim CAO-Clerk")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_county_council_present_in_attendance_and_virtually(as_document, fmt: str) -> None:
    # UK: honours after names, two people of one name told apart by Mr/Ms, officers with positions in
    # brackets, a list of people attending online, and a section heading in capitals closing the lists.
    text = ("MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.\n\n"
            "PRESENT: Mr A Reed (Chairman), Mr B Shaw, OBE, Ms C Odell, Mr C Odell and Mrs D Marsh, MBE\n\n"
            "IN ATTENDANCE: Mrs E Tate (Director of Public Health) and Mr F Vine (General Counsel)\n\n"
            "IN ATTENDANCE VIRTUALLY: Mr G Hale (Director of Technology)\n\n"
            "UNRESTRICTED ITEMS\n\n84. Apologies\n\nApologies were received from Mrs H Ince.\n")
    people = _attendees(as_document, text, fmt)
    assert _rows(people) == [
        ("A Reed", "present", "chair", None),
        ("B Shaw", "present", None, None),
        ("C Odell", "present", None, None),
        ("C Odell", "present", None, None),
        ("D Marsh", "present", None, None),
        ("E Tate", "also_present", None, "Director of Public Health"),
        ("F Vine", "also_present", None, "General Counsel"),
        ("G Hale", "also_present", None, "Director of Technology"),
        ("H Ince", "apologies", None, None),
    ]
    assert [a.post_nominal for a in people][:5] == [None, "OBE", None, None, "MBE"]
    assert all(a.organisation is None for a in people)
    assert [a.name for a in people if a.attendance == "virtual"] == ["G Hale"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_irish_chair_label_office_title_and_officials_named_in_brackets(as_document, fmt: str) -> None:
    text = ("MINUTES OF PROCEEDINGS AT MEETING OF GLENBEG COUNTY COUNCIL HELD ON MONDAY, 31ST MARCH, 2025.\n\n"
            "PRESENT IN THE CHAIR: Príomh Chomhairleoir, Councillor D. Reed.\n\n"
            "MEMBERS PRESENT:\n\nMayor Shaw,\n\nCouncillors Odell, Marsh (B), Marsh (M), Tate.\n\n"
            "OFFICIALS IN ATTENDANCE:\n\n"
            "Director General (Dr. P. Vine), Deputy Director General and Director, Corporate Services,\n"
            "Human Resources and Organisational Development (Mr. G. Hale), Director, Housing (Mr. B.\n"
            "Ince), Meetings Administrator (Ms. C. Lowe).\n\n"
            "Also in Attendance: Ms. B. Quinn, Chair, Audit and Risk Committee.\n\n"
            "1. Minutes\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("D. Reed", "present", "chair", "Príomh Chomhairleoir"),
        ("Shaw", "present", None, "Mayor"),
        ("Odell", "present", None, None),
        ("Marsh (B)", "present", None, None),
        ("Marsh (M)", "present", None, None),
        ("Tate", "present", None, None),
        ("P. Vine", "also_present", None, "Director General"),
        ("G. Hale", "also_present", None,
         "Deputy Director General and Director, Corporate Services, Human Resources and Organisational Development"),
        ("B. Ince", "also_present", None, "Director, Housing"),
        ("C. Lowe", "also_present", None, "Meetings Administrator"),
        ("B. Quinn", "also_present", None, "Chair, Audit and Risk Committee"),  # chairs another body
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_and_capitals_after_a_list_name_no_one(as_document, fmt: str) -> None:
    text = ("Amenities Committee\n\nTuesday 13th March 2018\n\nPresent:\n\n"
            "Cllrs Reed (Chairman), Shaw and Odell.\n\nIn Attendance:\n\n"
            "Ann Marsh – Town Clerk, Bo Tate - Assistant Town Clerk.\n\n"
            "Public Gallery: There were 4 members of the public present and no press representation.\n\n"
            "Public Questions:\n\nCy Vine spoke about the grant.\n\n52 Apologies for Absence\n\nCllrs Hale and Ince.\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Reed", "present", "chair", None), ("Shaw", "present", None, None), ("Odell", "present", None, None),
        ("Ann Marsh", "also_present", None, "Town Clerk"), ("Bo Tate", "also_present", None, "Assistant Town Clerk"),
        ("Hale", "apologies", None, None), ("Ince", "apologies", None, None)]


def test_roll_call_present_and_absent(as_document) -> None:
    text = ("Minutes of the City Council\n\nRoll Call\n\n"
            "Present: Councilmember Ann Reed, Councilmember Bo Shaw, Vice Mayor Cy Odell\n\n"
            "Absent: Councilmember Di Marsh\n\n1. Consent Calendar\n")
    assert _rows(_attendees(as_document, text)) == [
        ("Ann Reed", "present", None, "Councilmember"), ("Bo Shaw", "present", None, "Councilmember"),
        ("Cy Odell", "present", None, "Vice Mayor"), ("Di Marsh", "absent", None, "Councilmember")]


@pytest.mark.parametrize("heading", ["Councillors absent:", "Members absent:", "Absent:"])
def test_councillors_absent(as_document, heading: str) -> None:
    text = f"Minutes of the Council\n\nPresent: Councillors A Reed, B Shaw\n\n{heading} C Odell and D Marsh\n\n1. Minutes\n"
    assert [(a.name, a.status) for a in _attendees(as_document, text)] == [
        ("A Reed", "present"), ("B Shaw", "present"), ("C Odell", "absent"), ("D Marsh", "absent")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_prose_roll_call(as_document, fmt: str) -> None:
    text = ("Minutes of the Parish Council meeting\n\n"
            "Councillors Reed, Shaw, Odell and Vice-President Marsh were all present.\n\n1. Minutes\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Reed", "present", None, None), ("Shaw", "present", None, None), ("Odell", "present", None, None),
        ("Marsh", "present", None, "Vice-President")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_substitutes_in_every_wording(as_document, fmt: str) -> None:
    text = ("Minutes of the Planning Committee\n\n"
            "Present: Councillors A Reed (Chair), B Shaw (substituting for C Odell) and D Marsh\n\n"
            "Substitute Members: Councillor E Tate for Councillor F Vine\n\n1. Minutes\n")
    assert [(a.name, a.substitute_for) for a in _attendees(as_document, text, fmt)] == [
        ("A Reed", None), ("B Shaw", "C Odell"), ("D Marsh", None), ("E Tate", "F Vine")]


def test_initials_in_brackets_are_not_a_disambiguator(as_document) -> None:
    text = "Minutes of the Parish Council\n\nPresent: Ann Lee (AL), Bob Ray (BR) (Chairman)\n\n1. Minutes\n"
    assert [(a.name, a.role) for a in _attendees(as_document, text)] == [("Ann Lee", None), ("Bob Ray", "chair")]


def test_district_and_county_councillors_at_a_parish_meeting_are_also_present(as_document) -> None:
    text = ("Minutes of the Parish Council\n\nPresent: Cllrs Ann Lee (Chairman), Bob Ray\n\n"
            "Also present: District Councillor Cy Odell, County Councillor Di Marsh, Clerk Eve Tate and "
            "3 members of the public\n\n1. Minutes\n")
    assert [(a.name, a.status) for a in _attendees(as_document, text)] == [
        ("Ann Lee", "present"), ("Bob Ray", "present"), ("Cy Odell", "also_present"),
        ("Di Marsh", "also_present"), ("Eve Tate", "also_present")]


@pytest.mark.parametrize("title", ["Cr", "Reeve", "Trustee", "Supervisor", "Commissioner"])
def test_titles_and_offices_are_not_names(as_document, title: str) -> None:
    text = f"Minutes of the Board\n\nPresent: {title} Ann Lee, {title} Bob Ray\n\n1. Minutes\n"
    people = _attendees(as_document, text)
    assert [(a.name, a.status) for a in people] == [("Ann Lee", "present"), ("Bob Ray", "present")]


def test_people_named_only_in_votes_or_items_are_not_attendees(as_document) -> None:
    text = ("Minutes of the Council\n\nPresent: Councillors A Reed and B Shaw\n\n1. Budget\n\n"
            "Councillor C Odell asked about the budget.\n\nFor: Councillors A Reed, B Shaw, D Marsh\n")
    assert [a.name for a in _attendees(as_document, text)] == ["A Reed", "B Shaw"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_substitution_said_in_prose_completes_the_listed_member(as_document, fmt: str) -> None:
    text = ("Amenities Committee\n\nPresent:\n\nCllrs Hodge (Chairman), Hewitt and Wood.\n\n"
            "Under item 4(v) of the Standing Orders, the Town Clerk advised Committee that for this meeting "
            "Cllr Wood would be substituting, with voting rights, for Cllr Ellis.\n\n"
            "52 Apologies for Absence\n\nCllrs Ives and Ellis.\n")
    assert [(a.name, a.status, a.substitute_for) for a in _attendees(as_document, text, fmt)] == [
        ("Hodge", "present", None), ("Hewitt", "present", None), ("Wood", "present", "Ellis"),
        ("Ives", "apologies", None), ("Ellis", "apologies", None)]


def test_a_substitution_in_prose_adds_no_one(as_document) -> None:
    text = ("Minutes\n\nPresent: Cllrs Hodge and Hewitt.\n\n"
            "It was noted that Cllr Wood was substituting for Cllr Ellis at the next meeting.\n\n1. Minutes\n")
    assert [a.name for a in _attendees(as_document, text)] == ["Hodge", "Hewitt"]


def test_absent_and_apologies_each_kept_as_printed(as_document) -> None:
    text = ("Minutes of the Council\n\nPresent: Councillors A Reed and B Shaw\n\nAbsent: Councillor C Odell\n\n"
            "1. Apologies\n\nApologies were received from Councillor C Odell.\n")
    assert [(a.name, a.status) for a in _attendees(as_document, text)] == [
        ("A Reed", "present"), ("B Shaw", "present"), ("C Odell", "absent"), ("C Odell", "apologies")]


def test_members_present_virtually_are_present_and_virtual(as_document) -> None:
    text = ("Minutes of the Board\n\nPresent: Cr Ann Reed (Chair), Cr Bo Shaw\n\n"
            "Present virtually: Cr Cy Odell\n\nIn attendance: Di Marsh (Chief Executive)\n\n1. Minutes\n")
    assert [(a.name, a.status, a.role, a.attendance) for a in _attendees(as_document, text)] == [
        ("Ann Reed", "present", "chair", None), ("Bo Shaw", "present", None, None),
        ("Cy Odell", "present", None, "virtual"), ("Di Marsh", "also_present", None, None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_school_board_roll_with_each_office_after_its_holder(as_document, fmt: str) -> None:
    # USA: semicolons part the people, a comma parts each name from the office after it; the office is
    # the person's own, never the next person's, and the last one closes its entry.
    text = ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION\n\nMarch 12, 2024\n\n"
            "Present: Ann Lee, President; Bob Marsh, Vice President; Dee Park, Trustee\n"
            "Absent: Eve Stone, Trustee\n"
            "Also Present: Fay Moore, Superintendent; Gil Hart, Assistant Superintendent\n\n"
            "1. APPROVAL OF MINUTES\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Ann Lee", "present", None, "President"),
        ("Bob Marsh", "present", None, "Vice President"),
        ("Dee Park", "present", None, "Trustee"),
        ("Eve Stone", "absent", None, "Trustee"),
        ("Fay Moore", "also_present", None, "Superintendent"),
        ("Gil Hart", "also_present", None, "Assistant Superintendent"),
    ]


def test_offices_before_their_holders_with_semicolons_between_people(as_document) -> None:
    text = "MINUTES\n\nPresent: Mayor, Jo Quill; Deputy Mayor, Tom Reed; Councillor Bo Shaw\n\n1. Minutes\n"
    assert _rows(_attendees(as_document, text)) == [
        ("Jo Quill", "present", None, "Mayor"), ("Tom Reed", "present", None, "Deputy Mayor"),
        ("Bo Shaw", "present", None, None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_jobs_with_a_slash_or_small_words_before_the_name(as_document, fmt: str) -> None:
    # Canada: "CAO/Clerk" holds two offices; "Director of Public Works" has lower-case words in it.
    text = ("MINUTES\n\nPresent: Mayor Jo Quill, Councillor Ann Reed\n"
            "Staff: CAO/Clerk Dana White, Treasurer Sam Black, Director of Public Works Kim Grey\n\n"
            "1. Call to Order\n")
    assert _rows(_attendees(as_document, text, fmt))[2:] == [
        ("Dana White", "also_present", None, "CAO/Clerk"),
        ("Sam Black", "also_present", None, "Treasurer"),
        ("Kim Grey", "also_present", None, "Director of Public Works"),
    ]


def test_mayor_pro_tem_is_an_office_not_part_of_the_name(as_document) -> None:
    text = ("MINUTES\n\nROLL CALL\nPresent: Mayor Jo Quill, Mayor Pro Tem Bob Lee, Councilmembers Ann Cho and "
            "Dan Diaz\n\n1. CONSENT CALENDAR\n")
    assert _rows(_attendees(as_document, text)) == [
        ("Jo Quill", "present", None, "Mayor"), ("Bob Lee", "present", None, "Mayor Pro Tem"),
        ("Ann Cho", "present", None, None), ("Dan Diaz", "present", None, None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_absent_under_a_recorded_vote_is_part_of_the_vote(as_document, fmt: str) -> None:
    # USA (Legistar): the roll call counts each list ("Present: 4 - …"); a vote under a motion has its own
    # "Aye:" and "Absent:" lines, which name no attendee.
    text = ("City of Fairview\nMeeting Minutes\nCity Council\nMonday, May 6, 2024 6:00 PM\n\n"
            "1. ROLL CALL\n"
            "Present: 3 - Mayor Jo Quill, Vice Mayor Ann Cho and Councilmember Dan Diaz\n"
            "Absent: 1 - Councilmember Liz West\n\n"
            "2. CONSENT CALENDAR\n"
            "A motion was made by Vice Mayor Cho, seconded by Councilmember Diaz, that the Consent Calendar be "
            "approved. The motion carried by the following vote:\n"
            "Aye: 3 - Quill, Cho and Diaz\nAbsent: 1 - West\n\n3. ADJOURNMENT\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Jo Quill", "present", None, "Mayor"), ("Ann Cho", "present", None, "Vice Mayor"),
        ("Dan Diaz", "present", None, "Councilmember"), ("Liz West", "absent", None, "Councilmember")]


def test_a_substitute_listed_as_also_present_is_a_member_for_the_meeting(as_document) -> None:
    text = ("MINUTES\n\nPRESENT: Councillors A. Cho (Chair), D. Diaz\nAPOLOGIES: Councillor L. West\n"
            "ALSO PRESENT: Councillor R. Black (substitute for Councillor West), Mrs K Grey (Clerk)\n\n"
            "1. MINUTES\n")
    people = _attendees(as_document, text)
    assert [(a.name, a.status, a.substitute_for) for a in people][-2:] == [
        ("R. Black", "present", "West"), ("K Grey", "also_present", None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_council_present_staff_acronyms_plural_titles_and_reasons(as_document, fmt: str) -> None:
    # "Council Present:" heads the members; "CAO" beside a name is a job, not a body; "Trustees" before
    # names is a title; "(excused)" and "(holiday)" say why someone was away, not what they are.
    text = ("MINUTES\n\nCouncil Present: Mayor Jo Quill, Councillors Dan Diaz and Ed Fox\n"
            "Staff Present: Sam Black, CAO; Kim Grey, Clerk\n"
            "Members Present: Trustees Ann Cho, Bo Lane\nMembers Absent: Trustee Liz West (excused)\n"
            "Apologies: Councillor Mia Grey (holiday)\n\n1. CALL TO ORDER\n")
    assert _rows(_attendees(as_document, text, fmt)) == [
        ("Jo Quill", "present", None, "Mayor"), ("Dan Diaz", "present", None, None),
        ("Ed Fox", "present", None, None), ("Sam Black", "also_present", None, "CAO"),
        ("Kim Grey", "also_present", None, "Clerk"), ("Ann Cho", "present", None, None),
        ("Bo Lane", "present", None, None), ("Liz West", "absent", None, "Trustee"),
        ("Mia Grey", "apologies", None, None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_attendance_said_as_sentences(as_document, fmt: str) -> None:
    # "Present were …" names the members; "Also present were …" the officers; "Absent was …" the absent.
    text = ("MINUTES\n\nPresent were Councillors Cho, Diaz and Fox.\nAbsent was Councillor West.\n"
            "Also present were Sam Black (Clerk) and Kim Grey (Treasurer).\n\n1. CALL TO ORDER\n")
    assert [(a.name, a.status, a.position) for a in _attendees(as_document, text, fmt)] == [
        ("Cho", "present", None), ("Diaz", "present", None), ("Fox", "present", None), ("West", "absent", None),
        ("Sam Black", "also_present", "Clerk"), ("Kim Grey", "also_present", "Treasurer")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_department_joined_by_and_stays_in_the_job(as_document, fmt: str) -> None:
    # "Director of Parks and Recreation" is one job: "Recreation" is no second person.
    text = ("MINUTES\n\nPresent: Mayor Jo Quill, Councillor Dan Diaz\n"
            "Staff Present: Sam Black, Director of Parks and Recreation; Kim Grey, Clerk\n\n1. CALL TO ORDER\n")
    assert _rows(_attendees(as_document, text, fmt))[2:] == [
        ("Sam Black", "also_present", None, "Director of Parks and Recreation"),
        ("Kim Grey", "also_present", None, "Clerk")]
