"""Dates: a council paper's dates come out once each, with their years resolved from context."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.extractors.dates import (
    DateContext,
    document_to_dates,
    municipal_year,
    parse_date,
    parse_time,
    text_to_spans,
)
from councildocs.extractors.programme import document_to_table_years
from councildocs.loaders.text import text_to_document
from councildocs.records import CouncilDocument, Meeting

UK = DateContext(meeting_date=dt.date(2018, 9, 20))
US = DateContext(meeting_date=dt.date(2016, 4, 18), day_first=False)


@pytest.mark.parametrize(("text", "context", "expected"), [
    ("Thursday, 20 September 2018", UK, dt.date(2018, 9, 20)),
    ("CABINET 12 SEPT 2018", UK, dt.date(2018, 9, 12)),
    ("as at 31st July 2018", UK, dt.date(2018, 7, 31)),
    ("the 5th of July 2021", UK, dt.date(2021, 7, 5)),
    ("as at 18/07/2018 with regard", UK, dt.date(2018, 7, 18)),
    ("Agree priorities – 20/01/21", UK, dt.date(2021, 1, 20)),
    ("24 May", UK, dt.date(2018, 5, 24)),
    ("CABINET 06/13 FEB 2019", UK, dt.date(2019, 2, 6)),
    ("COUNCIL 19/26 FEB JAN 2019", UK, dt.date(2019, 2, 19)),
    ("April 18, 2023", UK, dt.date(2023, 4, 18)),
    ("4/7/2016", US, dt.date(2016, 4, 7)),
    ("4/7/2016", UK, dt.date(2016, 7, 4)),
    ("2019-03-13", UK, dt.date(2019, 3, 13)),
    ("CABINET 16 JAN 2018", UK, dt.date(2018, 1, 16)),  # a printed year is kept, even a typo
])
def test_parse_date(text: str, context: DateContext, expected: dt.date) -> None:
    assert parse_date(text, context) == expected


@pytest.mark.parametrize("text", [
    "CABINET JUNE 2019", "July 2022 (to be confirmed)", "elections in May 2021", "the 2018-19 budget",
    "please call 0344 800 8020", "paragraph 1.2.21 of the report", "March/April 21"
])
def test_not_dates(text: str) -> None:
    assert parse_date(text, UK) is None


def test_year_less_dates_take_the_meeting_year() -> None:
    assert parse_date("on 5 March 18 members attended", UK) == dt.date(2018, 3, 5)  # 18 is no year here
    assert parse_date("13 December", DateContext(meeting_date=dt.date(2019, 1, 10))) == dt.date(2018, 12, 13)
    assert parse_date("10 January", DateContext(meeting_date=dt.date(2018, 12, 13))) == dt.date(2019, 1, 10)


def test_ranges_give_both_days() -> None:
    spans = text_to_spans("Public Consultation – 29 Mar - 12 April 21", UK)
    assert [(s.day, s.month, s.year) for s in spans] == [(29, 3, 2021), (12, 4, 2021)]
    spans = text_to_spans("CABINET 06/13 FEB 2019", UK)
    assert [(s.day, s.month, s.year) for s in spans] == [(6, 2, 2019), (13, 2, 2019)]


@pytest.mark.parametrize(("text", "days"), [
    ("special meetings on April 3, 13 and 18, 2023", [(3, 4, 2023), (13, 4, 2023), (18, 4, 2023)]),
    ("the show on May 13 and 14, 2021", [(13, 5, 2021), (14, 5, 2021)]),
    ("the festival on June 23rd & 24th 2018", [(23, 6, 2018), (24, 6, 2018)]),
    ("on May 4, 12 members attended", []),  # a count after a year-less date is no day
])
def test_a_list_of_days_of_one_month_gives_each_day(text: str, days: list[tuple[int, int, int]]) -> None:
    assert [(s.day, s.month, s.year) for s in text_to_spans(text, UK)] == days


def test_municipal_year() -> None:
    assert municipal_year("Scrutiny committee work programme 2018 – 2019") == 2018
    assert municipal_year("Work programme 2021/22") == 2021
    assert municipal_year("Payroll provision 2018-2022") is None


def test_parse_time() -> None:
    assert parse_time("Time: 16:30") == dt.time(16, 30)
    assert parse_time("by 10am on Monday") == dt.time(10, 0)
    assert parse_time("at 2.30 pm") == dt.time(14, 30)
    assert parse_time("12 noon") == dt.time(12, 0)


def test_day_order_is_decided_per_document() -> None:
    us = text_to_document("City Council, Palo Alto, California\nMeeting of April 18, 2016\nMinutes of 4/7/2016\n")
    uk = text_to_document("Norwich City Council\nMeeting of 18 April 2016\nMinutes of 4/7/2016\n")
    assert DateContext.for_document(us, None).day_first is False
    assert DateContext.for_document(uk, None).day_first is True
    assert parse_date("4/7/2016", DateContext.for_document(us, None)) == dt.date(2016, 4, 7)
    # An unambiguous numeric date settles it even without place names.
    assert DateContext.for_document(text_to_document("Dated 12/25/2016\nSee 4/7/2016\n"), None).day_first is False


def test_year_across_a_january_boundary_from_the_table_title() -> None:
    text = ("Scrutiny committee work programme 2018 – 2019\n\n"
            "Date\tTopic\tLead officer\n"
            "13 December\tBudget consultation\tKaren Watling\n"
            "10 January\tPre scrutiny of the budget\tKaren Watling\n")
    doc = text_to_document(text)
    context = DateContext.for_document(doc, None)
    dates = document_to_dates(doc, context, CouncilDocument(), document_to_table_years(doc))
    assert {d.date for d in dates} == {dt.date(2018, 12, 13), dt.date(2019, 1, 10)}


def test_document_dates_kinds_and_evidence() -> None:
    text = ("Scrutiny committee\n\nDate: Thursday, 20 September 2018\n\nTime: 16:30\n\n"
            "Questions must be received by 10am on Monday 17 September 2018.\n\n"
            "Date of publication: Wednesday, 12 September 2018\n\n"
            "Minutes of 19 July 2018 and 1 August 2018; again 19 July 2018. Call 0344 800 8020.\n")
    doc = text_to_document(text)
    record = CouncilDocument(meeting=Meeting(date=dt.date(2018, 9, 20)))
    context = DateContext.for_document(doc, dt.date(2018, 9, 20))
    dates = document_to_dates(doc, context, record, document_to_table_years(doc))
    kinds = {d.date: d.kind for d in dates}
    assert kinds == {dt.date(2018, 9, 20): "meeting", dt.date(2018, 9, 17): "deadline",
                     dt.date(2018, 9, 12): "publication", dt.date(2018, 7, 19): "other", dt.date(2018, 8, 1): "other"}
    deadline = next(d for d in dates if d.kind == "deadline")
    assert deadline.evidence is not None and deadline.evidence.lines == (7, 7)


def test_a_date_broken_over_a_line_wrap_is_read_once(as_document) -> None:
    # "… scheduled for Tues 12th" / "June 2018 at the Town Hall." in a wrapped paragraph (as PDF-to-text
    # keeps it; the Sutton Coldfield minutes in the wide set break so in the PDF itself); the line below
    # the paragraph starts afresh, so "Item 5" over "May 2019" is no date.
    text = ("The next Amenities, Leisure and Community Services Committee meeting has been scheduled for Tues 12th\n"
            "June 2018 at the Town Hall.\n\nItem 5\n\nMay 2019 report\n")
    doc = as_document(text, "text")
    dates = {d.date: d.text for d in document_to_dates(doc, UK, CouncilDocument())}
    assert dates.get(dt.date(2018, 6, 12)) == "Tues 12th June 2018"
    assert dt.date(2019, 5, 5) not in dates
