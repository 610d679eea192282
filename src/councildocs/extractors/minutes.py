"""Minutes: each set's meeting, attendees, numbered items and resolutions.

``part_to_minutes`` reads one minutes part found by the segmenter:

1. the title block above the first attendance heading gives the body, the
   date and the times (``16:30 to 18:10``; ``… at 10 am``; ``The meeting
   finished at 11.40 am`` anywhere below);
2. attendees come from :mod:`councildocs.extractors.attendees`;
3. item headings open items; a decision block (``RESOLVED``, ``AGREED`` …)
   runs on over its clauses and belongs to the item above it.
"""

from __future__ import annotations

import re

from ..document import Table
from ..layout import WRAP_GAP, Para, evidence_for, paras_to_blocks
from ..records import MinuteItem, Minutes, MinutesMeeting, Resolution
from ..segment import Part
from ..textpatterns import (
    CLAUSE,
    MEETING_END,
    TIME_RANGE,
    attendance_heading,
    decision,
    decision_in_sentence,
    decision_lead,
    prefixed,
)
from .attendees import blocks_to_attendees
from .dates import DateContext, parse_date, parse_time
from .items import ItemHeading, parse_heading
from .meeting import body_name

_HELD = re.compile(r"\bheld\s+(?P<how>at|in|virtually|remotely|online|via|by)\b\s*(?:the\s+)?(?P<venue>.*)$", re.I)
_ON_DATE = re.compile(r"\s+(?:on|at)\s+(?:\w+day\b|\d).*$", re.I)


def parts_to_minutes(parts: list[Part], context: DateContext) -> list[Minutes]:
    """Every set of minutes in the document, in order."""
    return [part_to_minutes(part, context) for part in parts if part.kind == "minutes"]


def part_to_minutes(part: Part, context: DateContext) -> Minutes:
    blocks = part.blocks
    first_attendance = next((i for i, b in enumerate(blocks)
                             if isinstance(b, Para) and attendance_heading().match(b.text)), 0)
    title = [b for b in blocks[:first_attendance] if isinstance(b, Para)]
    meeting = title_to_meeting(title, part, context)
    return Minutes(
        meeting=meeting,
        attendees=blocks_to_attendees(paras_to_blocks(blocks)),
        items=blocks_to_items(blocks[first_attendance:]),
        evidence=evidence_for(blocks[:1]),
    )



def title_to_meeting(title: list[Para], part: Part, context: DateContext) -> MinutesMeeting:
    """Body, date, times and venue from the title block of a set of minutes."""
    meeting = MinutesMeeting()
    for para in title:
        text = para.text
        if meeting.date is None:
            meeting.date = parse_date(text, context)
        span = TIME_RANGE.search(text)
        if span and meeting.start_time is None:
            meeting.start_time, meeting.end_time = parse_time(span.group("a")), parse_time(span.group("b"))
        elif meeting.start_time is None and (parse_date(text, context) or prefixed("minutes_headings").match(text)):
            meeting.start_time = parse_time(text)
        held = _HELD.search(text)
        if held and meeting.venue is None:
            venue = held.group("venue") if held.group("how").lower() in ("at", "in") else held.group(0)
            meeting.venue = _ON_DATE.sub("", venue).strip(" ,.") or None
        if meeting.body is None:
            meeting.body = body_name(text)
    if meeting.end_time is None:
        for para in part.paras:
            m = MEETING_END.search(para.text)
            if m:
                meeting.end_time = parse_time(m.group("time"))
                break
    return meeting


def blocks_to_items(blocks: list[Para | Table]) -> list[MinuteItem]:
    """Numbered items and their resolutions, from the blocks after the attendance."""
    items: list[MinuteItem] = []
    last: ItemHeading | None = None
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Table):
            i += 1
            continue
        resolution, used = _resolution_at(blocks, i, last)
        if resolution is not None:
            if items:
                items[-1].resolutions.append(resolution)
            i += used
            continue
        heading = parse_heading(block, strict=True)
        if heading is not None and not block.bullet and _follows(last, heading):
            items.append(MinuteItem(number=heading.number, title=heading.title, exempt=heading.exempt,
                                    evidence=block.evidence))
            last = heading
        i += 1
    return items


def _follows(last: ItemHeading | None, heading: ItemHeading) -> bool:
    """Item numbers only go up within one set of minutes: a smaller one is a clause, not an item."""
    return last is None or heading.key > last.key


def _strip_number(text: str) -> str:
    """``5.3 RESOLVED`` → ``RESOLVED``: a paragraph number before the decision word."""
    return re.sub(r"^\s*\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+", "", text)


def _opens_decision(text: str) -> re.Match[str] | None:
    """The decision word that opens ``text`` or one of its sentences (``… Councillors resolved to sign``)."""
    text = _strip_number(text)
    return decision().match(text) or decision_in_sentence().search(text)


def _next_item(para: Para, last: ItemHeading | None) -> bool:
    """Whether ``para`` opens the next item rather than continuing a decision's numbered clauses."""
    heading = parse_heading(para, strict=True)
    if heading is None or para.bullet or not _follows(last, heading):
        return False
    emphasised = para.bold or para.heading is not None
    return emphasised or not _CLAUSE_WORDS.match(heading.title)


_CLAUSE_WORDS = re.compile(r"^(?:that|to)\b", re.I)


def _resolution_at(blocks: list[Para | Table], i: int, last: ItemHeading | None) -> tuple[Resolution | None, int]:
    """The decision block starting at ``blocks[i]`` and how many blocks it spans."""
    para = blocks[i]
    if not isinstance(para, Para):
        return None, 0
    text = _strip_number(para.text)
    m = _opens_decision(text)
    if not m:
        return None, 0
    rest = text[m.end():]
    rest = rest[decision_lead().match(rest).end():].strip()  # type: ignore[union-attr]
    parts = [rest] if rest else []
    clauses: list[str] = []
    used = [para]
    j = i + 1
    while j < len(blocks):
        nxt = blocks[j]
        if not isinstance(nxt, Para):
            break
        is_clause = bool(CLAUSE.match(nxt.text)) or bool(nxt.bullet)
        starts_body = not parts and not clauses and not parse_heading(nxt, strict=True)
        wrapped = (nxt.first.bbox is not None and nxt.first.gap <= WRAP_GAP and nxt.page == used[-1].page
                   and not nxt.text[:1].isdigit())  # "4.4.13i) The provision…" is the next paragraph
        continues = (nxt.text[:1].islower() or wrapped) and bool(parts or clauses)
        if not (is_clause or starts_body or continues) or _opens_decision(nxt.text):
            break
        if _next_item(nxt, last):
            break
        if is_clause:
            clauses.append(nxt.text)
        text_piece = nxt.text
        if starts_body and not is_clause:
            text_piece = text_piece[decision_lead().match(text_piece).end():]  # type: ignore[union-attr]
        parts.append(text_piece.strip())
        used.append(nxt)
        j += 1
        if starts_body and not is_clause and not text_piece.rstrip().endswith(":"):
            # A one-paragraph decision under a bare "RESOLVED" heading; clauses may still follow.
            continue
    body = " ".join(p for p in parts if p)
    if not body:
        return None, 0
    return Resolution(text=body, clauses=clauses, evidence=evidence_for(used)), len(used)
