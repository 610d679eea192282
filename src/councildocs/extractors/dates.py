"""Dates and times: find, parse and classify every explicit calendar date.

Public helpers used by the other extractors:

* :func:`parse_date` — one date phrase (``Thursday, 20 September 2018``) to a :class:`~datetime.date`;
* :func:`parse_time` — ``16:30``, ``10am``, ``2.30 pm`` to a :class:`~datetime.time` (hours and minutes);
* :class:`DateContext` — the document's meeting date and day order, decided
  once per document;
* :func:`document_to_dates` — every explicit date of a document as a record.

Candidates are found with one compiled pattern per line (linear, no
``search_dates`` over whole documents), then resolved by small pure functions:
``text_to_spans`` → ``span_to_date`` (year from the text, else from context).
A date needs a day and a month: ``May 2021`` and ``2018-19`` are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, time
from functools import cache, lru_cache

from ..document import BBox, Document, Line, Table
from ..layout import WRAP_GAP
from ..records import CouncilDocument, DateKind, DateMention, Evidence
from ..vocab import alternation, lookup

#: Printed years outside this range are not dates (page numbers, sums of money).
YEAR_RANGE = (1900, 2100)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
#: A month name (``Sept``, ``June``, ``dec.``) as a pattern, for other extractors' headings.
MONTH_PATTERN = _MONTH
_WEEKDAY = r"(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)?"
# "5 TH JULY", "15 th January": PDF text may part an ordinal from its day.
_ORD = r"(?:\s?(?:st|nd|rd|th)(?![a-z]))?"
_JOIN = r"\s*(?:[/&]|-|–|—|\band\b|\bto\b)\s*"
# A two-digit year only where nothing word-like follows ("12 April 21", not "5 March 18 members").
_YEAR = r"(?:(?P<{g}>(?:19|20)\d\d)(?![\d/])|(?P<{g}2>\d\d)(?![\w:./%£])(?!\s+[A-Za-z£%]))"
_CANDIDATE = re.compile(
    # 12 SEPT 2018 | 06/13 FEB 2019 | 19/26 FEB JAN 2019 | 31st of July | 05-Jun-24 (spreadsheet style)
    r"(?P<dmy>" + _WEEKDAY + r"(?<![\d/.,£$])(?P<d1>\d{1,2})" + _ORD + r"(?:" + _JOIN + r"(?P<d2>\d{1,2})" + _ORD
    + r")?(?:\s*(?:of\s+)?|-(?=[a-z]{3,9}-\d\d))(?P<m1>" + _MONTH + r")(?:\s+" + _MONTH + r")?(?:(?:,?\s+|-)" + _YEAR.format(g="y1")
    + r")?)"
    # April 18, 2023 | September 20th
    # ... and a list of days of one month: April 3, 13 and 18, 2023 | June 23rd & 24th 2018
    r"|(?P<mdy>" + _WEEKDAY + r"(?P<m2>" + _MONTH + r")\s+(?P<d3>\d{1,2})(?P<ord>st|nd|rd|th)?(?![\d:.])"
    r"(?P<more>(?:\s*(?:,|&|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:.a-z])(?!\s*(?:19|20)\d\d\b(?!\s*(?:,|&|\band\b)))){0,6}"
    r"(?:\s*(?:,|&|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:.a-z]))?)"
    r"(?:,?\s+(?P<y3>(?:19|20)\d\d)(?!\d))?)"
    # 18/07/2018 | 20/01/21 | 2018-07-18
    r"|(?P<num>(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?!\d|[/.\-]\d))"
    r"|(?P<iso>(?<![\d/.\-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d]))",
    re.I,
)
_DIGIT = re.compile(r"\d")
_LISTED_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|and|&)\s*$", re.I)
_MUNICIPAL = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)(?!\d)")
# A time may run straight into a date in PDF text ("4.00pm1 July"): after am/pm only a letter ends it.
#: A clock time: ``7.30pm``, ``19:00``, ``8:00 o'clock P. M.``.
_TIME = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?(?:\s*o['’]?\s*clock)?"
                   r"(?:\s*(a\.?m\.?|p\.?m\.?|[ap]\.\s+m\.?|noon)(?![a-z])|(?![\d]))", re.I)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """One date found in a piece of text, before its year is resolved."""

    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a document says about its own dates: its meeting date and its day order.

    ``reference_date`` is the document's first full date: it supplies a missing
    year when the meeting date is not known.
    """

    meeting_date: date | None = None
    day_first: bool = True
    reference_date: date | None = None

    @property
    def year(self) -> int | None:
        ref = self.meeting_date or self.reference_date
        return ref.year if ref else None

    @classmethod
    def for_document(cls, doc: Document, meeting_date: date | None) -> DateContext:
        """Decide the day order once, from the document's own unambiguous dates and place names."""
        day_first = document_to_day_first(doc)
        context = cls(meeting_date=meeting_date, day_first=day_first)
        reference = None
        for text in _document_texts(doc, limit=400):
            for span in text_to_spans(text, context):
                if span.year is not None:
                    reference = span_to_date(span, None)
                    if reference:
                        break
            if reference:
                break
        return replace(context, reference_date=reference)


# --------------------------------------------------------------------------- finding


def _month(word: str) -> int:
    return _MONTHS[word.strip(".").lower()[:3]]


def _two_digit(value: str | None) -> int | None:
    return None if value is None else 2000 + int(value)


def text_to_spans(text: str, context: DateContext | None = None) -> list[DateSpan]:
    """Every date phrase in ``text``, in order; a range (``06/13 FEB``) gives one span per day.

    A day-less month (``May 2021``) is never a span; a month-first phrase
    without a year (``March 21``) counts only with an ordinal or in a
    month-first document, because UK papers write ``March 21`` for a year.
    """
    if not _DIGIT.search(text):
        return []
    context = context or DateContext()
    spans: list[DateSpan] = []
    for m in _candidates(text):
        spans.extend(_match_to_spans(m, context))
    return _borrow_range_years(text, spans)


@lru_cache(maxsize=2048)
def _candidates(text: str) -> tuple[re.Match[str], ...]:
    # The same line is read for dates by several stages (day order's reference date, the meeting, the
    # dates list, programme cells): about half the calls on real papers. The matches do not depend on
    # the context, only what is made of them does.
    return tuple(_CANDIDATE.finditer(text))


def _match_to_spans(m: re.Match[str], context: DateContext) -> Iterator[DateSpan]:
    s, e, raw = m.start(), m.end(), m.group(0).strip()
    if m.group("dmy"):
        month = _month(m.group("m1"))
        year = int(m.group("y1")) if m.group("y1") else _two_digit(m.group("y12"))
        for day in (m.group("d1"), m.group("d2")):
            if day is not None:
                yield DateSpan(s, e, raw, int(day), month, year)
    elif m.group("mdy"):
        year = int(m.group("y3")) if m.group("y3") else None
        if year is not None or m.group("ord") or not context.day_first:
            month = _month(m.group("m2"))
            # the listed days share the month and the year; a list without a year is only the first day
            more = _LISTED_DAY.findall(m.group("more") or "") if year is not None else []
            for day in (m.group("d3"), *more):
                if 1 <= int(day) <= 31:
                    yield DateSpan(s, e, raw, int(day), month, year)
    elif m.group("num"):
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        if m.group("sep") != "/" and len(c) == 2 and not _padded_date(m, raw == m.string.strip()):
            return  # "1.2.21" and "2-3-18" are clause numbers far more often than dates
        day, month = (a, b) if context.day_first else (b, a)
        if month > 12 and day <= 12:  # unambiguous the other way round
            day, month = month, day
        yield DateSpan(s, e, raw, day, month, int(c) if len(c) == 4 else 2000 + int(c))
    elif m.group("iso"):
        yield DateSpan(s, e, raw, int(m.group("id")), int(m.group("im")), int(m.group("iy")))


def _padded_date(m: re.Match[str], whole_text: bool) -> bool:
    """``04.06.24`` alone in a cell (day and month in two digits) is a date; beside words it may be a
    minute number (``18.03.05 Village Green``, year.month.item), so it is not."""
    return whole_text and len(m.group("a")) == 2 and len(m.group("b")) == 2


def _borrow_range_years(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """``29 Mar - 12 April 21``: a year-less start of a range takes the end's year."""
    out = list(spans)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if cur.year is None and nxt.year is not None and _RANGE_GAP.match(text[cur.end:nxt.start]):
            year = nxt.year - 1 if cur.month > nxt.month else nxt.year
            out[i] = replace(cur, year=year)
    return out


# --------------------------------------------------------------------------- resolving


def municipal_year(text: str) -> int | None:
    """The first year of a municipal year printed in ``text`` (``2018 – 2019``, ``2018/19``), or None."""
    for m in _MUNICIPAL.finditer(text):
        start, end = int(m.group(1)), m.group(2)
        end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if end_year == start + 1:
            return start
    return None


def year_in_municipal_year(start: int, month: int) -> int:
    """Council years run May to April: May–December in the first year, January–April in the second."""
    return start if month >= 5 else start + 1


def nearest_year(month: int, day: int, ref: date) -> int:
    """The reference's year, unless that puts ``day month`` far off while the next or previous
    year puts it within a quarter (``13 December`` in a January paper is last December)."""
    gaps: dict[int, int] = {}
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gaps[year] = abs((date(year, month, day) - ref).days)
        except ValueError:
            continue
    same = gaps.get(ref.year)
    if same is not None and same <= 183:
        return ref.year
    near = [y for y, g in gaps.items() if y != ref.year and g <= 92]
    return near[0] if near else ref.year


def span_to_date(span: DateSpan, default_year: int | None, reference: date | None = None,
                 municipal: int | None = None) -> date | None:
    """The date of a span: its printed year, else the municipal year, else ``default_year``,
    else the year nearest to ``reference``; None when no year can be had or the date is impossible."""
    year = span.year
    if year is None:
        if municipal is not None:
            year = year_in_municipal_year(municipal, span.month)
        elif default_year is not None:
            year = default_year
        elif reference:
            year = nearest_year(span.month, span.day, reference)
    if year is None or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return None
    try:
        return date(year, span.month, span.day)
    except ValueError:
        return None


def parse_date(text: str, context: DateContext | None = None, *, default_year: int | None = None) -> date | None:
    """The first explicit date in ``text``, or None.

    A range (``06/13 FEB 2019``) gives its first day. A date without a year
    takes ``default_year``, else the year that puts it nearest the context's
    meeting (or reference) date.
    """
    context = context or DateContext()
    reference = context.meeting_date or context.reference_date
    for span in text_to_spans(text, context):
        found = span_to_date(span, default_year, reference)
        if found:
            return found
    return None


def parse_time(text: str) -> time | None:
    """The first clock time in ``text`` (hours and minutes, 24 h), or None."""
    for m in _TIME.finditer(text):
        hour, minute, half = int(m.group(1)), m.group(2), re.sub(r"[.\s]", "", (m.group(3) or "").lower())
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
        return time(hour, int(minute or 0))
    return None


# --------------------------------------------------------------------------- day order

_NUMERIC_ONLY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
_DAY_MONTH_WORD = re.compile(r"(?<![\d/])\d{1,2}" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?:19|20)\d\d", re.I)
_MONTH_DAY_WORD = re.compile(_MONTH + r"\s+\d{1,2}" + _ORD + r",\s*(?:19|20)\d\d", re.I)


def _document_texts(doc: Document, limit: int | None = None) -> Iterator[str]:
    """Every line and table cell text, in reading order (the first ``limit`` blocks' worth)."""
    for n, block in enumerate(doc.blocks()):
        if limit is not None and n >= limit:
            return
        if isinstance(block, Line):
            yield block.text
        else:
            for row in block.rows:
                for cell in row:
                    if cell.text:
                        yield cell.text


def document_to_day_first(doc: Document) -> bool:
    """Day-first (UK, Ireland) unless the document's own dates or places say month-first (US).

    Evidence, in order of weight: numeric dates whose first or second number
    exceeds 12, month-word phrases (``18 April 2023`` vs ``April 18, 2023``),
    and the names of US states.
    """
    score = 0
    places = _month_first_places()
    place_hits = 0
    for text in _document_texts(doc):
        if _DIGIT.search(text):
            for m in _NUMERIC_ONLY.finditer(text):
                a, b = int(m.group(1)), int(m.group(2))
                score += 3 if a > 12 >= b else -3 if b > 12 >= a else 0
            score += len(_DAY_MONTH_WORD.findall(text)) - len(_MONTH_DAY_WORD.findall(text))
        if place_hits < 5 and places.search(text):
            place_hits += 1
    score -= 2 * place_hits
    return score >= 0


@cache
def _month_first_places() -> re.Pattern[str]:
    # Case-sensitive: "Maine" and "Washington" as printed names, not words.
    return re.compile(r"(?<![\w])" + alternation(lookup("month_first_places")) + r"(?![\w])")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class _Found:
    day: date
    kind: DateKind
    text: str
    evidence: Evidence


_KIND_RANK = {DateKind.meeting: 0, DateKind.publication: 1, DateKind.deadline: 2, DateKind.other: 3}


def _label_pattern(key: str, tail: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup(key)) + tail, re.I)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(key: str) -> re.Pattern[str]:
    if key not in _PATTERNS:
        if key == "deadline_words":
            # "by 10am on Monday 17 September 2018", "no later than 5pm, 3 May"
            tail = (r"[\s:,]*(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon)|noon|midday|midnight)"
                    r"[\s,]*(?:on\s+)?)?(?:the\s+)?\W*$")
        else:
            tail = r"\W*(?:on\s+)?$"
        _PATTERNS[key] = _label_pattern(key, tail)
    return _PATTERNS[key]


def prefix_to_kind(prefix: str) -> DateKind:
    """The kind the words just before a date give it: ``published`` → publication,
    ``must be received by 5pm on`` → deadline, anything else → other."""
    tail = prefix[-80:]
    if _pattern("publication_labels").search(tail):
        return DateKind.publication
    if _pattern("deadline_words").search(tail):
        return DateKind.deadline
    return DateKind.other


_PERIOD_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till)\s*$", re.I)
_PAIR_GAP = re.compile(r"^\s*(?:and|&)\s*$", re.I)
# "1 - 15 December", "3rd to 7th June": one match holding both ends of a range.
_RANGE_IN_SPAN = re.compile(r"^\D*\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|\bto\b)\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?[a-z]",
                            re.I)


def spans_to_period_flags(text: str, spans: list[DateSpan]) -> list[bool]:
    """For each span, whether it bounds a period or range rather than naming a day of its own:
    ``for the period 1 March – 30 June 2024``, ``between 1 and 15 December``, ``from 3 May``."""
    period = _pattern("period_words")
    flags: list[bool] = []
    for i, span in enumerate(spans):
        prev = spans[i - 1] if i else None
        gap_before = text[prev.end:span.start] if prev and prev.end <= span.start else None
        flag = (bool(period.search(text[:span.start][-80:]))
                or bool(_RANGE_IN_SPAN.search(span.text))
                or (prev is not None and prev.start == span.start and bool(flags[-1]))
                or (gap_before is not None and bool(_PERIOD_GAP.match(gap_before)))
                or (gap_before is not None and bool(_PAIR_GAP.match(gap_before)) and bool(flags[-1])))
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and nxt.start >= span.end and _PERIOD_GAP.match(text[span.end:nxt.start]):
            flag = True
        flags.append(flag)
    return flags


def _kind(prefix: str, day: date, meeting_date: date | None) -> DateKind:
    if meeting_date and day == meeting_date:
        return DateKind.meeting
    return prefix_to_kind(prefix)


def _line_evidence(line: Line) -> Evidence:
    if line.bbox is not None:
        return Evidence(page=line.page, bbox=line.bbox.as_tuple())
    lines = (line.source_line, line.source_line) if line.source_line else None
    return Evidence(page=line.page, lines=lines)


def _cell_evidence(table: Table, row_index: int, cell_bbox: BBox | None) -> Evidence:
    if cell_bbox is not None:
        return Evidence(page=table.page, bbox=cell_bbox.as_tuple())
    if table.source_lines:
        first, last = table.source_lines
        n = min(first + row_index, last)
        return Evidence(page=table.page, lines=(n, n))
    return Evidence(page=table.page)


#: How many words either side of a line break are read together for a date that wraps (``Tues 12th`` /
#: ``June 2018``).
WRAP_WORDS = 4


def _texts_with_evidence(doc: Document) -> Iterator[tuple[str, Evidence | None, Table | None, Line | None, int]]:
    """Each line and table cell with a digit, and where a line wraps onto the next one of its paragraph,
    the words either side of the break (the last value: where the break is, 0 for a whole text; only dates
    that cross it are read there)."""
    prev: Line | None = None
    for block in doc.blocks():
        if isinstance(block, Line):
            if _DIGIT.search(block.text):
                yield block.text, None, None, block, 0
            if prev is not None and prev.page == block.page and _wraps_onto(prev, block):
                tail = " ".join(prev.text.split()[-WRAP_WORDS:])
                head = " ".join(block.text.split()[:WRAP_WORDS])
                joined = f"{tail} {head}"
                if _DIGIT.search(joined):
                    yield joined, None, None, block, len(tail)
            prev = block
        else:
            prev = None
            for i, row in enumerate(block.rows):
                for cell in row:
                    if _DIGIT.search(cell.text):
                        yield cell.text, _cell_evidence(block, i, cell.bbox), block, None, 0


def _wraps_onto(prev: Line, line: Line) -> bool:
    """Whether ``line`` carries on ``prev``'s paragraph of prose: no gap, same style, not a new list entry, and
    both lines run to a few words (a column of figures flattened to lines, ``17`` over ``Apr-24``, is no prose)."""
    if line.bullet or line.heading is not None or prev.heading is not None or line.kind != "body" or prev.kind != "body":
        return False
    if len(prev.text.split()) < WRAP_WORDS or len(line.text.split()) < 2:
        return False
    return line.gap <= (WRAP_GAP if line.bbox is not None else 0)


def _front_meeting_date(doc: Document, context: DateContext) -> date | None:
    """The date after a ``Date:`` label near the front, for when no meeting record is known."""
    label = _pattern("date_labels")
    for text in _document_texts(doc, limit=80):
        spans = text_to_spans(text, context)
        for span, in_period in zip(spans, spans_to_period_flags(text, spans), strict=True):
            prefix = text[:span.start]
            # "Closing date: 14 June", "Date of publication: 5 June": a label, but not the meeting's.
            if label.search(prefix) and not in_period and prefix_to_kind(prefix) is DateKind.other:
                return span_to_date(span, context.year)
    return None


def document_to_dates(doc: Document, context: DateContext, record: CouncilDocument,
                      table_years: dict[int, int] | None = None) -> list[DateMention]:
    """Every explicit calendar date in the lines and table cells, once per date.

    A year-less date takes the municipal year of the table it sits in (``table_years``: ``id(table)``
    → first year, from the joined table's title; :func:`.programme.document_to_table_years`), else
    the year nearest the meeting date. Kinds:
    ``meeting`` (the document's own meeting date), ``publication`` (after a
    publication label), ``deadline`` (``by 10am on Monday 17 September``),
    else ``other``.
    """
    meeting_date = (record.meeting.date if record.meeting else None) or context.meeting_date \
        or _front_meeting_date(doc, context)
    reference = meeting_date or context.reference_date
    table_years = table_years or {}
    found: dict[date, _Found] = {}
    for text, evidence, table, line, wrap in _texts_with_evidence(doc):
        municipal = table_years.get(id(table)) if table is not None else None
        for span in text_to_spans(text, context):
            if wrap and not span.start < wrap < span.end:
                continue  # the words either side of a line break: only a date broken by it is new
            day = span_to_date(span, None, reference, municipal)
            if not day:
                continue
            kind = _kind(text[:span.start], day, meeting_date)
            if evidence is None and line is not None:
                evidence = _line_evidence(line)
            prior = found.get(day)
            if prior is None or _KIND_RANK[kind] < _KIND_RANK[prior.kind]:
                found[day] = _Found(day, kind, span.text, evidence or Evidence())
    return [DateMention(date=f.day, kind=f.kind, text=f.text, evidence=f.evidence) for f in found.values()]
