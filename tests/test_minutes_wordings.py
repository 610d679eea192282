"""Minutes worded the many ways small and large councils write them: each story is one council's habit,
text in, the records a person would write down out (text and, where layout matters, PDF too)."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]


def _minutes(as_document, text: str, fmt: str = "text"):
    doc = parse(as_document(text, fmt))
    assert len(doc.minutes) == 1, [p.meeting for p in doc.minutes]
    return doc.minutes[0]


# --- Finding the minutes: the attendance heading is not always a plain "Present:" line -------------------

NUMBERED_PRESENT = """\
Minutes of the Meeting of Ashcombe Parish Council held in the Jubilee Room on Tuesday 12th March 2024 at 7.30pm

2403.01 Present
Councillors: P. Hollis (Chairman), R Kaur, T. Osei
Apologies for Absence
Councillor M. Dean

2403.02 Declarations of Interest
None were declared.

2403.03 Minutes of the Meeting held on 13th February 2024
It was resolved that the minutes be approved and signed by the Chairman.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_present_minute_opens_the_minutes(as_document, fmt):
    minutes = _minutes(as_document, NUMBERED_PRESENT, fmt)
    assert minutes.meeting.date == dt.date(2024, 3, 12)
    assert minutes.meeting.start_time == dt.time(19, 30)
    assert minutes.meeting.venue == "Jubilee Room"
    assert [i.number for i in minutes.items] == ["2403.01", "2403.02", "2403.03"]
    assert minutes.items[2].title == "Minutes of the Meeting held on 13th February 2024"
    assert minutes.items[2].resolutions[0].text == "the minutes be approved and signed by the Chairman."
    apologies = [a.name for a in minutes.attendees if a.status == "apologies"]
    assert apologies == ["M. Dean"]


MINUTE_REFS = """\
Lowbridge Parish Council
Minutes of a Meeting of Lowbridge Parish Council held at 7.00pm on Monday 5 February 2024 at the Pavilion, Mill Road, Lowbridge
Cou/101/23-24 Present
Members: Cllr A Frost (Chairman), Cllr B Hale, Cllr C Innes and Cllr D Jay.
Cou/102/23-24 Apologies for Absence
Apologies for absence were received from Cllr Kemp.
Cou/103/23-24 Minutes
RESOLVED that the minutes of the meeting held on 8 January 2024 be approved as a correct record.
"""


def test_minute_references_with_a_prefix_and_a_council_year(as_document):
    minutes = _minutes(as_document, MINUTE_REFS)
    assert minutes.meeting.date == dt.date(2024, 2, 5)
    assert minutes.meeting.venue == "Pavilion, Mill Road, Lowbridge"
    assert [(i.number, i.title) for i in minutes.items] == [
        ("Cou/101/23-24", "Present"), ("Cou/102/23-24", "Apologies for Absence"), ("Cou/103/23-24", "Minutes")]
    assert minutes.items[2].resolutions[0].text.startswith("the minutes of the meeting held on 8 January 2024")
    assert [a.name for a in minutes.attendees if a.status == "apologies"] == ["Kemp"]


PRESENT_AT_TITLE_END = """\
LICENSING COMMITTEE
9 OCTOBER 2023
Minutes of a meeting of the LICENSING COMMITTEE held in the Council Chamber, Town Hall, Eastgate at 10.00 am when there were present:
Councillors
Mrs J Parr (Chairman)
T Quinn
(14)
APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor R Stone.
(15)
MINUTES
The minutes of the meeting held on 11 September 2023 were approved as a correct record.
"""


def test_a_title_ending_when_there_were_present_and_bracketed_minute_numbers(as_document):
    minutes = _minutes(as_document, PRESENT_AT_TITLE_END)
    assert minutes.meeting.date == dt.date(2023, 10, 9)
    assert minutes.meeting.start_time == dt.time(10, 0)
    assert minutes.meeting.venue == "Council Chamber, Town Hall, Eastgate"
    assert [(i.number, i.title) for i in minutes.items] == [("14", "APOLOGIES FOR ABSENCE"), ("15", "MINUTES")]


NO_ATTENDANCE_HEADING = """\
Minutes of a Meeting of the Council held at the Reading Room on Thursday, 14 March 2019

Councillors H Vale (Chairman), K Ward and L Young

1. Apologies
Councillor Zeal sent apologies.

2. Finance
It was RESOLVED to pay the hall hire invoice of £40.
"""


def test_minutes_without_any_attendance_heading_still_give_items_and_decisions(as_document):
    minutes = _minutes(as_document, NO_ATTENDANCE_HEADING)
    assert minutes.meeting.date == dt.date(2019, 3, 14)
    assert minutes.meeting.venue == "Reading Room"
    assert [i.number for i in minutes.items] == ["1", "2"]
    assert minutes.items[1].resolutions[0].text == "pay the hall hire invoice of £40."


def test_a_sentence_naming_the_minutes_of_a_past_meeting_is_not_a_title(as_document):
    text = ("Fernley Village Meeting\n\nIt was agreed that the minutes of the last meeting be read.\n\n"
            "1. Litter\nVolunteers will meet on Saturday.\n")
    assert parse(as_document(text, "text")).minutes == []


# --- The title block: venue and start time ---------------------------------------------------------------

@pytest.mark.parametrize("title,venue,start", [
    ("Minutes of an Extraordinary Parish Council Meeting\nOn Wednesday 4th January 2023\nAt Hilltop Village Hall 7.30pm",
     "Hilltop Village Hall", dt.time(19, 30)),
    ("Minutes for an Extra-ordinary meeting of the Council on Tuesday 20th June 2023 at 7.15pm at the Parish Office "
     "at 4 Church Lane, Oakford", "Parish Office at 4 Church Lane, Oakford", dt.time(19, 15)),
    ("MINUTES of the Meeting of Sutton Parish Council held in the Pavilion on Tuesday 6th June 2023 commencing at 7.30pm.",
     "Pavilion", dt.time(19, 30)),
    ("Minutes of the Planning Committee held remotely via Zoom on Tuesday 6th June 2023, at 7.30pm",
     "held remotely via Zoom", dt.time(19, 30)),
])
def test_venue_and_start_time_from_the_many_title_wordings(as_document, title, venue, start):
    text = f"{title}\n\nPresent: Cllr A Brook (Chair), Cllr B Clay\n\n1. Apologies\nNone.\n"
    minutes = _minutes(as_document, text)
    assert (minutes.meeting.venue, minutes.meeting.start_time) == (venue, start)


def test_a_draft_stamp_is_not_part_of_the_body(as_document):
    text = ("Draft      OAKFORD PARISH COUNCIL\n\nMinutes of the meeting held at the Village Hall on Monday 3rd July 2023\n\n"
            "Present: Cllr A Brook (Chair)\n\n1/23 Apologies for absence: None.\n")
    assert _minutes(as_document, text).meeting.body.lower() == "oakford parish council"


# --- Items: parish minutes repeat the agenda's wording ----------------------------------------------------

AGENDA_WORDED = """\
Minutes of the meeting of Hatton Parish Council held at the Village Hall on Wednesday 4th January 2023 at 7:15 pm

Present: Cllr Pike (Chair), Cllr Rudd, Cllr Sow.

1/23 Apologies for absence: None.

2/23 Invitation to members of the public to address the meeting:

A resident asked about the bus shelter.

3/23 To approve the minutes of the council meeting held on 7th December 2022.

Cllr Pike proposed to approve the minutes, seconded by Cllr Rudd. It was resolved unanimously to approve the minutes of the 7th December 2022.

4/23 Grounds maintenance contract – It was noted that the verges are now cut by the county, not the parish.

5/23 Confirmation of the order of the agenda – Agreed

6/23 The Clerk reported that the noticeboard had been repaired.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_titles_ending_with_a_full_stop_or_colon_and_titles_running_into_text(as_document, fmt):
    minutes = _minutes(as_document, AGENDA_WORDED, fmt)
    assert [(i.number, i.title.rstrip(".")) for i in minutes.items] == [
        ("1/23", "Apologies for absence"),
        ("2/23", "Invitation to members of the public to address the meeting"),
        ("3/23", "To approve the minutes of the council meeting held on 7th December 2022"),
        ("4/23", "Grounds maintenance contract"),
        ("5/23", "Confirmation of the order of the agenda"),
    ]
    assert [r.text for r in minutes.items[2].resolutions] == ["approve the minutes of the 7th December 2022."]


def test_a_minute_number_printed_on_its_own_line(as_document):
    text = ("Minutes of the Full Council Meeting held on Monday 24th August 2020 at 7:00pm\n"
            "Members Present: Cllrs Abel, Bryce and Cole (Chairman).\n"
            "125/20\nTO RECEIVE APOLOGIES FOR ABSENCE\nThere were none.\n"
            "126/20 TO RECEIVE DECLARATIONS OF INTEREST\nThere were none.\n")
    minutes = _minutes(as_document, text)
    assert [(i.number, i.title) for i in minutes.items] == [
        ("125/20", "TO RECEIVE APOLOGIES FOR ABSENCE"), ("126/20", "TO RECEIVE DECLARATIONS OF INTEREST")]


def test_a_prose_sentence_under_a_sub_number_is_not_an_item(as_document):
    text = ("Minutes of the Parish Council Meeting held on Tuesday 7th April 2020 at 7.00pm\n\n"
            "Present: Cllrs Glen, Hart\n\n"
            "338 PLANNING\n338.1 The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.\n"
            "338.2 To consider the following planning applications:\n")
    assert [i.number for i in _minutes(as_document, text).items] == ["338", "338.2"]


def test_the_next_item_after_a_decision_is_not_one_of_its_clauses(as_document):
    text = ("Minutes of the Planning Committee held on Tuesday 10th November 2020 at 7.30pm\n\n"
            "Present: Cllr Palmer (Chairman), Cllr Bates\n\n"
            "4.   To Receive the Notes of the last meeting and Approve as Minutes.\n\n"
            "It was RESOLVED to approve the minutes from the last meeting.\n\n"
            "5.   To Consider Planning Applications Submitted for Comment:\n\n"
            "a)   21/0456: 29 Orchard Close\n\nNo objections were made.\n")
    minutes = _minutes(as_document, text)
    assert [i.number for i in minutes.items] == ["4", "5"]
    assert [r.text for r in minutes.items[0].resolutions] == ["approve the minutes from the last meeting."]


# --- Decisions: how small councils word them ------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("It was resolved unanimously to approve the quotation.", "approve the quotation."),
    ("Unanimously AGREED to recommend APPROVAL", "recommend APPROVAL"),
    ("The application was discussed and it was RESOLVED unanimously to OBJECT", "OBJECT"),
    ("Mr Watts was proposed by Cllr Coe and seconded by Cllr Teal and it was unanimously Resolved to co-opt Mr Watts.",
     "co-opt Mr Watts."),
    ("It was proposed by Cllr Ives and resolved, to hold a staff meeting in September.",
     "hold a staff meeting in September."),
    ("b) It was resolved that the payments listed below be authorised:", "the payments listed below be authorised:"),
])
def test_decision_wordings_of_parish_minutes(as_document, sentence, expected):
    text = f"Minutes of the meeting held on 10 May 2021\n\nPresent: Cllr Smith (Chair)\n\n1. Business\n\n{sentence}\n"
    resolutions = _minutes(as_document, text).items[0].resolutions
    assert [r.text for r in resolutions] == [expected]


def test_proposer_and_seconder_labels_are_not_a_decision(as_document):
    text = ("Minutes of the meeting held on 10 May 2021\n\nPresent: Cllr Smith (Chair)\n\n1. To Elect a Chairman\n\n"
            "Cllr Palmer was elected as Chairman.\n\nProposed: Cllr Brook. Seconded: Cllr Robins. All in Favour.\n")
    assert _minutes(as_document, text).items[0].resolutions == []


def test_a_proposed_volunteer_who_agreed_is_no_decision_of_the_council(as_document):
    text = ("Minutes of the meeting held on 10 May 2021\n\nPresent: Cllr Smith (Chair)\n\n"
            "2742. Health and Safety: Risks must be assessed. Cllr Evans was proposed and agreed to take on the post.\n"
            "2743. Correspondence: None.\n")
    minutes = _minutes(as_document, text)
    assert [i.number for i in minutes.items] == ["2742", "2743"]
    assert [r for i in minutes.items for r in i.resolutions] == []


# --- Attendance: labels, initials and jobs as small councils print them ---------------------------------

def _people(minutes) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.status, a.role) for a in minutes.attendees]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_present_list_opened_by_the_title_with_members_substitutes_and_officers(as_document, fmt):
    minutes = _minutes(as_document, PRESENT_AT_TITLE_END.replace(
        "T Quinn\n", "T Quinn\nE Vance – substitute for R Stone\nMrs H Wells – Northgate Ward\nOfficers\n"
                     "Mr A Marsh – Licensing Manager\n"), fmt)
    people = _people(minutes)
    assert people[:3] == [("J Parr", "present", "chair"), ("T Quinn", "present", None), ("E Vance", "present", None)]
    assert minutes.attendees[2].substitute_for == "R Stone"
    assert ("A Marsh", "also_present", None) in people
    assert minutes.attendees[people.index(("A Marsh", "also_present", None))].position == "Licensing Manager"
    assert ("R Stone", "apologies", None) in people


def test_members_listed_under_a_numbered_present_minute_with_their_initials(as_document):
    minutes = _minutes(as_document, NUMBERED_PRESENT.replace(
        "Councillors: P. Hollis (Chairman), R Kaur, T. Osei", "Councillors: P. Hollis (PH)(Chairman), R Kaur (RK), T. Osei (TO)"))
    assert _people(minutes)[:3] == [("P. Hollis", "present", "chair"), ("R Kaur", "present", None),
                                    ("T. Osei", "present", None)]
    assert [a.organisation for a in minutes.attendees[:3]] == [None, None, None]


def test_a_members_label_under_a_minute_reference(as_document):
    people = _people(_minutes(as_document, MINUTE_REFS))
    assert people[:4] == [("A Frost", "present", "chair"), ("B Hale", "present", None), ("C Innes", "present", None),
                          ("D Jay", "present", None)]


def test_labels_inside_one_present_line(as_document):
    text = ("Minutes of the meeting of the Council on Tuesday 20th June 2023 at 7.15pm\n\n"
            "Present: Chairman: Cllr Mrs Lowe Councillors: Mrs Ames, Birch, Mrs Cole\n"
            "Clerk: Mrs Dunn Members of public: 3\n\n1. Welcome\n")
    assert _people(_minutes(as_document, text)) == [
        ("Lowe", "present", "chair"), ("Ames", "present", None), ("Birch", "present", None),
        ("Cole", "present", None), ("Dunn", "also_present", None)]


@pytest.mark.parametrize("line,name,position", [
    ("In Attendance: Gemma Hart Parish Clerk", "Gemma Hart", "Parish Clerk"),
    ("In attendance: Acting Parish Clerk Ruth Bell, 12 Parishioners.", "Ruth Bell", "Acting Parish Clerk"),
    ("Also present: Parish Clerk- R Turner. No members of the public attended.", "R Turner", "Parish Clerk"),
    ("Locum Clerk: Dana Wise", "Dana Wise", "Locum Clerk"),
])
def test_officers_printed_with_their_job_and_no_comma(as_document, line, name, position):
    text = f"Minutes of the meeting held on 10 May 2021\n\nPresent: Cllr Smith (Chair), Cllr Jones\n{line}\n\n1. Apologies\n"
    officers = [a for a in _minutes(as_document, text).attendees if a.status == "also_present"]
    assert [(a.name, a.position) for a in officers] == [(name, position)]


def test_a_ward_councillor_in_attendance_keeps_only_the_name(as_document):
    text = ("Minutes of the meeting held on 10 May 2021\n\nPresent: Cllr Smith (Chair)\n"
            "In attendance: Ward Cllr B Durkin, County Councillor C Moss\n\n1. Apologies\n")
    officers = [a.name for a in _minutes(as_document, text).attendees if a.status == "also_present"]
    assert officers == ["B Durkin", "C Moss"]


def test_councillors_listed_under_the_title_without_a_heading(as_document):
    text = ("Minutes of a Meeting of the Council held at the Reading Room on Thursday, 14 March 2019\n\n"
            "Councillors H. Vale, K Ward, L. Young.\n\n"
            "Apologies were received from councillors M. Zeal and N Abbott.\n\n1. Finance\nCouncillors A and B spoke.\n")
    assert _people(_minutes(as_document, text)) == [
        ("H. Vale", "present", None), ("K Ward", "present", None), ("L. Young", "present", None),
        ("M. Zeal", "apologies", None), ("N Abbott", "apologies", None)]


def test_members_listed_one_a_line_after_the_following_members_were_present(as_document):
    text = ("Minutes – 14th June 2021\n\nAt the Council Meeting held on Monday 14 June 2021 at 7.15pm via Zoom, "
            "the following members were present: –\n\nCllr G Amos, Town Mayor\n\nCllr S Bird, Deputy Mayor\n\n"
            "Cllr R Cole\n\nOfficers:  Jan Dale, Locum Town Clerk\n\nG Marsh, Neighbourhood Plan Continuity Officer\n\n"
            "Others:  Inspector Hook and 4 Members of the Public\n\n7490 APOLOGIES\nNone.\n")
    minutes = _minutes(as_document, text)
    assert minutes.meeting.start_time == dt.time(19, 15)
    people = _people(minutes)
    assert people[:3] == [("G Amos", "present", "chair"), ("S Bird", "present", "vice-chair"),
                          ("R Cole", "present", None)]
    officers = [(a.name, a.position) for a in minutes.attendees if a.status == "also_present"]
    assert officers[:2] == [("Jan Dale", "Locum Town Clerk"), ("G Marsh", "Neighbourhood Plan Continuity Officer")]
    assert "Others" not in [a.name for a in minutes.attendees]


def test_roles_joined_to_names_and_abbreviated(as_document):
    text = ("Minutes of the Annual Meeting held at the School on Tuesday, 1st May 2012. Starting at 7.15pm\n\n"
            "Present: Ann Carr-Chairman (AC), Ben Dale (BD), Lyn Reed-Vice Chairman (LR) and Cllr. C. Hope (V. Chair).\n"
            "Other apologies: Cllr D. Moss (ELDC)\n\n1. Apologies\nNone.\n")
    people = _people(_minutes(as_document, text))
    assert people == [("Ann Carr", "present", "chair"), ("Ben Dale", "present", None),
                      ("Lyn Reed", "present", "vice-chair"), ("C. Hope", "present", "vice-chair"),
                      ("D. Moss", "apologies", None)]


def test_an_attendance_section_runs_on_past_counts_and_council_labels(as_document):
    text = ("Minutes of the meeting held on 5 May 2021 commencing at 19:00.\n\nPresent:\n\nCllr Mr A Hart (Chair)\n\n"
            "In Attendance:\n\nOne member of the public\n\nCCC – Cllr David Brown\n\n"
            "Mr W Gray Clerk and Executive Officer to Elm Parish Council\n\n21.44 ELECTION OF CHAIR\n")
    people = _people(_minutes(as_document, text))
    assert people == [("A Hart", "present", "chair"), ("David Brown", "also_present", None),
                      ("W Gray", "also_present", None)]


def test_a_committee_under_its_council_with_a_decision_on_its_own_line(as_document):
    text = ("Westshire Council\nPolicy & Resources Committee\n1 July 2021\nMINUTES\n"
            "Present: Councillor Amis (Chair) Brook (Joint Opposition Spokesperson) and Cole.\n\n"
            "In attendance:\n\nOfficers:\n\nSenior Leadership Team\n\nMonitoring Officer\n\n"
            "1.        Election of the Chairman of the Council;\n\n01/22\n\nRESOLVED\n\n"
            "That Cllr L Cole be elected Chairman of the Council.\n")
    minutes = _minutes(as_document, text)
    assert minutes.meeting.body == "Policy & Resources Committee"
    assert _people(minutes) == [("Amis", "present", "chair"), ("Brook", "present", None), ("Cole", "present", None)]
    assert [(i.number, [r.text for r in i.resolutions]) for i in minutes.items] == [
        ("1", ["Cllr L Cole be elected Chairman of the Council."])]


def test_pdf_lists_broken_mid_name_and_numbered_headings_with_the_list_below(as_document):
    text = ("Minutes of a Meeting of Elm Parish Council held at 7.00pm on Monday 4 February 2008 at the Hall\n"
            "Cou/285/07-08 Present\nMembers: Cllr P Abel (Chairman), Cllr J Bain, Cllr Cope, Cllr Dunn, Cllr Eves, Cllr F\n"
            "Gale, Cllr Hume and Cllr Ince.\n"
            "In Attendance: Elaine Ames Parish Clerk\nThere were no members of the public in attendance.\n"
            "Cou/286/07-08 Apologies for Absence\nNone.\n")
    people = _people(_minutes(as_document, text, "pdf"))
    assert ("F Gale", "present", None) in people
    assert ("P Abel", "present", "chair") in people
    assert ("Elaine Ames", "also_present", None) in people
    assert len([p for p in people if p[1] == "present"]) == 8
