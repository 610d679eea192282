"""A report's front page in, the meeting it was written for out."""

from __future__ import annotations

import datetime as dt

import pytest

import councildocs
from councildocs.api import parse


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_report_for_a_meeting_without_a_year_takes_the_year_its_weekday_fits(as_document, fmt):
    text = ("Borough Council\nOVERVIEW AND SCRUTINY PANEL\n\nItem No 6\n\n"
            "REPORT for meeting to be held on Thursday 17 December\n\nWaste collection review\n\n"
            "Summary: The review ran from 2 November 2020 to 20 January 2021.\n\n"
            "Recommendation: To note the report.\n\nContact Officers: Ann Lee, waste manager\n")
    doc = parse(as_document(text, fmt))
    assert doc.meeting.body.lower() == "overview and scrutiny panel"
    assert doc.meeting.date == dt.date(2020, 12, 17)  # 17 December fell on a Thursday in 2020, not 2021
    report = doc.reports[0]
    assert (report.item_number, report.title) == ("6", "Waste collection review")
    assert report.recommendations == ["To note the report."]
    assert report.contact_officers == ["Ann Lee, waste manager"]


def test_report_to_a_body_names_the_body():
    doc = councildocs.extract("Report to Cabinet\n\n13 March 2019\n\nReport of Director of housing\n\nSubject Rents\n")
    assert (doc.meeting.body, doc.meeting.date) == ("Cabinet", dt.date(2019, 3, 13))


def test_minutes_only_document_describes_its_own_meeting():
    doc = councildocs.extract("Minutes of the meeting of the Harbour Board held on Tuesday 23 February 2021 at 10 am\n\n"
                  "Present:\nMr A Smith (Chair)\n\n1. Apologies\n")
    assert (doc.meeting.body, doc.meeting.date, doc.meeting.start_time) == ("Harbour Board", dt.date(2021, 2, 23), dt.time(10, 0))
