"""The meeting a document was written for: body, date, start time, venue, members.

Read from the front sheet when there is one (``Date:``, ``Time:``, ``Venue:``
labels, or the first lines that hold a body name and a date), else from the
first report (``REPORT for meeting to be held on…``, ``Report to Cabinet``,
a ``Date of meeting:`` row), else from the first set of minutes.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..document import Table
from ..layout import Para, evidence_for, paras_to_blocks
from ..records import Evidence, Meeting
from ..segment import Part
from ..textpatterns import TO_BE_HELD, labelled, prefixed
from ..vocab import alternation, lookup
from .dates import DateContext, parse_date, parse_time
from .members import blocks_to_members

#: How many paragraphs at the top of a front sheet or report may hold the meeting's details.
HEAD_PARAS = 25
#: A body name is a short line.
MAX_BODY_WORDS = 14

_REPORT_LEAD = re.compile(r"^\s*(?:report\s+(?:to|for)|decision\s+(?:determined|taken|made)\s+(?:at|by))\s*:?\s+(?:the\s+)?",
                          re.I)
#: ``Authority: Government Code…``: a label and its value, not a title.
_LABEL = re.compile(r"^\s*[\w/&]+(?:\s+[\w/&]+){0,2}\s*:\s")
_WEEKDAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_TRAILING = re.compile(
    r"\s*(?:\s(?:item(?:\s+no\.?)?\s*\d*|(?:meeting\s+)?(?:to\s+be\s+)?held\b.*|(?:meeting\s+)?on\b.*)"
    r"|[-–,]?\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4}.*)$", re.I)
_MINUTES_OF = re.compile(r"^.{0,60}?\b(?:draft\s+|unconfirmed\s+|confirmed\s+|printed\s+)?minutes\s+(?:of|for)\s+(?:the\s+|an?\s+)?"
                         r"(?:(?:annual|ordinary|extra[\s-]?ordinary|special|regular|full|public|remote)\s+)?"
                         r"(?:meeting\s+of\s+(?:the\s+)?)?(?:above\s+)?", re.I)


def body_name(text: str) -> str | None:
    """The committee / board / panel a short title line names, or None."""
    text = text.strip().strip("*#").strip()
    if not text or len(text.split()) > MAX_BODY_WORDS * 2:
        return None
    if _LABEL.match(text) and not _REPORT_LEAD.match(text):
        return None
    text = _MINUTES_OF.sub("", text) if _MINUTES_OF.match(text) else _REPORT_LEAD.sub("", text)
    text = _TRAILING.sub("", text).strip(" ,.:;-–")
    if not text or len(text.split()) > MAX_BODY_WORDS:
        return None
    if not re.search(r"(?<![\w])" + alternation(lookup("body_words")) + r"(?![\w])", text, re.I):
        return None
    return text


def _is_council_only(name: str) -> bool:
    """``Norwich City Council``: the authority, not the body that meets (a weaker candidate)."""
    return not re.search(r"(?<![\w])" + alternation(w for w in lookup("body_words") if w != "council")
                         + r"(?![\w])", name, re.I)


def _year_candidates(paras: list[Para]) -> list[int]:
    years = Counter(int(y) for p in paras for y in _YEAR.findall(p.text))
    return [y for y, _ in years.most_common()]


def resolve_date(text: str, context: DateContext, years: list[int]) -> str | None:
    """A date phrase to ISO; a missing year is the document's own year that fits the printed weekday."""
    iso = parse_date(text, context)
    if iso is not None or not years:
        return iso
    weekday = _WEEKDAY.search(text)
    for year in years:
        guess = parse_date(text, context, default_year=year)
        if guess is None:
            return None
        if weekday is None:
            return guess
        if _WEEKDAYS[date.fromisoformat(guess).weekday()] == weekday.group(1).lower()[:3]:
            return guess
    # Weekday fits none of the years the document prints: look around them.
    for year in sorted({y + d for y in years[:3] for d in (-1, 1, -2, 2)}):
        guess = parse_date(text, context, default_year=year)
        if guess and weekday and _WEEKDAYS[date.fromisoformat(guess).weekday()] == weekday.group(1).lower()[:3]:
            return guess
    return None


def parts_to_meeting(parts: list[Part], context: DateContext | None = None) -> Meeting | None:
    """The meeting of the document, or None when nothing names one."""
    context = context or DateContext()
    all_paras = [p for part in parts for p in part.paras]
    years = _year_candidates(all_paras)
    source = next((p for p in parts if p.kind == "front_sheet"), None)
    if source is None:
        source = next((p for p in parts if p.kind in ("report", "agenda")), None)
    if source is None:
        minutes = next((p for p in parts if p.kind == "minutes"), None)
        return _from_minutes(minutes, context, years) if minutes else None
    meeting = head_to_meeting(source.blocks[:HEAD_PARAS], context, years)
    if source.kind == "front_sheet":
        meeting.members = blocks_to_members(paras_to_blocks(source.blocks))
    if meeting.body is None and meeting.date is None:
        return None
    return meeting



def _from_minutes(part: Part, context: DateContext, years: list[int]) -> Meeting:
    from .minutes import part_to_minutes

    m = part_to_minutes(part, context)
    return Meeting(body=m.meeting.body, date=m.meeting.date, start_time=m.meeting.start_time,
                   end_time=m.meeting.end_time, venue=m.meeting.venue, evidence=m.evidence)


def _cells(block: Para | Table) -> list[tuple[str, Para | Table]]:
    """Texts to read: a paragraph's text, or each two-cell row of a label / value table as ``label: value``."""
    if isinstance(block, Para):
        # A title block whose lines were joined as one paragraph: read its lines one by one too.
        lines = [(line.text, block) for line in block.lines] if 1 < len(block.lines) <= 8 else []
        return [(block.text, block), *lines]
    out = []
    for row in block.rows:
        cells = [c.text for c in row if c.text]
        if len(cells) == 2:
            out.append((f"{cells[0].rstrip(':')}: {cells[1]}", block))
    return out


def head_to_meeting(blocks: list[Para | Table], context: DateContext, years: list[int]) -> Meeting:
    meeting = Meeting()
    body_fallback: str | None = None
    evidence: list[Para | Table] = []
    for block in blocks:
        for text, origin in _cells(block):
            date_label = labelled("date_labels").match(text)
            if date_label and meeting.date is None and not prefixed("publication_labels").match(text):
                meeting.date = resolve_date(date_label.group("value"), context, years)
                evidence.append(origin)
                continue
            time_label = labelled("time_labels").match(text)
            if time_label and meeting.start_time is None:
                meeting.start_time = parse_time(time_label.group("value"))
                continue
            venue_label = labelled("venue_labels").match(text)
            if venue_label and meeting.venue is None:
                meeting.venue = venue_label.group("value").strip()
                continue
            short = TO_BE_HELD.search(text) or len(text.split()) <= 6
            if meeting.date is None and short and not prefixed("publication_labels").match(text):
                found = resolve_date(text, context, years)
                if found:
                    meeting.date = found
                    evidence.append(origin)
                    continue
            name = body_name(text) if isinstance(origin, Para) else None
            if name:
                if not _is_council_only(name):
                    meeting.body = meeting.body or name
                else:
                    body_fallback = body_fallback or name
    meeting.body = meeting.body or body_fallback
    if meeting.body:
        meeting.body = _tidy_case(meeting.body)
    meeting.evidence = evidence_for(evidence[:1]) if evidence else Evidence()
    return meeting


def _tidy_case(name: str) -> str:
    """``SCRUTINY COMMITTEE`` → ``Scrutiny committee``; mixed case is kept as printed."""
    return name[:1] + name[1:].lower() if name.isupper() else name
