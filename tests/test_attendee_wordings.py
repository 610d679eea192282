"""Attendance lists worded the ways councils other than the seeds word them, read as text and as PDF.

Party labels after names, chairing said in prose, officers printed as ``Role – Name`` and the short
forms of parish and community council minutes: each story is a few lines of minutes in, attendee
records out, and the same records whether the minutes come as text or as a printed PDF.
"""

from __future__ import annotations

import pytest

from councildocs.extractors.attendees import blocks_to_attendees
from councildocs.extractors.names import same_person
from councildocs.extractors.people import split_names

FORMATS = ["text", "pdf"]


def _people(as_document, text: str, fmt: str = "text") -> list[tuple]:
    doc = as_document(text, fmt)
    return [(a.name, a.status, a.role, a.position, a.organisation) for a in blocks_to_attendees(list(doc.blocks()))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_party_labels_stay_out_of_names_and_roles(as_document, fmt: str) -> None:
    text = ("MINUTES OF THE LICENSING COMMITTEE\n\n3 March 2024\n\n"
            "Present: Councillors J Smith (Lab) (Chair), A Patel (Con), R Green (LD), T Wu (Ind) and K Ali (Green)\n\n"
            "1. Apologies for absence\n\nApologies were received from Councillor B Reid (SNP).\n")
    assert _people(as_document, text, fmt) == [
        ("J Smith", "present", "chair", None, "Lab"),
        ("A Patel", "present", None, None, "Con"),
        ("R Green", "present", None, None, "LD"),
        ("T Wu", "present", None, None, "Ind"),
        ("K Ali", "present", None, None, "Green"),
        ("B Reid", "apologies", None, None, "SNP"),
    ]


def test_party_names_spelt_out_one_per_line(as_document) -> None:
    text = ("Members present:\n"
            "Cllr Smith (Labour)\n"
            "Cllr Jones (Vice-Chair) (Conservative)\n"
            "Cllr Evans (Plaid Cymru)\n"
            "Cllr Hall (Reform UK)\n"
            "Cllr May (Lib Dem)\n"
            "Cllr Lee (Independent)\n\n"
            "1. Minutes\n")
    assert _people(as_document, text) == [
        ("Smith", "present", None, None, "Labour"),
        ("Jones", "present", "vice-chair", None, "Conservative"),
        ("Evans", "present", None, None, "Plaid Cymru"),
        ("Hall", "present", None, None, "Reform UK"),
        ("May", "present", None, None, "Lib Dem"),
        ("Lee", "present", None, None, "Independent"),
    ]


def test_a_disambiguator_is_not_a_party() -> None:
    assert [m.name for m in split_names("Councillors Thomas (Va) (Lab) and Thomas (Vi) (Con)")] == [
        "Thomas (Va)", "Thomas (Vi)"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_member_took_the_chair_in_the_welcome_item(as_document, fmt: str) -> None:
    text = ("MINUTES OF THE PARISH COUNCIL MEETING\n\n11 July 2018\n\n"
            "PRESENT\n\nCouncillors Alun Hughes, Kim Price, Gwen Evans and County Councillor Joseph Hughes.\n\n"
            "1. WELCOME AND APOLOGIES\n\n"
            "Councillor Alun Hughes took the Chair and welcomed everyone to the meeting. Apologies were received "
            "from Councillors Dorian Jenkins and Peter Harries.\n\n"
            "2. DECLARATIONS OF INTEREST\n\nCllr. A. Hughes declared an interest in item 9.\n")
    assert _people(as_document, text, fmt) == [
        ("Alun Hughes", "present", "chair", None, None),
        ("Kim Price", "present", None, None, None),
        ("Gwen Evans", "present", None, None, None),
        ("Joseph Hughes", "present", None, None, None),
        ("Dorian Jenkins", "apologies", None, None, None),
        ("Peter Harries", "apologies", None, None, None),
    ]


@pytest.mark.parametrize(("line", "chair"), [
    ("Cllr Jones in the Chair", "Jones"),
    ("Councillor Jones (Vice-Chair) in the Chair", "Jones"),
    ("In the Chair: Councillor Jones", "Jones"),
    ("Chairman - Cllr Jones", "Jones"),
    ("The meeting was chaired by Councillor Jones.", "Jones"),
    ("In the absence of the Chairman, Councillor Jones presided.", "Jones"),
])
def test_who_chaired_said_in_a_line_of_its_own(as_document, line: str, chair: str) -> None:
    text = f"Present: Councillors Smith, Jones and Brown\n\n{line}\n\n1. Minutes\n\nThe minutes were agreed.\n"
    people = _people(as_document, text)
    assert [p[0] for p in people] == ["Smith", "Jones", "Brown"]
    roles = {p[0]: p[2] for p in people}
    assert roles[chair] in {"chair", "vice-chair"}
    assert [name for name, role in roles.items() if role] == [chair]


def test_chair_named_only_in_prose_is_present(as_document) -> None:
    text = ("Present: Councillors Jones and Brown\n\n"
            "1. Welcome\n\nAt the start of the meeting Councillor Mrs J Smith took the chair.\n")
    assert _people(as_document, text) == [
        ("Jones", "present", None, None, None),
        ("Brown", "present", None, None, None),
        ("J Smith", "present", "chair", None, None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_mayor_in_the_chair_with_name_in_brackets(as_document, fmt: str) -> None:
    text = ("MINUTES OF THE TOWN COUNCIL\n\n2 May 2023\n\n"
            "Present: The Mayor (Councillor Mrs J Smith) (in the chair), Councillors B Jones, C Brown "
            "(Deputy Chair) and D Green\n\n1. Apologies\n\nNone.\n")
    assert _people(as_document, text, fmt) == [
        ("J Smith", "present", "chair", "Mayor", None),  # the office printed as a title is the position
        ("B Jones", "present", None, None, None),
        ("C Brown", "present", "vice-chair", None, None),
        ("D Green", "present", None, None, None),
    ]


def test_chairing_one_item_breaks_no_other_record(as_document) -> None:
    text = ("Present: Councillor Smith (Chairperson), Councillors Jones and Brown\n\n"
            "4. Planning applications\n\n"
            "Councillor Smith declared an interest and left the room. Councillor Jones took the Chair for this "
            "item.\n\n"
            "5. Finance\n\nCouncillor Smith returned and resumed the Chair.\n")
    assert _people(as_document, text) == [
        ("Smith", "present", "chair", None, None),
        ("Jones", "present", None, None, None),
        ("Brown", "present", None, None, None),
    ]


def test_a_later_chair_does_not_replace_the_listed_chair(as_document) -> None:
    text = ("Present: Cllr A Smith (Chair), Cllr B Jones\n\n"
            "6. Any other business\n\nCllr A Smith left the meeting and Cllr B Jones took the chair.\n")
    assert [(p[0], p[2]) for p in _people(as_document, text)] == [("A Smith", "chair"), ("B Jones", None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_officers_role_then_name_and_name_then_role(as_document, fmt: str) -> None:
    text = ("MINUTES OF THE AUDIT COMMITTEE\n\n12 June 2024\n\n"
            "Present: Councillors Smith (Chair) and Jones\n\n"
            "Officers present:\n\n"
            "Clerk – Mrs A Brown\n\n"
            "Democratic Services Officer: Sam Lee\n\n"
            "Jane Doe (Head of Planning)\n\n"
            "Tom Hart – Senior Planning Officer\n\n"
            "1. Minutes\n\nThe minutes were agreed.\n")
    assert _people(as_document, text, fmt) == [
        ("Smith", "present", "chair", None, None),
        ("Jones", "present", None, None, None),
        ("A Brown", "also_present", None, "Clerk", None),
        ("Sam Lee", "also_present", None, "Democratic Services Officer", None),
        ("Jane Doe", "also_present", None, "Head of Planning", None),
        ("Tom Hart", "also_present", None, "Senior Planning Officer", None),
    ]


def test_role_before_name_inline_after_another_officer(as_document) -> None:
    text = ("Present: Cllr Smith\n\nIn attendance: Mr P Black (Locum Clerk), Responsible Financial Officer – "
            "Ms R Green; 2 members of the public\n\n1. Minutes\n")
    assert _people(as_document, text) == [
        ("Smith", "present", None, None, None),
        ("P Black", "also_present", None, "Locum Clerk", None),
        ("R Green", "also_present", None, "Responsible Financial Officer", None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_parish_council_short_forms(as_document, fmt: str) -> None:
    text = ("MINUTES OF THE MEETING OF UPTON PARISH COUNCIL\n\n4 April 2022\n\n"
            "Present: Cllrs Smith, Jones and Brown\n\n"
            "Absent: Cllr Green\n\n"
            "Clerk: Mrs P White\n\n"
            "Members of the public: 3\n\n"
            "22/01 Apologies\n\n"
            "Apologies were received and accepted from Cllrs Hill and Vale.\n\n"
            "22/02 Declarations of interest\n\nNone.\n")
    assert _people(as_document, text, fmt) == [
        ("Smith", "present", None, None, None),
        ("Jones", "present", None, None, None),
        ("Brown", "present", None, None, None),
        ("Green", "absent", None, None, None),
        ("P White", "also_present", None, "Clerk", None),
        ("Hill", "apologies", None, None, None),
        ("Vale", "apologies", None, None, None),
    ]


def test_counts_of_the_public_are_not_people(as_document) -> None:
    text = ("Members present: Cllr Smith (Chairman), Cllr Jones\n"
            "In attendance: Clerk – Mrs A Brown; two members of the public; PCSO Bell\n\n1. Minutes\n")
    assert _people(as_document, text) == [
        ("Smith", "present", "chair", None, None),
        ("Jones", "present", None, None, None),
        ("A Brown", "also_present", None, "Clerk", None),
        ("Bell", "also_present", None, None, None),
    ]


def test_prose_about_officers_is_not_a_role_label(as_document) -> None:
    text = ("Present: Cllr Smith (Chair), Cllr Jones\n\n"
            "3. Planning\n\nPlanning Officer: the application was recommended for approval.\n"
            "Clerk: Mrs Brown to write to the highways authority.\n")
    assert [p[0] for p in _people(as_document, text)] == ["Smith", "Jones"]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Cllr. A. Davies", "Alun Davies", True),
    ("A Davies", "Kim Davies", False),
    ("Alun Davies", "Kim Davies", False),
    ("Davies", "Alun Davies", True),
    ("Sands (M)", "Sands (S)", False),
])
def test_same_person_by_surname_and_initials(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_roll_call_of_a_city_council(as_document) -> None:
    text = ("Council Members Present: Mayor Holman, Vice Mayor Scharff, Council Members Berman, Burt, DuBois\n"
            "Council Members Absent: Kniss\n\n1. Consent Calendar\n")
    # "Mayor" and "Vice Mayor" before a name are offices (the position), not statements of who chaired.
    assert [(p[0], p[1], p[2], p[3]) for p in _people(as_document, text)] == [
        ("Holman", "present", None, "Mayor"), ("Scharff", "present", None, "Vice Mayor"),
        ("Berman", "present", None, None), ("Burt", "present", None, None), ("DuBois", "present", None, None),
        ("Kniss", "absent", None, None)]


@pytest.mark.parametrize("listed", [
    "Councillor Smith in the Chair, Councillors Jones and Brown",
    "Councillor Smith (Vice-Chairman, in the Chair), Councillors Jones and Brown",
    "Councillor Smith (Chairman) (Conservative Group), Councillors Jones (Labour Group) and Brown",
])
def test_chair_and_group_notes_inside_the_list(as_document, listed: str) -> None:
    people = _people(as_document, f"Present: {listed}\n\n1. Minutes\n")
    assert [p[0] for p in people] == ["Smith", "Jones", "Brown"]
    assert people[0][2] in {"chair", "vice-chair"} and people[1][2] is None
    assert all(p[3] is None for p in people)  # no note became a job title


def test_party_after_a_dash_or_comma_one_per_line(as_document) -> None:
    text = "Members present:\nCllr J Smith – Labour\nCllr A Patel, Liberal Democrats\nCllr R Brown\n\n1. Minutes\n"
    assert _people(as_document, text) == [
        ("J Smith", "present", None, None, "Labour"),
        ("A Patel", "present", None, None, "Liberal Democrats"),
        ("R Brown", "present", None, None, None),
    ]


@pytest.mark.parametrize(("text", "people"), [
    # a role after a dash is the person's role, as it is in brackets
    ("Cllr David Llewellyn - Chairman, Cllr I Mack",
     [("David Llewellyn", "chair", None), ("I Mack", None, None)]),
    # a list typed without commas: each title starts the next person
    ("Cllr J McNeill (Vice Chair) Cllr Daphne Clements Cllr Ann Hull",
     [("J McNeill", "vice-chair", None), ("Daphne Clements", None, None), ("Ann Hull", None, None)]),
    # a sentence typed on after the list describes no one
    ("Cllr S Smith, Mrs N Cooper (Clerk) There were 0 members of the public.",
     [("S Smith", None, None), ("N Cooper", None, "Clerk")]),
    # a generation after a comma is part of the name before it
    ("Clinton Ingles, Theodore F. Axtell, Jr., Mrs. Mary Smith",
     [("Clinton Ingles", None, None), ("Theodore F. Axtell Jr.", None, None), ("Mary Smith", None, None)]),
    ("Trustee Robert Hall III, Trustee Ann Lee", [("Robert Hall III", None, "Trustee"), ("Ann Lee", None, "Trustee")]),
])
def test_parish_lists_typed_by_hand(text: str, people: list[tuple]) -> None:
    assert [(m.name, m.role, m.position) for m in split_names(text)] == people


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_printed_as_office_then_name_in_brackets(as_document, fmt: str) -> None:
    # Canadian minutes list staff by office with the person in brackets, untitled: the bracket is the name.
    text = ("REGULAR COUNCIL MEETING MINUTES\nTuesday, March 5, 2024\n\n"
            "Council Present: Mayor Jane Doe, Councillor Ann Lee\n"
            "Staff Present: CAO (Mary Smith), Clerk (Pat Jones), Administrative Officer (Tina Knox)\n\n"
            "1. CALL TO ORDER\n")
    assert _people(as_document, text, fmt) == [
        ("Jane Doe", "present", None, "Mayor", None),
        ("Ann Lee", "present", None, None, None),
        ("Mary Smith", "also_present", None, "CAO", None),
        ("Pat Jones", "also_present", None, "Clerk", None),
        ("Tina Knox", "also_present", None, "Administrative Officer", None),
    ]


def test_initials_in_brackets_after_a_job_are_no_name() -> None:
    # Only a full name in brackets is the person: a key of initials or a one-word note describes the job.
    assert [(m.name, m.position) for m in split_names("Ann Lee (AL), Bob Ray (BR)")] == [
        ("Ann Lee", None), ("Bob Ray", None)]
    assert split_names("Clerk (Minutes)") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_initials_run_together_before_a_surname(as_document, fmt: str) -> None:
    # English minutes often print two initials without stops ("Cllr JA Smith"): initials, not an acronym
    # such as the council a member sits for ("NCC").
    text = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 3 JUNE 2024\n\n"
            "Present: Cllr JA Smith (Chairman), Cllr IV Jones, NCC, Cllr B Brown\n\n"
            "1. Apologies\n\nApologies were received from Cllr KL Green.\n")
    assert _people(as_document, text, fmt) == [
        ("JA Smith", "present", "chair", None, None),
        ("IV Jones", "present", None, None, "NCC"),
        ("B Brown", "present", None, None, None),
        ("KL Green", "apologies", None, None, None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_substitute_named_only_in_the_apologies_item(as_document, fmt: str) -> None:
    # The apologies sentence ends at its full stop; the substitute sentence after it says who sat in.
    text = ("MINUTES OF THE PLANNING COMMITTEE\n\n12 June 2024\n\n"
            "Present: Councillor R Evans (Chairman), Councillors A Ahmed and B Baker\n\n"
            "12. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS\n"
            "Apologies for absence were received from Councillors G Grant and H Hunt. "
            "Councillor I Irving attended as substitute for Councillor Grant.\n\n13. MINUTES\n")
    doc = as_document(text, fmt)
    attendees = blocks_to_attendees(list(doc.blocks()))
    assert [(a.name, a.status, a.substitute_for) for a in attendees] == [
        ("R Evans", "present", None), ("A Ahmed", "present", None), ("B Baker", "present", None),
        ("G Grant", "apologies", None), ("H Hunt", "apologies", None), ("I Irving", "present", "Grant"),
    ]


@pytest.mark.parametrize(("heading", "status"), [
    ("Sederunt:", "present"),  # Scottish community councils
    ("Council in Attendance:", "present"),  # Ontario
    ("LATE ARRIVAL:", "present"),  # Nova Scotia: came late, but attended
    ("ABSENT WITH REGRET:", "apologies"),
    ("Councillors not present:", "absent"),
    ("Others in Attendance:", "also_present"),
])
def test_attendance_headings_of_other_countries(as_document, heading: str, status: str) -> None:
    text = f"MINUTES OF THE COUNCIL MEETING\n\n4 March 2024\n\n{heading} Councillor Ann Lee, Councillor Sam Ho\n\n1. Minutes\n"
    assert [(p[0], p[1]) for p in _people(as_document, text)] == [("Ann Lee", status), ("Sam Ho", status)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_attendance_table_of_labels_beside_names(as_document, fmt: str) -> None:
    # New Zealand minutes print who was present as a table with no header: the office or role on the left,
    # blank where the one above goes on, the person on the right.
    text = ("Minutes of a meeting of Council held in the Council Chambers on Wednesday, 9 December 2015 at 11am.\n\n"
            "PRESENT\n\n"
            "| Chairperson | Gary Brown |\n| Deputy Mayor | Paul Duffy |\n| Councillors | Lyall Bailey |\n"
            "| | Stuart Baird |\n\n"
            "1 Apologies\n\nThere were no apologies.\n")
    assert _people(as_document, text, fmt) == [
        ("Gary Brown", "present", "chair", None, None),
        ("Paul Duffy", "present", None, "Deputy Mayor", None),
        ("Lyall Bailey", "present", None, None, None),
        ("Stuart Baird", "present", None, None, None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_boards_own_title_before_its_members_names(as_document, fmt: str) -> None:
    # A regional district's board: "Director" before most names is the members' title, not a job, so they
    # are present; the staff under their own heading stay also present.
    text = ("REGIONAL DISTRICT BOARD MINUTES\n\nJuly 10, 2020\n\n"
            "PRESENT: Chair M. Wagner, Director M. Sjostrom, Director B. Bachmeier, Director A. Delainey, "
            "Alternate Director P. Webstad\n\n"
            "STAFF: J. MacLean, Chief Administrative Officer\n\n1. Agenda\n")
    assert [(p[0], p[1], p[3]) for p in _people(as_document, text, fmt)] == [
        ("M. Wagner", "present", None),
        ("M. Sjostrom", "present", "Director"),
        ("B. Bachmeier", "present", "Director"),
        ("A. Delainey", "present", "Director"),
        ("P. Webstad", "present", "Alternate Director"),
        ("J. MacLean", "also_present", "Chief Administrative Officer"),
    ]


def test_officers_printed_by_job_then_name() -> None:
    # New Zealand's "Group Manager Infrastructure (A Louverdis)" (a job before its department) and Canada's
    # "CAO John Ferguson" (a job's acronym before the name): the person is the name, the job their position.
    assert [(m.name, m.position) for m in split_names(
        "Chief Executive (P Dougherty), Group Manager Infrastructure (A Louverdis), Governance Adviser (E Stephenson)")] == [
        ("P Dougherty", "Chief Executive"), ("A Louverdis", "Group Manager Infrastructure"),
        ("E Stephenson", "Governance Adviser")]
    assert [(m.name, m.position) for m in split_names("CAO John Ferguson, Municipal Clerk Carolyn Young")] == [
        ("John Ferguson", "CAO"), ("Carolyn Young", "Municipal Clerk")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_first_line_is_no_item_before_the_members(as_document, fmt: str) -> None:
    # "27 April 2021 – Minutes" opens with a date, not an item number: the members listed under the title
    # with no heading (the labels were in a margin column the text lost) are still the attendance.
    text = ("27 April 2021 – Minutes\n\n"
            "Minutes of the Meeting of Thame Town Council held on 27 April 2021 at 6:30pm.\n\n"
            "Cllrs B Austin, D Bretherton, P Cowell (Deputy Mayor) and A Midwinter (Town Mayor)\n\n"
            "1 Apologies for Absence\n\nApologies were received from Cllr Dodds (personal).\n")
    assert [(p[0], p[1], p[2]) for p in _people(as_document, text, fmt)] == [
        ("B Austin", "present", None), ("D Bretherton", "present", None), ("P Cowell", "present", "vice-chair"),
        ("A Midwinter", "present", "chair"), ("Dodds", "apologies", None),
    ]
