"""Minutes: each set's meeting, attendees, numbered items and resolutions.

``part_to_minutes`` reads one minutes part found by the segmenter:

1. the title block above the first attendance heading gives the body, the
   date and the times (``16:30 to 18:10``; ``… at 10 am``; ``The meeting
   finished at 11.40 am`` anywhere below);
2. attendees come from :mod:`councildocs.extractors.attendees`;
3. item headings open items; a decision block (``RESOLVED``, ``AGREED`` …)
   runs on over its clauses and belongs to the item above it;
4. a moved and seconded motion (``Moved by Cllr A, seconded by Cllr B, that …
   Carried``) is a decision block too when it is carried, and none when it is
   lost, defeated, fell or was withdrawn (see ``_motion_at``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import cache

from ..document import Table
from ..layout import WRAP_GAP, Para, evidence_for, paras_to_blocks
from ..outline import Outline, OutlineNode
from ..records import MinuteItem, Minutes, MinutesMeeting, RecordedVote, Resolution, VoteCast, Votes
from ..segment import Part
from ..textpatterns import (
    CLAUSE,
    MONTH,
    TIME_RANGE,
    WEEKDAY,
    decision,
    decision_in_sentence,
    decision_lead,
    labelled,
    motion,
    motion_moved_first,
    motion_verdict,
    prefixed,
)
from ..vocab import alternation, lookup, phrase_pattern
from .attendees import blocks_to_attendees
from .dates import DateContext, parse_date, parse_time
from .items import agenda_wording
from .meeting import (
    authority_name,
    body_name,
    name_rank,
    paras_to_end_time,
    paras_to_start_time,
    time_line,
    venue_line,
)
from .people import starts_with_name

_ON_DATE = re.compile(r"\s+(?:on|at)\s+(?:\w+day\b|\d).*$", re.I)


def parts_to_minutes(parts: list[Part], context: DateContext) -> list[Minutes]:
    """Every set of minutes in the document, in order."""
    return [part_to_minutes(part, context) for part in parts if part.kind == "minutes"]


def part_to_minutes(part: Part, context: DateContext) -> Minutes:
    """One set of minutes: the meeting from its title block, its attendees, and its items read from the
    part's outline (the one ``councildocs inspect`` prints)."""
    blocks = part.blocks
    title = [b for b in blocks[:part.title_end()] if isinstance(b, Para)]
    meeting = title_to_meeting(title, part, context)
    return Minutes(
        meeting=meeting,
        attendees=blocks_to_attendees(paras_to_blocks(blocks), meeting.body),
        items=outline_to_items(part.outline()),
        evidence=evidence_for(blocks[:1]),
    )


@cache
def _draft_stamp() -> re.Pattern[str]:
    """``DRAFT`` / ``Unconfirmed`` printed before a minutes title (``draft_stamps``), not part of it."""
    return re.compile(r"^\s*" + alternation(lookup("draft_stamps")) + r"\b[\s:.-]*(?=\S)", re.I)


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
        elif meeting.start_time is None and (parse_date(text, context) or prefixed("minutes_headings").match(text)
                                             or _TIME_WORDS.search(text)):
            meeting.start_time = parse_time(text)
        label = labelled("venue_labels").match(text)
        if label and meeting.venue is None:
            meeting.venue = label.group("value").strip()
        name = body_name(_draft_stamp().sub("", text)) or (text.strip() if authority_name(text) else None)
        if name and (meeting.body is None or name_rank(name, False) > name_rank(meeting.body, False)):
            meeting.body = name  # "Policy & Resources Committee" under "Brighton & Hove City Council"
    joined = " ".join(p.text.strip() for p in title)
    if meeting.venue is None:
        meeting.venue = next((v for t in [joined] + [p.text for p in title] if (v := title_to_venue(t))), None)
    if meeting.venue is None:
        # A place on a line of its own under the date line ("The Memorial Hall, Pensford"), or under the lines
        # of time after it ("Closed Session 5:00 p.m." / "Open Session 6:00 p.m.").
        dated = [i for i, p in enumerate(title) if parse_date(p.text, context)]
        after = dated[0] + 1 if dated else len(title)
        while after < len(title) and time_line(title[after].text):
            after += 1
        below = title[after:after + 1]
        meeting.venue = next((v for p in below if (v := venue_line(p.text))), None)
    if meeting.start_time is None:
        meeting.start_time = parse_time(joined)
    meeting.start_time = meeting.start_time or paras_to_start_time(part.paras)
    meeting.end_time = meeting.end_time or paras_to_end_time(part.paras)
    return meeting


#: A title line read for a start time though it holds no date: ``At the Village Hall 7.30pm``, ``commencing at 19:00``.
_TIME_WORDS = re.compile(r"(?:^\s*(?:at|in)\s|\b(?:commencing|starting|beginning|opened|started|commenced)\b)", re.I)
_MONTHS = MONTH + r"\b"
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs\b|hours\b)|\d{1,2}[.:]\d{2}(?!\d)"
#: Where a venue phrase starts: after ``held at`` / ``held in``, or ``at the`` / ``in the``, or ``At`` opening a
#: line, or ``at`` / ``in`` right after the meeting's clock time (``at 7.00pm in Tintern Village Hall``).
_VENUE_LEAD = re.compile(r"(?:\bheld\s+(?:at|in)\s+|(?:^|(?<=\s))(?:at|in)\s+(?=the\s)|(?:^|(?<=\s))(?-i:At|In)\s+"
                         r"|(?:" + _CLOCK + r")\s+(?:at|in)\s+(?-i:(?=[A-Z])))", re.I)
#: Where it stops: a date or time, a clause about the meeting, a sentence end, the attendance list of the next line.
_VENUE_END = re.compile(r"\s*(?:,?\s+(?:on|at|from)\s+(?:\w+day\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"|" + _CLOCK + r")"
                        r"|,?\s+(?:commencing|starting|beginning|which|when|where|to\s+consider)\b|,?\s*(?:" + _CLOCK
                        + r")|[.;](?:\s|$)|\s+[-–—]\s|\s+(?-i:Councillors?|Cllrs?|Present)\b(?!['’])|$"
                        r"|,?\s+(?:" + WEEKDAY + r"\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"))",
                        re.I)
#: What follows ``at`` / ``in`` without being a place: a time, a date, or words of procedure.
_NOT_VENUE = re.compile(r"^(?:\d|" + WEEKDAY + r"\b|accordance\b|person\b|public\b|private\b"
                        r"|attendance\b|the\s+(?:meeting|chair|absence)\b|least\b|which\b)", re.I)
_HELD_WORD = re.compile(r"\bheld\b", re.I)  # "At the Council Meeting held remotely": the meeting, not a place
_HELD_OTHER = re.compile(r"\bheld\s+(?:virtually|remotely|online|on-line|via|by)\b.*$", re.I)


def title_to_venue(text: str) -> str | None:
    """Where the meeting was held, from its title: ``… held at 7.00pm on Monday 4 March 2019 at the Parish
    Council Chamber, Mill Lane, Ashby`` → ``Parish Council Chamber, Mill Lane, Ashby``; a virtual
    meeting keeps its own words (``held virtually via Microsoft Teams``)."""
    for m in _VENUE_LEAD.finditer(text):
        rest = re.sub(r"^the\s+", "", text[m.end():], flags=re.I)
        if _NOT_VENUE.match(rest):
            continue
        venue = rest[:_VENUE_END.search(rest).start()].strip(" ,.:;")  # type: ignore[union-attr]
        if venue and venue[:1].isupper() and len(venue.split()) <= 20 and not _HELD_WORD.search(venue):
            return venue
    other = _HELD_OTHER.search(text)
    if other:
        return _ON_DATE.sub("", other.group(0).split(",")[0]).strip(" ,.") or None
    return None


def outline_to_items(outline: Outline) -> list[MinuteItem]:
    """Numbered items (the items of a minutes part's outline) and their resolutions."""
    paras, item_at = _split_run_in(outline.blocks, _item_nodes(outline.nodes, outline.blocks))
    items = _paras_to_items(paras, item_at, narrative=False)
    if not any(item.resolutions for item in items):
        # Minutes that mark no decision formally record them as "Members agreed to …": those are the decisions.
        items = _paras_to_items(paras, item_at, narrative=True)
    return items


def _split_run_in(paras: list[Para | Table], item_at: dict[int, OutlineNode]) -> tuple[list[Para | Table],
                                                                                       dict[int, OutlineNode]]:
    """The paragraphs with each run-in item's text after its title (``2728. Approval of minutes: Approved
    and signed as correct.``) split off as the item's first paragraph, so that every decision rule reads it;
    and the item nodes at their new places. A number line that names the movers keeps its text (its motion
    is read by :func:`_moved_item_motion`)."""
    out: list[Para | Table] = []
    moved: dict[int, OutlineNode] = {}
    for i, block in enumerate(paras):
        node = item_at.get(i)
        if node is not None:
            moved[len(out)] = node
        out.append(block)
        if node is not None and isinstance(block, Para) and _movers(node.heading.title) is None:
            body = _body_after(block, node.heading.title)
            if body is not None:
                out.append(body)
    return out, moved


def _body_after(block: Para, title: str) -> Para | None:
    """The lines of ``block`` after ``title`` ends, the line it ends on cut to what follows it; None when
    nothing does."""
    pos = block.text.find(title) if title else -1
    if pos < 0:
        return None
    end = pos + len(title)
    at = 0
    for k, line in enumerate(block.lines):
        if end <= at + len(line.text):
            rest = line.text[end - at:].lstrip(" :;.-–—")
            lines = ([replace(line, text=rest)] if rest else []) + block.lines[k + 1:]
            return Para(lines=lines) if lines else None
        at += len(line.text) + 1  # the joining space
    return None


def _item_nodes(nodes: list[OutlineNode], paras: list[Para | Table]) -> dict[int, OutlineNode]:
    """The outline's items by block, without lettered lists of prose: when a list's first point is prose
    (:func:`_prose_letter`), the points after it in that list are prose too."""
    prose: dict[int, str] = {}  # level -> number family of an open lettered list read as prose
    out = {}
    for node in nodes:
        for level in [lv for lv in prose if lv > node.level]:
            del prose[level]  # a shallower heading closes the lists below it
        family = node.number.family
        if family in _LETTERED_FAMILIES and node.number.is_first:
            prose.pop(node.level, None)
            if _prose_letter(node, paras):
                prose[node.level] = family
        if node.is_item and prose.get(node.level) != family:
            out[node.block] = node
    return out


#: A title that runs into prose after a colon: ``How many dogs were destroyed: as of 1 February …``.
_RUNS_INTO_PROSE = re.compile(r":\s+[a-z]")


def _prose_letter(node: OutlineNode, paras: list[Para | Table]) -> bool:
    """A lettered or roman point printed plain that is worded as prose (``(a) Circulated, copy of Statutory
    Notice dated …``) or completes the sentence above it (``… copies of the Minutes of the following
    Meetings:`` / ``(a) Ordinary Meeting …``): a paragraph of its item, not a sub-item. Minutes title their
    sub-items like agenda entries (``(a) Executive Report``) or print them in bold."""
    para = paras[node.block]
    if node.number.family not in _LETTERED_FAMILIES or not isinstance(para, Para) or para.bold or para.heading:
        return False
    above = paras[node.block - 1] if node.block else None
    title = node.heading.title
    return (not agenda_wording(title) or bool(_RUNS_INTO_PROSE.search(title))
            or (isinstance(above, Para) and above.text.rstrip().endswith(":")))


#: Number families of lettered and roman points (``(a)``, ``A.``, ``(iv)``, ``IV.``).
_LETTERED_FAMILIES = frozenset({"a", "A", "i", "I"})


def _paras_to_items(paras: list[Para | Table], item_at: dict[int, OutlineNode], *,
                    narrative: bool) -> list[MinuteItem]:
    """The items at the outline's item nodes and the decisions below each; ``narrative``: whether a verb of
    debate in lower case (``The Members agreed to …``) opens a decision."""
    items: list[MinuteItem] = []
    i = 0
    body_from = 0  # where the last item's own paragraphs start
    while i < len(paras):
        block = paras[i]
        if isinstance(block, Table):
            form = table_to_form_item(block)
            if form is not None:
                items.append(form)
                body_from = i + 1
            elif items:
                items[-1].resolutions.extend(_table_decisions(block, narrative=narrative))
            i += 1
            continue
        node = item_at.get(i)
        if node is not None:
            item = _node_to_item(node, block)
            items.append(item)
            lead = _after_movers(block.text, node.heading.title) if item.moved_by else ""
            i += 1
            body_from = i
            if lead:  # "R2021-106 L. Moore, J. Scott: That the minutes … be adopted. Carried."
                resolutions, used = _moved_item_motion(paras, i, item_at, lead=(lead, block))
                _file(item, _with_movers(resolutions, item))
                i += used
            continue
        resolutions, used = _result_block_at(paras, i, item_at, paras[body_from:i], items[-1]) if items else ([], 0)
        if not used:
            resolutions, used = _decision_at(paras, i, item_at, items[-1] if items else None, narrative=narrative)
        if used:
            if items and resolutions:
                _file(items[-1], resolutions)
            i += used
            continue
        if items and not (items[-1].resolutions or items[-1].motions) and isinstance(block, Para):
            _file(items[-1], _verdict_under(paras[body_from:i], block))
        i += 1
    return items


@cache
def _result_line() -> re.Pattern[str]:
    """``RESULT: ADOPTED [UNANIMOUS]``, ``RESULT: APPROVED [3 TO 1]``: a result block's first line (group ``said``:
    the verdict, ``count``: what the square brackets hold)."""
    return re.compile(r"^\s*(?:" + alternation(lookup("result_labels")) + r")\s*:\s*(?P<said>[^\[\]]+?)\s*"
                      r"(?:\[\s*(?P<count>[^\[\]]*?)\s*\])?\s*$", re.I)


@cache
def _result_person() -> re.Pattern[str]:
    """``MOVER: Ann Cho, Councilmember``, ``SECONDER: Dan Diaz``: who moved or seconded, in a result block."""
    return re.compile(r"^\s*(?:(?P<moved>" + alternation(lookup("result_movers")) + r")|(?P<seconded>"
                      + alternation(lookup("result_seconders")) + r"))\s*:\s*(?P<name>[^,;]+?)\s*(?:[,;].*)?$", re.I)


@cache
def _result_wording() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + alternation(lookup("result_wording_leads")) + r")(?![\w-])", re.I)


@cache
def _result_other() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + alternation(lookup("result_other_labels")) + r")\s*:", re.I)


@cache
def _result_outcomes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((outcome, re.compile(r"^\s*" + alternation(words) + r"(?![\w-])", re.I))
                 for outcome, words in lookup("result_outcomes").items())


def _result_outcome(said: str) -> str | None:
    """The outcome a result line says (``ADOPTED``, ``FAILED``, ``CONTINUED``), or None for another line."""
    return next((outcome for outcome, pattern in _result_outcomes() if pattern.match(said)), None)


#: How many lines a result block may take after its first (mover, seconder, each way of voting, absent).
RESULT_LINES = 8


def _result_block_at(paras: list[Para | Table], i: int, item_at: Container[int], above: list[Para | Table],
                     item: MinuteItem) -> tuple[list[Resolution], int]:
    """A decision printed as a result block under its matter (``RESULT: ADOPTED [UNANIMOUS]`` / ``MOVER: …`` /
    ``SECONDER: …`` / ``AYES: …``): the paragraph above it is the wording, or the item's title when the item
    prints nothing else. ``([], 0)`` when ``paras[i]`` opens no result block."""
    para = paras[i]
    result = _result_line().match(para.text) if isinstance(para, Para) else None
    outcome = _result_outcome(result.group("said")) if result is not None else None
    if result is None or outcome is None:
        return [], 0
    roll, movers, used = _Roll(), {}, [para]
    j = i + 1
    while j < len(paras) and j not in item_at and isinstance(paras[j], Para) and len(used) <= RESULT_LINES:
        text = paras[j].text  # type: ignore[union-attr]
        person = _result_person().match(text)
        if person is not None:
            movers.setdefault("moved" if person.group("moved") else "seconded", person.group("name"))
        elif not (roll.read(text) or _result_other().match(text)):
            break
        used.append(paras[j])  # type: ignore[arg-type]
        j += 1
    wording = next((p for p in reversed(above) if isinstance(p, Para) and p.text.strip()), None)
    if wording is None or (lead := _result_wording().match(wording.text)) is None:
        wording, text = None, item.title  # debate, speakers or attachments above: the item's title was decided
    else:  # "Motion to approve …" → "approve …", as a moved motion's wording reads; "That …" as printed
        text = (wording.text[lead.end():] if " " in lead.group(0).strip() else wording.text).strip()
    resolution = Resolution(text=text,
                            moved_by=movers.get("moved"), seconded_by=movers.get("seconded"), outcome=outcome,
                            votes=roll.votes(_tally(result.group("count") or "")),
                            evidence=evidence_for([wording, *used] if wording is not None else used))
    return [resolution], len(used)


def _after_title(text: str, title: str) -> str:
    """What a number line prints after the item's title: ``Approval of minutes: Approved and signed as
    correct.`` → ``Approved and signed as correct.``"""
    at = text.find(title) if title else -1
    return text[at + len(title):].lstrip(" :;.-–—") if at >= 0 else ""


@cache
def _signing() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + alternation(lookup("signing_tails")) + r")(?=\s*[.!]?\s*$)", re.I)


def _said_alone(text: str) -> tuple[str, str] | None:
    """A verdict that is all a paragraph says (``– all approved.``, ``Approved and signed as correct.``,
    ``Carried``): the verdict as printed and its outcome; None for anything else."""
    text = text.strip().lstrip("-–—•·* ").strip()
    if not text:
        return None
    plain = _signing().sub("", text).strip()
    m = motion_verdict().match(plain)
    if m is None or plain[m.end():].strip():
        return None
    if m.start("lost" if m.group("lost") else "carried") > 0:
        return None  # "On being put to the vote the amendment FELL": a verdict on a motion, not on the item
    return text, _verdict_of(m)


def _verdict_under(body: list[Para | Table], para: Para) -> list[Resolution]:
    """The decision a verdict printed alone under an item records: the matter printed above it in the item
    (the list of payments ``– all approved.`` closes), or, with nothing above it, the verdict itself
    (``Approved and signed as correct.``). A verdict after more than ``MOVED_ITEM_PARAS`` paragraphs of
    debate does not say what it decided, so it gives nothing."""
    said = _said_alone(para.text)
    if said is None or len(body) > MOVED_ITEM_PARAS or any(not isinstance(b, Para) for b in body):
        return []
    text = " ".join(b.text.strip() for b in body if isinstance(b, Para)) or said[0]
    return [Resolution(text=_trim(text), outcome=said[1], evidence=evidence_for([*body, para]))]


def _file(item: MinuteItem, found: list[Resolution]) -> None:
    """Put what was found under an item where it belongs: a decision (carried, or a decision block with no
    vote) among its resolutions, a lost, withdrawn or fallen motion or an amendment among its motions."""
    decided = False
    for resolution in found:
        resolution.text = _without_vote_request(resolution.text)
        _movers_after(resolution)
        _votes_after(resolution)
        if resolution.amendment or resolution.outcome not in (None, "carried"):
            item.motions.append(resolution)
        else:
            item.resolutions.append(resolution)
            decided = True
    if decided:
        _merge_restated(item)


@cache
def _vote_request() -> re.Pattern[str]:
    """A last sentence asking for a recorded vote: ``A recorded vote was requested by Councillor Sand.``,
    ``A division was called for, voting on which was as follows:``."""
    lead = r"(?:(?:recorded|roll[- ]?call|named)\s+vote|division)"
    ask = alternation(lookup("vote_request_words"))
    return re.compile(r"(?:(?<=[.;])|^)\s*[^.;]*(?:" + lead + r"[^.;]*?\b" + ask + r"|" + ask + r"\s+(?:a\s+|the\s+)?" + lead
                      + r")(?![\w])[^.;]*[.;]?\s*$", re.I)


@cache
def _trailing_movers() -> re.Pattern[str]:
    """Movers printed after the decision they moved, to the end of its text: ``… for 2024/25. Proposed Cllr
    Moss, seconded Cllr Owen, carried unanimously.``, ``… (proposed Cllr A, seconded Cllr B)``."""
    return re.compile(r"(?:(?<=[.;])\s*|\s*\(\s*)(?:" + alternation(lookup("motion_movers")) + r")(?:\s+by)?\s+"
                      r"(?P<a>[^,;.()]{2,40}?)\s*(?:,\s*|\s+)(?:and\s+)?(?:" + alternation(lookup("motion_seconders"))
                      + r")(?:\s+by)?\s+(?P<b>[^,;.()]{2,40}?)\s*(?:[,.;]\s*(?P<verdict>[^.;()]{0,40}?))?\s*\)?\s*[.;]?\s*$",
                      re.I)


def _movers_after(resolution: Resolution) -> None:
    """Take the movers printed after a decision out of its text and onto the resolution."""
    m = _trailing_movers().search(resolution.text)
    if m is None or m.start() == 0 or not (_person(m.group("a")) and _person(m.group("b"))):
        return
    verdict = motion_verdict().match(m.group("verdict") or "")
    if m.group("verdict") and verdict is None:
        return  # more than a verdict after the movers: not a line of movers
    resolution.text = resolution.text[:m.start()].strip()
    resolution.moved_by = resolution.moved_by or _person(m.group("a"))
    resolution.seconded_by = resolution.seconded_by or _person(m.group("b"))
    if verdict is not None and resolution.outcome is None:
        resolution.outcome = _verdict_of(verdict)


#: What a sentence of counts holds besides its words for, against and abstaining: numbers and separators.
_COUNT_FILL = re.compile(r"[\d\s,;:.()\-–—]+")


@cache
def _vote_words() -> re.Pattern[str]:
    words = [w for k in ("vote_for_words", "vote_against_words", "vote_abstain_words") for w in lookup(k)]
    return re.compile(r"(?<![\w])(?:" + alternation(words) + r")(?![\w])", re.I)


def _votes_after(resolution: Resolution) -> None:
    """Counts printed after a decision, to the end of its text (``… a precept of £5,139. For 4, Against 1,
    Abstain 1.``, ``… to this (4 in support, 1 against, 1 abstention).``): onto the resolution as its votes."""
    text = resolution.text.rstrip()
    m = _CLOSING_BRACKET.search(text)
    cut = m.start() if m else _last_sentence_start(text)
    tail = text[cut:]
    counts = _tally(tail) if cut > 0 else None
    if counts is None or (counts.for_ is None and counts.against is None):
        return
    if _COUNT_FILL.fullmatch(_vote_words().sub(" ", tail)):  # nothing but the counts
        resolution.text = text[:cut].rstrip()
        resolution.votes = resolution.votes or counts


def _without_vote_request(text: str) -> str:
    cut = _vote_request().search(text)
    return text[:cut.start()].strip() if cut and cut.start() > 0 else text


def _node_to_item(node: OutlineNode, block: Para) -> MinuteItem:
    """A minute item from its outline node; a title that only names the mover and seconder
    (``R2023-093 D. Yemm, S. Kirkey:``) is no title: they are the item's ``moved_by`` and ``seconded_by``."""
    heading = node.heading
    movers = _movers(heading.title)
    item = MinuteItem(number=heading.printed, title="" if movers else heading.title, exempt=heading.exempt,
                      evidence=block.evidence)
    if movers:
        item.moved_by, item.seconded_by = movers
    return item


def _with_movers(resolutions: list[Resolution], item: MinuteItem) -> list[Resolution]:
    """The motions of an item whose number line names its mover and seconder, with those names."""
    for resolution in resolutions:
        resolution.moved_by, resolution.seconded_by = item.moved_by, item.seconded_by
    return resolutions


@cache
def _form_label(key: str) -> re.Pattern[str]:
    # "Subject:", "Decision taken That …": a colon or the value straight after the label
    return re.compile(r"^\s*" + alternation(lookup(key)) + r"(?:\s*[:?\-–]\s*|\s+|$)", re.I)


#: ``Annual Business Report (agenda item 7)``: the agenda item a decision form is for.
_AGENDA_REF = re.compile(r"\s*\((?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>[\w./]{1,8})\)\s*$", re.I)


def _labelled_row(row: list[str], key: str) -> str | None:
    """The value of a form row whose label (in any cell, after a ``(a)`` row letter) is one of ``key``'s
    words: the rest of that cell, else the next non-empty cell; None when no cell carries the label."""
    for n, cell in enumerate(row):
        m = _form_label(key).match(cell)
        if m:
            value = cell[m.end():].strip() or next((c for c in row[n + 1:] if c.strip()), "")
            return value.strip()
    return None


def table_to_form_item(table: Table) -> MinuteItem | None:
    """One decision form of a decision notice (a table with a subject row and a decision row) as a minute
    item: numbered by the agenda item it names, titled by its subject, its decision the resolution."""
    subject = decision = None
    for row in table.rows:
        cells = [" ".join(c.text.split()) for c in row]
        if subject is None:
            subject = _labelled_row(cells, "form_subject_labels")
        if decision is None:
            decision = _labelled_row(cells, "form_decision_labels")
    if not subject or not decision:
        return None
    ref = _AGENDA_REF.search(subject)
    number = ref.group("n") if ref else ""
    title = subject[:ref.start()].strip() if ref else subject
    body = decision[decision_lead().match(decision).end():].strip() or decision  # type: ignore[union-attr]
    evidence = evidence_for([table])
    return MinuteItem(number=number, title=title, resolutions=[Resolution(text=body, evidence=evidence)],
                      evidence=evidence)


def _table_decisions(table: Table, *, narrative: bool) -> list[Resolution]:
    """Decisions minuted in table cells (a grants table whose last column reads ``Approved. Committee
    resolved to fund from the social inclusion budget.``): a cell whose sentence opens with a decision."""
    out = []
    for row in table.rows:
        for cell in row:
            text = " ".join(cell.text.split())
            while (m := _opens_decision(text, narrative=narrative)) is not None:
                rest = text[m.end():]
                if rest.lstrip().startswith("."):  # "Approved." is the verdict; a decision may follow it
                    text = rest.lstrip()[1:].lstrip()
                    continue
                body = rest[decision_lead().match(rest).end():].strip()  # type: ignore[union-attr]
                if body:
                    out.append(Resolution(text=body, evidence=evidence_for([table])))
                break
    return out


def _after_movers(text: str, title: str) -> str:
    """What the number line prints after its movers' names and colon: the motion itself, when it starts there."""
    at = text.find(title.rstrip(":"))
    colon = text.find(":", at + len(title.rstrip(":"))) if at >= 0 else -1
    return text[colon + 1:].strip() if colon >= 0 else ""


def _movers(title: str) -> tuple[str, str] | None:
    """``D. Yemm, S. Kirkey`` → (mover, seconder): two short names and nothing else."""
    names = [n.strip() for n in title.rstrip(":").split(",")]
    if len(names) != 2 or not all(n and len(n.split()) <= MAX_NAME_WORDS and starts_with_name(n) for n in names):
        return None
    if not all(_INITIALLED.match(n) for n in names):
        return None
    return names[0], names[1]


#: A name printed with initials before the surname: ``D. Yemm``, ``J.P. Smith``, ``Cllr A Jones``.
_INITIALLED = re.compile(r"^(?:\w+\.?\s+)?(?:[A-Z]\.?\s?){1,3}\s*[A-Z][\w'’-]+$")


def _decision_at(paras: list[Para | Table], i: int, item_at: dict[int, OutlineNode],
                 item: MinuteItem | None, *, narrative: bool = True) -> tuple[list[Resolution], int]:
    """The decisions that start at ``paras[i]`` and how many blocks they span: moved and seconded motions,
    decision blocks (``RESOLVED …``), or the motion of an item whose number line names its movers."""
    columns, used = _column_decisions_at(paras, i, item_at)
    if used:
        return columns, used
    motions, used = _motion_at(paras, i, item_at)
    if used:
        if not motions:  # "Moved: Cllr A  Seconded: Cllr B" read as a motion worded "Cllr B": labels, then it
            labelled, n = _labelled_motion_at(paras, i, item_at, narrative=narrative)
            if n:
                return labelled, n
        return motions, used
    amendment, used = _amendment_at(paras, i, item_at)
    if used:
        return amendment, used
    resolution, used = _resolution_at(paras, i, item_at, narrative=narrative)
    if resolution is not None:
        return [resolution], used
    labelled, used = _labelled_motion_at(paras, i, item_at, narrative=narrative)
    if used:
        return labelled, used
    if item is not None and item.moved_by and not item.resolutions:
        resolutions, used = _moved_item_motion(paras, i, item_at)
        return _with_movers(resolutions, item), used
    para = paras[i]
    if isinstance(para, Para) and _THAT.match(para.text):
        # "That the budget be adopted." then "Motion Passed (8 to 1)": a motion put without its movers
        return _moved_item_motion(paras, i, item_at, limit=2)
    if isinstance(para, Para) and (said := _said_in_prose(para.text, para)):
        return said, 1
    return _passive_at(paras, i, item_at)


#: How many list lines a passive decision ending with a colon may take (``The following payments were
#: approved:`` and the payments).
PASSIVE_LIST_LINES = 20


@cache
def _passive_decision() -> re.Pattern[str]:
    """``The minutes of the meeting held on 10th April were approved and signed by the Chairman.``,
    ``The following payments were approved:``: a paragraph that opens with its matter decided, in the
    passive, and nothing after the verdict but the signing or ``unanimously`` (so that "The budget was
    approved by Cabinet in March" is no decision of this meeting)."""
    # The subject is a noun phrase: no comma ("Following the debate, the Chairman put the motion … and it was
    # agreed" is a verdict on a motion) and no pronoun before the verb.
    return re.compile(r"^\s*(?P<text>(?-i:[A-Z])(?:(?!\b(?:was|were|has|have)\b)[^.;!?:,]){0,300}?(?<![\w])(?<!\bit\s)(?<!\bthis\s)(?<!\bwhich\s)"
                      r"(?<!\bthat\s)(?:was|were|have\s+been|has\s+been)\s+(?:duly\s+|"
                      r"unanimously\s+|all\s+)?(?:" + alternation(lookup("passive_decision_verbs")) + r")(?![\w-])"
                      r"(?:\s+(?:" + alternation([*lookup("signing_tails"), *lookup("passive_decision_tails")]) + r"))*)"
                      r"\s*(?P<end>[.!:]|$)", re.I)


def _passive_at(paras: list[Para | Table], i: int, item_at: Container[int]) -> tuple[list[Resolution], int]:
    """A decision told in the passive at the start of ``paras[i]``; with a colon, the list below it."""
    para = paras[i]
    opening = _strip_number(para.text) if isinstance(para, Para) else ""
    m = _passive_decision().match(opening)
    if m is None:
        return [], 0
    used: list[Para] = [para]  # type: ignore[list-item]
    text = m.group("text").strip() + m.group("end").replace(":", "")
    if m.group("end") == ":" and not opening[m.end():].strip():
        items: list[str] = []
        j = i + 1
        while (j < len(paras) and j not in item_at and isinstance(paras[j], Para) and len(items) < PASSIVE_LIST_LINES
               and not CLAUSE.match(paras[j].text) and not _opens_decision(paras[j].text)):  # type: ignore[union-attr]
            items.append(paras[j].text.strip())  # type: ignore[union-attr]
            used.append(paras[j])  # type: ignore[arg-type]
            j += 1
        text = m.group("text").strip() + ": " + "; ".join(items) if items else text
    return [Resolution(text=text, outcome="carried", evidence=evidence_for(used))], len(used)


#: Lines of a paragraph that must each end with a decision before it is read as a two-column list of them.
COLUMN_DECISIONS = 2


@cache
def _column_decision() -> re.Pattern[str]:
    """``Financial Regulations   Councillors resolved to sign``: the thing decided on the left of the line,
    the decision on the right, its verb last."""
    return re.compile(r"^(?P<thing>\S.*?)\s+" + alternation(lookup("decision_subjects")) + r"\s+(?:"
                      + alternation(lookup("decision_words")) + r")\s+to\s+(?P<verb>[\w-]+)\s*$", re.I)


def _column_decisions_at(paras: list[Para | Table], i: int, item_at: Container[int]) -> tuple[list[Resolution], int]:
    """One decision per line of a two-column list (``Complaints Policy   Councillors resolved to sign``
    → ``sign Complaints Policy``) starting at ``paras[i]``, and how many paragraphs it spans; nothing when
    fewer than ``COLUMN_DECISIONS`` lines in a row read so."""
    out: list[Resolution] = []
    j = i
    while j < len(paras) and (j == i or j not in item_at) and isinstance(para := paras[j], Para):
        found = [_column_decision().match(line.text.strip()) for line in para.lines]
        if not all(found):
            break
        out += [Resolution(text=f"{m.group('verb')} {m.group('thing').strip()}", evidence=evidence_for([line]))
                for m, line in zip(found, para.lines, strict=True) if m is not None]
        j += 1
    return (out, j - i) if len(out) >= COLUMN_DECISIONS else ([], 0)


#: A motion's wording opening a paragraph: ``That the …``, ``“That, …``.
_THAT = re.compile(r"^\s*[*_]*\s*[“\"]?\s*[*_]*(?-i:That|THAT)\b")


@cache
def _label_line() -> re.Pattern[str]:
    """A mover or seconder on a line of their own: ``Moved: Councillor Smith``, ``Proposed by Councillor
    Sheahan;``, ``Seconded by Councillor Collins (M):`` (the colon leading into ``And Resolved:``)."""
    return re.compile(r"^\s*(?:(?P<moved>" + alternation(lookup("motion_movers")) + r")|(?P<seconded>"
                      + alternation(lookup("motion_seconders")) + r"))(?:\s+by)?\s*[:\-–]?\s*(?P<name>[^;:]{2,80}?)"
                      r"\s*[;.,:]?\s*$", re.I)


@cache
def _resolution_label() -> re.Pattern[str]:
    """``RESOLUTION 2024/57``, ``Motion No. 12``: a resolution's number on a line of its own."""
    return re.compile(r"^\s*(?:" + alternation(lookup("resolution_labels")) + r")\.?\s*(?:#\s*)?[\w./-]*\d[\w./-]*\s*:?\s*$",
                      re.I)


@cache
def _both_labels() -> re.Pattern[str]:
    """``Moved: Councillor A    Seconded: Councillor B``: mover and seconder labelled on one line."""
    return re.compile(r"^\s*(?:" + alternation(lookup("motion_movers")) + r")(?:\s+by)?\s*[:\-–]?\s*(?P<a>[^;:/]{2,80}?)[\s;,./]+(?:"
                      + alternation(lookup("motion_seconders")) + r")(?:\s+by)?\s*[:\-–]?\s*(?P<b>[^;:]{2,80}?)\s*[;.,:]?\s*$", re.I)


#: ``Councillor Smith/Councillor Jones``: mover and seconder on a line of their own.
_PAIR = re.compile(r"^\s*(?P<a>[^/\n]{2,60}?)\s*/\s*(?P<b>[^/\n]{2,60}?)\s*:?\s*$")
#: How many lines of labels (number, mover, seconder) may stand above a motion.
LABEL_LINES = 4


def _label_movers(text: str, *, pairs: bool = True, strict: bool = False) -> dict[str, str] | None:
    """The mover and seconder a line of labels names, or None when it is not one: ``Moved: Councillor A``,
    ``Moved: Councillor A    Seconded: Councillor B``, ``Moved Cr A / Seconded Cr B``, ``Moved: Cr A/Cr B``,
    and (``pairs``) ``Councillor A/Councillor B``. ``strict``: each name must be all its part holds."""
    name_of = _only_person if strict else _person
    if (both := _both_labels().match(text)) and (a := _only_person(both.group("a"))) \
            and (b := _only_person(both.group("b"))):
        return {"moved": a, "seconded": b}
    if (both_label := _both_label().match(text)) and (inner := _PAIR.match(both_label.group("names"))) \
            and (a := _only_person(inner.group("a"))) and (b := _only_person(inner.group("b"))):
        return {"moved": a, "seconded": b}  # "Motion/Second: Cho/Diaz"
    label = _label_line().match(text)
    if label is not None and label.group("moved") and (inner := _PAIR.match(label.group("name"))) \
            and (a := _only_person(inner.group("a"))) and (b := _only_person(inner.group("b"))):
        return {"moved": a, "seconded": b}  # "Moved: Cr A/Cr B": mover and seconder under one label
    if label is not None and (name := name_of(label.group("name"))):
        return {"moved" if label.group("moved") else "seconded": name}
    if pairs and (pair := _PAIR.match(text)) and (a := name_of(pair.group("a"))) and (b := name_of(pair.group("b"))):
        return {"moved": a, "seconded": b}
    return None


def _mover_seconder_labels() -> str:
    """One label for mover and seconder (``mover_seconder_labels``: ``Motion/Second``, ``M/S``), its slash
    spaced or not."""
    return "|".join(re.escape(w).replace("/", r"\s*/\s*") for w in lookup("mover_seconder_labels"))


@cache
def _both_label() -> re.Pattern[str]:
    """``Motion/Second: Cho/Diaz``: one label for mover and seconder (``mover_seconder_labels``), then both."""
    labels = _mover_seconder_labels()
    return re.compile(r"^\s*(?:" + labels + r")\s*:\s*(?P<names>\S.*?)\s*[.;]?\s*$", re.I)


def _add_movers(movers: dict[str, str], found: dict[str, str]) -> None:
    """A line naming both replaces what was named; a line naming one adds it where none is named yet."""
    if len(found) == 2:
        movers.update(found)
    for key, name in found.items():
        movers.setdefault(key, name)


#: A line of movers under a motion is at most this many words (``(Moved Cr A/Seconded Cr B) CARRIED 5/2``).
MOVERS_LINE_WORDS = 16


def _movers_line(text: str) -> tuple[dict[str, str], str] | None:
    """The movers a line under a motion's wording names, and the verdict after them on the line ("" when
    none): ``Moved: Cr A``, ``Cr A/Cr B CARRIED``, ``Moved Cr A, Seconded Cr B. CARRIED``,
    ``(Moved Cr A/Seconded Cr B) CARRIED``; None for any other line."""
    words = text.split()
    if len(words) > MOVERS_LINE_WORDS:
        return None
    for k in range(1, len(words) + 1):  # the shortest run of names whose rest is a verdict, or the whole line
        rest = " ".join(words[k:])
        verdict = _verdict_opening(rest) if rest else None
        if rest and (verdict is None or rest[verdict.end():].strip()):
            continue
        head = " ".join(words[:k]).strip().removeprefix("(").removesuffix(")").strip(" .;,")
        if (found := _label_movers(head, strict=True)) is not None:
            return found, rest
    return None


def _take_movers(text: str, movers: dict[str, str]) -> str:
    """``text`` after the movers a line under a motion names (added to ``movers``): the verdict printed after
    them, or "" when the line names only them; ``text`` itself for any other line."""
    named = _movers_line(text)
    if named is None:
        return text
    _add_movers(movers, named[0])
    return named[1]


def _labelled_motion_at(paras: list[Para | Table], i: int, item_at: Container[int], *,
                        narrative: bool) -> tuple[list[Resolution], int]:
    """A motion whose number, mover and seconder stand on lines of their own above it (``RESOLUTION 2024/57``
    / ``Moved: Cllr A`` / ``Seconded: Cllr B`` / ``That … CARRIED``; ``Cllr A/Cllr B``; ``Proposed by Cllr A;``
    / ``Seconded by Cllr B;`` / ``And Resolved: …``): the decision below, with the mover and seconder."""
    movers: dict[str, str] = {}
    j = i
    while j < len(paras) and j not in item_at and j - i < LABEL_LINES and isinstance(paras[j], Para):
        text = paras[j].text  # type: ignore[union-attr]
        if j == i and _resolution_label().match(text):
            pass
        elif j == i and (numbered := _numbered_movers().match(text)) is not None \
                and (mover := _person(numbered.group("mover"))):
            # "Motion: 494-2011 Moved by A Seconded by B", "Motion 228/2024 Moved by Councillor H, "THAT …""
            movers = {"moved": mover}
            if numbered.group("seconder") and (seconder := _person(numbered.group("seconder"))):
                movers["seconded"] = seconder
            if numbered.group("wording"):
                resolutions, used = _moved_item_motion(paras, i + 1, item_at, lead=(numbered.group("wording"), paras[i]))
                if not resolutions:
                    return [], 0
                for r in resolutions:
                    r.moved_by, r.seconded_by = movers.get("moved"), movers.get("seconded")
                return resolutions, 1 + used
        elif (found := _label_movers(text, pairs=not movers)) is not None:
            _add_movers(movers, found)
        else:
            break
        j += 1
    if not movers or j >= len(paras) or j in item_at:
        return [], 0
    resolution, used = _resolution_at(paras, j, item_at, narrative=narrative)
    resolutions = [resolution] if resolution is not None else []
    if resolution is None:
        resolutions, used = _moved_item_motion(paras, j, item_at)
    if not used:
        return [], 0
    for r in resolutions:
        r.moved_by, r.seconded_by = movers.get("moved"), movers.get("seconded")
    return resolutions, j - i + used


@cache
def _numbered_movers() -> re.Pattern[str]:
    """A motion's number and its movers on one line, the wording after them or on the lines below:
    ``Motion:  494-2011  Moved by Neil Warwick  Seconded by Jason Breckenridge``, ``Motion 228/2024 Moved
    by Councillor Hansen, "THAT the agenda be amended."`` (Alberta motions need no seconder)."""
    name = r"[^,;:\"“]{2,60}?"
    return re.compile(r"^\s*(?:" + alternation(lookup("resolution_labels")) + r")\.?\s*:?\s*#?\s*[\w./-]*\d[\w./-]*\s*[:\-–]?\s*"
                      r"(?:" + alternation(lookup("motion_movers")) + r")(?:\s+by)?\s*:?\s*(?P<mover>" + name + r")"
                      r"(?:\s*[,;]?\s+(?:" + alternation(lookup("motion_seconders")) + r")(?:\s+by)?\s*:?\s*(?P<seconder>"
                      + name + r"))?\s*(?:[,;:]\s*(?P<wording>[\"“]?that\b.*)|[.,;:]?\s*$)", re.I | re.S)


@cache
def _prose_motion() -> re.Pattern[str]:
    """``The budget was approved after a motion by X and second by Y``: the decision, its mover and seconder."""
    return re.compile(r"(?:^|(?<=[.;!?]\s))(?P<text>[A-Z][^.;!?]{0,300}?\b(?:was|were)\s+(?:"
                      + alternation(lookup("prose_motion_verbs")) + r"))\s+(?:" + alternation(lookup("prose_motion_links"))
                      + r")\s+(?P<mover>[^.;]{2,60}?)\s+(?:" + alternation(lookup("prose_motion_seconds"))
                      + r")\s+(?P<seconder>[^.;]{2,60}?)\s*(?:[.;]|$)", re.I)


@cache
def _unanimous_ending() -> re.Pattern[str]:
    """``The minutes were all approved.``: a sentence whose decision is the vote at its end."""
    return re.compile(r"(?:^|(?<=[.;!?]\s))(?P<text>[A-Z][^.;!?]{0,300}?\b(?:" + alternation(lookup("unanimous_endings"))
                      + r"))\s*(?:[.!;]|$)", re.I)


@cache
def _appointment() -> re.Pattern[str]:
    """``Cllr Cobb was proposed and all Cllrs were in agreement with this``: a person put forward for a post
    and accepted, in one sentence (group ``who`` is the person)."""
    return re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=:\s))(?P<text>(?P<who>[A-Z][^.;!?:]{0,60}?)\s+was\s+(?:duly\s+)?(?:"
                      + alternation(lookup("appointment_verbs")) + r")(?![\w])[^.;!?]{0,200}?\band\s+(?:(?:"
                      + alternation(lookup("appointment_passives")) + r")|(?:" + alternation(lookup("appointment_assenters"))
                      + r")\s+(?:" + alternation(lookup("appointment_assents")) + r"))(?![\w-])[^.;!?]*)[.;!?]?", re.I)


def _said_in_prose(text: str, para: Para) -> list[Resolution]:
    """Decisions minuted as sentences in ``text`` (of ``para``): a motion's verdict told in prose, a vote of
    all present, or a person put forward for a post and accepted."""
    out = []
    movers = _trailing_movers().search(text)
    verdict = motion_verdict().match(movers.group("verdict") or "") if movers else None
    if movers and verdict and movers.start() > 0 and (a := _mover_or_initials(movers.group("a"))) \
            and (b := _mover_or_initials(movers.group("b"))):
        # "The council agreed to inspect the play area. Prop CP, 2nd RC, All agreed.": the sentence before
        # its movers and verdict is what was decided
        before = text[:movers.start()].strip()
        wording = before[_last_sentence_start(before):].strip()
        if wording:
            return [Resolution(text=wording, moved_by=a, seconded_by=b, outcome=_verdict_of(verdict),
                               votes=_tally(verdict.group(0)), evidence=para.evidence)]
    for m in _prose_motion().finditer(text):
        out.append(Resolution(text=m.group("text").strip(), moved_by=_person(m.group("mover")),
                              seconded_by=_person(m.group("seconder")), outcome="carried", evidence=para.evidence))
    if not out:
        out = [Resolution(text=m.group("text").strip() + ".", outcome="carried", evidence=para.evidence)
               for m in _unanimous_ending().finditer(text)]
    if not out:
        out = [Resolution(text=m.group("text").strip() + ".", outcome="carried", evidence=para.evidence)
               for m in _appointment().finditer(text) if _person(m.group("who")) == m.group("who").strip()]
    return out


#: Members minuted by their initials: ``Prop CP, 2nd RC``.
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _mover_or_initials(text: str) -> str | None:
    text = text.strip()
    return _person(text) or (text if _INITIALS.fullmatch(text) else None)


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of ``text`` starts."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() < len(text) and len(m.group("tok")) > 1 and m.group("tok").lower() not in _abbreviations():
            start = m.end()
    return start


def _strip_number(text: str) -> str:
    """``5.3 RESOLVED`` → ``RESOLVED``, ``b) It was resolved`` → ``It was resolved``: a paragraph or clause
    number before the decision word."""
    return re.sub(r"^\s*(?:\d{1,3}(?:\.\d{1,3}){1,2}\.?|\d{1,3}[.)]|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi)\))\s+", "", text)


def _opens_decision(text: str, *, narrative: bool = True) -> re.Match[str] | None:
    """The decision word that opens ``text`` or one of its sentences (``… Councillors resolved to sign``);
    without ``narrative``, not a verb of debate in lower case (:func:`_narrative`)."""
    text = _strip_number(text)
    opening = decision().match(text)
    if opening is not None and (narrative or not _narrative(opening)) and _led(opening):
        return opening
    return next((m for m in decision_in_sentence().finditer(text) if narrative or not _narrative(m)), None) or (
        _MOVED_AND_DECIDED.search(text)) or _PROPOSED_AND_AGREED.search(text) or _present_decision().search(text)


@cache
def _present_decision() -> re.Pattern[str]:
    """``The Committee resolves in accordance with …``: a subject and a decision verb in the present tense."""
    return re.compile(r"(?:^|(?<=[.;!?]\s))" + alternation(lookup("decision_subjects")) + r"\s+(?P<word>"
                      + alternation(lookup("present_decision_words")) + r")(?![\w-])", re.I)


def _new_decision(text: str, is_clause: bool) -> bool:
    """Whether ``text`` opens a decision block of its own. A clause under an open decision may start with a
    decision verb (``1. Approved the submission …``, ``2. Authorised the Director …``); only one in capitals
    (``(ii) RESOLVED that …``) starts a new block."""
    m = _opens_decision(text)
    return m is not None and (not is_clause or m.group("word").isupper())


def _led(m: re.Match[str]) -> bool:
    """A decision word in capitals, or one followed by its lead (``Agreed that``, ``Resolved:``) or nothing:
    ``Approved Housing Bodies`` opening a line is a name, not a decision."""
    if m.group("word").isupper():
        return True
    rest = m.string[m.end():]
    if (bracket := _BRACKETED.match(rest)) is not None and _bracket_note(bracket.group("inner")) is not None:
        return True  # "Resolved (Cho/Diaz): That …", "Resolved (unanimously) that …"
    if m.group("word").lower() in _NOUN_WORDS and not rest.lstrip().startswith(":"):
        return False  # "Decision - 18/01640/F …": the borough's decision on an application, listed
    if _NOT_LEAD.match(rest) or _MOTION_OF.match(rest):
        return True  # "It was resolved not to pursue an objection", "… resolved on the motion of A seconded by B that"
    return not rest.strip() or bool(rest[:decision_lead().match(rest).end()].strip())  # type: ignore[union-attr]


_NOT_LEAD = re.compile(r"\s+not\s+(?:to|that)\b", re.I)
#: Decision words that are nouns: in ordinary case they head a decision only as a label (``Decision: …``).
_NOUN_WORDS = frozenset({"decision", "decisions"})


def _bracket_note(inner: str) -> tuple[dict[str, str], Votes | None, bool] | None:
    """What a bracket after a decision's keyword says: its movers (``Cr A/Cr B``), or how it was carried
    (``unanimously``, ``5 votes to 2``): (movers, count, carried); None when it says neither."""
    if (movers := _label_movers(inner, strict=True)) is not None:
        return movers, None, False
    said = " ".join(inner.lower().split())
    if said in lookup("decision_bracket_notes"):
        return {}, None, True
    if (tally := _BARE_TALLY.fullmatch(inner.strip())) is not None:
        return {}, _tally(tally.group(0)), True
    return None


def _narrative(m: re.Match[str]) -> bool:
    """A verb of debate in lower case (``The Members agreed to defer …``, ``It was agreed that``:
    ``narrative_decision_words``) reports what was said, not a decision of the council; ``AGREED``,
    ``Agreed:`` and ``resolved`` are decisions."""
    word = m.group("word")
    return word.islower() and word in lookup("narrative_decision_words")


#: ``It was proposed by Cllr Ives and resolved, to invite…``: a motion without a seconder, decided on the spot.
_MOVED_AND_DECIDED = re.compile(
    r"(?<![\w])(?:proposed|moved)(?:\s+by\s|\s+(?=[^;\n]{0,120}?\bseconded\b))[^;\n]{0,120}?\band\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?P<word>resolved|agreed)"
    # "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved" / "That Council …": the wording below
    r"(?![\w-])(?=,?\s*(?:unanimously\s+)?(?:to|that)\b|\s*:?\s*$)", re.I)
#: ``On the proposal of Cllr A, seconded by Cllr B, it was also agreed to amend …``: a motion put and agreed.
_PROPOSED_AND_AGREED = re.compile(
    r"(?<![\w])on\s+the\s+(?:proposal|motion)\s+of\b[^;.\n]{0,160}?,\s*it\s+was\s+(?:(?:also|further|unanimously)\s+)?"
    r"(?P<word>resolved|agreed|decided)(?![\w-])(?=,?\s*(?:to|that)\b)", re.I)


def _resolution_at(blocks: list[Para | Table], i: int, item_at: Container[int], *,
                   narrative: bool = True) -> tuple[Resolution | None, int]:
    """The decision block starting at ``blocks[i]`` and how many blocks it spans (``narrative``: see
    :func:`_opens_decision`)."""
    para = blocks[i]
    if not isinstance(para, Para):
        return None, 0
    text = _strip_number(_without_owners(para))
    m = _opens_decision(text, narrative=narrative)
    if not m:
        return None, 0
    rest = text[m.end():]
    if rest.lstrip().startswith("."):
        return None, 0  # "Agreed." under a vote, "Approved. Meets the criteria": a verdict, not a decision block
    rest, close = _unquote_lead(rest[decision_lead().match(rest).end():])  # type: ignore[union-attr]
    if _narrative(m):
        # "The Councillors agreed that they were content … . CC as Chair signed the minutes.": a decision told
        # in a sentence ends with that sentence
        rest = rest[:_sentence_end(rest)]
    movers: dict[str, str] = {}
    counted, carried = None, False
    if (named := _movers_leading_in(text[:m.start("word")])) is not None:
        movers, carried = named, True  # "Moved Cr A, seconded Cr B and resolved": the motion it carried
    elif (motion_of := _MOTION_OF.match(rest)) and (a := _person(motion_of.group("mover"))) \
            and (b := _person(motion_of.group("seconder"))):
        # "It was resolved on the motion of the Mayor seconded by Councillor Wells that …"
        movers, carried, rest = {"moved": a, "seconded": b}, True, rest[motion_of.end():]
        rest = rest[decision_lead().match(rest).end():]  # type: ignore[union-attr]
    if (bracket := _BRACKETED.match(rest)) and (note := _bracket_note(bracket.group("inner"))) is not None:
        # "RESOLVED (Cr A/Cr B)", "RESOLVED (unanimously) that": the movers or the vote, then the wording
        (movers, counted, carried), rest = note, rest[bracket.end():]
        rest = rest[decision_lead().match(rest).end():]  # type: ignore[union-attr]
    parts = [rest] if rest else []
    clauses: list[str] = []
    used = [para]
    # "5) RESOLVED that:" in minutes of numbered paragraphs: the block is every paragraph up to the next number.
    own = _PARA_NUMBER.match(para.text)
    run_on = own is not None and para.text.rstrip().endswith(":")
    j = i + 1
    while j < len(blocks):
        nxt = blocks[j]
        if not isinstance(nxt, Para) or (close is not None and parts and not _in_quote(parts, close)):
            break  # a quoted decision ends at its closing quote
        is_clause = bool(CLAUSE.match(nxt.text)) or bool(nxt.bullet)
        if is_clause and parts and not clauses and parts[-1].rstrip().endswith(".") and not _in_quote(parts, close):
            break  # "… agreed to amend the heading." then "(ii) Circulated, …": the next point, not a clause
        starts_body = not parts and not clauses and j not in item_at
        wrapped = (nxt.first.bbox is not None and nxt.first.gap <= WRAP_GAP and nxt.page == used[-1].page
                   and not nxt.text[:1].isdigit())  # "4.4.13i) The provision…" is the next paragraph
        in_block = run_on and not _next_paragraph(para.text, nxt.text)
        continues = (nxt.text[:1].islower() or wrapped or in_block or _in_quote(parts, close)) and bool(parts or clauses)
        if not (is_clause or starts_body or continues) or (
                not _in_quote(parts, close) and (_new_decision(nxt.text, is_clause) or _motions_in(nxt.text))):
            break
        if j in item_at:
            break
        text_piece = _without_owners(nxt)
        if is_clause:
            clauses.append(text_piece)
        if starts_body and not is_clause:
            text_piece, close = _unquote_lead(text_piece[decision_lead().match(text_piece).end():])  # type: ignore[union-attr]
        parts.append(text_piece.strip())
        used.append(nxt)
        j += 1
        if starts_body and not is_clause and not text_piece.rstrip().endswith(":"):
            # A one-paragraph decision under a bare "RESOLVED" heading; clauses may still follow.
            continue
    body = _TRAILING_SIGNATURE.sub("", _unquote_end(" ".join(p for p in parts if p), close))
    if (closing := _CLOSING_BRACKET.search(body)) is not None and not carried and counted is None \
            and (verdict := _verdict_opening(closing.group("inner"))) is not None \
            and not closing.group("inner")[verdict.end():].strip():
        # "… be approved (carried by 5 votes to 1 with 1 abstention).": how it was carried, not its wording
        body, carried, counted = body[:closing.start()].rstrip() + ".", True, _tally(verdict.group(0))
    if not body:
        return None, 0
    resolution = Resolution(text=body, clauses=clauses, moved_by=movers.get("moved"),
                            seconded_by=movers.get("seconded"), outcome="carried" if carried else None,
                            votes=counted, evidence=evidence_for(used))
    _vote_before(resolution, text[:m.start()], _paras_above(blocks, i, item_at))
    if resolution.outcome is None:
        used += _verdict_after(resolution, blocks, i + len(used), item_at)
    return resolution, len(used)


@cache
def _movers_leading() -> re.Pattern[str]:
    """``Moved Cr Bailey, seconded Deputy Mayor Duffy and`` (``resolved`` follows): the movers of the decision
    whose word ends the text, with nothing else before them in their sentence."""
    return re.compile(r"(?:^|(?<=[.;]\s))\s*(?:it\s+was\s+)?(?:" + alternation(lookup("motion_movers"))
                      + r")(?:\s+by)?\s+(?P<mover>[^,;.]{2,60}?)\s*,?\s*(?:and\s+)?(?:"
                      + alternation(lookup("motion_seconders")) + r")(?:\s+by)?\s+(?P<seconder>[^,;.]{2,60}?)"
                      r"\s*,?\s*(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?$", re.I)


def _movers_leading_in(before: str) -> dict[str, str] | None:
    """Mover and seconder when the text before a decision's word names them and leads into it."""
    m = _movers_leading().search(before)
    if m is None or not (a := _person(m.group("mover"))) or not (b := _person(m.group("seconder"))):
        return None
    return {"moved": a, "seconded": b}


#: ``on the motion of the Mayor seconded by Councillor Wells that …`` right after a decision's word.
_MOTION_OF = re.compile(r"\s*(?:on|upon)\s+the\s+(?:motion|proposal)\s+of\s+(?P<mover>[^,;.]{2,60}?)\s*,?\s*(?:and\s+)?"
                        r"(?:duly\s+)?seconded\s+by\s+(?P<seconder>[^,;.]{2,60}?)\s*,?\s*(?=(?:that|to)\b)", re.I)


#: A bracket opening the text after a decision's keyword, and what follows it: ``(Cr A/Cr B): That …``.
_BRACKETED = re.compile(r"^\s*\((?P<inner>[^()]{3,80})\)\s*[:.\-–]?\s*")
#: A bracket closing a decision's text: ``… be approved (carried by 5 votes to 1).``.
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{3,80})\)\s*\.?\s*$")


@cache
def _roll_lead() -> re.Pattern[str]:
    """``Recorded vote requested by Councillor Tran:``, ``Roll call vote:``: a recorded vote's lead line."""
    return re.compile(r"^\s*" + alternation(lookup("roll_vote_leads")) + r"(?![\w])", re.I)

#: How many lines of a recorded vote may stand between a decision block and its verdict.
ROLL_LINES = 8


def _verdict_after(resolution: Resolution, blocks: list[Para | Table], j: int, item_at: Container[int]) -> list[Para]:
    """The verdict printed under a decision block (``Carried``, ``Defeated``), with the recorded vote above
    it (``Yeas: A, B`` / ``Nays: C``): sets the resolution's outcome and votes; returns the paragraphs taken."""
    roll = _Roll()
    taken: list[Para] = []
    movers: dict[str, str] = {}
    while j < len(blocks) and j not in item_at and isinstance(blocks[j], Para) and len(taken) <= ROLL_LINES:
        para: Para = blocks[j]  # type: ignore[assignment]
        text = para.text.strip()
        text = _take_movers(text, movers)  # "Cr A/Cr B CARRIED", "Moved: Cr A": who moved and seconded it
        if not text:
            taken.append(para)
            j += 1
            continue
        verdict = _verdict_opening(text)
        if verdict is not None and not text[verdict.end():].strip():
            resolution.outcome, resolution.votes = _verdict_of(verdict), roll.votes(_tally(verdict.group(0)))
            # Movers below a decision are its own only when its verdict follows them; else they lead the next.
            resolution.moved_by = resolution.moved_by or movers.get("moved")
            resolution.seconded_by = resolution.seconded_by or movers.get("seconded")
            return [*taken, para]
        if not (_roll_lead().match(text) or roll.read(text)):
            break
        taken.append(para)
        j += 1
    return []


@cache
def _moved_and_seconded() -> re.Pattern[str]:
    """``the report recommendations were moved by Councillor A and seconded by Councillor B``: who put
    forward what the vote below decides, with no wording of its own."""
    movers, seconders = alternation(lookup("motion_movers")), alternation(lookup("motion_seconders"))
    return re.compile(r"(?<![\w])(?:" + movers + r")(?:\s+by)?\s+(?P<mover>[^.;:]{2,60}?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:"
                      + seconders + r")(?:\s+by)?\s+(?P<seconder>[^.;:]{2,60}?)\s*(?:[.;,]|$|(?=\s+that\s))", re.I)


def _vote_before(resolution: Resolution, before: str, aboves: list[Para]) -> None:
    """Fill in the vote that a decision block states it follows: ``… moved by Councillor A and seconded by
    Councillor B. On being put to the vote the recommendation was CARRIED with 7 voting FOR, 1 AGAINST.
    It was APPROVED that …``. The verdict must be carried and stand in the decision's own paragraph before
    it, or be a count whose sentence runs on into the decision (``… 2 against and it was``, there or in the
    paragraph above); the movers in the text before it or the paragraph above that (``aboves``: the
    paragraphs above the decision's, nearest first, none past an item heading)."""
    above = aboves[0] if aboves else None
    verdicts = list(motion_verdict().finditer(before))
    if verdicts and _verdict_of(verdicts[-1]) == "carried":
        verdict = verdicts[-1]
        resolution.outcome, resolution.votes = "carried", _tally(verdict.group(0))
        lead = before[:verdict.start()]
    elif (counted := _count_leading_in(source := before if before.strip() or not isinstance(above, Para)
                                       else above.text)):
        # "On being put to the vote there voted 5 for, 2 against … and it was RESOLVED that …"
        resolution.outcome, resolution.votes = "carried", counted[0]
        lead = counted[1]
        above = above if source is before else next(iter(aboves[1:]), None)
    else:
        return
    if isinstance(above, Para) and not lead.strip():
        lead = above.text
    movers = list(_moved_and_seconded().finditer(lead))
    if movers:
        resolution.moved_by, resolution.seconded_by = _person(movers[-1].group("mover")), _person(movers[-1].group("seconder"))


def _paras_above(blocks: list[Para | Table], i: int, item_at: Container[int], n: int = 2) -> list[Para]:
    """Up to ``n`` paragraphs right above block ``i``, nearest first, stopping at an item heading or a table."""
    out: list[Para] = []
    for k in range(i - 1, max(i - 1 - n, -1), -1):
        if k in item_at or not isinstance(blocks[k], Para):
            break
        out.append(blocks[k])  # type: ignore[arg-type]
    return out


#: The words that hand a vote's count on to the decision printed next: ``… 2 against and it was``.
_LEADS_ON = re.compile(r"(?:,?\s*(?:and\s+|whereupon\s+)?it\s+was|,?\s*whereupon)\s*$", re.I)


def _count_leading_in(text: str) -> tuple[Votes, str] | None:
    """The count of a vote whose sentence runs on into the decision below it, with the text before that
    sentence (where its movers are): ``On being put to the vote there voted 5 for, 2 against and 0
    abstentions and it was``. A count that ends its own sentence may be any vote, so only this one is read."""
    text = text.rstrip()
    if not _LEADS_ON.search(text):
        return None
    cut = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    start = cut[-1] if cut else 0
    counted = _tally(text[start:])
    return (counted, text[:start]) if counted is not None and counted.for_ is not None else None


#: A line's last run set apart by a wide gap (a PDF's right margin): ``… from Play Safe Ltd and   Clerk``.
_LAST_RUN = re.compile(r"^(?P<text>.*\S)\s{3,}(?P<who>\S[^\n]{0,40}?)\s*$")


def _without_owners(para: Para) -> str:
    """The paragraph's text without the action owners printed at the right margin of its lines (``Clerk``,
    ``Cllr J Davies``): who acts on a decision is not part of it."""
    if len(para.lines) == 1 and "   " not in para.text:
        return para.text
    out = []
    for line in para.lines:
        m = _LAST_RUN.match(line.text)
        out.append(m.group("text") if m is not None and _action_owner(m.group("who")) else line.text)
    return " ".join(out)


def _action_owner(text: str) -> bool:
    """``Clerk``, ``All``, ``Cllr J Davies``: a role from ``action_owner_words``, or a short name alone."""
    text = text.strip(" .;,")
    return text.lower() in lookup("action_owner_words") or (len(text.split()) <= 4 and _person(text) == text)


#: ``… be adopted. Signed by the Chair``: the signature line run onto a decision's last line.
_TRAILING_SIGNATURE = re.compile(r"(?<=[.;])\s+signed(?:\s+by)?\s+(?:the\s+)?(?:chair|chairman|chairperson|mayor)\b.*$",
                                 re.I)
#: A paragraph number before a minute's paragraph: ``5)``, ``6.``.
_PARA_NUMBER = re.compile(r"^\s*(?P<n>\d{1,3})(?P<p>[.)])\s")
def _next_paragraph(first: str, later: str) -> bool:
    """Whether ``later`` opens a later paragraph of the numbering ``first`` opens with (``5)`` after ``4)``)."""
    a, b = _PARA_NUMBER.match(first), _PARA_NUMBER.match(later)
    return bool(a and b and a.group("p") == b.group("p") and int(b.group("n")) > int(a.group("n")))


#: Markdown emphasis around a decision's words (``*“That, the Scheme be adopted.”*``).
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,3}|\*{1,3}(?![\w*])")
_OPEN_QUOTE = "“\"‘'"
_CLOSE_QUOTE = {"“": "”", '"': '"', "‘": "’", "'": "'"}
#: A quoted decision's lead: ``“That, the approval …`` / ``"That the …``: the quote and its ``That`` go.
_QUOTED_LEAD = re.compile(r"^\s*(?P<q>[“\"‘'])\s*(?:that\b\s*[,:;]?\s*)?", re.I)


def _unquote_lead(text: str) -> tuple[str, str | None]:
    """A decision's wording without Markdown emphasis and the quote and ``That,`` it opens with, and the
    closing quote to look for (None: not quoted)."""
    text = _EMPHASIS.sub("", text).strip()
    m = _QUOTED_LEAD.match(text)
    return (text[m.end():], _CLOSE_QUOTE[m.group("q")]) if m else (text, None)


def _in_quote(parts: list[str], close: str | None) -> bool:
    """Whether the decision read so far opened a quotation that no later text has closed: a quoted resolution
    runs on over hard-wrapped lines until its closing quote. Asked after each piece is added, so looking at
    the last piece is enough (and keeps a block of n lines linear)."""
    return close is not None and bool(parts) and close not in parts[-1]


def _unquote_end(body: str, close: str | None) -> str:
    """The wording without emphasis and without the closing quote that ends it."""
    body = _EMPHASIS.sub("", body).strip()
    if close is not None:
        end = body.rfind(close)
        if end >= 0 and not body[end + 1:].strip(" .*"):
            body = body[:end] + body[end + 1:]
    return body.strip()


# --- Moved and seconded motions -------------------------------------------------------------------------
#
# Small councils often minute a decision as the motion put to the vote:
#   "Moved by Cllr Smith, seconded by Cllr Jones, that the Council adopts the budget. Carried."
#   "It was proposed by Cllr Evans, seconded by Cllr Williams and unanimously agreed that the minutes …"
# The resolution text is the motion's wording: from after its "that" / "to" / ":" (and a repeated "That")
# up to, not including, the verdict ("Carried", "Motion carried (5 for, 2 against)", "On being put to the
# vote the motion was CARRIED"). Clauses below the motion belong to it. A motion that is lost, defeated,
# fell or was withdrawn is no decision of the council, so it yields no resolution; one with no verdict at
# all is left to the decision-word rules (a moved and seconded wording alone is not proof it was carried).

#: How many paragraphs of debate may stand between a motion and a verdict printed on its own line.
MOTION_DEBATE_PARAS = 3


@dataclass(slots=True)
class _Motion:
    """One motion read from a paragraph: its wording and verdict (``carried``, ``lost`` or None: not stated)."""

    text: str
    verdict: str | None
    clauses: list[str] = field(default_factory=list)
    closed: bool = False  # the wording ended at its seconder; nothing below carries it on
    moved_by: str | None = None
    seconded_by: str | None = None
    votes: Votes | None = None
    amendment: bool = False


#: A word that ends a sentence; it starts at a word boundary, so a long word is tried once, not from each letter.
_SENTENCE_END = re.compile(r"(?<![\w'])(?P<tok>[\w']+)[.!?;]\s+(?=[A-Z])")


@cache
def _abbreviations() -> frozenset[str]:
    """Words that end with a full stop without ending a sentence (``Cllr.``): the titles term list."""
    return frozenset(t.lower().rstrip(".") for t in lookup("titles"))


def _crosses_sentence(text: str) -> bool:
    """Whether ``text`` runs over a sentence end; ``Cllr. O. Williams`` (title, initial) is one sentence."""
    return any(len(m.group("tok")) > 1 and m.group("tok").lower() not in _abbreviations()
               for m in _SENTENCE_END.finditer(text))


def _gap_verdict(gap: str) -> str | None:
    """The verdict said beside the seconder: ``seconded by Cllr B and unanimously agreed that``, ``This was
    seconded by Cllr B and on being put to the vote was LOST``.

    Only after an ``and`` or a comma (``seconded by Cllr B, all in favour, that``), and only lower or upper
    case, so a seconder named ``Fell`` or ``Agreed`` is no verdict.
    """
    words = re.split(r"(?i)(?<![\w])and(?![\w])|,", gap, maxsplit=1)
    if len(words) < 2:
        return None
    for verdict, key in (("lost", "motion_lost"), ("carried", "motion_carried")):
        m = phrase_pattern(key).search(words[1])
        if m and (m.group(0).islower() or m.group(0).isupper()):
            return verdict
    if (vote := _gap_vote().search(words[1])) is not None:  # "…, the Council voted 3-0 to …": a majority carries
        return "carried" if vote.group("all") or int(vote.group("a")) > int(vote.group("b")) else "lost"
    return None


@cache
def _gap_vote() -> re.Pattern[str]:
    """``the Council voted 3-0``, ``the Board voted unanimously``: a body's vote said before the wording."""
    return re.compile(r"(?<![\w])(?:" + alternation(lookup("vote_verbs")) + r")\s+(?:(?P<tally>(?P<a>\d{1,4})\s*(?:to|[-–—/])\s*"
                      r"(?P<b>\d{1,4})(?:\s*[-–—/]\s*\d{1,4})?)|(?P<all>unanimously))(?![\w-])", re.I)


def _gap_votes(gap: str) -> Votes | None:
    """The count of a vote said before the wording (``voted 3-0``), or None."""
    vote = _gap_vote().search(gap)
    return _tally(vote.group("tally")) if vote is not None and vote.group("tally") else None


def _verdict_of(m: re.Match[str]) -> str:
    """``carried``, or the outcome a losing verdict names (``withdrawn``, ``fell``; else ``lost``)."""
    lost = m.group("lost")
    if not lost:
        return "carried"
    return lookup("lost_outcomes").get(" ".join(lost.lower().split()), "lost")


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (``Cllr. O. Williams`` does not end one)."""
    for m in _SENTENCE_END.finditer(text):
        if len(m.group("tok")) > 1 and m.group("tok").lower() not in _abbreviations():
            return m.end("tok") + 1
    return len(text)


@dataclass(slots=True)
class _Opening:
    """Where a motion starts, where its wording starts, a verdict said before the wording, and (moved
    first: ``Cllr A proposed that …, seconded by Cllr B``) the seconder that ends the wording."""

    start: int
    body: int
    said: str | None = None
    seconder: re.Match[str] | None = None
    moved_by: str | None = None
    seconded_by: str | None = None
    counted: Votes | None = None  # the count said before the wording ("the Council voted 3-0 to …")


#: How many words before a verdict are read for its count (``… seconded by B. 4 Votes for 2 Votes against. Carried``).
COUNT_WORDS = 10
#: How far after a moved-first wording its seconder may stand.
SECONDER_REACH = 400


class _NextMatch:
    """The next match of a pattern in one text at or after a position. A search result is kept while the
    positions asked for stay at or before it, so a paragraph of n motions is scanned about once, not n times."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self.start: int | None = None  # where the kept search began
        self.found: re.Match[str] | None = None

    def at(self, pos: int) -> re.Match[str] | None:
        if self.start is None or pos < self.start or (self.found is not None and self.found.start() < pos):
            self.start, self.found = pos, self.pattern.search(self.text, pos)
        return self.found


@dataclass(slots=True)
class _Finders:
    """The searches ``_opening`` repeats over one paragraph."""

    seconded: _NextMatch
    moved_first: _NextMatch

    @classmethod
    def over(cls, text: str) -> _Finders:
        return cls(_NextMatch(motion(), text), _NextMatch(motion_moved_first(), text))


def _opening(text: str, pos: int, finders: _Finders) -> _Opening | None:
    """The first motion opening in ``text`` at or after ``pos``: seconder first, or moved first."""
    found: list[_Opening] = []
    at = pos
    while (m := finders.seconded.at(at)) is not None:
        if not (_crosses_sentence(m.group("mover")) or _crosses_sentence(m.group("gap"))):
            body = m.end() + decision_lead().match(text[m.end():]).end()  # type: ignore[union-attr]
            mover, seconder = _seconded_movers(text, m)
            said = _gap_verdict(m.group("gap")) or ("carried" if m.group("decided") else None)
            found.append(_Opening(m.start(), body, said, moved_by=mover, seconded_by=seconder,
                                  counted=_gap_votes(m.group("gap"))))
            break
        at = m.start() + 1
    at = pos
    while (m := finders.moved_first.at(at)) is not None:
        body = m.end() + decision_lead().match(text[m.end():]).end()  # type: ignore[union-attr]
        seconder = phrase_pattern("motion_seconders").search(text, body, body + SECONDER_REACH)
        if seconder is not None and motion_moved_first().search(text, body, seconder.start()) is None:
            found.append(_Opening(m.start(), body, None, seconder, _name_before(text, m.start()),
                                  _person(text[seconder.end():seconder.end() + SECONDER_REACH])))
            break
        at = m.end()
    return min(found, key=lambda o: o.start) if found else None


@cache
def _trailing_leads() -> re.Pattern[str]:
    """``…, which was`` / ``. This was`` before a seconder: not part of the wording."""
    return re.compile(r"[\s,;(]*(?:(?<![\w])" + alternation(lookup("motion_verdict_leads")) + r"[\s,]*)*$", re.I)


def _motions_in(text: str) -> list[_Motion]:
    """Every moved and seconded motion in one paragraph, in order; each wording stops at its verdict."""
    found: list[_Motion] = []
    pos = 0
    finders = _Finders.over(text)
    while (opening := _opening(text, pos, finders)) is not None:
        after_body = opening.seconder.end() if opening.seconder else opening.body
        nxt = _opening(text, after_body, finders)
        limit = nxt.start if nxt else len(text)
        if opening.seconder is None:
            segment = text[opening.body:limit]
            verdict = motion_verdict().search(segment, 1)  # from 1: a verdict needs wording before it
            count = ((_count_sentence().search(segment, 1) or _counts_sentence().search(segment, 1))
                     if verdict is None and not opening.said else None)
            if count is not None and (counted := _tally(count.group("tally"))) is not None:
                # "… to approve the consent calendar. Vote: 3-0.": the count is the verdict
                opening.counted, opening.said, segment = counted, _count_verdict(counted), segment[:count.start()]
            wording = segment[:verdict.start()] if verdict else segment
            said = opening.said or (_verdict_of(verdict) if verdict else None)
            wording, roll = _roll_sentences(wording)  # "… the Board approved it. Ayes: 5. Nays: 0."
            found.append(_Motion(text=_trim(wording), verdict=said, moved_by=opening.moved_by,
                                 seconded_by=opening.seconded_by,
                                 votes=roll.votes(_tally(verdict.group(0)) if verdict else opening.counted),
                                 amendment=_is_amendment(text, opening.start, wording)))
            pos = opening.body + (verdict.end() if verdict else len(segment))
            continue
        wording = text[opening.body:opening.seconder.start()]
        wording = wording[:_trailing_leads().search(wording).start()]  # type: ignore[union-attr]
        wording, named = _seconder_named_before(wording)
        opening.seconded_by = opening.seconded_by or named
        rest = text[opening.seconder.end():limit]
        verdict = motion_verdict().search(rest)
        said = _gap_verdict(rest[:_sentence_end(rest)]) or (_verdict_of(verdict) if verdict else None)
        votes = _tally(verdict.group(0)) if verdict else None
        if verdict is not None and votes is None:
            # "…, seconded by Cllr B.   4 Votes for 2 Votes against.   Carried": the count before the verdict
            count = rest[:verdict.start()].split()
            votes = _tally(" ".join(count[-COUNT_WORDS:])) if any(w[:1].isdigit() for w in count) else None
        found.append(_Motion(text=_trim(wording), verdict=said, closed=True, moved_by=opening.moved_by,
                             seconded_by=opening.seconded_by, votes=votes,
                             amendment=_is_amendment(text, opening.start, wording)))
        pos = opening.seconder.end() + (verdict.end() if verdict else len(rest))
    return found


@cache
def _amending() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:that\s+)?(?:" + alternation(lookup("amendment_wordings")) + r")(?![\w])", re.I)


def _is_amendment(text: str, start: int, wording: str) -> bool:
    """Whether the motion opening at ``start`` is an amendment: the sentence that moves it calls it one
    (``An amendment was moved by …``), or its wording amends (``that the motion be amended …``)."""
    lead = re.split(r"[.;!?]\s", text[max(0, start - SECONDER_REACH):start])[-1]
    return bool(phrase_pattern("amendment_words").search(lead) or _amending().match(wording))


@cache
def _amendment_opening() -> re.Pattern[str]:
    """``An amendment was moved by Councillor Coombes as follows:``: an amendment whose wording follows in
    the paragraphs below (group ``rest``: any wording on the same line)."""
    return re.compile(r"^\s*(?:an|the|a\s+further|a\s+second)\s+(?:" + alternation(lookup("amendment_words"))
                      + r")\s+was\s+(?:" + alternation(lookup("motion_movers")) + r")(?:\s+by)?\s+(?P<mover>[^:.;]{2,60}?)"
                      r"(?:\s*,?\s*(?:as\s+follows|in\s+the\s+following\s+terms))?\s*(?:[:.\-–—]\s*(?P<rest>.*)|$)", re.I)


@cache
def _seconder_line() -> re.Pattern[str]:
    """``The amendment was seconded by Councillor Morris.``: a seconder on a line of its own."""
    return re.compile(r"^\s*(?:(?:the|this)\s+(?:[\w-]+\s+)?was\s+)?(?:" + alternation(lookup("motion_seconders"))
                      + r")(?:\s+by)?\s+(?P<seconder>[^.;]{2,60}?)\s*[.;]?\s*$", re.I)


def _amendment_at(paras: list[Para | Table], i: int, item_at: Container[int]) -> tuple[list[Resolution], int]:
    """An amendment moved in one paragraph, worded in the next, seconded on a line of its own and put to
    the vote after a little debate (``On being put to the vote the amendment FELL with 2 voting FOR and 7
    AGAINST``): one motion, and the paragraphs it spans. Nothing unless a verdict on the amendment closes it."""
    para = paras[i]
    m = _amendment_opening().match(para.text) if isinstance(para, Para) else None
    if m is None:
        return [], 0
    wording = [m.group("rest").strip()] if m.group("rest") and m.group("rest").strip() else []
    taken: list[Para] = [para]  # type: ignore[list-item]
    seconder: str | None = None
    debate = 0
    j = i + 1
    while j < len(paras) and j not in item_at and isinstance(paras[j], Para) and len(taken) < MOVED_ITEM_PARAS:
        nxt: Para = paras[j]  # type: ignore[assignment]
        text = nxt.text.strip()
        verdict = _verdict_opening(text)
        if verdict is not None and not text[verdict.end():].strip() and phrase_pattern("amendment_words").search(verdict.group(0)):
            return [Resolution(text=" ".join(wording), outcome=_verdict_of(verdict), votes=_tally(verdict.group(0)),
                               moved_by=_person(m.group("mover")), seconded_by=seconder, amendment=True,
                               evidence=evidence_for([*taken, nxt]))], j + 1 - i
        second = _seconder_line().match(text) if seconder is None else None
        if second is not None:
            seconder = _person(second.group("seconder"))
        elif seconder is None:
            wording.append(text)  # the amendment's wording runs until its seconder
        else:
            debate += 1
            if debate > MOTION_DEBATE_PARAS or _opens_decision(text) or _motions_in(text):
                break
        taken.append(nxt)
        j += 1
    return [], 0


def _seconder_named_before(wording: str) -> tuple[str, str | None]:
    """``continue the hearing to June 17. Councilmember Lee`` (then ``seconded the motion``): the wording
    up to its sentence end, and the seconder who opens the next sentence."""
    if wording.rstrip().endswith((".", "!", "?", ";")):
        return wording, None  # the wording ended its own sentence: no name runs on after it
    cut = None
    for m in _SENTENCE_END.finditer(wording):
        cut = m
    if cut is None:
        return wording, None
    rest = wording[cut.end():].strip()
    if rest and len(rest.split()) <= MAX_NAME_WORDS and _person(rest) == rest:
        return wording[:cut.end("tok") + 1], rest
    return wording, None


def _only_a_name(wording: str) -> bool:
    """``Proposed: Cllr A. Seconded: Cllr B. All in favour.``: what follows the seconder's label is a person,
    not the motion's wording (the decision was minuted above it)."""
    return len(wording.split()) <= MAX_NAME_WORDS and starts_with_name(wording) and not _CLAUSE_WORDS.match(wording)


#: A motion "wording" this short that starts with a person is the seconder's name.
MAX_NAME_WORDS = 5
_CLAUSE_WORDS = re.compile(r"^(?:that|to)\b", re.I)
#: How many paragraphs the motion under a numbered resolution may run to (``WHEREAS … AND WHEREAS … THEREFORE``).
MOVED_ITEM_PARAS = 12


def _verdict_at_end(text: str) -> re.Match[str] | None:
    """A verdict that closes ``text``: ``… be adopted as published. Carried.``"""
    last = None
    for m in motion_verdict().finditer(text):
        last = m
    return last if last is not None and not text[last.end():].strip() else None


def _moved_item_motion(paras: list[Para | Table], i: int, item_at: Container[int],
                       lead: tuple[str, Para] | None = None, limit: int = 0) -> tuple[list[Resolution], int]:
    """The motion under an item whose number line names its movers (``R2023-093 D. Yemm, S. Kirkey:`` then
    ``That … Carried.``): its paragraphs up to the verdict, which closes the last of them or stands alone.

    ``lead`` is the motion's start when the number line prints it after the movers, with that line; the
    count returned is of the paragraphs taken from ``paras[i:]``; ``limit``: at most this many paragraphs
    (default ``MOVED_ITEM_PARAS``)."""
    parts: list[str] = []
    taken: list[Para] = []
    named: dict[str, str] = {}  # movers printed under the wording ("Moved: Cr A" / "Seconded: Cr B")
    roll = _Roll()  # a recorded vote between the wording and its verdict ("Ayes: A, B")
    labels = 0
    pieces: list[tuple[str, Para]] = [lead] if lead else []
    j = i
    while len(taken) - labels < (limit or MOVED_ITEM_PARAS):
        if pieces:
            text, para = pieces.pop()
        elif j < len(paras) and j not in item_at and isinstance(paras[j], Para):
            para = paras[j]  # type: ignore[assignment]
            text = para.text.strip()
            j += 1
        else:
            break
        text = _take_movers(text, named) if parts else text  # "Cr A/Cr B CARRIED", "Moved: Cr A" under the wording
        if not text or (parts and _verdict_opening(text) is None and roll.read(text)):  # or "Ayes: A, B"
            taken.append(para)
            labels += 1
            continue
        alone = _verdict_opening(text)
        verdict = alone if alone is not None and parts else _verdict_at_end(text)
        declared = _declaration().search(text) if verdict is None and parts else None
        taken.append(para)
        if verdict is not None or declared is not None:
            movers = None
            if verdict is not None and verdict is not alone:
                before = _trim(text[:verdict.start()])
                movers = _proposal_lead().fullmatch(before)
                if movers is None:  # "On the proposal of A, seconded by B, the Recommendation was agreed."
                    parts.append(before)
            body, close = _unquote_lead(" ".join(p for p in parts if p))
            body = _unquote_end(body, close)
            if not body:
                return [], j - i
            outcome = _verdict_of(verdict) if verdict is not None else _declared(declared)  # type: ignore[arg-type]
            resolution = Resolution(text=body, outcome=outcome,
                                    votes=roll.votes(_tally(verdict.group(0)) if verdict else None),
                                    amendment=bool(_amending().match(body)), evidence=evidence_for(taken))
            if movers is not None:
                resolution.moved_by, resolution.seconded_by = _person(movers.group("mover")), _person(movers.group("seconder"))
            elif named:
                resolution.moved_by, resolution.seconded_by = named.get("moved"), named.get("seconded")
            return [resolution], j - i
        parts.append(text)
    return [], 0


@cache
def _declaration() -> re.Pattern[str]:
    """``the Príomh Chomhairleoir declared Councillor Bridie Collins appointed``, ``The Mayor declared the
    amendment … as defeated``: the chair's declaration is the verdict (group ``lost`` or ``carried``)."""
    return re.compile(r"(?<![\w])declared\b[^.;]{0,200}?(?<![\w])(?:(?P<lost>" + alternation(lookup("declared_lost"))
                      + r")|(?P<carried>" + alternation(lookup("declared_carried")) + r"))(?![\w-])", re.I)


def _declared(m: re.Match[str]) -> str:
    return "lost" if m.group("lost") else "carried"


@cache
def _proposal_lead() -> re.Pattern[str]:
    """``On the proposal of Councillor A, seconded by Councillor B``: who moved the verdict that follows."""
    return re.compile(r"\s*(?:on\s+the\s+(?:proposal|motion)\s+of|(?:proposed|moved)\s+by)\s+(?P<mover>[^,;]{2,60}?)\s*,?\s*"
                      r"(?:and\s+)?(?:" + alternation(lookup("motion_seconders")) + r")(?:\s+by)?\s+(?P<seconder>[^,;]{2,60}?)\s*,?\s*",
                      re.I)


_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+")


def _roll_sentences(wording: str) -> tuple[str, _Roll]:
    """The sentences of a vote that close a motion's wording (``… the consent agenda. Ayes: 5. Nays: 0.``)
    taken off it, read as its roll."""
    sentences = _SENTENCE_BREAK.split(wording.strip())
    cut = len(sentences)
    while cut > 1 and _Roll().read(sentences[cut - 1]):
        cut -= 1
    roll = _Roll()
    for sentence in sentences[cut:]:
        roll.read(sentence)
    return (" ".join(sentences[:cut]), roll) if cut < len(sentences) else (wording, roll)


def _trim(wording: str) -> str:
    """The wording without the comma, dash or bracket that led into its verdict, or a signature line run
    onto its end (``… were correct.   Signed by the Chair``)."""
    return _TRAILING_SIGNATURE.sub("", wording.strip()).rstrip(",;:-–—(").strip()


def _vote_count() -> str:
    """``Vote: 4-0-1 (West absent)``: a vote's label, its count (group ``tally``) and a note in brackets."""
    return (r"(?:" + alternation(lookup("vote_line_labels")) + r")\s*[:\-–]\s*(?P<tally>\d{1,4}\s*[-–—]\s*\d{1,4}"
            r"(?:\s*[-–—]\s*\d{1,4})?)(?![\w-])(?:\s*\([^)]*\))?")


@cache
def _count_sentence() -> re.Pattern[str]:
    """``… the consent calendar. Vote: 3-0.``: a vote's count ending a motion's paragraph, no verdict printed."""
    return re.compile(r"(?<=[.;])\s+" + _vote_count() + r"\s*[.;]?\s*$", re.I)


@cache
def _counts_sentence() -> re.Pattern[str]:
    """``… that the grant be paid. Four were in favour and two abstained.``: a sentence of counts alone
    ending a motion's paragraph, no verdict printed (group ``tally``)."""
    counted = re.sub(r"\(\?P<\w+>", "(?:", _counted().pattern)  # the same counts, their groups unnamed
    return re.compile(r"(?<=[.;])\s+(?P<tally>" + counted + r"(?:\s*(?:,|;|and)\s*" + counted + r")*)\s*[.;]?\s*$",
                      re.I)


@cache
def _vote_count_line() -> re.Pattern[str]:
    """``Vote: 4-0-1 (West absent).``: a vote's count opening a line, before or beside its verdict."""
    return re.compile(r"^\s*" + _vote_count() + r"\s*[.;,]?\s*", re.I)


def _count_verdict(votes: Votes) -> str:
    """The verdict a count gives when none is printed (``Vote: 5-0``): carried by a majority, else lost."""
    return "carried" if (votes.for_ or 0) > (votes.against or 0) else "lost"


def _verdict_opening(text: str) -> re.Match[str] | None:
    """A verdict that opens ``text``: ``CARRIED``, ``On being put to the vote the motion was LOST.``"""
    return motion_verdict().match(text.strip())


def _motion_at(blocks: list[Para | Table], i: int, item_at: Container[int]) -> tuple[list[Resolution], int]:
    """The carried motions in the paragraph at ``blocks[i]`` and how many blocks they span.

    ``(resolutions, 0)`` when there is no motion with a verdict there. The last motion of the paragraph may
    run on over clauses and wrapped lines below it, and its verdict may follow a few paragraphs of debate.
    """
    para = blocks[i]
    if not isinstance(para, Para):
        return [], 0
    text = _paired_movers_spelt_out(_strip_number(para.text))
    motions = _motions_in(text)
    used: list[Para] = [para]
    if not motions and (second := _seconded_below(blocks, i, item_at, text)) is not None:
        # "X made the motion to approve …" / "Y seconded the motion.": one motion over two paragraphs
        motions = _motions_in(f"{text} {second.text}")
        used.append(second)
    if not motions:
        return [], 0
    open_motion = motions[-1]
    if open_motion.verdict is None:
        used.extend(_motion_continues(blocks, i + len(used) - 1, item_at, open_motion))
    if all(m.verdict is None for m in motions):
        return [], 0
    if motions[-1].verdict is not None and para.text.rstrip().endswith(":"):
        # "The motion carried by the following vote:" then "AYES: …" / "NOES: …"
        roll, j = _Roll(), i + len(used)
        while j < len(blocks) and j not in item_at and isinstance(blocks[j], Para) and roll.read(blocks[j].text):  # type: ignore[union-attr]
            used.append(blocks[j])  # type: ignore[arg-type]
            j += 1
        motions[-1].votes = roll.votes(motions[-1].votes)
    out = [Resolution(text=m.text, clauses=m.clauses, moved_by=m.moved_by, seconded_by=m.seconded_by,
                      outcome=m.verdict, votes=m.votes, amendment=m.amendment,
                      evidence=evidence_for(used if m is open_motion else [para]))
           for m in motions if m.verdict is not None and m.text and not _only_a_name(m.text) and not _closure(m.text)]
    return out, len(used)


@cache
def _seconded_sentence() -> re.Pattern[str]:
    """``Director Walker seconded the motion.``: a seconder who opens a sentence of their own."""
    return re.compile(r"^\s*(?P<seconder>[^.;:]{2,60}?)\s+" + alternation(lookup("seconding_sentences"))
                      + r"\s*[.;]?\s*$", re.I)


def _seconded_below(blocks: list[Para | Table], i: int, item_at: Container[int], text: str) -> Para | None:
    """The paragraph under a motion moved in ``text`` (``X made the motion to …``) that only seconds it
    (``Seconded by Y.``, ``Y seconded the motion.``), if there is one."""
    below = blocks[i + 1] if i + 1 < len(blocks) and i + 1 not in item_at else None
    if not isinstance(below, Para) or motion_moved_first().search(text) is None:
        return None
    second = _seconder_line().match(below.text) or _seconded_sentence().match(below.text)
    return below if second is not None and _person(second.group("seconder")) else None


@cache
def _paired_movers() -> re.Pattern[str]:
    """``M/S Dean/Fox to approve …``, ``Moved/Seconded: Dean/Fox that …``, ``MOTION: Kim/Lopez to …``: one
    label for both (or the motion's label), the two names parted by a slash, then the motion's wording."""
    labels = _mover_seconder_labels() + "|" + alternation(lookup("resolution_labels"))
    return re.compile(r"^\s*(?:" + labels + r")\s*:?\s*(?P<a>[^/:;.]{2,40}?)\s*/\s*(?P<b>[^/:;.]{2,40}?)\s*[:,]?\s+"
                      r"(?=(?:to|that)\s)", re.I)


@cache
def _worded_first() -> re.Pattern[str]:
    """``Motion to approve the agenda by Commissioner Cole; seconded by Commissioner Dunn.``: the motion's
    wording first, its mover after ``by`` (group ``head``), then the seconder (group ``seconder``)."""
    labels = alternation(lookup("resolution_labels"))
    return re.compile(r"^\s*(?:a\s+)?(?:" + labels + r")\s+(?:was\s+made\s+)?(?P<head>(?:to|that)\s.{3,400}?)\s*[,;]?"
                      r"\s*(?:and\s+)?" + alternation(lookup("motion_seconders")) + r"\s+(?P<seconder>[^,;.]{2,60}?)"
                      r"\s*(?:[.;,]|$)", re.I)


def _paired_movers_spelt_out(text: str) -> str:
    """A paragraph opening with paired movers (``M/S Dean/Fox to approve …``) or with its wording before its
    movers (``Motion to approve … by A; seconded by B.``) in the words the motion finder reads (``Moved by
    Dean, seconded by Fox to approve …``); any other paragraph as it is."""
    m = _paired_movers().match(text)
    if m is not None and _person(m.group("a")) and _person(m.group("b")):
        return f"Moved by {m.group('a')}, seconded by {m.group('b')} " + text[m.end():]
    w = _worded_first().match(text)
    if w is None or _person(w.group("seconder")) is None:
        return text
    head = w.group("head")
    for by in re.finditer(r"\s+by\s+", head):  # the mover is the last words after a "by" that are a name
        mover = head[by.end():].strip(" ,;")
        if _person(mover) == mover:
            return f"Moved by {mover}, seconded by {w.group('seconder')} {head[:by.start()]}. " + text[w.end():]
    return text


def _motion_continues(blocks: list[Para | Table], i: int, item_at: Container[int],
                      open_motion: _Motion) -> list[Para]:
    """The paragraphs below the motion at ``blocks[i]`` that carry on its wording and its verdict; fills
    ``open_motion`` in.

    Wording carries on over clauses, lower-case or wrapped lines, and (when the motion paragraph ended at
    its ``that``) one paragraph that starts the wording; then up to ``MOTION_DEBATE_PARAS`` paragraphs of
    debate may come before a verdict printed on its own. Returns [] when no verdict is found.
    """
    taken: list[Para] = []
    parts = [open_motion.text] if open_motion.text else []
    debate = 0
    roll = _Roll()
    j = i + 1
    while j < len(blocks):
        nxt = blocks[j]
        if not isinstance(nxt, Para) or j in item_at:
            break
        text = nxt.text
        counted: Votes | None = None
        count = _vote_count_line().match(text) if parts else None
        if count is not None:  # "Vote: 4-0-1 (West absent). Motion carried.": the count, then the verdict
            counted, text = _tally(count.group("tally")), text[count.end():]
        verdict = _verdict_opening(text)
        if verdict is not None:
            open_motion.text, open_motion.verdict = " ".join(parts), _verdict_of(verdict)
            open_motion.votes = roll.votes(_tally(verdict.group(0)) or counted)
            return [*taken, nxt]
        if count is not None and not text.strip():  # the count alone; a verdict may follow
            nearby = blocks[j + 1] if j + 1 < len(blocks) and j + 1 not in item_at else None
            if counted is not None and not (isinstance(nearby, Para) and _verdict_opening(nearby.text)):
                # "Vote: 5-0" and no verdict printed: the count is the verdict
                open_motion.text, open_motion.verdict = " ".join(parts), _count_verdict(counted)
                open_motion.votes = roll.votes(counted)
                return [*taken, nxt]
            if counted is not None and not roll.counts:
                roll.counts = counted.model_dump(include={"for_", "against", "abstain"}, exclude_none=True)
            taken.append(nxt)
            j += 1
            continue
        if parts and roll.read(text):  # "For (52)" and the names under it: the vote, not debate
            taken.append(nxt)
            j += 1
            continue
        inner = _motions_in(text)
        if inner and parts and all(_closure(m.text) for m in inner) and debate < MOTION_DEBATE_PARAS:
            # "Mr B proposed … that the motion be put to the vote. Agreed.": a step of the debate, with its verdict
            debate += 1
            taken.append(nxt)
            j += 1
            if j < len(blocks) and isinstance(blocks[j], Para) and _verdict_opening(blocks[j].text):  # type: ignore[union-attr]
                taken.append(blocks[j])  # type: ignore[arg-type]
                j += 1
            continue
        if _opens_decision(text) or inner:
            break
        above = taken[-1] if taken else blocks[i]
        # "2) Following the debate …" under "1) Mr A proposed …": the minute's next paragraph, not a clause.
        next_para = _next_paragraph(blocks[i].text, text)  # type: ignore[union-attr]
        is_clause = (bool(CLAUSE.match(text)) or bool(nxt.bullet)) and not next_para
        wrapped = (nxt.first.bbox is not None and nxt.first.gap <= WRAP_GAP and not next_para
                   and nxt.page == above.page)  # type: ignore[union-attr]
        if not debate and not open_motion.closed and (is_clause or text[:1].islower() or wrapped or not parts):
            inline = motion_verdict().search(text)
            cut = inline is not None and inline.start() > 0
            piece = _trim(text[:inline.start()]) if cut else text.strip()  # type: ignore[union-attr]
            if not parts:
                piece = piece[decision_lead().match(piece).end():]  # type: ignore[union-attr]
            if is_clause:
                open_motion.clauses.append(piece)
            parts.append(piece)
            taken.append(nxt)
            if cut:
                open_motion.text, open_motion.verdict = " ".join(parts), _verdict_of(inline)  # type: ignore[arg-type]
                return taken
        elif debate < MOTION_DEBATE_PARAS and parts:
            debate += 1
            taken.append(nxt)
        else:
            break
        j += 1
    return []


# --- Votes and movers ----------------------------------------------------------------------------------
#
# A verdict may print its tally ("Motion carried (5 for, 2 against)", "CARRIED 4–1–4", "Motion Passed
# (8 to 1)", "carried by 5 votes to 2"), and a recorded vote lists who voted which way under count lines
# ("For (52)" then the names; "Against: Cllr A, Cllr B"; "Ayes: Smith, Jones"). The words are data
# (``vote_for_words`` …) in models/decisions.json.

_CASTS = (VoteCast.for_, VoteCast.against, VoteCast.abstain)


@cache
def _cast_words() -> str:
    """One named group per way of voting: ``(?P<for>for|in favour|…)|(?P<against>…)|(?P<abstain>…)``."""
    return "|".join(f"(?P<{c.value}>{alternation(lookup(f'vote_{c.value}_words'))})" for c in _CASTS)


@cache
def _vote_line() -> re.Pattern[str]:
    """A line of a recorded vote: its way of voting, then a count in brackets or after a colon and/or the
    names after a colon (``For (52)``, ``Against (3): Mr A, Mr B``, ``Ayes: Smith, Jones``)."""
    return re.compile(r"^\s*(?:" + _cast_words() + r")(?![\w-])\s*(?:\(\s*(?P<n>\d{1,4})\s*\)\s*:?"
                      r"|:\s*(?:\(\s*(?P<q>\d{1,4})\s*\)\s*:?|(?P<m>\d{1,4})?(?![\w]))"  # "Yeas: (6): A, B"
                      r"|\s+(?P<k>\d{1,4})\s*$)\s*(?P<names>.*)$", re.I)


@cache
def _counted() -> re.Pattern[str]:
    """A count beside its way of voting in a verdict: ``5 for``, ``2 against``, ``1 abstention``, ``For: 5``."""
    numbers = alternation([*lookup("vote_zero_words"), *lookup("number_words")])
    return re.compile(r"(?:(?P<n>\d{1,4}|" + numbers + r")\s+(?:(?:"
                      + alternation(lookup("vote_count_fillers")) + r")\s+)?(?:" + _cast_words() + r")|(?:"
                      + _cast_words().replace("?P<", "?P<x") + r")\s*[:=-]?\s*(?P<m>\d{1,4}))(?![\w-])", re.I)


#: A bare tally in a verdict: ``(8 to 1)``, ``4–1–4``, ``by 5 votes to 2``, ``CARRIED 5/2``: for, against,
#: abstentions.
_BARE_TALLY = re.compile(r"(?<![\w./-])(?P<a>\d{1,4})\s*(?:votes?\s+)?(?:to|[-–—/])\s*(?P<b>\d{1,4})"
                         r"(?:\s*(?:[-–—]|with)\s*(?P<c>\d{1,4}))?(?![\w-])(?![./]\d)", re.I)


def _tally(verdict: str) -> Votes | None:
    """The counts a verdict prints, or None."""
    counts: dict[str, int] = {}
    for m in _counted().finditer(verdict):
        cast = next(c.value for c in _CASTS if m.group(c.value) or m.group("x" + c.value))
        count = m.group("n") or m.group("m")
        # "no ABSTAINING" is 0; "Four were in favour" is 4
        counts.setdefault(cast, int(count) if count.isdigit() else lookup("number_words").get(count.lower(), 0))
    if "for" not in counts and "against" not in counts and (bare := _BARE_TALLY.search(verdict)) is not None:
        # "by 5 votes to 1 with 1 abstention": the bare count, beside a labelled abstention
        counts.update({"for": int(bare.group("a")), "against": int(bare.group("b"))})
        if bare.group("c"):
            counts.setdefault("abstain", int(bare.group("c")))
    return Votes(**counts) if counts else None


@dataclass(slots=True)
class _Roll:
    """A recorded vote read line by line below a motion: counts, and names under the count they follow."""

    counts: dict[str, int] = field(default_factory=dict)
    recorded: list[RecordedVote] = field(default_factory=list)
    pending: VoteCast | None = None  # a count line with no names yet: the next line may list them

    def read(self, text: str) -> bool:
        """Take one line if it belongs to the vote; False when it does not."""
        m = _vote_line().match(text)
        if m is not None:
            cast = next(c for c in _CASTS if m.group(c.value))
            count = m.group("n") or m.group("q") or m.group("m") or m.group("k")
            if count is not None:
                self.counts[cast.value] = int(count)
            names = _names(m.group("names").lstrip(" -–—"))  # "Aye: 4 - Quill, Cho": the count's dash
            self.recorded += [RecordedVote(name=n, vote=cast) for n in names]
            self.pending = cast if not names and count not in (None, "0") else None
            return count is not None or bool(names)
        if self.pending is not None and (names := _names(text)):
            self.recorded += [RecordedVote(name=n, vote=self.pending) for n in names]
            self.pending = None
            return True
        # "Absent: (1): S. Franke" among the vote's lines: who did not vote, part of the vote, not its wording.
        return bool(self.counts or self.recorded) and _result_other().match(text) is not None

    def votes(self, said: Votes | None) -> Votes | None:
        """The recorded vote, with the tally the verdict printed (``AYES: A, B`` … ``Motion carried 4-1``) for
        the counts the roll did not print; the verdict's tally alone when nothing was recorded."""
        if not self.counts and not self.recorded:
            return said
        counts = dict(self.counts)
        if said is not None:
            for cast, count in said.model_dump(include={"for_", "against", "abstain"}).items():
                if count is not None:
                    counts.setdefault(cast, count)
        return Votes(**counts, recorded=self.recorded)


@cache
def _group_title() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(lookup("group_titles")) + r"\s+(?=(?-i:[A-Z]))", re.I)


def _names(text: str) -> list[str]:
    """``Mr Baker, Mrs Bell and Mr Booth`` → the three names; [] for a sentence."""
    text = _group_title().sub("", text)  # "Crs Dale, Lee and Moana": the title of them all
    names = [n.strip() for n in re.split(r",|;|\band\b", text.strip().rstrip(".")) if n.strip()]
    # Each piece on its own: one call per short name, so a vote list of thousands stays linear.
    return names if names and all(len(n.split()) <= MAX_NAME_WORDS and starts_with_name(n) for n in names) else []


@cache
def _mover_leads() -> re.Pattern[str]:
    return re.compile(r"^(?:\s*(?:" + alternation(lookup("mover_lead_words")) + r")(?![\w])[\s,]*)*", re.I)


#: Where a mover's name ends: a comma, a colon, a full stop (unless of an initial or title), ``and``, ``that``, a dash.
_NAME_END = re.compile(r",|;|:|\.(?:\s|$)|\s(?:and|that|to|who|which)\s|\s[-–—]\s")


def _person(text: str) -> str | None:
    """The name a mover or seconder phrase starts with: ``by Cllr B and unanimously agreed`` → ``Cllr B``."""
    text = _mover_leads().sub("", text.lstrip(" ,;:"))
    for end in _NAME_END.finditer(text):
        if end.group(0).startswith(".") and _initial_or_title(text[:end.start()]):
            continue  # "P. Van Meerbergen", "Cllr. O. Williams": the full stop of an initial or a title
        text = text[:end.start()]
        break
    text = text.strip()
    if text and _office_alone(text):
        return text  # "Seconded: His Worship the Mayor": a member named by office
    if not text or len(text.split()) > MAX_NAME_WORDS or not starts_with_name(text):
        return None
    return text


def _initial_or_title(text: str) -> bool:
    """Whether ``text`` ends with an initial or a title (``P``, ``Cllr``): a full stop after it ends no name."""
    tok = re.search(r"[\w']+$", text)
    return tok is not None and (len(tok.group(0)) == 1 or tok.group(0).lower() in _abbreviations())


def _office_alone(text: str) -> bool:
    """``the Mayor``, ``His Worship the Mayor``, ``Deputy Mayor``: an office standing for the member holding it."""
    return bool(phrase_pattern("office_titles").fullmatch(re.sub(r"^the\s+", "", text.strip(), flags=re.I)))


def _only_person(text: str) -> str | None:
    """The name ``text`` holds when it holds nothing else: a label line names people, while ``Moved by A and
    seconded by B to approve …`` is a whole motion on one line."""
    name = _person(text)
    return name if name is not None and name == _mover_leads().sub("", text.strip(" ,;:.")) else None


def _name_before(text: str, pos: int) -> str | None:
    """The person a sentence opens with before its verb at ``pos``: ``3) Mr Booth proposed`` → ``Mr Booth``."""
    head = text[:pos]
    start = 0
    for cut in _CLAUSE_CUT.finditer(head):
        if cut.group(0).startswith(".") and _initial_or_title(head[:cut.start()]):
            continue  # "Mr. Case moved", "J. Smith proposed": the full stop of a title or an initial
        start = cut.end()
    head = head[start:]
    # "3) Mr Booth proposed", "(b) Cllr Lee moved": a paragraph's number, not "Mr." or an initial
    number = re.match(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z]{1,4}\)|\([A-Z]\)|[a-z]\.)\s", head)
    return _person(head[number.end():] if number else head)


_CLAUSE_CUT = re.compile(r"[.;:!?,]\s")


def _seconded_movers(text: str, m: re.Match[str]) -> tuple[str | None, str | None]:
    """Mover and seconder of a motion read by :func:`motion`: ``Moved by Cllr A, seconded by Cllr B``
    (names after the words) or ``Mr Booth proposed and Mrs Binks seconded`` (each before its word)."""
    mover = m.group("mover")
    if re.match(r"\s*,?\s*and\b", mover, re.I):
        return _name_before(text, m.start()), _person(mover)
    if not mover.strip(" ,;"):  # "Councilmember Jones moved, seconded by Councilmember Lee, to …"
        return _name_before(text, m.start()), _person(m.group("gap"))
    return _person(mover), _person(m.group("gap"))


@cache
def _closures() -> frozenset[str]:
    return frozenset(_plain(t) for t in lookup("closure_motions"))


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _closure(wording: str) -> bool:
    """A motion that only closes the debate (``that the substantive motion be put to the vote``): its first
    sentence ends with one of ``closure_motions``."""
    first = _plain(re.split(r"(?<=[.!?;])\s", wording.strip(), maxsplit=1)[0])
    return any(first == c or first.endswith(" " + c) for c in _closures())


#: How much of a carried motion's wording a later decision block must repeat to be its restatement.
RESTATED_SHARE = 0.6


def _stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five (``notes`` and ``note``, ``agrees`` and ``agree`` meet)."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _merge_restated(item: MinuteItem) -> None:
    """A decision block that restates a carried motion above it (``Mr A proposed … the motion that …
    Motion carried.`` then ``RESOLVED that …``) is the one decision: it takes the motion's movers, outcome
    and votes, and the motion goes."""
    block = item.resolutions[-1]
    if block.outcome is not None:
        return
    words = _stems(block.text)
    for motion_ in list(item.resolutions[:-1]):
        if motion_.outcome is None:
            continue
        said = _stems(motion_.text)
        if said and len(said & words) >= RESTATED_SHARE * len(said):
            item.resolutions.remove(motion_)
            block.moved_by, block.seconded_by = block.moved_by or motion_.moved_by, block.seconded_by or motion_.seconded_by
            block.outcome, block.votes = motion_.outcome, block.votes or motion_.votes
