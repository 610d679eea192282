"""Papers with and without a meeting of their own: the meeting date comes only from wording that
states a meeting, never from a deadline, a period, a range or a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

import councildocs
from councildocs.api import parse

CONSULTATION = ("Anyshire District Council\n\nPublic Consultation: Draft Parking Strategy\n\n"
                "The Council is consulting residents on its draft parking strategy.\n"
                "Applications must be received by 5pm on 14/06/24.\n"
                "Comments may be sent to the Planning Policy Team.\n")
LICENSING = ("Borchester Borough Council\n\nLicensing Act 2003 - Notice of Application for a Premises Licence\n\n"
             "Notice is given that The Red Lion Ltd has applied for a premises licence at 12 High Street.\n"
             "Representations must be made in writing no later than 3 July 2024.\n"
             "The application may be viewed between 1 and 15 December 2023.\n"
             "Date of publication: 5 June 2024\n")
REPORT_WITHOUT_MEETING = ("Report of the Director of Place\n\nHighways Maintenance Programme Update\n\n"
                          "1. Purpose\n1.1 This report covers the period 1 March – 30 June 2024.\n"
                          "1.2 The contract was awarded on 12 January 2024.\n")
FORWARD_PLAN = ("Wessex County Council\n\nForward Plan of Key Decisions\nfor the period 1 March 2024 to 30 June 2024\n\n"
                "Published: 1 February 2024\n\n"
                "Decision | Decision maker | Date of decision\n"
                "Adoption of the Local Plan | Cabinet | 12 March 2024\n"
                "Waste contract | Cabinet | 9 April 2024\n")
SHORT_LINES = ("Anyshire District Council\n\nRoadworks on the A30\n\nbetween 1 and 15 December 2023\n\n"
               "Closing date: 20 November 2023\n")


def _kinds(doc) -> dict[str, str]:
    """Each date's kind, by the date as the JSON prints it."""
    return {d.date.isoformat(): d.kind for d in doc.dates}


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_consultation_deadline_is_not_a_meeting(as_document, fmt):
    doc = parse(as_document(CONSULTATION, fmt))
    assert doc.meeting is None or doc.meeting.date is None
    assert _kinds(doc) == {"2024-06-14": "deadline"}


def test_a_licensing_notice_has_a_deadline_a_range_and_a_publication_date_but_no_meeting():
    doc = councildocs.extract(LICENSING)
    assert doc.meeting is None or doc.meeting.date is None
    assert _kinds(doc) == {"2024-07-03": "deadline", "2023-12-01": "other", "2023-12-15": "other",
                           "2024-06-05": "publication"}


def test_a_report_about_a_period_has_no_meeting_date():
    doc = councildocs.extract(REPORT_WITHOUT_MEETING)
    assert doc.meeting is None or doc.meeting.date is None
    assert _kinds(doc) == {"2024-03-01": "other", "2024-06-30": "other", "2024-01-12": "other"}


def test_a_forward_plan_period_is_not_its_meeting():
    doc = councildocs.extract(FORWARD_PLAN)
    assert doc.meeting is None or doc.meeting.date is None
    kinds = _kinds(doc)
    assert kinds["2024-03-01"] == kinds["2024-06-30"] == "other"
    assert kinds["2024-02-01"] == "publication"


def test_a_range_on_a_short_line_and_a_closing_date_label_are_not_meetings():
    doc = councildocs.extract(SHORT_LINES)
    assert doc.meeting is None or doc.meeting.date is None
    assert _kinds(doc) == {"2023-12-01": "other", "2023-12-15": "other", "2023-11-20": "deadline"}


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_front_sheet_date_wins_over_a_deadline_printed_above_it(as_document, fmt):
    text = ("PLANNING COMMITTEE\n\nQuestions must be received by 12 noon on 1 April 2024\n\n"
            "Date: Tuesday, 9 April 2024\nTime: 7.00 pm\nVenue: Council Chamber, Town Hall\n\n"
            "Agenda published: 28 March 2024\n\n1. Apologies for absence\n"
            "2. Minutes of the meeting held on 12 March 2024\n")
    doc = parse(as_document(text, fmt))
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2024, 4, 9), dt.time(19, 0))
    assert _kinds(doc) == {"2024-04-01": "deadline", "2024-04-09": "meeting", "2024-03-28": "publication",
                           "2024-03-12": "other"}


def test_minutes_title_and_report_for_a_meeting_still_give_the_meeting_date():
    minutes = councildocs.extract("Minutes of the meeting of the Licensing Committee held on Monday 4 March 2024 at 6.30pm "
                    "in the Council Chamber\n\nPresent: Councillors Smith (Chair), Jones and Patel\n\n1. Apologies\n")
    assert minutes.meeting.date == dt.date(2024, 3, 4)
    report = councildocs.extract("REPORT TO CABINET\nfor the meeting on 16 May 2024\n\nLeisure Centre Refurbishment\n\n"
                   "1.1 Tenders must be received by 20 June 2024.\n")
    assert report.meeting.date == dt.date(2024, 5, 16)
    assert _kinds(report) == {"2024-05-16": "meeting", "2024-06-20": "deadline"}
