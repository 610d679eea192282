"""US boards' minutes: how their motions, votes and roll calls are worded (issue 11).

Small US councils, village boards, school boards and transit boards minute a decision as the motion put to
the vote, in many wordings: the mover "made a motion" and the seconder "seconded the motion" in a sentence
of their own; "Motion to approve … by A; seconded by B"; "On a motion by A, seconded by B, the Board
approved …" with the roll in sentences after it; "MOTION: Kim/Lopez to …" with "VOTE: 5-0" below. Each
story is invented minutes in one of these wordings, read as text and as a printed PDF.
"""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse

from .stories import FORMATS, items_of, read_minutes

VILLAGE_BOARD = (
    "MINUTES OF THE REGULAR MEETING OF THE VILLAGE BOARD OF TRUSTEES\n"
    "Monday, June 3, 2024\n\n"
    "1. CALL TO ORDER AND ROLL CALL\n\n"
    "Mayor Rossi called the meeting to order at 7:00 p.m. Roll call was taken. Present were Trustees Price, "
    "Dunkel and Perez. Trustee DuBuque was absent.\n\n"
    "2. APPROVAL OF MINUTES\n\n"
    "Trustee Price made a motion to approve the minutes of May 20, 2024.\n\n"
    "Trustee Perez seconded the motion.\n\n"
    "The motion passed with 3 in favor (Price, Dunkel, Perez) and 1 opposed (Rossi).\n\n"
    "3. CONSENT AGENDA\n\n"
    "On a motion by Trustee Dunkel, seconded by Trustee Price, the Board approved the consent agenda. "
    "Ayes: 4. Nays: 0.\n\n"
    "4. AGENDA FOR JULY\n\n"
    "Motion to approve the July agenda by Trustee Perez; seconded by Trustee Dunkel. Motion carried 4-0.\n\n"
    "5. STREET LIGHTING CONTRACT\n\n"
    "MOTION: Price/Perez to award the street lighting contract to Brightway Electric.\n"
    "VOTE: 3-1\n\n"
    "6. ZONING VARIANCE\n\n"
    "It was moved by Trustee Dunkel and seconded by Trustee Perez to grant the variance. Motion failed 1-3.\n\n"
    "7. ADJOURNMENT\n\n"
    "The meeting adjourned at 7:45 p.m.\n"
)


def _decisions(minutes) -> list[tuple]:
    return [(i.number, r.text, r.moved_by, r.seconded_by, r.outcome) for i in minutes.items for r in i.resolutions]


@pytest.mark.parametrize("fmt", FORMATS)
def test_village_board_motions(as_document, fmt: str) -> None:
    # Each decision keeps its wording alone: no seconder's sentence, no roll in sentences, no count.
    minutes = read_minutes(as_document, VILLAGE_BOARD, fmt)
    assert _decisions(minutes) == [
        ("2", "approve the minutes of May 20, 2024.", "Trustee Price", "Trustee Perez", "carried"),
        ("3", "the Board approved the consent agenda.", "Trustee Dunkel", "Trustee Price", "carried"),
        ("4", "approve the July agenda.", "Trustee Perez", "Trustee Dunkel", "carried"),
        ("5", "award the street lighting contract to Brightway Electric.", "Price", "Perez", "carried"),
    ]
    votes = [(r.votes.for_, r.votes.against) for i in minutes.items for r in i.resolutions]
    assert votes == [(3, 1), (4, 0), (4, 0), (3, 1)]
    # The variance was refused: a motion of item 6, not a decision of the board.
    lost = [(i.number, r.text, r.outcome) for i in minutes.items for r in i.motions]
    assert lost == [("6", "grant the variance.", "lost")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_village_board_roll_call_in_sentences(as_document, fmt: str) -> None:
    # "Present were Trustees A, B and C. Trustee D was absent.": the roll-call item says who attended.
    minutes = read_minutes(as_document, VILLAGE_BOARD, fmt)
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("Price", "present"), ("Dunkel", "present"), ("Perez", "present"), ("DuBuque", "absent")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_village_board_meeting(as_document, fmt: str) -> None:
    # The date printed after the body's name is no part of it; the start is told in prose.
    record = parse(as_document(VILLAGE_BOARD, fmt))
    assert record.meeting.body.lower() == "village board of trustees"
    assert record.meeting.start_time == dt.time(19, 0)
    assert record.meeting.end_time == dt.time(19, 45)


def test_names_in_discussion_are_not_a_roll(as_document) -> None:
    # Only an item that takes the roll is read for who was present or absent in sentences.
    text = VILLAGE_BOARD.replace(
        "3. CONSENT AGENDA\n\n",
        "3. CONSENT AGENDA\n\nTrustee Perez said Mr Hale was absent from the site visit.\n\n")
    minutes = read_minutes(as_document, text, "text")
    assert "Hale" not in [a.name for a in minutes.attendees]


TRANSIT_BOARD = (
    "REGIONAL TRANSIT DISTRICT\n"
    "BOARD OF DIRECTORS\n"
    "MINUTES OF THE REGULAR BOARD MEETING\n"
    "February 20, 2018\n\n"
    "I. Call to Order\n\n"
    "Chair Tisdale called the meeting to order at 5:31 p.m.\n\n"
    "II. Approval of Board Meeting Minutes of January 30, 2018\n\n"
    "Motion: Director Lubow made the motion to approve the Board Meeting minutes of January 30, 2018.\n\n"
    "Director Walker seconded the motion.\n\n"
    "Vote on\n"
    "The Motion: The motion passed with 13 in favor (Anderson, Archuleta, Broom, Folska, Hoy, Lubow, Mihalik, "
    "Menten, Sisk, Solano, Tisdale, Walker, Williams). Director Deadwyler was absent.\n\n"
    "III. Adjournment\n\n"
    "Chair Tisdale adjourned the meeting at 7:42 p.m.\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_numbered_in_roman_without_an_attendance_heading(as_document, fmt: str) -> None:
    # A minutes title with roman-numbered items below it is minutes, though no "Present:" heading opens them.
    minutes = read_minutes(as_document, TRANSIT_BOARD, fmt)
    assert items_of(minutes) == [
        ("I", "Call to Order"), ("II", "Approval of Board Meeting Minutes of January 30, 2018"),
        ("III", "Adjournment")]
    assert _decisions(minutes) == [
        ("II", "approve the Board Meeting minutes of January 30, 2018.", "Director Lubow", "Director Walker",
         "carried")]
    assert minutes.items[1].resolutions[0].votes.for_ == 13


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_student_board_member_in_the_roll(as_document, fmt: str) -> None:
    # "Student Board Member: Kara Lin" under the roll: a kind of member, present, the label her position.
    text = ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION\nMay 14, 2024\n\nROLL CALL\n"
            "Present: President Ann Lee, Vice President Bob Ray, Trustee Cy Moss\n"
            "Student Board Member: Kara Lin\nAbsent: Trustee Ed Fry\n"
            "Staff Present: Superintendent Dr. Fay Gold\n\n1. CALL TO ORDER\n"
            "President Lee called the meeting to order at 6:00 p.m.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [(a.name, a.status, a.position) for a in minutes.attendees] == [
        ("Ann Lee", "present", "President"), ("Bob Ray", "present", "Vice President"),
        ("Cy Moss", "present", "Trustee"), ("Kara Lin", "present", "Student Board Member"),
        ("Ed Fry", "absent", "Trustee"), ("Fay Gold", "also_present", "Superintendent")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lettered_roll_call_heading(as_document, fmt: str) -> None:
    # "A. Roll Call" under "I. Call to Order": the roll's sentences say who was absent.
    text = ("REGIONAL TRANSIT DISTRICT\nMINUTES OF THE REGULAR BOARD MEETING\nFebruary 20, 2018\n\n"
            "I. Call to Order\n\nChair Tisdale called the meeting to order at 5:31 p.m.\n\nA. Roll Call\n\n"
            "Barbara McManus called roll. There were 13 Board members present at roll call. Director Deadwyler "
            "was absent.\n\nII. Adjournment\n\nChair Tisdale adjourned the meeting at 7:42 p.m.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert [(a.name, a.status, a.position) for a in minutes.attendees] == [("Deadwyler", "absent", "Director")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_movers_named_before_their_verbs_keep_their_titles(as_document, fmt: str) -> None:
    # "Mr. Case moved and Mrs. Hartman seconded the motion that …. This motion unanimously carried."
    text = ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION\nFebruary 7, 1935\n\n"
            "Present: Mr. Case, Mrs. Hartman, Mr. Axtell\n\n1. BILLS\n\n"
            "Mr. Case moved and Mrs. Hartman seconded the motion that the bill be paid. This motion "
            "unanimously carried.\n")
    minutes = read_minutes(as_document, text, fmt)
    assert _decisions(minutes) == [("1", "the bill be paid.", "Mr. Case", "Mrs. Hartman", "carried")]
