"""A readable view of a pipeline :class:`~councildocs.pipeline.Trace`: where a record was found or lost.

``describe(trace)`` prints, for each part the segmenter found, its blocks with
page, style and the label the outline gave them (``ITEM``, ``CLAUSE``,
``SECTION``) or the extractors' marks (attendance heading, decision), then the
part's outline: number, level and title of every node. Everything comes from
the trace the extractors used, so what is shown is what they decided.
"""

from __future__ import annotations

from .document import Table
from .layout import Para
from .outline import Outline
from .pipeline import Trace
from .textpatterns import attendance_heading, decision

#: Characters of each paragraph shown.
WIDTH = 100


def block_labels(outline: Outline) -> dict[int, str]:
    """The label of each block of an outline's paragraphs: the outline's role, else an extractor's mark."""
    # Section lines only matter where numbered items restart under them.
    labels = {i: role.upper() for i, role in outline.labels().items() if outline.nodes}
    for i, block in enumerate(outline.blocks):
        if i in labels or not isinstance(block, Para):
            continue
        if attendance_heading().match(block.text):
            labels[i] = "ATTEND"
        elif decision().match(block.text):
            labels[i] = "DECIDE"
    return labels


def _block_line(block: Para | Table, label: str) -> str:
    if isinstance(block, Table):
        first = " | ".join(c.text for c in block.rows[0])[:WIDTH] if block.rows else ""
        return f"   p{block.page:<3} TABLE  {len(block.rows)}x{block.n_cols}: {first}"
    style = ("B" if block.bold else " ") + (f"H{block.heading}" if block.heading else "  ")
    return f"   p{block.page:<3} {style} {label:7} {block.text[:WIDTH]}"


def describe(trace: Trace) -> str:
    """One line per part and per block (kind, page, style, label, text), then each part's outline."""
    doc, record = trace.document, trace.record
    out = [f"{doc.source}: {len(doc.pages)} pages, format {doc.format}, kind {record.kind}",
           f"dates: {'day' if trace.context.day_first else 'month'} first, reference "
           f"{trace.context.reference_date}, meeting {trace.context.meeting_date}"]
    for n, part in enumerate(trace.parts, start=1):
        outline = part.outline()
        title = part.blocks[:part.title_end()] if part.kind == "minutes" else []  # above the minutes' outline
        out.append(f"== part {n}: {part.kind} ({len(title) + len(outline.blocks)} blocks)")
        out += [_block_line(block, "TITLE") for block in title]
        labels = block_labels(outline)
        out += [_block_line(block, labels.get(i, "")) for i, block in enumerate(outline.blocks)]
        if outline.nodes:
            out.append(f"-- outline of part {n}")
            out += [f"   {'  ' * node.level}{node.heading.number:<8} {'item' if node.is_item else 'clause':6} "
                    f"{node.heading.title[:WIDTH]}" for node in outline.nodes]
    return "\n".join(out)
