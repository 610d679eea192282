"""English parish minutes typed by a clerk: titles that run into their text, numbers typed two ways, and a
minutes title with no article (issue 11: UK parish councils nobody tuned for).

The stories are invented minutes in the wording and layout of real parish papers, read as text and as a
printed PDF.
"""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

from .stories import FORMATS, items_of, read_minutes

PARISH = (
    "Minutes of Long Ashby Parish Council Meeting held in The Community Centre\n\n"
    "At 7.30pm on Wednesday 10 July 2013\n\n"
    "1.   Those Attending:   Cllr J Nash (Chairman), Cllr Mrs D Clay (Vice-Chair), Cllr M Hand, Cllr Mrs S Lane\n\n"
    " 1 The Chairman welcomed County Councillor Martin Storr to the meeting.\n\n"
    "2.   To Consider Apologies for Absence:   Apologies were received from Cllr T Ryves\n\n"
    "3.   To Approve the Minutes of the Council Meeting of 12 June 2013\n\n"
    "Cllr Mrs Lane proposed acceptance of the Minutes seconded by Cllr Hand.    Unanimously Agreed\n\n"
    "4.   Election of Footpath Warden It was proposed and seconded that Cllr Hand should be the warden for "
    "another year and the council agreed.\n\n"
    "5.   Draft Minutes:\n\n"
    "Cllr Mrs Clay proposed that draft minutes should not be published, seconded by Cllr Mrs Lane.   "
    "4 Votes for 2 Votes against.    Carried\n\n"
    "6.   Date and Time of Next Meeting:\n\n"
    "There being no further business the meeting closed at 8.40pm\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_title_without_an_article(as_document, fmt: str) -> None:
    # "Minutes of Long Ashby Parish Council Meeting held in …": minutes, of that council, held there.
    record = parse(as_document(PARISH, fmt))
    assert record.kind == "minutes"
    assert record.meeting.body == "Long Ashby Parish Council"
    assert record.meeting.date == dt.date(2013, 7, 10)
    assert record.meeting.start_time == dt.time(19, 30)
    assert record.meeting.end_time == dt.time(20, 40)


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbers_typed_with_a_full_stop_go_on_past_a_stray_number(as_document, fmt: str) -> None:
    # " 1 The Chairman welcomed …" under "1." is a paragraph of item 1; "2." goes on from "1.", as typed.
    # "4. Election of Footpath Warden It was proposed …": the title is the words before its text begins.
    minutes = read_minutes(as_document, PARISH, fmt)
    assert items_of(minutes) == [
        ("1", "Those Attending"), ("2", "To Consider Apologies for Absence"),
        ("3", "To Approve the Minutes of the Council Meeting of 12 June 2013"),
        ("4", "Election of Footpath Warden"), ("5", "Draft Minutes"), ("6", "Date and Time of Next Meeting")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_those_attending_and_motions_named_by_their_noun(as_document, fmt: str) -> None:
    minutes = read_minutes(as_document, PARISH, fmt)
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("J Nash", "present"), ("D Clay", "present"), ("M Hand", "present"), ("S Lane", "present"),
        ("T Ryves", "apologies")]
    decisions = [(i.number, r.text, r.moved_by, r.seconded_by, r.outcome)
                 for i in minutes.items for r in i.resolutions]
    # "proposed acceptance of the Minutes seconded by …": the motion named by its noun is its wording.
    assert decisions[0] == ("3", "acceptance of the Minutes", "Cllr Mrs Lane", "Cllr Hand", "carried")
    assert decisions[-1][:2] == ("5", "draft minutes should not be published")
    assert minutes.items[4].resolutions[0].votes.for_ == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_venue_stops_at_the_date_after_it(as_document, fmt: str) -> None:
    text = "MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT THE CHURCH WEDNESDAY 10th JULY 2013\n\n" + PARISH.split(
        "\n\n", 2)[2]
    record = parse(as_document(text, fmt))
    assert record.meeting.venue.upper() in ("CHURCH", "THE CHURCH")
    assert record.meeting.date == dt.date(2013, 7, 10)


RUN_ON = (
    "Ashby and Whitton Parish Council – Ordinary Meeting Tuesday 2nd April 2019, 7.30pm Ashby Village Hall "
    "DRAFT MINUTES SUBJECT TO APPROVAL AT THE NEXT MEETING\n\n"
    "PRESENT Cllr R Crisp – Chairman, Cllr M Peake, Cllr I Quinn, Mrs N Cooper (Clerk) There were 2 members of "
    "the public.\n\n"
    "1. PUBLIC FORUM (15 MINUTES) A representative from the Women's Institute attended to explain plans to "
    "refurbish the village sign and the two benches near it.\n\n"
    "2. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies for absence were received from Cllr Anderson. These were "
    "accepted by the council.\n\n"
    "3. MEMBERS' DECLARATION OF INTERESTS and DISPENSATION REQUESTS (for items on the Agenda) Nothing was "
    "declared.\n\n"
    "4. TO APPROVE THE MINUTES OF THE LAST MEETING held on 4th March 2019 The minutes were agreed by all.\n\n"
    "5. LOCAL AUTHORITY REPORTS No further reports were given.\n\n"
    "6. CORRESPONDENCE Letters from the county council were noted by the council.\n\n"
    "7. DATE OF NEXT MEETING The next meeting will be held on 7th May 2019.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_headings_in_capitals_that_run_into_their_text(as_document, fmt: str) -> None:
    # A heading in capitals, then the minute's text on the same line: the title is the capitals. Where a
    # heading could not be read (3 runs on in ordinary case), the numbering still goes on at 4, as 5 follows
    # it printed alike. "PRESENT Cllr …" opens the attendance without a colon.
    record = parse(as_document(RUN_ON, fmt))
    assert record.kind == "minutes"
    assert record.meeting.date == dt.date(2019, 4, 2)
    if fmt == "text":  # the printed PDF's running header repeats the title cut short before the place
        assert record.meeting.venue == "Ashby Village Hall"
    minutes = record.minutes[0]
    assert [n for n, _ in items_of(minutes)] == ["1", "2", "4", "5", "6", "7"]
    assert items_of(minutes)[2][1].startswith("TO APPROVE THE MINUTES OF THE LAST MEETING")
    assert items_of(minutes)[:2] == [("1", "PUBLIC FORUM (15 MINUTES)"), ("2", "ACCEPTANCE OF APOLOGIES FOR ABSENCE")]
    people = [(a.name, a.status, a.role, a.position) for a in minutes.attendees]
    assert people[:4] == [("R Crisp", "present", "chair", None), ("M Peake", "present", None, None),
                          ("I Quinn", "present", None, None), ("N Cooper", "also_present", None, "Clerk")]


MOVERS_AFTER = (
    "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 4 MARCH 2024\n\n"
    "Present: Cllr A Brown (Chair), Cllr B Green, Cllr C Pike, Cllr R Cole\n\n"
    "1. FINANCE\n\nThe clerk presented the accounts. The accounts were accepted and payments approved in "
    "accordance with the list. Proposed Cllr Brown, seconded Cllr Green, All agreed.\n\n"
    "2. PLAY AREA\n\nThe council agreed to ask the borough to inspect the play area. Prop CP, 2nd RC, All agreed.\n\n"
    "3. BENCH\n\nA new bench will be bought for the green (Prop. CP, 2nd BG, All agreed).\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_movers_and_verdict_after_the_decision(as_document, fmt: str) -> None:
    # The sentence before "Proposed A, seconded B, All agreed." is the decision; members minuted by their
    # initials ("Prop CP, 2nd RC") keep them as printed.
    minutes = read_minutes(as_document, MOVERS_AFTER, fmt)
    assert [(i.number, r.text, r.moved_by, r.seconded_by, r.outcome) for i in minutes.items for r in i.resolutions] == [
        ("1", "The accounts were accepted and payments approved in accordance with the list.", "Cllr Brown",
         "Cllr Green", "carried"),
        ("2", "The council agreed to ask the borough to inspect the play area.", "CP", "RC", "carried"),
        ("3", "A new bench will be bought for the green", "CP", "BG", "carried"),
    ]


NARRATIVE_ONLY = (
    "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 8 NOVEMBER 2018\n\n"
    "Present: Cllr A Brown (Chair), Cllr B Green, Cllr C Pike\n\n"
    "1. Minutes of the last meeting\n\nThe Councillors agreed that the minutes should be signed as a true record. "
    "The Chair signed the minutes.\n\n"
    "2. Planning\n\n2.1 Decision - 18/01640/F - Station House, Station Road - To note application permitted.\n\n"
    "2.2 18/01777/F - Land at Church Lane\n\nThe Parish Councillors agreed to support the application.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_that_mark_no_decision_formally(as_document, fmt: str) -> None:
    # Minutes with no RESOLVED and no carried motion: "The Parish Councillors agreed to …" is how they record
    # the council's decisions, each ending with its sentence. "Decision - 18/01640/F …" lists the borough's
    # decision on an application, not the council's.
    minutes = read_minutes(as_document, NARRATIVE_ONLY, fmt)
    assert [(i.number, r.text) for i in minutes.items for r in i.resolutions] == [
        ("1", "the minutes should be signed as a true record."), ("2.2", "support the application.")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_apologies_accepted_for_named_members(as_document, fmt: str) -> None:
    # "137/19 Apologies for Absence. Apologies were accepted for Cllr A, Cllr B and Cllr C (all personal
    # reasons).": the sentence names who sent apologies; the reason they all gave is no position.
    text = ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 5 JUNE 2019\n\n"
            "Present: Cllr J Neill (Vice Chair), Cllr D Clay\n\n"
            "137/19 Apologies for Absence. Apologies were accepted for Cllr Sue Lane, Cllr Donna Stock and "
            "Cllr Mandy Lee (all personal reasons).\n\n"
            "138/19 Minutes of the last meeting were approved.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [(a.name, a.status, a.position) for a in minutes.attendees if a.status == "apologies"] == [
        ("Sue Lane", "apologies", None), ("Donna Stock", "apologies", None), ("Mandy Lee", "apologies", None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_present_with_a_count_and_members_known_by_initials(as_document, fmt: str) -> None:
    # "PRESENT (Five Councillors):-": a count in brackets before the separator; "Pam Bullas (PB) Claire Cann
    # (CC)": the initials each is minuted by part the names, where no comma does.
    text = ("DRAFT MINUTES OF THE ASHBY PARISH COUNCIL MEETING HELD AT ASHBY VILLAGE HALL AT 7.30 pm ON "
            "THURSDAY 08 NOVEMBER 2018\n\n"
            "PRESENT (Four Councillors):- Pam Bullas (PB) Claire Cann (CC) - Chair, Tom Foy (TF) and "
            "Pam Walker (PW) In attendance: Peter King, Parish Clerk, and 11 members of the public.\n\n"
            "1. Apologies for absence\n\nNone.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [(a.name, a.status, a.role, a.position) for a in minutes.attendees] == [
        ("Pam Bullas", "present", None, None), ("Claire Cann", "present", "chair", None),
        ("Tom Foy", "present", None, None), ("Pam Walker", "present", None, None),
        ("Peter King", "also_present", None, "Parish Clerk")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_printed_after_a_decision(as_document, fmt: str) -> None:
    # "It was resolved not to pursue …" is a decision (not to act); the counts after a decision, in a
    # bracket or a sentence of their own, are its votes and no part of its text.
    text = ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 4 MARCH 2024\n\n"
            "Present: Cllr A Brown (Chair), Cllr B Green, Cllr C White\n\n"
            "1. PLANNING\n\nIt was resolved not to pursue an objection to this (4 in support, 1 against, "
            "1 abstention).\n\n"
            "2. PRECEPT\n\nIt was resolved to set a precept of £5,139. For 4, Against 1, Abstain 1.\n")
    minutes = read_minutes(as_document, text, fmt)
    found = [(i.number, r.text, r.votes.for_, r.votes.against, r.votes.abstain)
             for i in minutes.items for r in i.resolutions]
    assert found == [("1", "not to pursue an objection to this", 4, 1, 1),
                     ("2", "set a precept of £5,139.", 4, 1, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_in_words_decide_a_motion(as_document, fmt: str) -> None:
    # "Four were in favour and two abstained.": the count, in words, is the verdict when none is printed.
    text = ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 4 MARCH 2024\n\n"
            "Present: Cllr A Jones (Chair), Cllr B Brown, Cllr C White\n\n"
            "1. GRANTS\n\nIt was moved by Cllr Jones and seconded by Cllr Brown that the grant be paid. Four "
            "were in favour and two abstained.\n")
    minutes = read_minutes(as_document, text, fmt)
    (resolution,) = minutes.items[0].resolutions
    assert (resolution.text, resolution.outcome) == ("the grant be paid.", "carried")
    assert (resolution.votes.for_, resolution.votes.abstain) == (4, 2)


@pytest.mark.parametrize("fmt", FORMATS)
def test_apologies_from_councillors_of_several_councils(as_document, fmt: str) -> None:
    # Each plural title ("Parish Councillors", "District Borough and Norfolk County Councillors,") heads the
    # names after it: no one is made of the titles.
    text = ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 8 NOVEMBER 2018\n\n"
            "Present: Cllr A Brown (Chair), Cllr B Green\n\n"
            "1. Apologies for absence Apologies were received from Parish Councillors Claire Williams and "
            "Lorraine Hunt and District Borough and Norfolk County Councillors, Brian Long and Sandra Squire.\n\n"
            "2. Minutes\n\nThe minutes were approved.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [a.name for a in minutes.attendees if a.status == "apologies"] == [
        "Claire Williams", "Lorraine Hunt", "Brian Long", "Sandra Squire"]
