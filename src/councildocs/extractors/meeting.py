"""The meeting a document was written for: body, date, start time, venue, members.

Read from the front sheet when there is one (``Date:``, ``Time:``, ``Venue:``
labels, or the first lines that hold a body name and a date), else from the
first report (``REPORT for meeting to be held on…``, ``Report to Cabinet``,
a ``Date of meeting:`` row), else from the title block of the first set of
minutes (``A regular meeting of the X Council was held on…``, ``The meeting
closed at 8.30pm``), read here so this module never imports the minutes
extractor.

The body is chosen among every name the title block offers, by how surely it
names the body that meets: a name a sentence or label states (``A meeting of
the County Council will be held``, ``To: All Members of …``, a roster's
heading) before a title line, a committee before its council (``CABINET``
under ``KENT COUNTY COUNCIL``), a council before the authority's legal name
(``City of Sunnyvale``), and a bare ``Committee`` last. A title block printed
in columns (``CITY COUNCIL AGENDA AND NOTICE   PLAZA & COUNCIL CHAMBERS``) is
read cell by cell.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time
from functools import cache

from ..document import Line, Table
from ..layout import Para, evidence_for, paras_to_blocks
from ..records import DateKind, Evidence, Meeting
from ..segment import Part, ends_with_present, opens_attendance
from ..textpatterns import (
    CLAUSE,
    CLOCK_TAIL,
    MEETING_END,
    MEETING_START,
    MONTH,
    TO_BE_HELD,
    WEEKDAY,
    labelled,
    numbered_heading,
    prefixed,
)
from ..vocab import alternation, lookup, phrase_pattern
from .attendees import blocks_to_paragraphs
from .dates import (
    DateContext,
    DateSpan,
    parse_date,
    parse_time,
    prefix_to_kind,
    spans_to_period_flags,
    text_to_spans,
)
from .items import parse_heading
from .members import paras_to_members, paras_to_roster

#: How many paragraphs at the top of a front sheet or report may hold the meeting's details.
HEAD_PARAS = 25
#: A body name is a short line.
MAX_BODY_WORDS = 14
#: A title-block line holding the meeting's date is short ("WEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM");
#: a longer one counts only when it calls the meeting ("You are hereby summoned…", "…will be held on…").
DATE_LINE_WORDS = 12
#: How far before a date a start time may stand ("held at 7.30pm on Monday 15 January").
TIME_BEFORE_CHARS = 40
#: A line under the last column of a title line continues it when its edges lie within that column's (points).
COLUMN_SLACK = 6.0
#: ... and it starts within this many line heights below.
COLUMN_WRAP_GAP = 0.6

#: How surely a candidate names the body that meets (higher wins; the first of equals wins).
RANK_STATED = 6  # a sentence, label, address or roster states it: "A meeting of the Cabinet was held"
RANK_TITLE = 5  # a title line: "CABINET", "Licensing Sub-Committee"
RANK_STATED_COUNCIL = 4  # stated, but only the council: "A meeting of the County Council will be held"
RANK_TITLE_COUNCIL = 3  # "KENT COUNTY COUNCIL" over the committee's name
RANK_AUTHORITY = 2  # the authority's legal name: "The Corporation of the Township of Nipissing"
RANK_GENERIC = 1  # a body word alone: "Committee"

_REPORT_LEAD = re.compile(r"^\s*(?:report\s+(?:to|for)|decision\s+(?:determined|taken|made)\s+(?:at|by))\s*:?\s+(?:the\s+)?",
                          re.I)
#: ``Authority: Government Code…``: a label and its value, not a title.
_LABEL = re.compile(r"^\s*[\w/&]+(?:\s+[\w/&]+){0,2}\s*:\s")
_WEEKDAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_TRAILING = re.compile(
    r"\s*(?:\s(?:item(?:\s+no\.?)?\s*\d*|(?:meeting\s+)?(?:to\s+be\s+)?held\b.*|(?:meeting\s+)?on\b.*)"
    r"|[-–,]?\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4}.*"
    # the US order: "BOARD OF TRUSTEES March 4, 2024"
    r"|[-–,]?\s+(?:\w+day,?\s+)?" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+\d{4}.*"
    # a month alone: "Wretton Parish Council Meeting January 2020", "Stoke Ferry Parish Council - February"
    r"|\s+[-–,]?\s*(?:meeting\s+)?(?:january|february|march|april|june|july|august|september|october|november"
    r"|december)(?:\s+\d{4})?)$", re.I)


def _kinds() -> str:
    """Words for a kind of meeting (``Special Meeting``, ``Full Council``), from ``meeting_kinds``."""
    return alternation(lookup("meeting_kinds"))


@cache
def _minutes_of() -> re.Pattern[str]:
    """``Draft Minutes of the Special Meeting of the …``: the lead before a minuted body's name."""
    return re.compile(r"^.{0,60}?\b(?:draft\s+|unconfirmed\s+|confirmed\s+|printed\s+)?minutes\s+(?:of|for)\s+"
                      r"(?:(?:the\s+)?proceedings\s+(?:at|of)\s+)?(?:the\s+|an?\s+)?(?:" + _kinds() + r"\s+)?"
                      r"(?:meeting\s+of\s+(?:the\s+)?)?(?:above\s+)?", re.I)


@cache
def _meeting_tail() -> re.Pattern[str]:
    """``Town Council Meeting``, ``City Council Meeting Notice``, ``City Council Regular Session Agenda``: the body,
    without the word for its meeting."""
    sessions = alternation(lookup("session_kinds"))
    return re.compile(r"\s+(?:(?:" + _kinds() + r"\s+)?meetings?|" + sessions + r"\s+sessions?)"
                      r"(?:\s+(?:notice|agenda|papers?|summons|minutes)\b.*)?(?:\s*\([^)]*\))?$", re.I)


@cache
def _kind_before_body() -> re.Pattern[str]:
    """``Regular Council``: a kind of meeting before the body's name (not ``Full Council`` or ``Public Board``,
    which are names: ``named_kinds``)."""
    named = set(lookup("named_kinds"))
    kinds = alternation(k for k in lookup("meeting_kinds") if k not in named)
    return re.compile(r"(?:^|(?<=\s))" + kinds + r"\s+(?=" + alternation(lookup("kind_nouns")) + r"(?![\w]))", re.I)


@cache
def _meeting_lead() -> re.Pattern[str]:
    """``Regular Meeting of the City Council``: the meeting named before the body."""
    return re.compile(r"^(?:an?\s+|the\s+)?(?:" + _kinds() + r"\s+)?meeting\s+of\s+(?:the\s+)?(?=\S)", re.I)


#: ``… Council was`` / ``… will be``: the verb of the sentence that named the body.
_VERB_TAIL = re.compile(r"\s+(?:was|were|is|will\s+be)$", re.I)
#: ``To: All Members of the Planning Committee``: the addressees are the body.
_ADDRESSEES = re.compile(r"^\s*to\s*:?\s*(?:all\s+)?(?:the\s+)?(?:members|councillors)\s+(?:of\s+)?(?:the\s+)?(?P<body>\S.*)$",
                         re.I)
#: ``… a meeting of the Trimdon Parish Council at …``: the body named inside a summons sentence.
_MEETING_OF = re.compile(r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][^.;:]*?)"
                         r"(?=\s+(?i:(?:(?:which|that)\s+)?(?:is\s+|will\s+|was\s+|were\s+)?(?:to\s+)?(?:be\s+)?"
                         r"(?:held|at|on|in|will|to|commencing|starting|convened|took|met)\b)|[,.;:]|$)")
#: A line that is only a start time: ``6:00 PM``, ``Starting at 7.30pm``, ``19:30 hrs``.
_TIME_ONLY = re.compile(r"^\s*(?:(?:start(?:ing|s)?|commencing|begins?|time)\s*(?:at\s*)?[:\-]?\s*|at\s+)?"
                        r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours)?\.?\s*$", re.I)
#: A start time right after the date: ``at 7.00pm``, ``@ 7.30pm``, ``, commencing at 19:30 hrs``.
_TIME_LEAD = re.compile(r"[\s,;–-]*(?:(?:at|@|from|commencing(?:\s+at)?|starting(?:\s+at)?|start(?:s)?(?:\s+at)?)\s*)?"
                        r"\d{1,2}(?:[:.]\d{2})?" + CLOCK_TAIL + r"\.?", re.I)
#: Where a place ends inside a sentence: a full stop, a time, a start word, a date word.
_VENUE_END = re.compile(r"\.(?:\s|$)|\s+(?:at|@|commencing|starting|from|on|to\s+(?:consider|transact|discuss)|for\s+the\s+purpose)\b"
                        r"|,?\s+and\s+(?:the\s+)?(?-i:[a-z])"  # "… Community Centre, and livestreamed to …": a new clause
                        r"|\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m)|[;(]|$|\s*\*"
                        r"|\s+(?:draft\s+|unconfirmed\s+)?minutes\b"  # "… Village Hall DRAFT MINUTES SUBJECT TO …"
                        # "HELD AT THE CHURCH MONDAY 13th MAY 2015": the date that follows the place
                        r"|,?\s+(?:" + WEEKDAY + r"\b|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"\b)", re.I)
#: ``in the Council Chamber``, ``held in person at the Township of …``: ``at`` or ``in`` before a capital or a
#: street number (not a time: ``at 7.30pm``).
_AT_PLACE = re.compile(r"(?:^|(?<=\s))(?i:at|in)\s+(?=(?i:the\s+)?[A-Z0-9])"
                         r"(?!\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.?m|p\.?m|hrs|hours|o.?clock)\b)")
#: ``Council meetings will be held …``: a sentence about where the body meets.
_MEETINGS_HELD = re.compile(r"\bmeetings?\s+(?:will|are|is|shall)\s+(?:be\s+)?held\b", re.I)
#: ``1. Apologies``, ``2) Minutes``: an agenda item, where the business (and the title block's end) begins.
_ITEM_NUMBER = re.compile(r"^\s*(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[.)]\s", re.I)
#: ``Meeting Closed 21:00pm``, ``Meeting closed: 9.05 pm``: the closing time without an ``at``.
_CLOSED = re.compile(r"\bmeeting\s+(?:closed|ended|finished)\s*[:\-–]?\s*(?P<time>\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hrs)?)",
                     re.I)
#: How a sentence or a title line ends.
_ENDS = (".", "!", "?", ":", ";")
#: A gap of three or more spaces (or a tab) parts the columns of a title line printed as text.
_COLUMN_GAP = re.compile(r"\s{3,}|\t")


@cache
def _title_lead() -> re.Pattern[str]:
    """``Agenda for the meeting of``, ``Notice of``: words before a body name in a title."""
    return re.compile(r"^\s*" + alternation(lookup("body_title_leads")) + r"\s+", re.I)


@cache
def _summons() -> re.Pattern[str]:
    """A sentence that calls the meeting (``You are hereby summoned…``, ``…will be held on…``)."""
    return phrase_pattern("meeting_summons")


@cache
def _paper_lead() -> re.Pattern[str]:
    """``Summons to and Agenda for the``: words for the paper before a body's name."""
    paper = alternation(lookup("paper_words"))
    return re.compile(r"^\s*(?:(?:and\s+|&\s+)?" + paper + r"(?:\s+(?:to|for|of))?\s+)+(?:the\s+|an?\s+)?", re.I)


@cache
def _paper_tail() -> re.Pattern[str]:
    """``CITY COUNCIL AGENDA AND NOTICE``: words for the paper after a body's name."""
    paper = alternation(lookup("paper_words"))
    return re.compile(r"\s+" + paper + r"(?:\s+(?:and|&)\s+" + paper + r")*\s*$", re.I)


@cache
def _authority_name_pattern() -> re.Pattern[str]:
    """``The Corporation of the Township of Nipissing``, ``City of Sunnyvale``: a municipality's legal name."""
    return re.compile(r"^\s*" + alternation(lookup("authority_names")) + r"\s+(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,4}\s*$",
                      re.I)


def authority_name(text: str) -> bool:
    """Whether ``text`` is a municipality's legal name (``The Corporation of the Township of Nipissing``)."""
    return _authority_name_pattern().match(text) is not None


@cache
def _generic_body() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:the\s+)?" + alternation(lookup("generic_body_words")) + r"\s*$", re.I)


def body_name(text: str) -> str | None:
    """The committee / board / panel a short title line names, or None.

    A name starts with a capital (``2017/18 budget for the … Committee,`` is a fragment of prose) and is
    not a numbered agenda item.
    """
    text = text.strip().strip("*#").strip()
    if not text or len(text.split()) > MAX_BODY_WORDS * 2 or text.endswith(","):
        return None
    if (_LABEL.match(text) and not _REPORT_LEAD.match(text)) or numbered_heading(text):
        return None
    text = _minutes_of().sub("", text) if _minutes_of().match(text) else _REPORT_LEAD.sub("", text)
    text = _title_lead().sub("", text)
    text = _paper_lead().sub("", text)
    text = _TRAILING.sub("", text).strip(" ,.:;-–")
    text = _meeting_tail().sub("", _VERB_TAIL.sub("", _meeting_lead().sub("", text))).strip(" ,.:;-–")
    text = _kind_before_body().sub("", text)  # "REGULAR COUNCIL": the kind of meeting, not part of the name
    text = _paper_tail().sub("", text).strip(" ,.:;-–")
    # "members of the Public and all Members of the Council": the body is what the members belong to.
    text = re.sub(r"^.*\bmembers\s+of\s+(?:the\s+)?", "", text, flags=re.I)
    if _summons().search(text):
        return None  # "… Council You are summoned to a meeting": a sentence, not a name
    if not text or len(text.split()) > MAX_BODY_WORDS or not re.sub(r"^the\s+", "", text, flags=re.I)[:1].isupper():
        return None
    if not phrase_pattern("body_words").search(text):
        return None
    if _sentence_words(text) >= SENTENCE_WORDS:
        return None  # "Committee Chair Tobiassen declared the motion PASSED unanimously": a sentence, not a name
    if phrase_pattern("not_body_phrases").search(text):
        return None  # "Chief Executive", "Cabinet Forward Plan", "Council Offices": a job, a paper, a place
    return text


#: A "name" with this many words in lower case that are neither small words nor body words is a sentence.
SENTENCE_WORDS = 2


@cache
def _function_words() -> frozenset[str]:
    return frozenset(lookup("english_function_words"))


def _sentence_words(text: str) -> int:
    small = _function_words()
    body = phrase_pattern("body_words")
    return sum(1 for w in text.split() if w[:1].islower() and w not in small and not body.fullmatch(w))


def name_rank(name: str, stated: bool) -> int:
    """How surely ``name`` names the body that meets (see the ``RANK_*`` constants)."""
    if _generic_body().match(name):
        return RANK_GENERIC
    if authority_name(name) and not phrase_pattern("body_words").search(name):
        return RANK_AUTHORITY
    if _is_council_only(name):
        return RANK_STATED_COUNCIL if stated else RANK_TITLE_COUNCIL
    return RANK_STATED if stated else RANK_TITLE


def _is_council_only(name: str) -> bool:
    """``Norwich City Council``: the authority, not the body that meets (a weaker candidate)."""
    return not re.search(r"(?<![\w])" + alternation(w for w in lookup("body_words") if w != "council")
                         + r"(?![\w])", name, re.I)


def _year_candidates(paras: list[Para]) -> list[int]:
    years = Counter(int(y) for p in paras for y in _YEAR.findall(p.text))
    return [y for y, _ in years.most_common()]


def resolve_date(text: str, context: DateContext, years: list[int]) -> date | None:
    """A date phrase to a date; a missing year is the document's own year that fits the printed weekday."""
    found = parse_date(text, context)
    if found is not None or not years:
        return found
    weekday = _WEEKDAY.search(text)
    for year in years:
        guess = parse_date(text, context, default_year=year)
        if guess is None:
            return None
        if weekday is None:
            return guess
        if _WEEKDAYS[guess.weekday()] == weekday.group(1).lower()[:3]:
            return guess
    # Weekday fits none of the years the document prints: look around them.
    for year in sorted({y + d for y in years[:3] for d in (-1, 1, -2, 2)}):
        guess = parse_date(text, context, default_year=year)
        if guess and weekday and _WEEKDAYS[guess.weekday()] == weekday.group(1).lower()[:3]:
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
        return minutes_to_meeting(minutes, context, years) if minutes else None
    # A front sheet's lines joined as attendance joins them, once: for its roster's heading and its members.
    roster_paras = blocks_to_paragraphs(paras_to_blocks(source.blocks)) if source.kind == "front_sheet" else []
    heading = paras_to_roster(roster_paras)[0]
    meeting = head_to_meeting(_head(source.blocks), context, years, stated=[heading] if heading else [])
    following = parts[parts.index(source) + 1] if parts.index(source) + 1 < len(parts) else None
    if meeting.date is None and source.kind == "front_sheet" and following is not None and following.kind == "agenda":
        # "REGULAR MEETING OF THE BOARD" / "AGENDA" / "Tuesday, September 10, 2024": the title block runs on
        # under the agenda's heading, up to its first item.
        above_items = []
        for block in following.blocks:
            if isinstance(block, Para) and (parse_heading(block, strict=False) or CLAUSE.match(block.text)):
                break  # the first item or lettered point: "(b) Special Meeting … held on 7 April" is business
            above_items.append(block)
        meeting = head_to_meeting(_head(source.blocks) + _head(above_items), context, years,
                                  stated=[heading] if heading else [])
        if not paras_to_members(roster_paras):
            # the members, too, may be printed under the agenda's heading ("RAFAEL MANDELMAN, PRESIDENT" / …)
            roster_paras = blocks_to_paragraphs(paras_to_blocks(source.blocks + _head(above_items)))
    if source.kind == "front_sheet":
        meeting.members = paras_to_members(roster_paras)
        # Where council meetings are held is often said once, under the business ("Council meetings will be
        # held in person at 2381 Highway 654, …").
        meeting.venue = meeting.venue or next(
            (v for p in source.paras if _MEETINGS_HELD.search(p.text) and (v := text_to_venue(p.text))), None)
    if meeting.body is None and meeting.date is None:
        return None
    return meeting


def title_to_meeting(title: str, meeting: Meeting | None, context: DateContext, *, minutes: bool) -> Meeting | None:
    """``meeting`` with what it lacks read from the page's own title (a Markdown page's front matter
    ``title:``): ``STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held
    on Wednesday 5th June 2019 at 7.00pm in Stoke Ferry Village Hall`` over a page whose text opens with its
    attendance. What the text itself says is kept."""
    from_title = head_to_meeting([Para([Line(text=" ".join(title.split()), page=1)])], context, [], minutes=minutes)
    if meeting is None:
        return from_title if from_title.body or from_title.date else None
    for name in ("body", "date", "start_time", "venue"):
        if getattr(meeting, name) is None:
            setattr(meeting, name, getattr(from_title, name))
    return meeting


def _head(blocks: list[Para | Table], *, minutes: bool = False) -> list[Para | Table]:
    """The title block: the first ``HEAD_PARAS`` blocks, up to the first item numbered ``1.`` or ``2)`` (a
    numbered address line, ``45 Beatty Street``, is title); in minutes, up to the first attendance heading
    or numbered item (a title ending ``… when there were present:`` is title itself)."""
    head: list[Para | Table] = []
    for block in blocks[:HEAD_PARAS]:
        if isinstance(block, Para):
            if minutes and ends_with_present(block.text):
                return [*head, block]
            if minutes and (opens_attendance(block) or numbered_heading(block.text)):
                break
            if _ITEM_NUMBER.match(block.text) and numbered_heading(block.text):
                break
        head.append(block)
    return head


def minutes_to_meeting(part: Part, context: DateContext, years: list[int]) -> Meeting:
    """The meeting a set of minutes records, from its title block, and when it closed
    (``The meeting closed at 8.30pm``)."""
    meeting = head_to_meeting(_head(part.blocks, minutes=True), context, years, minutes=True)
    meeting.start_time = meeting.start_time or paras_to_start_time(part.paras)
    meeting.end_time = paras_to_end_time(part.paras)
    return meeting


def paras_to_start_time(paras: list[Para]) -> time | None:
    """When the meeting opened, told in prose: the first ``Mayor Smith called the meeting to order at 7:00 p.m.``."""
    found = next((m for para in paras if (m := MEETING_START.search(para.text))), None)
    return parse_time(found.group("time")) if found else None


def paras_to_end_time(paras: list[Para]) -> time | None:
    """When the meeting closed: the first ``The meeting closed at 8.30pm`` / ``Meeting ended at 21:00``."""
    found = next((m for para in paras if (m := MEETING_END.search(para.text) or _CLOSED.search(para.text))), None)
    return parse_time(found.group("time")) if found else None


def _runs(line: Line) -> list[str]:
    """A title line's columns: the PDF's runs of words, else the text parted at wide gaps."""
    if len(line.runs) > 1:
        return [run[2] for run in line.runs]
    return [c for c in _COLUMN_GAP.split(line.text.strip()) if c]


def _continues_column(line: Line, below: Line) -> bool:
    """``below`` wraps the last column of ``line`` (``… 456 W. Olive`` / ``Ave., Sunnyvale, CA 94086``)."""
    if len(line.runs) < 2 or line.bbox is None or below.bbox is None or below.page != line.page:
        return False
    x0, x1 = line.runs[-1][0], line.runs[-1][1]
    height = max(line.bbox.bottom - line.bbox.top, 1.0)
    return (below.bbox.x0 >= x0 - COLUMN_SLACK and below.bbox.x1 <= x1 + COLUMN_SLACK
            and below.bbox.top - line.bbox.bottom <= COLUMN_WRAP_GAP * height)


def _title_like(para: Para) -> bool:
    """Lines joined as one paragraph that are a title block (each read alone too), not wrapped prose."""
    return 1 < len(para.lines) <= 8 and not any(
        ln.text.rstrip().endswith((".", ",", ";")) or ln.text.lstrip()[:1].islower() for ln in para.lines)


def _cells(blocks: list[Para | Table]) -> list[tuple[str, Para | Table, bool]]:
    """Texts to read, with where each came from and whether it is a column of a title line: a paragraph's
    text (or each column of a line printed in columns), the lines of a title block, and each two-cell row
    of a label / value table as ``label: value``."""
    out: list[tuple[str, Para | Table, bool]] = []
    skip: set[int] = set()
    for index, block in enumerate(blocks):
        if index in skip:
            continue
        if isinstance(block, Table):
            for row in block.rows:
                cells = [c.text for c in row if c.text]
                if len(cells) == 2:
                    out.append((f"{cells[0].rstrip(':')}: {cells[1]}", block, False))
            continue
        if not any(len(_runs(line)) > 1 for line in block.lines):
            out.append((block.text, block, False))
            if _title_like(block):
                out.extend((line.text, block, False) for line in block.lines)
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(after, Para) and _summons().search(block.text) and not block.text.rstrip().endswith(_ENDS):
                # A summons sentence that runs on into the next paragraph (text kept line by line, as OCR is).
                out.append((f"{block.text} {after.text}", block, False))
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        for line in block.lines:
            columns = _runs(line)
            if (line is block.lines[-1] and isinstance(after, Para) and len(after.lines) == 1
                    and _continues_column(line, after.first)):
                skip.add(index + 1)
                columns[-1] = f"{columns[-1]} {after.text.strip()}"
            out.extend((column, block, len(columns) > 1) for column in columns)
    return out


def line_to_date_span(text: str, context: DateContext, years: list[int], *,
                      own: bool = False) -> tuple[date, DateSpan] | None:
    """The meeting date a title-block line or a summons sentence states, with the span it stands in.

    A short line (``WEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM``) or a sentence that calls the meeting
    (``You are hereby summoned … on Monday 29th July 2019``) counts; a line about another meeting
    (``Minutes of the previous meeting held on…``) or a publication date does not. In a set of minutes
    (``own``) their own title (``Minutes of a meeting of the Cabinet held in … on …``) counts.
    """
    if prefixed("publication_labels").match(text):
        return None
    title = _minutes_of().match(text) if own else None
    lead = _summons().search(text) or TO_BE_HELD.search(text) or (_held().search(text) if own else None)
    words = len(text.split())
    if lead is None and words > 6 and numbered_heading(text):
        return None
    spans = meeting_spans(text, text_to_spans(text, context))
    if lead is None and words > DATE_LINE_WORDS:
        # a long line dates the meeting only in a set of minutes whose title opens it ("X Parish Council –
        # Ordinary Meeting Tuesday 2nd April 2019, 7.30pm … DRAFT MINUTES SUBJECT TO APPROVAL …")
        spans = [span for span in spans if own and len(text[:span.start].split()) <= DATE_LINE_WORDS]
    # "Minutes of the previous meeting held on …": a phrase naming another meeting before the date
    other = phrase_pattern("other_meeting_phrases")
    spans = [span for span in spans if not other.search(text, title.end() if title else 0, span.start)]
    after = [span for span in spans if lead is None or span.end > lead.start()]
    for span in after or spans:
        found = resolve_date(span.text, context, years)
        if found:
            return found, span
    return None


def meeting_spans(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The spans that may name a meeting's day: not a deadline (``must be received by 5pm on``),
    a publication date, or an end of a period or range (``for the period 1 March – 30 June``)."""
    return [span for span, in_period in zip(spans, spans_to_period_flags(text, spans), strict=True)
            if not in_period and prefix_to_kind(text[:span.start]) is DateKind.other]


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"\.(?:\s|$)").search(text, start)
    return m.start() if m else len(text)


def span_to_time(text: str, span: DateSpan) -> tuple[time | None, int]:
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
    # "… HELD IN THE" at a line's end: the article alone names no place; "determined at Transport Committee
    # meeting on …" names a meeting, not where it was.
    if not re.sub(r"^the\b", "", text, flags=re.I).strip() or re.search(r"\bmeetings?$", text, re.I):
        return None
    return text if len(text.split()) <= MAX_BODY_WORDS else None


def span_to_venue(text: str, span: DateSpan, after: int) -> str | None:
    """The place named beside a date: ``held in the Abbey Mill on …``, ``… at 7pm in the Village Hall``,
    ``… @ 7.30pm MILBURN VILLAGE HALL``."""
    before = text[max(0, span.start - 150):span.start]
    on = re.search(r"\s+on\s*(?:the\s+)?$", before, re.I)
    if on:
        # "PROCEEDINGS AT MEETING OF … HELD IN THE COUNCIL CHAMBER, … ON": the place is where it was held.
        held = list(re.finditer(r"\bheld\s+", before[:on.start()], re.I))
        place = _AT_PLACE.search(before[:on.start()], held[-1].end() if held else 0)
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


def time_line(text: str) -> bool:
    """A title-block line that only gives a time: ``6:00 PM``, ``Open Session: 6:00 p.m.``."""
    return bool(_TIME_ONLY.match(text) or session_time().match(text))


def venue_line(text: str) -> str | None:
    """An unlabelled short line that names a place (``THE EXECUTIVE MEETING ROOM, THE GUILDHALL``)."""
    if ":" in text or "@" in text or len(text.split()) > DATE_LINE_WORDS or text_to_spans(text):
        return None
    if not phrase_pattern("venue_words").search(text):
        return None
    # "Regular Meeting Council Chambers": the kind of meeting printed before its place.
    return _meeting_kind().sub("", text).strip()


@cache
def _held() -> re.Pattern[str]:
    """``was held``, ``convened``: a sentence saying the meeting took place."""
    return phrase_pattern("held_words")


@cache
def session_time() -> re.Pattern[str]:
    """A title-block line giving one session's time: ``Closed Session 5:00 p.m.``, ``Open Session: 6:00 PM``."""
    return re.compile(r"^\s*" + alternation(lookup("session_names")) + r"\s*[:\-–—,]?\s*(?:at\s+|[-–—]\s*)?"
                      r"(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours))\.?\s*$", re.I)


@cache
def _start_time() -> re.Pattern[str]:
    """``starting at 6:30 p.m.``, ``commencing at 7pm``: a start time in a minutes title or sentence."""
    return re.compile(r"(?<![\w])" + alternation(lookup("start_words"))
                      + r"\s*(?P<time>\d{1,2}(?:[:.]\d{2})?" + CLOCK_TAIL + r")", re.I)


def text_to_venue(text: str) -> str | None:
    """The place a sentence says the meeting is or was held in: ``… was held in person at the Township of
    Nipissing Community Centre, and livestreamed …``, ``Council meetings will be held at 2381 Highway 654``."""
    held = re.search(r"\bheld\b", text, re.I)
    if held is None:
        return None
    sentence = text[held.end():_sentence_end(text, held.end())]
    place = _AT_PLACE.search(sentence)
    if place is None:
        return None
    venue = _clip_venue(sentence[place.end():] + " ")
    return re.sub(r"^the\s+", "", venue, flags=re.I) if venue else None


_MINUTES_WORD = re.compile(r"\s(?:draft\s+|unconfirmed\s+|confirmed\s+)?minutes\b", re.I)


def text_to_body(text: str, *, minutes: bool = False) -> str | None:
    """The body a summons or an address names: ``a meeting of the X to be held``,
    ``To: All Members of the X``, ``Meeting: X``; in minutes, ``A regular meeting of the X was held``."""
    addressees = _ADDRESSEES.match(text)
    if addressees:
        return body_name(addressees.group("body"))
    label = labelled("body_labels").match(text)
    if label:
        return body_name(label.group("value"))
    lead = _summons().search(text)
    if lead is None and minutes and _held().search(text):
        # "A meeting of the X was held …", "Minutes of X Meeting held in …", "X Draft Minutes of the Ordinary
        # Meeting held on …": the title names it first
        m = _MEETING_OF.search(text)
        if m:
            return body_name(m.group("body"))
        before = _MINUTES_WORD.search(text)
        return (body_name(text[:before.start()]) if before and before.start() else None) or body_name(text)
    if lead is None:
        return None
    m = _MEETING_OF.search(text)
    if m and not re.match(r"(?:above|said|this|that)\b", m.group("body"), re.I):
        return body_name(m.group("body"))
    # "MILBURN PARISH COUNCIL MEETING TO BE HELD ON …": the body opens the sentence.
    head = text[:lead.start()]
    return body_name(head) if len(head.split()) <= MAX_BODY_WORDS else None


def head_to_meeting(blocks: list[Para | Table], context: DateContext, years: list[int], *,
                    minutes: bool = False, stated: list[str] | None = None) -> Meeting:
    """The meeting a front sheet's (or report's, or minutes') first blocks describe: labelled ``Date:`` /
    ``Time:`` / ``Venue:`` rows, else a short date line or a summons sentence (in ``minutes``, a sentence
    saying the meeting was held), and the body the title names most surely (``stated``: names stated
    elsewhere, such as a roster's heading)."""
    meeting = Meeting()
    names: list[tuple[int, int, str]] = [(-name_rank(n, True), 0, n) for n in stated or []]
    evidence: list[Para | Table] = []
    venue_after_date = False
    venue_cell: str | None = None  # a place printed as a column of the title block
    texts = _cells(blocks)
    if minutes and texts and isinstance(blocks[0], Para):
        # A minutes title wrapped over paragraphs of its own ("… MEETING OF LIMERICK CITY AND COUNTY" /
        # "COUNCIL HELD IN …"): read whole too, last, so a date line of its own comes first.
        texts.append((" ".join(t for t, origin, _ in texts if isinstance(origin, Para) and t == origin.text),
                      blocks[0], False))
    for text, origin, column in texts:
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
        if (session := session_time().match(text)) is not None:
            # "Closed Session 5:00 p.m." / "Open Session 6:00 p.m.": the first session's time is the start; the
            # place may follow these lines as it follows the date
            meeting.start_time = meeting.start_time or parse_time(session.group("time"))
            continue
        if venue_after_date and meeting.venue is None:
            meeting.venue = venue_line(text)
        venue_after_date = False
        if column and venue_cell is None:
            venue_cell = venue_line(text)
        summoned = _summons().search(text) is not None or (minutes and _held().search(text) is not None)
        found = line_to_date_span(text, context, years, own=minutes) if meeting.date is None or summoned else None
        if found and meeting.date not in (None, found[0]):
            found = None  # a summons for another date (a later meeting named in the notes)
        if found:
            if meeting.date is None:
                evidence.append(origin)
            meeting.date, span = found
            start_time, after = span_to_time(text, span)
            meeting.start_time = meeting.start_time or start_time
            meeting.venue = meeting.venue or span_to_venue(text, span, after)
            venue_after_date = meeting.venue is None
        if minutes and summoned:
            start = _start_time().search(text)
            meeting.start_time = meeting.start_time or (parse_time(start.group("time")) if start else None)
            meeting.venue = meeting.venue or text_to_venue(text)
        if not isinstance(origin, Para):
            continue
        name = text_to_body(text, minutes=minutes)
        stated_here = name is not None or (found is not None and not summoned)  # "X Council Meeting 21 February 2017"
        if name is None and not summoned:
            name = body_name(text)
        if name is None and authority_name(text):
            name = text.strip()
        if name:
            names.append((-name_rank(name, stated_here), len(names), name))
    meeting.venue = meeting.venue or venue_cell
    if names:
        meeting.body = _tidy_case(min(names)[2])
    elif minutes:
        meeting.body = _untitled_body(blocks)
    meeting.evidence = evidence_for(evidence[:1]) if evidence else Evidence()
    return meeting


def _untitled_body(blocks: list[Para | Table]) -> str | None:
    """A minutes title block whose first line names the body without a body word (``Amenities, Leisure and
    Community Services`` over its date and place): that line, when it is a short capitalised name."""
    for block in blocks:
        if not isinstance(block, Para):
            return None
        text = block.text.strip()
        if prefixed("minutes_headings").fullmatch(text) or not text:
            continue
        small = _function_words()
        words = text.split()
        if (len(words) > MAX_BODY_WORDS or text_to_spans(text) or venue_line(text) or re.search(r"\d", text)
                or text.endswith((".", ":")) or not all(w[:1].isupper() or not w[:1].isalpha() or w in small
                                                       for w in words)):
            return None
        return _tidy_case(text)
    return None


def _tidy_case(name: str) -> str:
    """``SCRUTINY COMMITTEE`` → ``Scrutiny committee``; mixed case is kept as printed."""
    return name[:1] + name[1:].lower() if name.isupper() else name
