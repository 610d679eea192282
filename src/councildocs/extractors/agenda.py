"""The agenda: numbered items with title, description, page range and exempt flag.

Items are read from the agenda part (after an ``Agenda`` heading), or, when a
pack prints its agenda on the front sheet without a heading, from the front
sheet. They are the items of the part's outline (:mod:`councildocs.outline`:
nested items, sessions that restart their numbering, clauses left out); a
page reference printed on its own line (``(Page 5)``) belongs to the item
above it, and the first paragraph under an item is its description.

An agenda item is a numbered heading. Many US agendas also print unnumbered
headings between their numbered items (``CALL TO ORDER``, ``ROLL CALL``,
``Public Comment``, ``CONSENT CALENDAR``, ``Adjournment``): those are the
sections and procedural steps of the order of business, and they are not
items. A reader who lists an agenda's items cites each by its number as
printed, and an unnumbered heading has none to cite; where a council wants a
step to be an item it numbers it (``1. CALL TO ORDER``), as Granicus, eSCRIBE
and BoardDocs agendas do. A section heading (upper case, or printed like the
items' headings or more prominently) is no item's description either.
"""

from __future__ import annotations

import re

from ..document import Line, Table
from ..layout import Para, evidence_for
from ..outline import Outline, blocks_to_item_paras, blocks_to_outline
from ..records import AgendaItem
from ..segment import Part
from .items import ItemHeading, number_key, parse_heading, split_page_range

#: Without an agenda heading, a front sheet needs this many numbered items in a row to count as an agenda.
MIN_HEADLESS_ITEMS = 3
#: ... and its first item on one of its first pages: an agenda is printed at the front of a paper.
HEADLESS_FIRST_PAGES = 3
#: A table row with this many figures (``10,289.7``, ``-100.0``) is a row of accounts, not an agenda item.
MAX_FIGURES = 2
_FIGURE = re.compile(r"^[-–(£$€]*\d[\d,]*(?:\.\d+)?%?\)?$")

def parts_to_agenda(parts: list[Part], *, headless: bool = True) -> list[AgendaItem]:
    """The agenda items of the document's own meeting, in order.

    ``headless=False`` (a report or forward plan: :func:`councildocs.kind.front_kind`) reads an agenda
    only under its heading, never the numbered list of a front sheet.
    """
    agendas = [p for p in parts if p.kind == "agenda"]
    # A cover that prints "AGENDA" over the meeting's particulars, then "AGENDA" again over the business:
    # the agenda is the first part with items.
    for agenda in agendas:
        if items := outline_to_agenda(agenda.outline()):
            return items
    if agendas:
        return []
    if not headless:
        return []
    front = next((p for p in parts if p.kind == "front_sheet"), None)
    items = outline_to_agenda(front.outline()) if front is not None else []
    if len(items) < MIN_HEADLESS_ITEMS or (items[0].evidence.page or 1) > HEADLESS_FIRST_PAGES:
        return []
    return items


def blocks_to_agenda(blocks: list[Para | Table]) -> list[AgendaItem]:
    """Items from an agenda's paragraphs and tables, in order."""
    return outline_to_agenda(blocks_to_outline(blocks_to_item_paras(blocks), strict=False))


def outline_to_agenda(outline: Outline) -> list[AgendaItem]:
    """Items from an agenda's outline (its item headings) and its tables, in order."""
    paras = outline.blocks
    item_at = {node.block: node for node in outline.items()}
    sections = set(outline.sections)
    items: list[AgendaItem] = []
    last_row: tuple[int, ...] | None = None
    for i, block in enumerate(paras):
        if isinstance(block, Table):
            for item in table_to_agenda(block):
                if last_row is None or number_key(item.number) > last_row:
                    items.append(item)
                    last_row = number_key(item.number)
            continue
        node = item_at.get(i)
        if node is not None and _restates_contents(node.heading, items):
            continue  # the pack's own heading for an item its contents page listed with a page
        if node is not None:
            heading = node.heading
            items.append(AgendaItem(number=heading.printed, title=heading.title, exempt=heading.exempt,
                                    page_start=heading.page_start, page_end=heading.page_end,
                                    file_number=heading.file_number, evidence=block.evidence))
            continue
        if not items:
            continue
        item = items[-1]
        rest, start, end = split_page_range(block.text)
        if start is not None and not rest.strip() and item.page_start is None:
            item.page_start, item.page_end = start, end
        elif (item.description is None and not block.bold and len(block.text.split()) > 1
              and i not in sections and not block.text.isupper()):
            # a section heading after an item ("PUBLIC HEARINGS", upper case even where it is not bold) heads
            # the next items, it describes none
            item.description = block.text
    return items


def _restates_contents(heading: ItemHeading, items: list[AgendaItem]) -> bool:
    """Whether ``heading`` repeats, with no page of its own, an item listed earlier with its page (``5.1
    Mayor's Report .... 15`` in the contents, ``5.1 MAYOR'S REPORT`` over the report): the same item. Items
    repeated without pages (each session of a joint meeting opening with ``1. Call to order``) stay apart."""
    if heading.page_start is not None:
        return False
    title = " ".join(heading.title.casefold().split())
    return any(item.page_start is not None and item.number == heading.printed
               and " ".join(item.title.casefold().split()) == title for item in items)


def table_to_agenda(table: Table) -> list[AgendaItem]:
    """Agenda items printed as a table: ``No. | Item | Pages`` rows, the number in the first cell."""
    items: list[AgendaItem] = []
    for row in table.rows:
        cells = [c.text for c in row]
        if len(cells) < 2 or not cells[0] or sum(bool(_FIGURE.match(t.strip())) for t in cells[1:]) >= MAX_FIGURES:
            continue
        para = Para([Line(text=" ".join(t for t in cells if t), page=table.page)])
        heading = parse_heading(para, strict=False)
        if heading is None or heading.number != cells[0].strip().lstrip("*").strip().rstrip("."):
            continue
        items.append(AgendaItem(number=heading.printed, title=heading.title, exempt=heading.exempt,
                                page_start=heading.page_start, page_end=heading.page_end,
                                file_number=heading.file_number, evidence=evidence_for([table])))
    return items
