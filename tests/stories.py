"""Helpers for tests that read a short story of minutes, written in the test, as text and as a printed PDF."""

from __future__ import annotations

from councildocs.api import parse

FORMATS = ["text", "pdf"]


def read_minutes(as_document, text: str, fmt: str):
    """The one set of minutes a story holds (the paper must read as minutes)."""
    record = parse(as_document(text, fmt))
    assert record.kind == "minutes"
    return record.minutes[0]


def items_of(minutes) -> list[tuple[str, str]]:
    """(number, title) of each minute item."""
    return [(i.number, i.title) for i in minutes.items]
