"""Minutes of councils nobody tuned for (issues 10 and 11): parish, town and community councils in the UK,
townships in Canada, councils in New Zealand and the USA.

Each story is a few lines of minutes in one council's wording, read as text and as a printed PDF, and the
records a careful reader takes from them: what the paper is, who attended in what capacity, and its items.
Names are invented; the wordings are those of real minutes.
"""

from __future__ import annotations

import pytest

from .stories import FORMATS, items_of, read_minutes


def _people(minutes) -> list[tuple]:
    return [(a.name, a.status, a.position) for a in minutes.attendees]


@pytest.mark.parametrize("fmt", FORMATS)
def test_township_council_present_and_staff_present_headings(as_document, fmt: str) -> None:
    # Canada: the members under "Council Present:", one per line, then "Staff Present:" and "Regrets:".
    text = ("Township of Ridgefield\n\nRegular Council Meeting Minutes\n\nTuesday, March 12, 2024, 7:00 p.m.\n\n"
            "Council Present:\nMayor Sam Quill\nDeputy Mayor Tara Reed\nCouncillor Uma Shaw\n\n"
            "Staff Present:\nWes Upton, CAO/Clerk\nXena Vale, Treasurer\n\n"
            "Regrets:\nCouncillor Zoe Abel\n\n"
            "1. Call to Order\n\nMayor Quill called the meeting to order at 7:00 p.m.\n\n"
            "2. Adoption of Agenda\n\nThat the agenda be adopted as presented. Carried\n")
    minutes = read_minutes(as_document, text, fmt)
    assert _people(minutes) == [
        ("Sam Quill", "present", "Mayor"),
        ("Tara Reed", "present", "Deputy Mayor"),
        ("Uma Shaw", "present", None),
        ("Wes Upton", "also_present", "CAO/Clerk"),
        ("Xena Vale", "also_present", "Treasurer"),
        ("Zoe Abel", "apologies", None),
    ]
    assert items_of(minutes) == [("1", "Call to Order"), ("2", "Adoption of Agenda")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_job_of_a_department_after_the_name_names_no_one_else(as_document, fmt: str) -> None:
    # Canada, USA: "Name, Director of Public Works": the words after "of" complete the job, they are no person.
    text = ("Township of Ridgefield\n\nRegular Council Meeting Minutes\n\n"
            "Council Present:\nMayor Sam Quill\n\n"
            "Staff Present:\nWes Upton, CAO/Clerk\nYves Wong, Director of Public Works\n\n"
            "1. Call to Order\n\nMayor Quill called the meeting to order at 7:00 p.m.\n")
    assert _people(read_minutes(as_document, text, fmt)) == [
        ("Sam Quill", "present", "Mayor"),
        ("Wes Upton", "also_present", "CAO/Clerk"),
        ("Yves Wong", "also_present", "Director of Public Works"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_minute_numbers_printed_after_the_word_minute(as_document, fmt: str) -> None:
    # A town council: "Minute 45." before each minute, as agendas print "Item 7"; the number is the item's.
    text = ("Little Barford Town Council\n\nMinutes of the Full Council meeting held on Monday 4 March 2024\n\n"
            "Present: Cllr J Adams (Mayor), Cllr L Clarke and Cllr M Davies\n\n"
            "Minute 45. Apologies for absence\n\nCllr P Grant (holiday).\n\n"
            "Minute 46. Declarations of interest\n\nNone.\n\n"
            "Min. No 47 Finance report\n\nRESOLVED to approve the accounts for payment.\n")
    assert items_of(read_minutes(as_document, text, fmt)) == [
        ("45", "Apologies for absence"), ("46", "Declarations of interest"), ("47", "Finance report")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_roll_call_with_its_statuses_on_one_line(as_document, fmt: str) -> None:
    # A US village: "Roll Call:" then each status's label and names on the same line; "Trustees" before a
    # list of names is their title, as "Councillors" is.
    text = ("VILLAGE OF OAK BLUFF\n\nBOARD OF TRUSTEES MEETING MINUTES\n\nMay 7, 2024\n\n"
            "Roll Call: Present: President Jo Ames, Trustees Kim Bell, Lee Cole; Absent: Ned Egan\n\n"
            "Also Present: Village Administrator Oli Ford, Village Clerk Pat Gray\n\n"
            "I. CALL TO ORDER\n\nPresident Ames called the meeting to order at 7:00 p.m.\n\n"
            "II. ADJOURNMENT\n\nMeeting adjourned at 8:10 p.m.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert _people(minutes) == [
        ("Jo Ames", "present", "President"),
        ("Kim Bell", "present", None),
        ("Lee Cole", "present", None),
        ("Ned Egan", "absent", None),
        ("Oli Ford", "also_present", "Village Administrator"),
        ("Pat Gray", "also_present", "Village Clerk"),
    ]
    assert items_of(minutes) == [("I", "CALL TO ORDER"), ("II", "ADJOURNMENT")]


def test_a_list_line_broken_inside_a_name_at_the_margin(as_document) -> None:
    # PDF: a long roll call runs to the right margin and the typesetter breaks it inside the last name
    # ("… Absent: Trustee Ned" / "Egan"): the word on the next line finishes that name, it is no one else.
    text = ("VILLAGE OF OAK BLUFF\n\nBOARD OF TRUSTEES MEETING MINUTES\n\nMay 7, 2024\n\n"
            "Roll Call: Present: President Jo Ames, Trustees Kim Bell, Lee Cole; Absent: Trustee Ned Egan\n\n"
            "Also Present: Village Administrator Oli Ford, Village Clerk Pat Gray\n\n"
            "I. CALL TO ORDER\n\nPresident Ames called the meeting to order at 7:00 p.m.\n")
    assert _people(read_minutes(as_document, text, "pdf")) == [
        ("Jo Ames", "present", "President"),
        ("Kim Bell", "present", None),
        ("Lee Cole", "present", None),
        ("Ned Egan", "absent", "Trustee"),
        ("Oli Ford", "also_present", "Village Administrator"),
        ("Pat Gray", "also_present", "Village Clerk"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_abbreviated_county_and_district_councillors_are_guests_of_a_parish(as_document, fmt: str) -> None:
    # UK parish: "Cty Cllr" and "Dist. Cllr" are County and District Councillor written short: titles, not
    # names, and councillors of another council, so also present rather than members present.
    text = ("HAMPTON LUCY PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday 13 May 2024\n\n"
            "Present: Cllr A Green (Chair), Cllr B White, Cty Cllr F Pink, Dist. Cllr G Blue\n\n"
            "Apologies: Cllr H Red\n\n1. Apologies\n\nAs above.\n")
    assert _people(read_minutes(as_document, text, fmt)) == [
        ("A Green", "present", None),
        ("B White", "present", None),
        ("F Pink", "also_present", None),
        ("G Blue", "also_present", None),
        ("H Red", "apologies", None),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_lettered_sub_items_named_by_one_word(as_document, fmt: str) -> None:
    # A parish: lettered sub-items under a minute, the first named by one word ("a) Payments"): a topic, as
    # agendas name items, so the list is of sub-items, not lettered prose.
    text = ("ASHBY PARVA PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on Tuesday 9 January 2024\n\n"
            "Present: Cllrs A Smith (Chairman), B Jones and C Patel\n\n"
            "24/05 Finance\n\na) Payments\n\nRESOLVED to approve the payments listed.\n\n"
            "b) Budget 2024/25\n\nThe clerk presented the draft budget.\n\n"
            "24/06 Planning\n\na) Noted\n\n24/07 Date of next meeting\n\nTuesday 13 February 2024.\n")
    assert items_of(read_minutes(as_document, text, fmt)) == [
        ("24/05", "Finance"), ("a", "Payments"), ("b", "Budget 2024/25"), ("24/06", "Planning"),
        ("24/07", "Date of next meeting")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_apologies_on_the_line_below_a_short_numbered_item(as_document, fmt: str) -> None:
    # A parish: "123/24 To receive apologies for absence", then the names and reasons on the next line. The
    # item's line stops well short of the margin, so in print the names start a line of their own.
    text = ("Westbury Parish Council\n\nMinutes of the Parish Council Meeting held on 6th June 2024\n\n"
            "Present: Councillor R Hill (Chairman), Councillor S King\n"
            "In Attendance: Clerk Mrs V Nash\n"
            "123/24 To receive apologies for absence\n"
            "Cllr Y Quinn - work commitments. Cllr Z Reid - unwell.\n"
            "124/24 To receive declarations of interest\nNone.\n")
    people = read_minutes(as_document, text, fmt).attendees
    assert [a.name for a in people if a.status == "apologies"] == ["Y Quinn", "Z Reid"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_city_attorney_before_the_name_is_a_job(as_document, fmt: str) -> None:
    # A US city: staff "Also Present" with their jobs before their names; an attorney's is a job like a manager's.
    text = ("CITY OF MAPLE GROVE\n\nCITY COUNCIL REGULAR MEETING MINUTES\n\nApril 2, 2024\n\n"
            "Present: Mayor Ana Garcia, Councilmember Cal Ito\n\n"
            "Also Present: City Manager Gus Moe, City Attorney Hal Nye, City Clerk Ivy Oh\n\n"
            "1. CALL TO ORDER\n\nMayor Garcia called the meeting to order at 6:00 p.m.\n")
    assert [(n, s, p) for n, s, p in _people(read_minutes(as_document, text, fmt)) if s == "also_present"] == [
        ("Gus Moe", "also_present", "City Manager"),
        ("Hal Nye", "also_present", "City Attorney"),
        ("Ivy Oh", "also_present", "City Clerk"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_lettered_sub_items_titled_in_sentence_case(as_document, fmt: str) -> None:
    # "(a) Accounts for payment": a short topic with no verb and no full stop is a sub-item's title, however
    # few of its words have capitals; "(c) The clerk was thanked." is a sentence.
    text = ("ASHBY PARVA PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on Tuesday 9 January 2024\n\n"
            "Present: Cllrs A Smith (Chairman), B Jones and C Patel\n\n"
            "24/05 Finance\n\n(a) Accounts for payment\n\nThe payments listed were approved.\n\n"
            "(b) Bank reconciliation\n\nThe reconciliation was noted.\n\n(c) The clerk was thanked.\n\n"
            "24/06 Date of next meeting\n\nTuesday 13 February 2024.\n")
    assert items_of(read_minutes(as_document, text, fmt)) == [
        ("24/05", "Finance"), ("(a)", "Accounts for payment"), ("(b)", "Bank reconciliation"),
        ("24/06", "Date of next meeting")]
