"""Who attended a meeting, from the blocks of one set of minutes.

Stages, each a plain function:

    blocks_to_paragraphs  join the wrapped lines of one PDF paragraph
    paragraphs_to_entries find the attendance sections and the people in them
    entries_to_attendees  statuses settled, spellings of one person linked

A section opens at an attendance heading (``Present:``, ``Members present:-``,
``Also in attendance:``, ``Apologies for absence were received from``; the
wordings are ``attendance_headings`` in ``models/terms.json``), takes the
text on the same line, the lines that follow while each opens with a person,
or the table that follows, and ends at the next heading, at a numbered item or
where prose starts. Inside an apologies item (``1. Apologies for Absence``) a
sentence such as ``Apologies were received from Councillors X and Y`` or a bare
list is read too. Ordinary discussion prose is never mined for names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..document import BBox, Block, Line, Table
from ..records import Attendee, Evidence
from ..vocab import alternation, lookup
from .names import (
    PersonMention,
    descriptor_to_position,
    is_none,
    link_names,
    name_key,
    split_names,
    starts_with_name,
    text_to_role,
)

# A wrapped line sits closer than this (in line heights) below the line it continues.
WRAP_GAP = 0.8
# A numbered line: "4.", "18.03.1", "2726.", "Item 4" (shapes of numbers, not wordings).
_NUMBERED = re.compile(r"^\s*\*?(?:item\s*(?:no\.?\s*)?)?\d{1,4}(?:[./]\d{1,3}){0,3}[a-z]?(?:[.):]|\s)\s*(?=\S)",
                       re.I)
_ENDS_OPEN = re.compile(r"(?:[,;&(]|\band)\s*$", re.I)
_STARTS_CONT = re.compile(r"^\s*(?:[a-z(]|and\b|&)")


@dataclass(slots=True)
class Paragraph:
    """Consecutive lines of one paragraph (or one table), with each line's offset in ``text``."""

    text: str = ""
    lines: list[Line] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    table: Table | None = None

    def add(self, line: Line) -> None:
        if self.lines:
            self.text += " "
        self.offsets.append(len(self.text))
        self.text += line.text.strip()
        self.lines.append(line)

    def evidence(self, start: int = 0, end: int | None = None) -> Evidence:
        """Page and bbox (PDF) or source-line span (text) of the lines holding ``text[start:end]``."""
        end = len(self.text) if end is None else end
        hit = [ln for ln, off in zip(self.lines, self.offsets, strict=True)
               if off < end and off + len(ln.text.strip()) >= start] or self.lines[:1]
        box: BBox | None = None
        for ln in hit:
            if ln.bbox is not None:
                box = ln.bbox.union(box)
        src = [ln.source_line for ln in hit if ln.source_line is not None]
        return Evidence(page=hit[0].page, bbox=box.as_tuple() if box else None,
                        lines=(min(src), max(src)) if src else None)


@dataclass(slots=True)
class Entry:
    """A person found in an attendance section, before statuses are settled."""

    mention: PersonMention
    status: str
    evidence: Evidence | None = None


@cache
def _heading() -> re.Pattern[str]:
    """An attendance heading at the start of a line; group names are the statuses."""
    groups = "|".join(f"(?P<{status.replace('-', '_')}>{alternation(words)})"
                      for status, words in lookup("attendance_headings").items())
    titles = alternation(lookup("titles"))
    # What may follow: punctuation, the end, a title ("Present Councillor ..."), or names after "from".
    return re.compile(r"^\s*(?:" + groups + r")(?:\s*[:;.\-–—]+\s*|\s*$|\s+(?=" + titles + r"\b)|(?<=from)\s+)",
                      re.I)


@cache
def _apologies_sentence() -> re.Pattern[str]:
    """``Apologies (for absence) (were) received from NAMES``, anywhere in a line."""
    words = alternation(lookup("attendance_headings", "apologies"))
    return re.compile(r"(?<![\w])" + words + r"(?:\s+(?:were|was|had\s+been|have\s+been)?\s*received)?\s+from\s+",
                      re.I)


def line_to_heading(text: str) -> tuple[str, str] | None:
    """(status, text after the heading) when ``text`` opens with an attendance heading."""
    m = _heading().match(text)
    if not m:
        return None
    status = next(k for k, v in m.groupdict().items() if v)
    return status, text[m.end():].strip()


def blocks_to_paragraphs(blocks: list[Block]) -> list[Paragraph]:
    """Tables stand alone; a PDF line joins the one above when it continues it (close below, list still open)."""
    paras: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Table):
            paras.append(Paragraph(table=block))
            continue
        if block.kind != "body" or not block.text.strip():
            continue
        prev = paras[-1] if paras and paras[-1].table is None else None
        if prev and _continues(prev, block):
            prev.add(block)
        else:
            para = Paragraph()
            para.add(block)
            paras.append(para)
    return paras


def _continues(prev: Paragraph, line: Line) -> bool:
    last = prev.lines[-1]
    if line.bbox is None or last.bbox is None or line.page != last.page or line.gap >= WRAP_GAP:
        return False
    if line.bold != last.bold:  # a bold heading above plain text, or the reverse
        return False
    if _NUMBERED.match(line.text):
        return False
    ended = prev.text.rstrip()[-1:] in ".:;!?"
    if line_to_heading(line.text) and (ended or line.gap > 0.5 or starts_with_name(prev.text)):
        return False
    if prev.text.count("(") > prev.text.count(")") or _ENDS_OPEN.search(prev.text) or _STARTS_CONT.match(line.text):
        return True
    if not line_to_heading(prev.text) and not starts_with_name(prev.text):
        return True  # prose wraps on, whatever the next line starts with ("... and S151" / "Officers.")
    return not ended and not starts_with_name(line.text)


def _numbered_title(text: str) -> str | None:
    m = _NUMBERED.match(text)
    return text[m.end():].strip() if m else None


def _is_apologies_item(title: str) -> bool:
    words = alternation(lookup("attendance_headings", "apologies"))
    return len(title.split()) <= 8 and bool(re.search(r"(?<![\w])" + words + r"(?![\w])", title, re.I))


def _mentions(text: str) -> list[PersonMention]:
    text = text.strip().rstrip(".")
    if not text or is_none(text):
        return []
    return split_names(text)


def _add(entries: list[Entry], para: Paragraph, status: str, text: str, offset: int) -> None:
    for m in _mentions(text):
        entries.append(Entry(m, status, para.evidence(offset + m.start, offset + m.end)))


def _sentences_from(entries: list[Entry], para: Paragraph) -> None:
    """``Apologies were received from Cllr X and Cllr Y.`` inside a line of prose."""
    for m in _apologies_sentence().finditer(para.text):
        rest = para.text[m.end():]
        stop = re.search(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!Cllr)(?<!Cllrs)\.(?:\s|$)", rest)
        _add(entries, para, "apologies", rest[:stop.start()] if stop else rest, m.end())


def table_to_entries(table: Table, status: str) -> list[Entry]:
    """An attendance table: a name column, then organisation / position columns (header row optional)."""
    from .members import table_columns

    rows = table.rows
    cols, body, guessed = table_columns(table)
    entries: list[Entry] = []
    for row in body:
        cells = {key: row[i].text.strip() for key, i in cols.items() if i < len(row) and row[i].text.strip()}
        people = _mentions(cells.get("name", ""))
        if len(people) != 1:
            continue
        person = people[0]
        beside = cells.get("organisation", "") if guessed or "position" not in cols else cells.get("position", "")
        if (guessed or "organisation" not in cols) and beside:  # one column: a role, a job, a body or "job, body"
            role = text_to_role(beside)
            if role:
                person.role = person.role or role
            else:
                person.position, person.organisation = descriptor_to_position(beside)
        else:
            person.organisation = beside or person.organisation
            person.position = cells.get("position") or person.position
        box = None
        for cell in row:
            if cell.bbox is not None:
                box = cell.bbox.union(box)
        line = table.source_lines[0] + rows.index(row) if table.source_lines else None
        entries.append(Entry(person, status, Evidence(page=table.page, bbox=box.as_tuple() if box else None,
                                                      lines=(line, line) if line else None)))
    return entries


def paragraphs_to_entries(paras: list[Paragraph]) -> list[Entry]:
    """Walk the paragraphs, opening and closing attendance sections."""
    entries: list[Entry] = []
    status: str | None = None  # the open section
    in_apologies_item = False
    table_status: str | None = None  # a table continued on the next page stays in its section
    for para in paras:
        if para.table is not None:
            if status or table_status:
                entries.extend(table_to_entries(para.table, status or table_status or ""))
            table_status, status = status or table_status, None
            continue
        table_status = None
        text = para.text
        title = _numbered_title(text)
        body = title if title is not None else text
        head = line_to_heading(body)
        if title is not None:
            in_apologies_item = _is_apologies_item(title.split(":")[0])
            status = None
        if head:
            status, rest = head
            if status != "apologies" and in_apologies_item and title is None:
                in_apologies_item = False
            _add(entries, para, status, rest, len(text) - len(rest))
            if title is not None and status != "apologies":
                status = None
            continue
        if title is not None:
            _sentences_from(entries, para)
            continue
        if status and starts_with_name(text):
            _add(entries, para, status, text, 0)
            continue
        if in_apologies_item and starts_with_name(text) and not _apologies_sentence().search(text):
            _add(entries, para, "apologies", text, 0)
            in_apologies_item = False
            continue
        status = None
        _sentences_from(entries, para)
    return entries


def entries_to_attendees(entries: list[Entry]) -> list[Attendee]:
    """One attendee per person and status; officers printed in a Present list count as also present."""
    canon = link_names([e.mention.name for e in entries])
    out: list[Attendee] = []
    seen: dict[tuple[str, str], Attendee] = {}
    for e in entries:
        m = e.mention
        status = e.status
        if status == "present" and m.position and not m.titled and not m.substitute_for:
            status = "also_present"  # the Clerk, an officer: named in the list but not a member
        name = canon.get(m.name, m.name)
        key = (name_key(name), status)
        if key in seen:
            old = seen[key]
            old.role = old.role or m.role
            old.substitute_for = old.substitute_for or m.substitute_for
            continue
        att = Attendee(name=name, status=status, role=m.role, substitute_for=m.substitute_for,
                       position=m.position, organisation=m.organisation, evidence=e.evidence)
        seen[key] = att
        out.append(att)
    return out


def blocks_to_attendees(blocks: list[Line | Table]) -> list[Attendee]:
    """Every attendee of one set of minutes: present, apologies, absent and also present.

    ``blocks`` run from the minutes' title to their end; names are found only
    in attendance sections, tables and apologies items, never in discussion prose.
    """
    return entries_to_attendees(paragraphs_to_entries(blocks_to_paragraphs(blocks)))
