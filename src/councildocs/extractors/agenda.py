"""The agenda: numbered items with title, description, page range and exempt flag.

Items are read from the agenda part (after an ``Agenda`` heading), or, when a
pack prints its agenda on the front sheet without a heading, from the front
sheet. They are the items of the part's outline (:mod:`councildocs.outline`:
nested items, sessions that restart their numbering, clauses left out); a
page reference printed on its own line (``(Page 5)``) belongs to the item
above it, and the first paragraph under an item is its description.
"""

from __future__ import annotations

from ..document import Line, Table
from ..layout import Para, evidence_for
from ..outline import blocks_to_item_paras, blocks_to_outline
from ..records import AgendaItem
from ..segment import Part
from .items import number_key, parse_heading, split_page_range

#: Without an agenda heading, a front sheet needs this many numbered items in a row to count as an agenda.
MIN_HEADLESS_ITEMS = 3

def parts_to_agenda(parts: list[Part]) -> list[AgendaItem]:
    """The agenda items of the document's own meeting, in order."""
    agenda = next((p for p in parts if p.kind == "agenda"), None)
    if agenda is not None:
        return blocks_to_agenda(agenda.blocks)
    front = next((p for p in parts if p.kind == "front_sheet"), None)
    items = blocks_to_agenda(front.blocks) if front is not None else []
    return items if len(items) >= MIN_HEADLESS_ITEMS else []


def blocks_to_agenda(blocks: list[Para | Table]) -> list[AgendaItem]:
    """Items from the agenda's paragraphs (the items of its outline) and tables, in order."""
    paras = blocks_to_item_paras(blocks)
    outline = blocks_to_outline(paras, strict=False)
    item_at = {node.block: node for node in outline.items()}
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
        if node is not None:
            heading = node.heading
            items.append(AgendaItem(number=heading.number, title=heading.title, exempt=heading.exempt,
                                    page_start=heading.page_start, page_end=heading.page_end,
                                    evidence=block.evidence))
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
