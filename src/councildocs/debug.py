"""A readable view of the intermediate stages, to see where a record was found or lost.

``describe(doc)`` lists the parts the segmenter found and, inside each, the
paragraphs and tables with their page and what the extractors make of them
(item heading, decision, attendance heading).
"""

from __future__ import annotations

from .document import Document, Table
from .extractors.items import parse_heading
from .layout import Para
from .segment import blocks_to_parts
from .textpatterns import attendance_heading, decision

#: Characters of each paragraph shown.
WIDTH = 100


def _mark(para: Para, strict: bool) -> str:
    if attendance_heading().match(para.text):
        return "ATTEND"
    if decision().match(para.text):
        return "DECIDE"
    if parse_heading(para, strict=strict):
        return "ITEM"
    return ""


def describe(doc: Document) -> str:
    """One line per part and per block: kind, page, marks, and the start of its text."""
    out = [f"{doc.source}: {len(doc.pages)} pages, format {doc.format}"]
    for n, part in enumerate(blocks_to_parts(doc), start=1):
        out.append(f"== part {n}: {part.kind} ({len(part.blocks)} blocks)")
        for block in part.blocks:
            if isinstance(block, Table):
                first = " | ".join(c.text for c in block.rows[0])[:WIDTH] if block.rows else ""
                out.append(f"   p{block.page:<3} TABLE  {len(block.rows)}x{block.n_cols}: {first}")
                continue
            mark = _mark(block, strict=part.kind == "minutes")
            style = ("B" if block.bold else " ") + (f"H{block.heading}" if block.heading else "  ")
            out.append(f"   p{block.page:<3} {style} {mark:6} {block.text[:WIDTH]}")
    return "\n".join(out)
