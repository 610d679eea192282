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
from dataclasses import dataclass, field
from functools import cache

from ..document import Table
from ..layout import WRAP_GAP, Para, evidence_for, paras_to_blocks
from ..outline import OutlineNode, blocks_to_item_paras, blocks_to_outline
from ..records import MinuteItem, Minutes, MinutesMeeting, Resolution
from ..segment import Part, ends_with_present, opens_attendance
from ..textpatterns import (
    CLAUSE,
    MEETING_END,
    TIME_RANGE,
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
from .items import parse_heading
from .meeting import _is_council_only, body_name, venue_line
from .names import starts_with_name

_ON_DATE = re.compile(r"\s+(?:on|at)\s+(?:\w+day\b|\d).*$", re.I)


def parts_to_minutes(parts: list[Part], context: DateContext) -> list[Minutes]:
    """Every set of minutes in the document, in order."""
    return [part_to_minutes(part, context) for part in parts if part.kind == "minutes"]


def part_to_minutes(part: Part, context: DateContext) -> Minutes:
    blocks = part.blocks
    end = title_end(blocks)
    title = [b for b in blocks[:end] if isinstance(b, Para)]
    meeting = title_to_meeting(title, part, context)
    return Minutes(
        meeting=meeting,
        attendees=blocks_to_attendees(paras_to_blocks(blocks)),
        items=blocks_to_items(blocks[end:]),
        evidence=evidence_for(blocks[:1]),
    )


def title_end(blocks: list[Para | Table]) -> int:
    """Where the title block of a set of minutes ends: at its first attendance heading (a title ending
    ``… when there were present:`` is title itself), else at its first numbered item."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Para):
            continue
        if ends_with_present(block.text):
            return i + 1
        if opens_attendance(block):
            return i
    return next((i for i, b in enumerate(blocks) if isinstance(b, Para) and parse_heading(b, strict=True)), 0)


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
        name = body_name(_draft_stamp().sub("", text))
        if name and (meeting.body is None or (_is_council_only(meeting.body) and not _is_council_only(name))):
            meeting.body = name  # "Policy & Resources Committee" under "Brighton & Hove City Council"
    joined = " ".join(p.text.strip() for p in title)
    if meeting.venue is None:
        meeting.venue = next((v for t in [joined] + [p.text for p in title] if (v := title_to_venue(t))), None)
    if meeting.venue is None:
        # A place on a line of its own under the date line: "The Memorial Hall, Pensford".
        dated = [i for i, p in enumerate(title) if parse_date(p.text, context)]
        below = title[dated[0] + 1:dated[0] + 2] if dated else []
        meeting.venue = next((v for p in below if (v := venue_line(p.text))), None)
    if meeting.start_time is None:
        meeting.start_time = parse_time(joined)
    if meeting.end_time is None:
        for para in part.paras:
            m = MEETING_END.search(para.text)
            if m:
                meeting.end_time = parse_time(m.group("time"))
                break
    return meeting


#: A title line read for a start time though it holds no date: ``At the Village Hall 7.30pm``, ``commencing at 19:00``.
_TIME_WORDS = re.compile(r"(?:^\s*(?:at|in)\s|\b(?:commencing|starting|beginning|opened|started|commenced)\b)", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs\b|hours\b)|\d{1,2}[.:]\d{2}(?!\d)"
#: Where a venue phrase starts: after ``held at`` / ``held in``, or ``at the`` / ``in the``, or ``At`` opening a line.
_VENUE_LEAD = re.compile(r"(?:\bheld\s+(?:at|in)\s+|(?:^|(?<=\s))(?:at|in)\s+(?=the\s)|(?:^|(?<=\s))(?-i:At|In)\s+)", re.I)
#: Where it stops: a date or time, a clause about the meeting, a sentence end, the attendance list of the next line.
_VENUE_END = re.compile(r"\s*(?:,?\s+(?:on|at|from)\s+(?:\w+day\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"|" + _CLOCK + r")"
                        r"|,?\s+(?:commencing|starting|beginning|which|when|where|to\s+consider)\b|,?\s*(?:" + _CLOCK
                        + r")|[.;](?:\s|$)|\s+[-–—]\s|\s+(?-i:Councillors?|Cllrs?|Present)\b(?!['’])|$)", re.I)
#: What follows ``at`` / ``in`` without being a place: a time, a date, or words of procedure.
_NOT_VENUE = re.compile(r"^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|accordance\b|person\b|public\b|private\b"
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


def blocks_to_items(blocks: list[Para | Table]) -> list[MinuteItem]:
    """Numbered items (the items of the part's outline) and their resolutions, from the blocks after the
    attendance."""
    paras = blocks_to_item_paras(blocks)
    outline = blocks_to_outline(paras, strict=True)
    item_at = {node.block: node for node in outline.items()}
    items: list[MinuteItem] = []
    i = 0
    while i < len(paras):
        block = paras[i]
        if isinstance(block, Table):
            i += 1
            continue
        node = item_at.get(i)
        if node is not None:
            items.append(_node_to_item(node, block))
            i += 1
            continue
        resolutions, used = _decision_at(paras, i, item_at, items[-1] if items else None)
        if used:
            if items:
                items[-1].resolutions.extend(resolutions)
            i += used
            continue
        i += 1
    return items


def _node_to_item(node: OutlineNode, block: Para) -> MinuteItem:
    """A minute item from its outline node; a title that only names the mover and seconder
    (``R2023-093 D. Yemm, S. Kirkey:``) is no title: they are the item's ``moved_by`` and ``seconded_by``."""
    heading = node.heading
    movers = _movers(heading.title)
    item = MinuteItem(number=heading.number, title="" if movers else heading.title, exempt=heading.exempt,
                      evidence=block.evidence)
    if movers:
        item.moved_by, item.seconded_by = movers
    return item


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
                 item: MinuteItem | None) -> tuple[list[Resolution], int]:
    """The decisions that start at ``paras[i]`` and how many blocks they span: moved and seconded motions,
    decision blocks (``RESOLVED …``), or the motion of an item whose number line names its movers."""
    motions, used = _motion_at(paras, i, item_at)
    if used:
        return motions, used
    resolution, used = _resolution_at(paras, i, item_at)
    if resolution is not None:
        return [resolution], used
    if item is not None and item.moved_by and not item.resolutions:
        return _moved_item_motion(paras, i, item_at)
    return [], 0


def _strip_number(text: str) -> str:
    """``5.3 RESOLVED`` → ``RESOLVED``, ``b) It was resolved`` → ``It was resolved``: a paragraph or clause
    number before the decision word."""
    return re.sub(r"^\s*(?:\d{1,3}(?:\.\d{1,3}){1,2}\.?|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi)\))\s+", "", text)


def _opens_decision(text: str) -> re.Match[str] | None:
    """The decision word that opens ``text`` or one of its sentences (``… Councillors resolved to sign``)."""
    text = _strip_number(text)
    return decision().match(text) or decision_in_sentence().search(text) or _MOVED_AND_DECIDED.search(text)


#: ``It was proposed by Cllr Ives and resolved, to invite…``: a motion without a seconder, decided on the spot.
_MOVED_AND_DECIDED = re.compile(
    r"(?<![\w])(?:proposed|moved)\s+by\b[^;\n]{0,120}?\band\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?P<word>resolved|agreed)"
    r"(?![\w-])(?=,?\s*(?:unanimously\s+)?(?:to|that)\b)", re.I)


def _resolution_at(blocks: list[Para | Table], i: int, item_at: Container[int]) -> tuple[Resolution | None, int]:
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
        starts_body = not parts and not clauses and j not in item_at
        wrapped = (nxt.first.bbox is not None and nxt.first.gap <= WRAP_GAP and nxt.page == used[-1].page
                   and not nxt.text[:1].isdigit())  # "4.4.13i) The provision…" is the next paragraph
        continues = (nxt.text[:1].islower() or wrapped) and bool(parts or clauses)
        if not (is_clause or starts_body or continues) or _opens_decision(nxt.text) or _motions_in(nxt.text):
            break
        if j in item_at:
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


_SENTENCE_END = re.compile(r"(?P<tok>[\w']+)[.!?;]\s+(?=[A-Z])")


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

    Only after an ``and``, and only lower or upper case, so a seconder named ``Fell`` or ``Agreed`` is no verdict.
    """
    words = re.split(r"(?i)(?<![\w])and(?![\w])", gap, maxsplit=1)
    if len(words) < 2:
        return None
    for verdict, key in (("lost", "motion_lost"), ("carried", "motion_carried")):
        m = phrase_pattern(key).search(words[1])
        if m and (m.group(0).islower() or m.group(0).isupper()):
            return verdict
    return None


def _verdict_of(m: re.Match[str]) -> str:
    return "lost" if m.group("lost") else "carried"


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


#: How far after a moved-first wording its seconder may stand.
SECONDER_REACH = 400


def _opening(text: str, pos: int) -> _Opening | None:
    """The first motion opening in ``text`` at or after ``pos``: seconder first, or moved first."""
    found: list[_Opening] = []
    at = pos
    while (m := motion().search(text, at)) is not None:
        if not (_crosses_sentence(m.group("mover")) or _crosses_sentence(m.group("gap"))):
            body = m.end() + decision_lead().match(text[m.end():]).end()  # type: ignore[union-attr]
            found.append(_Opening(m.start(), body, _gap_verdict(m.group("gap"))))
            break
        at = m.start() + 1
    at = pos
    while (m := motion_moved_first().search(text, at)) is not None:
        body = m.end() + decision_lead().match(text[m.end():]).end()  # type: ignore[union-attr]
        seconder = phrase_pattern("motion_seconders").search(text, body, body + SECONDER_REACH)
        if seconder is not None and motion_moved_first().search(text, body, seconder.start()) is None:
            found.append(_Opening(m.start(), body, None, seconder))
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
    while (opening := _opening(text, pos)) is not None:
        after_body = opening.seconder.end() if opening.seconder else opening.body
        nxt = _opening(text, after_body)
        limit = nxt.start if nxt else len(text)
        if opening.seconder is None:
            segment = text[opening.body:limit]
            verdict = motion_verdict().search(segment, 1)  # from 1: a verdict needs wording before it
            wording = segment[:verdict.start()] if verdict else segment
            said = opening.said or (_verdict_of(verdict) if verdict else None)
            found.append(_Motion(text=_trim(wording), verdict=said))
            pos = opening.body + (verdict.end() if verdict else len(segment))
            continue
        wording = text[opening.body:opening.seconder.start()]
        wording = wording[:_trailing_leads().search(wording).start()]  # type: ignore[union-attr]
        rest = text[opening.seconder.end():limit]
        verdict = motion_verdict().search(rest)
        said = _gap_verdict(rest[:_sentence_end(rest)]) or (_verdict_of(verdict) if verdict else None)
        found.append(_Motion(text=_trim(wording), verdict=said, closed=True))
        pos = opening.seconder.end() + (verdict.end() if verdict else len(rest))
    return found


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


def _moved_item_motion(paras: list[Para | Table], i: int, item_at: Container[int]) -> tuple[list[Resolution], int]:
    """The motion under an item whose number line names its movers (``R2023-093 D. Yemm, S. Kirkey:`` then
    ``That … Carried.``): its paragraphs up to the verdict, which closes the last of them or stands alone."""
    parts: list[str] = []
    taken: list[Para] = []
    j = i
    while j < len(paras) and j not in item_at and len(taken) < MOVED_ITEM_PARAS:
        para = paras[j]
        if not isinstance(para, Para):
            break
        text = para.text.strip()
        alone = _verdict_opening(text)
        verdict = alone if alone is not None and parts else _verdict_at_end(text)
        taken.append(para)
        if verdict is not None:
            if verdict is not alone:
                parts.append(_trim(text[:verdict.start()]))
            if _verdict_of(verdict) != "carried" or not parts:
                return [], len(taken)
            body = " ".join(p for p in parts if p)
            return [Resolution(text=body, outcome="carried", evidence=evidence_for(taken))], len(taken)
        parts.append(text)
        j += 1
    return [], 0


def _trim(wording: str) -> str:
    """The wording without the comma, dash or bracket that led into its verdict."""
    return wording.strip().rstrip(",;:-–—(").strip()


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
    motions = _motions_in(_strip_number(para.text))
    if not motions:
        return [], 0
    used: list[Para] = [para]
    open_motion = motions[-1]
    if open_motion.verdict is None:
        used.extend(_motion_continues(blocks, i, item_at, open_motion))
    if all(m.verdict is None for m in motions):
        return [], 0
    out = [Resolution(text=m.text, clauses=m.clauses,
                      evidence=evidence_for(used if m is open_motion else [para]))
           for m in motions if m.verdict == "carried" and m.text and not _only_a_name(m.text)]
    return out, len(used)


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
    j = i + 1
    while j < len(blocks):
        nxt = blocks[j]
        if not isinstance(nxt, Para) or j in item_at:
            break
        text = nxt.text
        verdict = _verdict_opening(text)
        if verdict is not None:
            open_motion.text, open_motion.verdict = " ".join(parts), _verdict_of(verdict)
            return [*taken, nxt]
        if _opens_decision(text) or _motions_in(text):
            break
        is_clause = bool(CLAUSE.match(text)) or bool(nxt.bullet)
        above = taken[-1] if taken else blocks[i]
        wrapped = (nxt.first.bbox is not None and nxt.first.gap <= WRAP_GAP
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
