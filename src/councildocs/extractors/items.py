"""Numbered items: recognise an item heading and compare item numbers.

Shared by the agenda and the minutes extractors. An item heading is a
paragraph that starts with an item number (``4``, ``4.``, ``Item 4``,
``Item No 5``, ``23/45``, ``CAB 12/19``, ``*3`` for an exempt item) and goes on
with a title; a numbered paragraph of prose (``5.1 The panel received…``) is
not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import Para
from ..textpatterns import PAGE_RANGE, TIME_RANGE, decision, numbered_heading

#: A title longer than this many words is prose, not a heading (minutes; agendas print longer titles).
MAX_TITLE_WORDS = 30
MAX_AGENDA_TITLE_WORDS = 90
#: ``2724. Police Report: No Police presence…``: a title this short before a colon, then the item's text.
MAX_LEAD_WORDS = 12
_NUM_PARTS = re.compile(r"\d+")
_TRAILING_PUNCT = (".", ":", ";", ",")


@dataclass(frozen=True, slots=True)
class ItemHeading:
    number: str
    title: str
    exempt: bool
    page_start: int | None = None
    page_end: int | None = None

    @property
    def key(self) -> tuple[int, ...]:
        return number_key(self.number)


def number_key(number: str) -> tuple[int, ...]:
    """``"5.3"`` → ``(5, 3)``; ``"CAB 12/19"`` → ``(12, 19)``: for ordering checks."""
    return tuple(int(n) for n in _NUM_PARTS.findall(number)) or (0,)


def split_page_range(title: str) -> tuple[str, int | None, int | None]:
    """Take a trailing page reference (``7 - 12``, ``(Page 5)``, ``Pages 11 - 20``) off a title."""
    m = PAGE_RANGE.search(title)
    if not m:
        return title, None, None
    first = m.group("a") or m.group("c") or m.group("e")
    last = m.group("b") or m.group("d") or m.group("f")
    start, end = int(first), int(last) if last else None
    if end is not None and end < start:
        return title, None, None
    return title[: m.start()].rstrip(" .-–:"), start, end


def parse_heading(para: Para, *, strict: bool) -> ItemHeading | None:
    """The item heading a paragraph opens with, or None.

    ``strict`` (minutes) asks for the look of a heading: emphasis, or a short
    title that does not end like a sentence. Agendas print plain titles, so
    there only the number and a plausible title are needed.
    """
    text = para.text.strip()
    slot = TIME_RANGE.match(text)  # a time-slotted agenda prints "7:35 - 9:30 PM" before the number
    if slot:
        text = text[slot.end():].lstrip()
    m = numbered_heading(text)
    if not m:
        return None
    title, start, end = split_page_range(m.group("title").strip())
    title = " ".join(title.strip().strip("*").split())
    lead, colon, rest = title.partition(": ")
    if not colon:
        lead, colon, rest = title.partition(":- ")
    if strict and colon and rest[:1].isupper() and len(lead.split()) <= MAX_LEAD_WORDS:
        title = lead
    words = title.split()
    limit = MAX_TITLE_WORDS if strict else MAX_AGENDA_TITLE_WORDS
    if not words or len(words) > limit or decision().match(title):
        return None
    number = m.group("num").rstrip(".")
    if strict and not _heading_like(para, title, nested="." in number):
        return None
    return ItemHeading(number=number, title=title.rstrip(":-– "), exempt=bool(m.group("exempt")), page_start=start,
                       page_end=end)


def _heading_like(para: Para, title: str, *, nested: bool) -> bool:
    words = len(title.split())
    emphasised = para.bold or para.heading is not None
    if emphasised:
        return words <= MAX_TITLE_WORDS
    if title.endswith(_TRAILING_PUNCT) and not title.endswith("etc."):
        return False
    limit = 12 if nested else 20
    return words <= limit
