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
from functools import cache

from ..document import Table
from ..layout import Para, evidence_for, paras_to_blocks
from ..records import DateKind, Evidence, Meeting
from ..segment import Part
from ..textpatterns import TO_BE_HELD, labelled, numbered_heading, prefixed
from ..vocab import alternation, lookup, phrase_pattern
from .dates import (
    DateContext,
    DateSpan,
    parse_date,
    parse_time,
    prefix_to_kind,
    spans_to_period_flags,
    text_to_spans,
)
from .members import blocks_to_members

#: How many paragraphs at the top of a front sheet or report may hold the meeting's details.
HEAD_PARAS = 25
#: A body name is a short line.
MAX_BODY_WORDS = 14
#: A title-block line holding the meeting's date is short ("WEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM");
#: a longer one counts only when it calls the meeting ("You are hereby summoned…", "…will be held on…").
DATE_LINE_WORDS = 12
#: How far before a date a start time may stand ("held at 7.30pm on Monday 15 January").
TIME_BEFORE_CHARS = 40

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


#: ``Town Council Meeting``, ``City Council Meeting Notice``: the body, without the word for its meeting.
_MEETING_TAIL = re.compile(r"\s+meeting(?:\s+(?:notice|agenda|papers?|summons)\b.*)?$", re.I)
#: ``To: All Members of the Planning Committee``: the addressees are the body.
_ADDRESSEES = re.compile(r"^\s*to\s*:?\s*(?:all\s+)?(?:the\s+)?(?:members|councillors)\s+(?:of\s+)?(?:the\s+)?(?P<body>\S.*)$",
                         re.I)
#: ``… a meeting of the Trimdon Parish Council at …``: the body named inside a summons sentence.
_MEETING_OF = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.;:]*?)"
                         r"(?=\s+(?:(?:which|that)\s+)?(?:is\s+|will\s+)?(?:to\s+)?(?:be\s+)?(?:held|at|on|in|will|to|commencing|starting)\b|[,.;:]|$)")
#: A line that is only a start time: ``6:00 PM``, ``Starting at 7.30pm``, ``19:30 hrs``.
_TIME_ONLY = re.compile(r"^\s*(?:(?:start(?:ing|s)?|commencing|begins?|time)\s*(?:at\s*)?[:\-]?\s*|at\s+)?"
                        r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours)?\.?\s*$", re.I)
#: A start time right after the date: ``at 7.00pm``, ``@ 7.30pm``, ``, commencing at 19:30 hrs``.
_TIME_LEAD = re.compile(r"[\s,;–-]*(?:(?:at|@|from|commencing(?:\s+at)?|starting(?:\s+at)?|start(?:s)?(?:\s+at)?)\s*)?"
                        r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours)?\.?", re.I)
#: Where a place ends inside a sentence: a full stop, a time, a start word, a date word.
_VENUE_END = re.compile(r"\.(?:\s|$)|\s+(?:at|@|commencing|starting|from|on|to\s+(?:consider|transact|discuss)|for\s+the\s+purpose)\b"
                        r"|\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m)|[;(]|$", re.I)
#: ``in the Council Chamber``, ``at May Crescent Community House``: a place named in a sentence starts with a capital.
_AT_PLACE = re.compile(r"(?:^|(?<=\s))(?:(?:held|meet|take\s+place)\s+)?(?:at|in)\s+(?=(?:the\s+)?[A-Z0-9])", re.I)


@cache
def _title_lead() -> re.Pattern[str]:
    """``Agenda for the meeting of``, ``Notice of``: words before a body name in a title."""
    return re.compile(r"^\s*" + alternation(lookup("body_title_leads")) + r"\s+", re.I)


@cache
def _summons() -> re.Pattern[str]:
    """A sentence that calls the meeting (``You are hereby summoned…``, ``…will be held on…``)."""
    return phrase_pattern("meeting_summons")


def body_name(text: str) -> str | None:
    """The committee / board / panel a short title line names, or None."""
    text = text.strip().strip("*#").strip()
    if not text or len(text.split()) > MAX_BODY_WORDS * 2:
        return None
    if _LABEL.match(text) and not _REPORT_LEAD.match(text):
        return None
    text = _MINUTES_OF.sub("", text) if _MINUTES_OF.match(text) else _REPORT_LEAD.sub("", text)
    text = _title_lead().sub("", text)
    text = _TRAILING.sub("", text).strip(" ,.:;-–")
    text = _MEETING_TAIL.sub("", text).strip(" ,.:;-–")
    if not text or len(text.split()) > MAX_BODY_WORDS:
        return None
    if not phrase_pattern("body_words").search(text):
        return None
    if phrase_pattern("not_body_phrases").search(text):
        return None  # "Chief Executive", "Cabinet Forward Plan", "Council Offices": a job, a paper, a place
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


def line_to_date_span(text: str, context: DateContext, years: list[int]) -> tuple[str, DateSpan] | None:
    """The meeting date a title-block line or a summons sentence states, with the span it stands in.

    A short line (``WEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM``) or a sentence that calls the meeting
    (``You are hereby summoned … on Monday 29th July 2019``) counts; a line about another meeting
    (``Minutes of the previous meeting held on…``) or a publication date does not.
    """
    if prefixed("publication_labels").match(text) or phrase_pattern("other_meeting_phrases").search(text):
        return None
    lead = _summons().search(text) or TO_BE_HELD.search(text)
    words = len(text.split())
    if lead is None and (words > DATE_LINE_WORDS or (words > 6 and numbered_heading(text))):
        return None
    spans = meeting_spans(text, text_to_spans(text, context))
    after = [span for span in spans if lead is None or span.end > lead.start()]
    for span in after or spans:
        iso = resolve_date(span.text, context, years)
        if iso:
            return iso, span
    return None


def meeting_spans(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The spans that may name a meeting's day: not a deadline (``must be received by 5pm on``),
    a publication date, or an end of a period or range (``for the period 1 March – 30 June``)."""
    return [span for span, in_period in zip(spans, spans_to_period_flags(text, spans), strict=True)
            if not in_period and prefix_to_kind(text[:span.start]) is DateKind.other]


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"\.(?:\s|$)").search(text, start)
    return m.start() if m else len(text)


def span_to_time(text: str, span: DateSpan) -> tuple[str | None, int]:
    """The start time printed with a date (``… 2019 at 7.00pm``, ``held at 7.30pm on …``) and where
    the text after it begins."""
    lead = _TIME_LEAD.match(text, span.end)
    if lead:
        found = parse_time(lead.group(0))
        if found:
            return found, lead.end()
    found = parse_time(text[span.end:_sentence_end(text, span.end)])
    if found is None:
        found = parse_time(text[max(0, span.start - TIME_BEFORE_CHARS):span.start])
    return found, span.end


def _clip_venue(text: str) -> str | None:
    text = text[:_VENUE_END.search(text).start()].strip(" ,;:–-")
    return text if text and len(text.split()) <= MAX_BODY_WORDS else None


def span_to_venue(text: str, span: DateSpan, after: int) -> str | None:
    """The place named beside a date: ``held in the Abbey Mill on …``, ``… at 7pm in the Village Hall``,
    ``… @ 7.30pm MILBURN VILLAGE HALL``."""
    before = text[max(0, span.start - 150):span.start]
    on = re.search(r"\s+on\s*(?:the\s+)?$", before, re.I)
    if on:
        place = _AT_PLACE.search(before[:on.start()])
        if place:
            return _clip_venue(before[place.end():on.start()] + " ")
    rest = re.match(r"^[\s,;–-]*(?P<prep>(?:(?:held|meet)\s+)?(?:in|at)\s+)?(?P<v>(?-i:(?:the\s+)?[A-Z]).*)$",
                    text[after:], re.I | re.S)
    if rest is None:
        return None
    venue = _clip_venue(rest.group("v"))
    if venue and (rest.group("prep") or phrase_pattern("venue_words").search(venue)):
        return venue
    return None


@cache
def _meeting_kind() -> re.Pattern[str]:
    """``Special Meeting`` before a body's name: its kind (``meeting_kinds``), not part of the name."""
    return re.compile(r"^\s*" + alternation(lookup("meeting_kinds")) + r"\s+meeting\s+", re.I)


def venue_line(text: str) -> str | None:
    """An unlabelled short line that names a place (``THE EXECUTIVE MEETING ROOM, THE GUILDHALL``)."""
    if ":" in text or "@" in text or len(text.split()) > DATE_LINE_WORDS or text_to_spans(text):
        return None
    if not phrase_pattern("venue_words").search(text):
        return None
    # "Regular Meeting Council Chambers": the kind of meeting printed before its place.
    return _meeting_kind().sub("", text).strip()


def text_to_body(text: str) -> str | None:
    """The body a summons or an address names: ``a meeting of the X to be held``,
    ``To: All Members of the X``, ``Meeting: X``."""
    addressees = _ADDRESSEES.match(text)
    if addressees:
        return body_name(addressees.group("body"))
    label = labelled("body_labels").match(text)
    if label:
        return body_name(label.group("value"))
    lead = _summons().search(text)
    if lead is None:
        return None
    m = _MEETING_OF.search(text)
    if m and not re.match(r"(?:above|said|this|that)\b", m.group("body"), re.I):
        return body_name(m.group("body"))
    # "MILBURN PARISH COUNCIL MEETING TO BE HELD ON …": the body opens the sentence.
    head = text[:lead.start()]
    return body_name(head) if len(head.split()) <= MAX_BODY_WORDS else None


def head_to_meeting(blocks: list[Para | Table], context: DateContext, years: list[int]) -> Meeting:
    """The meeting a front sheet's (or report's) first blocks describe: labelled ``Date:`` / ``Time:`` /
    ``Venue:`` rows, else a short date line or a summons sentence, and the body named in the title."""
    meeting = Meeting()
    body_fallback: str | None = None
    evidence: list[Para | Table] = []
    venue_after_date = False
    texts = [cell for block in blocks for cell in _cells(block)]
    for text, origin in texts:
        date_label = labelled("date_labels").match(text)
        if date_label and meeting.date is None and not prefixed("publication_labels").match(text):
            value = date_label.group("value")
            meeting.date = resolve_date(value, context, years)
            evidence.append(origin)
            spans = text_to_spans(value, context)
            if meeting.start_time is None and spans:  # "Date: Monday 13th May 2019 Time: 7.30 pm"
                meeting.start_time = span_to_time(value, spans[0])[0]
            continue
        time_label = labelled("time_labels").match(text)
        if time_label and meeting.start_time is None:
            meeting.start_time = parse_time(time_label.group("value"))
            continue
        venue_label = labelled("venue_labels").match(text)
        if venue_label and meeting.venue is None:
            meeting.venue = venue_label.group("value").strip()
            continue
        if meeting.start_time is None and _TIME_ONLY.match(text):
            meeting.start_time = parse_time(text)
            continue
        if venue_after_date and meeting.venue is None:
            meeting.venue = venue_line(text)
        venue_after_date = False
        summoned = _summons().search(text) is not None
        found = line_to_date_span(text, context, years) if meeting.date is None or summoned else None
        if found and meeting.date not in (None, found[0]):
            found = None  # a summons for another date (a later meeting named in the notes)
        if found:
            if meeting.date is None:
                evidence.append(origin)
            meeting.date, span = found
            time, after = span_to_time(text, span)
            meeting.start_time = meeting.start_time or time
            meeting.venue = meeting.venue or span_to_venue(text, span, after)
            venue_after_date = meeting.venue is None
        name = text_to_body(text) if isinstance(origin, Para) else None
        if name is None and isinstance(origin, Para) and not summoned:
            name = body_name(text)
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
