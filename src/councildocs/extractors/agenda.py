"""The agenda: numbered items with title, description, page range and exempt flag.

Items are read from the agenda part (after an ``Agenda`` heading), or, when a
pack prints its agenda on the front sheet without a heading, from the front
sheet. Item numbers only go up; a page reference printed on its own line
(``(Page 5)``) belongs to the item above it.

Councils lay the same list out in several ways, and each is brought back to
one heading per paragraph before items are read (``blocks_to_item_paras``):
a number printed on a line of its own above its title (``2.`` then
``Appointment of Substitutes``) joins the title; a paragraph that swallowed the
next item's line (``2734. Reports … 2735. Report back …``) is split there; a
title wrapped after a word that cannot end it (``… in the Amount of`` /
``$1,557,662 for …``) takes its next line.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Line, Table
from ..layout import Para, evidence_for
from ..records import AgendaItem
from ..segment import Part
from ..textpatterns import CLAUSE, numbered_heading
from ..vocab import alternation, lookup
from .items import number_key, parse_heading, split_page_range

#: Without an agenda heading, a front sheet needs this many numbered items in a row to count as an agenda.
MIN_HEADLESS_ITEMS = 3

#: A line that is only an item number: ``2.``, ``4.1``, ``(3)``, ``Item 7``, ``AGENDA ITEM 5:``.
_BARE_NUMBER = re.compile(r"^\s*\*?\s*(?:(?:agenda\s+)?item\s*(?:no\.?|number)?\s*)?\(?\d{1,4}(?:[./]\d{1,3}){0,3}[a-z]?"
                          r"\s*[.):]?\s*$", re.I)


def parts_to_agenda(parts: list[Part]) -> list[AgendaItem]:
    """The agenda items of the document's own meeting, in order."""
    agenda = next((p for p in parts if p.kind == "agenda"), None)
    if agenda is not None:
        return blocks_to_agenda(agenda.blocks)
    front = next((p for p in parts if p.kind == "front_sheet"), None)
    items = blocks_to_agenda(front.blocks) if front is not None else []
    return items if len(items) >= MIN_HEADLESS_ITEMS else []


@cache
def _dangling() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup("title_dangling_words")) + r"\s*[,&]?$", re.I)


def _follows(prev: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """``2735`` after ``2734``, ``4.2`` after ``4.1`` or ``4``: the next number of the list."""
    return key[0] == prev[0] + 1 or (key[0] == prev[0] and key > prev)


def _split_run_on(para: Para) -> list[Para]:
    """Split a paragraph at each line that opens the next item (PDF lines joined across items) or a
    lettered sub-point (``a) To approve the minutes``, which a text file's lower-case start joins on)."""
    if len(para.lines) < 2:
        return [para]
    first = numbered_heading(para.text)
    if first is None:
        return [para]
    key = number_key(first.group("num"))
    out = [Para([para.lines[0]])]
    for line in para.lines[1:]:
        m = numbered_heading(line.text)
        if m is not None and _follows(key, number_key(m.group("num"))):
            key = number_key(m.group("num"))
            out.append(Para([line]))
        elif CLAUSE.match(line.text):
            out.append(Para([line]))
        else:
            out[-1].lines.append(line)
    return out


def _joins(last: Para | Table | None, para: Para) -> bool:
    """Does ``para`` belong to the item heading above it (a bare number's title, a wrapped title's tail)?"""
    if not isinstance(last, Para):
        return False
    if _BARE_NUMBER.match(last.text):
        return not _BARE_NUMBER.match(para.text)
    return bool(_dangling().search(last.text) and numbered_heading(last.text) and numbered_heading(para.text) is None
                and split_page_range(para.text)[0].strip())


def blocks_to_item_paras(blocks: list[Para | Table]) -> list[Para | Table]:
    """One item heading per paragraph: bare numbers joined to their titles, run-on items split apart,
    titles wrapped after a dangling word joined to their next line."""
    out: list[Para | Table] = []
    for block in blocks:
        if isinstance(block, Table):
            out.append(block)
            continue
        for para in _split_run_on(block):
            last = out[-1] if out else None
            if isinstance(last, Para) and _joins(last, para):
                out[-1] = Para([*last.lines, *para.lines])
            else:
                out.append(para)
    return out


def blocks_to_agenda(blocks: list[Para | Table]) -> list[AgendaItem]:
    """Items from the agenda's paragraphs and tables, numbers only going up."""
    items: list[AgendaItem] = []
    last_key: tuple[int, ...] | None = None
    for block in blocks_to_item_paras(blocks):
        if isinstance(block, Table):
            for item in table_to_agenda(block):
                if last_key is None or number_key(item.number) > last_key:
                    items.append(item)
                    last_key = number_key(item.number)
            continue
        heading = parse_heading(block, strict=False)
        if heading is not None and (last_key is None or heading.key > last_key):
            items.append(AgendaItem(number=heading.number, title=heading.title, exempt=heading.exempt,
                                    page_start=heading.page_start, page_end=heading.page_end,
                                    evidence=block.evidence))
            last_key = heading.key
            continue
        if not items:
            continue
        item = items[-1]
        rest, start, end = split_page_range(block.text)
        if start is not None and not rest.strip() and item.page_start is None:
            item.page_start, item.page_end = start, end
        elif item.description is None and not block.bold and len(block.text.split()) > 1:
            item.description = block.text
    return items


def table_to_agenda(table: Table) -> list[AgendaItem]:
    """Agenda items printed as a table: ``No. | Item | Pages`` rows, the number in the first cell."""
    items: list[AgendaItem] = []
    for row in table.rows:
        cells = [c.text for c in row]
        if len(cells) < 2 or not cells[0]:
            continue
        para = Para([Line(text=" ".join(t for t in cells if t), page=table.page)])
        heading = parse_heading(para, strict=False)
        if heading is None or heading.number != cells[0].strip().lstrip("*").strip().rstrip("."):
            continue
        items.append(AgendaItem(number=heading.number, title=heading.title, exempt=heading.exempt,
                                page_start=heading.page_start, page_end=heading.page_end,
                                evidence=evidence_for([table])))
    return items
