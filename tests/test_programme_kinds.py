"""The kind of a programme table comes from the document's title when the table has no title of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.extractors.dates import DateContext
from councildocs.extractors.programme import document_to_programme

FORWARD_PLAN = """Forward plan
Notice of key decisions to be taken by the Environment Policy Committee

The plan is updated every month and published on the council's website.

Lead Officer\tTitle and summary of decision\tMeeting date\tReport type
Ann Lee, Head of Transport\tBus lane review. To approve the review.\t5 Feb 2026\tDecision report
Raj Patel, Head of Parks\tTree strategy. To adopt the strategy.\t19 Mar 2026\tDecision report
"""

WORK_PROGRAMME = FORWARD_PLAN.replace("Forward plan\nNotice of key decisions to be taken by",
                                      "Scrutiny work programme 2025-26\nTopics to be considered by")


def _rows(doc):  # noqa: ANN001, ANN202
    return document_to_programme(doc, DateContext.for_document(doc, None))


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_forward_plan_document_makes_its_untitled_tables_forward_plan_rows(as_document, fmt: str) -> None:  # noqa: ANN001
    rows = _rows(as_document(FORWARD_PLAN, fmt))
    assert [(r.kind, r.meeting_date, r.responsible) for r in rows] == [
        ("forward_plan", dt.date(2026, 2, 5), "Ann Lee, Head of Transport"),
        ("forward_plan", dt.date(2026, 3, 19), "Raj Patel, Head of Parks"),
    ]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_scrutiny_work_programme_document_keeps_work_programme_rows(as_document, fmt: str) -> None:  # noqa: ANN001
    rows = _rows(as_document(WORK_PROGRAMME, fmt))
    assert [r.kind for r in rows] == ["work_programme", "work_programme"]


def test_an_agenda_listing_a_forward_plan_item_does_not_name_its_tables(as_document) -> None:  # noqa: ANN001
    text = ("Cabinet agenda\n1. Apologies\n2. Forward plan of key decisions\n\n"
            "Members are asked to note the actions below.\n\n"
            "Action\tLead officer\tDate raised\nRepair the bridge\tAnn Lee\t5 Feb 2026\n")
    rows = _rows(as_document(text, "txt"))
    assert [r.kind for r in rows] == ["work_programme"]  # the columns decide, not the agenda item
