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
from functools import cache

from ..layout import Para
from ..textpatterns import PAGE_RANGE, TIME_RANGE, decision, numbered_heading
from ..vocab import alternation, lookup

#: A title longer than this many words is prose, not a heading (minutes; agendas print longer titles).
MAX_TITLE_WORDS = 30
MAX_AGENDA_TITLE_WORDS = 90
#: ``2724. Police Report: No Police presence…``: a title this short before a colon, then the item's text.
MAX_LEAD_WORDS = 12
#: Minute references that only minutes print: ``(26)``, ``Cou/286/07-08``, ``C 10/034``.
_MINUTE_REF = re.compile(
    r"^(?P<exempt>\*\s*)?(?P<num>\(\d{1,4}\)|[A-Z][a-z]{1,4}/\d{1,4}(?:/\d{2}(?:-\d{2})?)?|[A-Z]\s\d{1,4}/\d{1,4})"
    r"(?:\s*[.):]|\s+[-–—])?\s+(?P<title>[A-Z\"'‘“(].*)$")
#: ``2307.03``, ``18.03.1``: a minute reference (year and month first), not a paragraph number ``5.3``.
MINUTE_REF_FIRST = 100
#: An upper-case title may run this long: parish minutes print the agenda's wording in full.
MAX_UPPER_TITLE_WORDS = 60
#: Share of a title's words (short function words aside) that start with a capital in a title-case heading.
TITLE_CASE_SHARE = 0.6
#: A title ending with a colon this short is still a heading (not nested: "5.2 Members noted:" is prose).
MAX_COLON_TITLE_WORDS = 12
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|will|would|did|could|should)\b")


@cache
def _agenda_verb() -> re.Pattern[str]:
    """An agenda-style title: ``To approve …``, ``For decision`` (verbs from ``agenda_verbs``)."""
    return re.compile(r"^(?:to|for)\s+" + alternation(lookup("agenda_verbs")) + r"\b", re.I)


_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "within", "re", "via", "vs", "v"])
_RUN_ON_DASH = re.compile(r"\s[-–—]\s")
_VERDICT_TAIL = re.compile(r"^(?:agreed|approved|resolved|noted|none|nil|carried|accepted)\b\W*$", re.I)
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
    m = numbered_heading(text) or (_MINUTE_REF.match(text) if strict else None)
    if not m:
        return None
    title, start, end = split_page_range(m.group("title").strip())
    title = " ".join(title.strip().strip("*").split())
    if strict:
        title = _lead_title(para, title)
    words = title.split()
    limit = MAX_TITLE_WORDS if strict else MAX_AGENDA_TITLE_WORDS
    if strict and title.isupper():
        limit = MAX_UPPER_TITLE_WORDS  # "127/20 CLOSED SESSION – COUNCIL TO RESOLVE TO GO INTO …": the agenda's wording
    if not words or len(words) > limit or decision().match(title):
        return None
    number = m.group("num").rstrip(".").strip("()")
    if strict and not _heading_like(para, title, nested="." in number and number_key(number)[0] < MINUTE_REF_FIRST):
        return None
    return ItemHeading(number=number, title=title.rstrip(":-– "), exempt=bool(m.group("exempt")), page_start=start,
                       page_end=end)


def _lead_title(para: Para, title: str) -> str:
    """The heading part of a minute that runs on into its text on the same line: ``Police Report: No Police
    presence…``, ``Grounds maintenance contract – It was noted that…``, ``Minutes of 6th August – Agreed``."""
    lead, colon, rest = title.partition(": ")
    if not colon:
        lead, colon, rest = title.partition(":- ")
    if colon and rest[:1].isupper() and len(lead.split()) <= MAX_LEAD_WORDS:
        return lead
    emphasised = para.bold or para.heading is not None
    dash = _RUN_ON_DASH.search(title)
    if dash and not emphasised and len(title[:dash.start()].split()) <= MAX_LEAD_WORDS:
        rest = title[dash.end():]
        if _VERDICT_TAIL.match(rest) or (rest[:1].isupper() and not rest.isupper()
                                         and (len(title.split()) > 20 or rest.rstrip().endswith("."))):
            return title[:dash.start()].strip()
    return title


def _heading_like(para: Para, title: str, *, nested: bool) -> bool:
    words = len(title.split())
    emphasised = para.bold or para.heading is not None
    if emphasised:
        return words <= MAX_TITLE_WORDS
    agenda_like = agenda_wording(title)
    if title.endswith(_TRAILING_PUNCT) and not title.endswith("etc."):
        # Parish minutes repeat the agenda's wording, full stop included: "4/17 To approve the minutes … 2016.";
        # a short title may end with a colon before its text: "3/17 Invitation to the public to address the meeting:".
        colon_title = title.endswith(":") and not nested and words <= MAX_COLON_TITLE_WORDS
        if not ((agenda_like and title.endswith((".", ":", ";"))) or colon_title):
            return False
        if title.endswith(".") and not _agenda_verb().match(title) and _FINITE_VERB.search(title):
            return False  # "338.1 The Minutes of the Planning Meeting … were APPROVED.": a sentence
    if agenda_like:
        return True
    limit = 12 if nested else 20
    return words <= limit


def agenda_wording(title: str) -> bool:
    """A title worded like an agenda entry: ``To receive apologies…``, ``Disclosure of Interests``, ``PLANNING``
    — an agenda verb first, or capitals on most of its words — not a sentence of prose."""
    if _agenda_verb().match(title) or title.isupper():
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= TITLE_CASE_SHARE * len(words)
