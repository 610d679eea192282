"""Programme tables as other councils word and lay them out: month headings, spreadsheet dates, tracker columns.

Each story is a small table written in the style of a council paper, read as
text and (where the layout survives printing) as a PDF, with the rows a person
would write down.
"""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.extractors.dates import DateContext, parse_date
from councildocs.extractors.programme import document_to_programme, is_period_heading
from councildocs.pipeline import document_to_record

MONTH_HEADINGS = """Place Scrutiny Panel – Work Plan 2023-24

Date\tTopic\tLead\tOutcome sought
June 2023
22 June 2023\tBus service improvement plan\tTransport Manager\tUnderstand progress against targets
\tParking enforcement contract\tParking Services Manager\tReview of contract performance
September 2023
14 September 2023\tFlood risk management strategy\tLead Local Flood Officer\tComment on the draft strategy
January 2024
18 January 2024\tClimate emergency action plan update\tSustainability Lead\tMonitor delivery
"""


def _rows(doc):  # noqa: ANN001, ANN202
    return document_to_programme(doc, DateContext.for_document(doc, None))


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_month_heading_lines_do_not_split_the_programme(as_document, fmt: str) -> None:  # noqa: ANN001
    rows = _rows(as_document(MONTH_HEADINGS, fmt))
    assert [(r.kind, r.meeting_date, r.topic) for r in rows] == [
        ("work_programme", dt.date(2023, 6, 22), "Bus service improvement plan"),
        ("work_programme", dt.date(2023, 6, 22), "Parking enforcement contract"),
        ("work_programme", dt.date(2023, 9, 14), "Flood risk management strategy"),
        ("work_programme", dt.date(2024, 1, 18), "Climate emergency action plan update"),
    ]
    assert rows[1].responsible == "Parking Services Manager"


def test_month_rows_head_a_programme_without_a_date_column(as_document) -> None:  # noqa: ANN001
    text = (
        "Economy Scrutiny Panel\nWork Programme 2024/25\n\n<table>\n"
        "<tr><td>Item</td><td>Lead officer</td><td>Purpose</td></tr>\n"
        "<tr><td>July 2024</td><td></td><td></td></tr>\n"
        "<tr><td>Skills and employment strategy</td><td>Head of Economic Growth</td><td>Comment on draft</td></tr>\n"
        "<tr><td>Markets review</td><td>Markets Manager</td><td>Review options</td></tr>\n"
        "<tr><td>Autumn 2024</td><td></td><td></td></tr>\n"
        "<tr><td>Visitor economy action plan</td><td>Tourism Lead</td><td>Monitor delivery</td></tr>\n</table>\n"
    )
    rows = _rows(as_document(text, "txt"))
    assert [(r.meeting, r.meeting_date, r.topic) for r in rows] == [
        ("July 2024", None, "Skills and employment strategy"),
        ("July 2024", None, "Markets review"),
        ("Autumn 2024", None, "Visitor economy action plan"),
    ]


def test_a_month_row_is_no_record_and_a_dated_empty_row_still_is(as_document) -> None:  # noqa: ANN001
    text = (
        "Communities Committee Work Programme 2023/24\n\n<table>\n"
        "<tr><td>Meeting</td><td>Report</td><td>Officer</td></tr>\n"
        "<tr><td>June 2023</td><td></td><td></td></tr>\n"
        "<tr><td>27 June</td><td>Grants to voluntary organisations</td><td>Community Development Officer</td></tr>\n"
        "<tr><td>March 2024</td><td></td><td></td></tr>\n"
        "<tr><td>Date to be confirmed</td><td>Review of community centres</td><td>Property Manager</td></tr>\n"
        "<tr><td>11 April</td><td></td><td></td></tr>\n</table>\n"
    )
    rows = _rows(as_document(text, "txt"))
    assert [(r.meeting, r.meeting_date, r.topic) for r in rows] == [
        ("27 June", dt.date(2023, 6, 27), "Grants to voluntary organisations"),
        ("Date to be confirmed", None, "Review of community centres"),
        ("11 April", dt.date(2024, 4, 11), ""),
    ]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_cabinet_plan_with_dotted_two_digit_years(as_document, fmt: str) -> None:  # noqa: ANN001
    text = (
        "Cabinet Forward Plan – 2024\n\n"
        "Cabinet date\tSubject\tPortfolio\tOfficer\tKey\n"
        "04.06.24\tMedium Term Financial Strategy outturn\tFinance\tS151 Officer\tYes\n"
        "02.07.24\tTown centre masterplan – adoption\tRegeneration\tRegeneration Manager\tYes\n"
    )
    doc = as_document(text, fmt)
    rows = _rows(doc)
    assert [(r.kind, r.meeting_date, r.topic) for r in rows] == [
        ("forward_plan", dt.date(2024, 6, 4), "Medium Term Financial Strategy outturn"),
        ("forward_plan", dt.date(2024, 7, 2), "Town centre masterplan – adoption"),
    ]
    assert {d.date for d in document_to_record(doc).dates} == {dt.date(2024, 6, 4), dt.date(2024, 7, 2)}


def test_tracker_dated_by_when_the_action_was_raised(as_document) -> None:  # noqa: ANN001
    text = (
        "Audit Committee – Outstanding Actions\n\n<table>\n"
        "<tr><td>Date raised</td><td>Item</td><td>Officer responsible</td><td>Target date</td><td>Update</td></tr>\n"
        "<tr><td>19/09/2023</td><td>Fraud risk register shared in confidence</td><td>Head of Audit</td>"
        "<td>30/11/2023</td><td>Done</td></tr>\n"
        "<tr><td>05-Dec-23</td><td>Pension fund valuation report</td><td>Chief Accountant</td>"
        "<td>Jan 2024</td><td>Ongoing</td></tr>\n</table>\n"
    )
    rows = _rows(as_document(text, "txt"))
    assert [(r.kind, r.meeting_date, r.responsible) for r in rows] == [
        ("tracker", dt.date(2023, 9, 19), "Head of Audit"),
        ("tracker", dt.date(2023, 12, 5), "Chief Accountant"),
    ]
    assert rows[0].other["Target date"] == "30/11/2023"


@pytest.mark.parametrize(("text", "heading"), [
    ("June 2024", True), ("Autumn 2024", True), ("Tuesday 12 June 2024", True), ("Sept", True),
    ("June 2024 budget update", False), ("Housing allocations policy", False), ("", False),
])
def test_period_headings(text: str, heading: bool) -> None:
    assert is_period_heading(text) is heading


@pytest.mark.parametrize(("text", "expected"), [
    ("Representations must be received by 14/06/24.", dt.date(2024, 6, 14)),
    ("published on 28/02/2024.", dt.date(2024, 2, 28)),
    ("05-Jun-24", dt.date(2024, 6, 5)),
    ("04.06.24", dt.date(2024, 6, 4)),
    ("w/c 8 July 2024", dt.date(2024, 7, 8)),
])
def test_council_date_wordings(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "see 12.10.23 below", "paragraph 3.12.15", "item 5-may be", "June 2024", "18.03.05 Village Green Erosion",
])
def test_clause_numbers_and_months_are_not_dates(text: str) -> None:
    assert parse_date(text) is None
