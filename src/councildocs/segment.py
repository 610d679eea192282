"""Find the parts of a document: front sheet, agenda, minutes, reports, appendices.

``blocks_to_parts`` works on paragraphs (wrapped lines joined) and looks for
anchors, each recognised by its words from ``models/terms.json`` and its shape:

* an agenda heading (``Agenda``, ``A g e n d a``);
* an attendance heading (``Present:``): a set of minutes, whose title block
  (body, date, times, ``Minutes of the meeting held on…``) is the few short
  paragraphs just above it;
* a report heading (``REPORT for meeting to be held on…``, ``Report to
  Cabinet``, a ``Report title:`` table), with the short lines above it
  (``Item No 5``, the committee name);
* an appendix heading (``Appendix A``).

Everything before the first anchor is the front sheet; a set of minutes ends
at its signature line (``CHAIR``) or at the next anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from .document import Document, Table
from .extractors.items import parse_heading
from .layout import Para, lines_to_paras
from .outline import Outline, blocks_to_item_paras, blocks_to_outline
from .textpatterns import (
    NUMBER_PREFIX,
    SIGNATURE,
    WEEKDAY,
    attendance_heading,
    item_label,
    numbered_heading,
    prefixed,
)
from .vocab import alternation, lookup

PartKind = Literal["front_sheet", "agenda", "minutes", "report", "appendix", "other"]

#: How many short paragraphs above an attendance heading may belong to the minutes' title block.
TITLE_BLOCK = 8
#: A document whose minutes start within this many paragraphs of its top has no front sheet of its own.
OPENING_TITLE = 10
#: How many short paragraphs above a report heading may belong to the report's front lines.
REPORT_LEAD = 4
#: How many paragraphs below a minutes title without an attendance heading the first numbered item may stand.
NUMBERED_REACH = 12

#: "Report of the Director …" also opens agenda descriptions, so only these open a report.
_REPORT = re.compile(r"^\s*report\s+(?:for|to|title)\b", re.I)
_REPORT_TABLE = re.compile(r"^\s*report\s+title\b", re.I)
_APPENDIX = re.compile(r"^\s*(?i:appendix|annex|schedule)\s+(?:[A-Z]{1,2}|\d{1,3}|[IVX]{1,4})(?![\w])")
#: A long paragraph still belongs to a title block when it says when the meeting was held.
_HELD_ON = re.compile(r"\b(?:held|meeting)\b.*\b(?:19|20)\d\d\b", re.I)
_SPACES = re.compile(r"\s+")
#: ``Minutes of a Meeting of the Council held at …``: a minutes title, with or without the body's name first.
_MINUTES_TITLE = re.compile(r"^(?:(?:[A-Z&][\w&'’-]*|of|the|and|draft)\s+){0,10}?(?i:minutes\s+(?:of|for)\s+(?:the|a|an)\b)"
                            # "Minutes of Stoke Ferry Parish Council Meeting held in …": the body's name, no article
                            r"|^\s*(?i:minutes\s+of\s+)(?!(?i:previous|last|next)\b)[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,8}?"
                            r"\s+(?i:meeting)\b"
                            r"|^\s*(?i:(?:(?:[a-z]+\s+){0,2}meeting\s+)?held\s+(?:at|on|in)\b).*\b(?:19|20)\d\d\b")
#: ``Minute of Meeting of the …`` (Scotland), ``Minutes of the meeting …``: a sentence naming the paper as minutes.
_MINUTE_OF = re.compile(r"\bminutes?\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b", re.I)
_PRESENT_AT_END = re.compile(r"\b(?:there\s+were|were|being)\s+present\s*(?:[:\-–—]\s*)+$", re.I)
_PRESENT_END_CHARS = (":", "-", "–", "—")


@dataclass(slots=True)
class Part:
    """A run of paragraphs and tables that belong together, with its kind."""

    kind: PartKind
    blocks: list[Para | Table] = field(default_factory=list)
    _outline: Outline | None = field(default=None, repr=False, compare=False)

    @property
    def paras(self) -> list[Para]:
        return [b for b in self.blocks if isinstance(b, Para)]

    def outline(self) -> Outline:
        """The part's outline, computed once: every extractor and ``councildocs inspect`` read this one.

        Minutes ask item titles for the look of a heading (``strict``); agendas print plain titles. The
        outline of minutes starts below their title block (:meth:`title_end`), without page furniture.
        """
        if self._outline is None:
            if self.kind == "minutes":
                body = drop_page_marks(self.blocks[self.title_end():])
                self._outline = blocks_to_outline(blocks_to_item_paras(body), strict=True)
            else:
                self._outline = blocks_to_outline(blocks_to_item_paras(self.blocks), strict=False)
        return self._outline

    def title_end(self) -> int:
        """Where the part's title block ends (see :func:`title_end`)."""
        return title_end(self.blocks)


def _words(para: Para) -> int:
    return len(para.text.split())


def _words_in(text: str) -> int:
    return len(text.split())


def is_agenda_heading(para: Para) -> bool:
    text = para.text.strip().rstrip(":")
    squeezed = _SPACES.sub("", text).lower()
    return len(text) <= 40 and any(
        squeezed == _SPACES.sub("", w).lower() for w in lookup("agenda_headings"))


def attendance_match(text: str) -> re.Match[str] | None:
    """The attendance heading ``text`` opens with, also under a minute number (``2307.01 Present``,
    ``Cou/285/07-08 Present``)."""
    m = attendance_heading().match(text)
    if m is None and (number := NUMBER_PREFIX.match(text)) is not None:
        m = attendance_heading().match(text[number.end():])
    return m


def ends_with_present(text: str) -> bool:
    """A title that opens the attendance at its end: ``… Cromer at 9.30 am when there were present:``."""
    # The pattern ends in a separator and spaces: a text ending otherwise is refused without scanning it
    # (attendance asks this of each paragraph as it grows a line at a time).
    if text.rstrip()[-1:] not in _PRESENT_END_CHARS:
        return False
    return bool(_PRESENT_AT_END.search(text)) and _words_in(text) <= 60


def is_present_heading(para: Para) -> bool:
    """``Present:``, ``PRESENT``, ``Members Present:-``, ``2307.01 Present``, a title ending ``… were present:``
    — but not ``Apologies`` (those appear inside items too)."""
    m = attendance_match(para.text)
    if m and m.group("present") and _attendance_movement().search(para.text, m.end()):
        return False  # "Attendance: Councillor Fulton entered the meeting at 9.06a.m.": a note, not a list
    return bool(m and m.group("present")) or ends_with_present(para.text)


@cache
def _attendance_movement() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup("attendance_movements")) + r"(?![\w])", re.I)


def opens_attendance(para: Para) -> bool:
    """Whether ``para`` opens an attendance section of any status (``Present:``, ``Apologies:``, ``… were present:``)."""
    return attendance_match(para.text) is not None or ends_with_present(para.text)


def is_report_heading(block: Para | Table) -> bool:
    if isinstance(block, Table):
        first = block.rows[0][0].text if block.rows and block.rows[0] else ""
        return bool(_REPORT_TABLE.match(first))
    return bool(_REPORT.match(block.text)) and _words(block) <= 16


def is_appendix_heading(para: Para) -> bool:
    return bool(_APPENDIX.match(para.text)) and _words(para) <= 10


def _is_short_title(block: Para | Table) -> bool:
    if isinstance(block, Table):
        return False
    text = block.text
    if prefixed("minutes_headings").match(text) or (_words(block) <= 45 and _HELD_ON.search(text)):
        return True
    return _words(block) <= 16 and not text.endswith((".", ",", ";")) and not SIGNATURE.match(text)


#: A title line that dates a meeting: a year, or a weekday or month name with a day.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b" + WEEKDAY + r"\b", re.I)


#: How close above an attendance heading a date must stand to date the minutes it opens (``Cabinet`` /
#: ``12 May 2022`` / ``Present:``); a date further up is the agenda's own.
DATE_ABOVE_PRESENT = 3


def _minutes_title(title: list[Para | Table]) -> bool:
    """Whether the short paragraphs above an attendance heading inside an agenda title a set of minutes (a
    minutes heading, a meeting held, or a date right above the heading), rather than being the agenda's
    headings (``Recommendation of the Budget and Finance Committee`` / ``Present: Supervisors A, B``)."""
    for k, block in enumerate(title):
        if not isinstance(block, Para):
            continue
        text = block.text
        if (prefixed("minutes_headings").match(text) or _MINUTES_TITLE.match(text) or _MINUTE_OF.search(text)) \
                and not _acts_on_minutes(text):
            return True
        if len(title) - k <= DATE_ABOVE_PRESENT and _DATED.search(text) and not _names_agenda(text):
            return True
    return False


@cache
def _minutes_action() -> re.Pattern[str]:
    return re.compile(r"^[^\n]{0,60}?(?<![\w])" + alternation(lookup("minutes_actions")) + r"(?![\w])[^\n]{0,40}?(?<![\w])minutes\b",
                      re.I)


def _acts_on_minutes(text: str) -> bool:
    """``Approval of Minutes of the Regular Meeting of …``: an agenda item on earlier minutes, not a title."""
    return bool(_minutes_action().match(text))


def _names_agenda(text: str) -> bool:
    return bool(re.search(r"(?<![\w])agenda(?![\w])", text, re.I))


def _backtrack(blocks: list[Para | Table], index: int, limit: int, floor: int) -> int:
    """The first index of the short title paragraphs directly above ``index`` (not below ``floor``).

    A numbered item heading above is the end of something else (an agenda), not part of the title.
    """
    start = index
    while start - 1 >= floor and index - (start - 1) <= limit and _is_short_title(blocks[start - 1]):
        above = blocks[start - 1]
        if isinstance(above, Para) and numbered_heading(above.text) and not item_label().match(above.text):
            break
        start -= 1
    return start


def _same_report(anchors: list[tuple[int, PartKind]], i: int) -> bool:
    return bool(anchors) and anchors[-1][1] == "report" and i - anchors[-1][0] <= REPORT_LEAD + 2


def find_anchors(blocks: list[Para | Table]) -> list[tuple[int, PartKind]]:
    """(start index, kind) of every part, in order."""
    anchors: list[tuple[int, PartKind]] = []
    floor = 0
    # Since the last minutes anchor, has an item or a signature shown that its attendance section is over?
    minutes_moved_on = True
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            if is_report_heading(block) and not _same_report(anchors, i):
                start = i - 1 if i and isinstance(blocks[i - 1], Para) and blocks[i - 1].heading else i
                anchors.append((max(start, floor), "report"))
                floor = i + 1
            continue
        kind: PartKind | None = None
        start = i
        if _words(block) <= 20 and (numbered_heading(block.text) or SIGNATURE.match(block.text)):
            minutes_moved_on = True
        if is_present_heading(block) and not minutes_moved_on:
            continue  # "Substitutes:", "Officers present:" — another section of the same attendance
        if is_present_heading(block):
            kind, start = "minutes", _backtrack(blocks, i, TITLE_BLOCK, floor)
            if anchors and anchors[-1][1] == "agenda" and not _minutes_title(blocks[start:i]):
                continue  # "Recommendation of the Finance Committee" / "Present: Supervisors A, B": agenda text
        elif is_agenda_heading(block):
            kind = "agenda"
        elif is_report_heading(block):
            if _same_report(anchors, i):
                continue  # "Report of Director ..." among the front lines of the report just found
            kind, start = "report", _backtrack(blocks, i, REPORT_LEAD, floor)
        elif item_label().match(block.text) and i + 1 < len(blocks) and is_report_heading(blocks[i + 1]):
            continue  # the report anchor on the next line takes this label with it
        elif is_appendix_heading(block):
            kind = "appendix"
        if kind is None:
            continue
        if anchors and anchors[-1][1] == "minutes" and kind == "minutes" and start <= anchors[-1][0] + 1:
            continue  # a second attendance heading in the same title block
        anchors.append((start, kind))
        floor = i + 1
        minutes_moved_on = kind != "minutes"
    if not any(kind == "minutes" for _, kind in anchors):
        anchors = _untitled_minutes(blocks, anchors)
    if anchors and anchors[0][1] == "minutes" and 0 < anchors[0][0] <= OPENING_TITLE:
        # A document that opens with its minutes: the few paragraphs above the attendance are its title
        # block, however long its sentences ("A regular meeting of the Township Council was held on …").
        anchors[0] = (0, "minutes")
    return anchors


def _untitled_minutes(blocks: list[Para | Table], anchors: list[tuple[int, PartKind]]) -> list[tuple[int, PartKind]]:
    """Minutes that print no attendance heading (``Councillors A, B and C`` straight under the title): a
    ``Minutes of the meeting …`` title near the top, before any other part, with numbered items below it."""
    end = min([TITLE_BLOCK + 4, *(start for start, _ in anchors)])
    for i in range(min(end, len(blocks))):
        block = blocks[i]
        if not isinstance(block, Para) or not _MINUTES_TITLE.match(block.text) or numbered_heading(block.text) \
                or _acts_on_minutes(block.text):
            continue
        # Numbered in any shape the outline reads (``1.``, ``I.`` with ``II.`` after it, ``A.``)
        below = blocks[i + 1:i + 1 + NUMBERED_REACH]
        if blocks_to_outline(blocks_to_item_paras(below), strict=True).items():
            return sorted([*anchors, (_backtrack(blocks, i, TITLE_BLOCK, 0), "minutes")])
        return anchors
    return anchors


def blocks_to_parts(doc: Document) -> list[Part]:
    """Split a document's body into parts (front sheet, agenda, minutes, reports, appendices)."""
    blocks = _split_title_attendance(lines_to_paras(doc.lines_and_tables()))
    anchors = find_anchors(blocks)
    parts: list[Part] = []
    if not anchors or anchors[0][0] > 0:
        end = anchors[0][0] if anchors else len(blocks)
        parts.append(Part("front_sheet", blocks[:end]))
    for n, (start, kind) in enumerate(anchors):
        end = anchors[n + 1][0] if n + 1 < len(anchors) else len(blocks)
        chunk = blocks[start:end]
        if kind == "minutes":
            cut = _signature_index(chunk)
            if cut is not None and cut + 1 < len(chunk):
                parts.append(Part("minutes", chunk[: cut + 1]))
                parts.append(Part("other", chunk[cut + 1:]))
                continue
        parts.append(Part(kind, chunk))
    return parts


#: A sentence end inside a paragraph, where an attendance heading may follow in the same paragraph.
_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


def _split_title_attendance(blocks: list[Para | Table]) -> list[Para | Table]:
    """``ABERDEEN, 12 March 2024. Minute of Meeting of the X. Present:- Councillor A, Convener; …``: minutes
    whose title sentence runs on into the attendance in one paragraph get the attendance as a paragraph of
    its own, so it opens the minutes as a ``Present:`` line does."""
    out: list[Para | Table] = []
    for n, block in enumerate(blocks):
        cut = _attendance_after_title(block) if n < TITLE_BLOCK and isinstance(block, Para) else None
        out.extend(block.split_at(cut) if cut is not None else [block])  # type: ignore[union-attr]
    return out


def _attendance_after_title(para: Para) -> int | None:
    """Where a ``Present:`` heading starts a sentence of a minutes title paragraph, or None."""
    text = para.text
    if _HELD_ON.search(text) is None and _MINUTE_OF.search(text) is None:
        return None
    for m in _SENTENCE_BREAK.finditer(text):
        heading = attendance_match(text[m.end():])
        if heading is not None and heading.group("present"):
            return m.end()
    return None


def _signature_index(chunk: list[Para | Table]) -> int | None:
    for i, block in enumerate(chunk):
        if i > 2 and isinstance(block, Para) and SIGNATURE.match(block.text) and _words(block) <= 4:
            return i
    return None


def title_end(blocks: list[Para | Table]) -> int:
    """Where the title block of a set of minutes ends: at its first attendance heading (a title ending
    ``… when there were present:`` is title itself) or at its first numbered item, whichever comes first
    (``1. CALL TO ORDER`` then ``2. ROLL CALL`` / ``Present: …``: the items before the roll call are items)."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Para):
            continue
        if ends_with_present(block.text):
            return i + 1
        if opens_attendance(block) or parse_heading(block, strict=True):
            return i
    return 0


#: A Markdown page break as PDF-to-Markdown converters print it (``---``), and a page number on the line below.
_PAGE_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.I)


def drop_page_marks(blocks: list[Para | Table]) -> list[Para | Table]:
    """The blocks without page furniture: a page rule (``---``) and the bare page number printed after it.

    A page number left in would read as an item number (``2`` above the next page's ``Votes of Sympathy``),
    and the rule would cut a decision that runs over a page break."""
    out: list[Para | Table] = []
    after_rule = False
    for block in blocks:
        if isinstance(block, Para):
            if _PAGE_RULE.match(block.text):
                after_rule = True
                continue
            if after_rule and _PAGE_NUMBER.match(block.text):
                after_rule = False
                continue
        after_rule = False
        out.append(block)
    return out
