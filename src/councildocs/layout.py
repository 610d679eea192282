"""Paragraphs from lines, and evidence from either.

A PDF wraps one paragraph over several lines; a text file usually keeps it on
one. ``lines_to_paras`` joins wrapped lines back so that extractors read the
same paragraph whatever the input format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .document import Block, Line, Table
from .records import Evidence

#: A PDF line continues the paragraph above when the space between them is under this many line heights.
WRAP_GAP = 0.55
#: ... and the line above reaches this fraction of the widest line's right edge on its page.
FULL_LINE = 0.78
#: A line above reaching this fraction of the edge is full whatever comes next.
NEAR_EDGE = 0.9
#: Lines whose left edges round to the same multiple of this many points share a column.
COLUMN_STEP = 4
#: A text file is hard-wrapped when this share of its lines (at least ``WRAP_MIN_LINES``) ends near one
#: width of at most ``WRAP_MAX_WIDTH`` characters.
WRAP_SHARE = 0.35
WRAP_MIN_LINES = 20
WRAP_MAX_WIDTH = 140
_SENTENCE_END = (".", ":", ";", "!", "?", "”", '"')
#: A line that opens with an item number (``4.``, ``(a)``, ``iv)``) starts something new.
_OPENS_NUMBER = re.compile(r"^\(?(?:\d{1,4}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s")
# A word broken at a hyphen over the line end: "Kris Croskery-" / "Hodgins".
HYPHEN_END = re.compile(r"[A-Za-z]-$")


@dataclass(slots=True)
class Para:
    """One paragraph: its lines, and their text joined with each line's offset in it.

    The one paragraph model of every stage (outline, attendance, members): each stage decides which
    lines join, through ``add``, and reads the same ``text``, ``offsets`` and evidence. Lines are joined
    by one space, except after a word broken at a hyphen (``Croskery-`` / ``Hodgins``).
    """

    lines: list[Line] = field(default_factory=list)
    text: str = field(default="", init=False)
    offsets: list[int] = field(default_factory=list, init=False)
    #: ``(`` not yet closed, counted as lines are added (counting the whole text again per line was quadratic).
    open_brackets: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        lines, self.lines = self.lines, []
        for line in lines:
            self.add(line)

    def add(self, line: Line) -> None:
        """Append ``line`` to the paragraph."""
        if self.lines and not HYPHEN_END.search(self.text[-2:]):
            self.text += " "
        self.offsets.append(len(self.text))
        text = line.text.strip()
        self.text += text
        self.open_brackets += text.count("(") - text.count(")")
        self.lines.append(line)

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    @property
    def heading(self) -> int | None:
        return self.first.heading

    @property
    def bullet(self) -> str | None:
        return self.first.bullet

    @property
    def page(self) -> int:
        return self.first.page

    @property
    def evidence(self) -> Evidence:
        return evidence_for(self.lines)

    def split_at(self, at: int) -> tuple[Para, Para]:
        """The paragraph cut at ``text[at]`` into two (a line cut there becomes two lines with its box)."""
        k = max(n for n, offset in enumerate(self.offsets) if offset <= at)
        line, cut = self.lines[k], at - self.offsets[k]
        head, tail = self.lines[:k], self.lines[k + 1:]
        lead, rest = line.text.strip()[:cut].rstrip(), line.text.strip()[cut:].lstrip()
        before = Para([*head, replace(line, text=lead)] if lead else head)
        after = Para([replace(line, text=rest, gap=0.0), *tail] if rest else tail)
        return before, after

    def evidence_of(self, start: int = 0, end: int | None = None) -> Evidence:
        """Page and bbox (PDF) or source-line span (text) of the lines holding ``text[start:end]``."""
        end = len(self.text) if end is None else end
        hit = [line for line, at in zip(self.lines, self.offsets, strict=True)
               if at < end and at + len(line.text.strip()) >= start] or self.lines[:1]
        return evidence_for(hit)


def evidence_for(items: Sequence[Line | Table | Para]) -> Evidence:
    """Page and bbox (PDF) or source line span (text) covering ``items``."""
    lines: list[Line | Table] = []
    for item in items:
        lines.extend(item.lines if isinstance(item, Para) else [item])
    if not lines:
        return Evidence()
    first = lines[0]
    bbox = None
    for item in lines:
        if item.bbox is not None and item.page == first.page:
            bbox = item.bbox if bbox is None else bbox.union(item.bbox)
    spans = [s for item in lines for s in _span(item)]
    return Evidence(page=first.page, bbox=bbox.as_tuple() if bbox else None,
                    lines=(min(spans), max(spans)) if spans and bbox is None else None)


def _span(item: Line | Table) -> list[int]:
    if isinstance(item, Table):
        return list(item.source_lines) if item.source_lines else []
    return [item.source_line] if item.source_line is not None else []


def right_edges(lines: Iterable[Line]) -> dict[int, float]:
    """The right edge of the text on each page: the furthest any line reaches."""
    edges: dict[int, float] = {}
    for line in lines:
        if line.bbox is not None:
            edges[line.page] = max(edges.get(line.page, 0.0), line.bbox.x1)
    return edges


#: A line that opens with the half of a clock time (``P. M., pursuant to notice.``) after a line that ends with
#: the clock (``… at 8:00 o'clock``): the time was wrapped.
_HALF_OPENS = re.compile(r"^[ap]\.?\s?m\b\.?", re.I)
_CLOCK_ENDS = re.compile(r"(?:\d|o['’]?\s*clock)\s*$", re.I)


def _continues(prev: Line, line: Line, right: dict[int, float], wrap: int | None = None) -> bool:
    if line.bullet or line.heading != prev.heading or line.bold != prev.bold:
        return False
    if _HALF_OPENS.match(line.text) and _CLOCK_ENDS.search(prev.text):
        return True
    if line.bbox is None or prev.bbox is None:
        # Text input: a wrapped line shows itself by starting in lower case right under its paragraph,
        # or, in a hard-wrapped file, by following a full line that ends mid-sentence.
        if line.gap != 0:
            return False
        if _OPENS_NUMBER.match(line.text):
            return False  # "a) The following payments …" under "24/04 Finance": a point of its own
        return line.text[:1].islower() or (
            wrap is not None and len(prev.text) >= FULL_LINE * wrap and not prev.text.endswith(_SENTENCE_END))
    if line.page != prev.page or line.gap > WRAP_GAP:
        return False
    if prev.size and line.size and abs(prev.size - line.size) > 0.6:
        return False
    if line.heading is not None:
        return True  # a heading wrapped over two lines: same level, no gap
    edge = right.get(prev.page, prev.bbox.x1)
    return prev.bbox.x1 >= FULL_LINE * edge and line.bbox.x0 <= prev.bbox.x0 + 2 * (prev.size or 10)


def next_word_wrapped(prev: Line, line: Line, edge: float) -> bool:
    """Whether ``line``'s first word would not have fitted at the end of ``prev`` (so the text wrapped).

    A typesetter breaks a line only when the next word does not fit; a line that stops short of the
    margin with room for the next word ended its paragraph or title there. The word's width is
    estimated from ``line``'s own average character width.
    """
    if prev.bbox is None or line.bbox is None or not line.text:
        return True
    char = (line.bbox.x1 - line.bbox.x0) / max(len(line.text), 1)
    word = len(line.text.split(maxsplit=1)[0])
    return prev.bbox.x1 + char * (word + 1) > edge - char


def column_edges(lines: Iterable[Line]) -> dict[tuple[int, int], float]:
    """The right edge of each text column: (page, left edge in steps of ``COLUMN_STEP``) → widest x1.

    A title column can end well before the page's widest line (a page-number column beside it, a wide
    header above), so whether a line is full is judged against the lines that start where it starts.
    """
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        if line.bbox is not None:
            key = (line.page, round(line.bbox.x0 / COLUMN_STEP))
            edges[key] = max(edges.get(key, 0.0), line.bbox.x1)
    return edges


def text_wrap_width(lines: Sequence[Line]) -> int | None:
    """The column a hard-wrapped text file wraps at (in characters), or None when it is not hard-wrapped.

    PDF-to-text tools often keep the PDF's line breaks: most lines then end near one width. A file
    that keeps each paragraph on one line has no such cluster.
    """
    lengths = sorted(len(line.text) for line in lines if line.bbox is None)
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(FULL_LINE * width <= n <= width for n in lengths)
    return width if width <= WRAP_MAX_WIDTH and near >= WRAP_SHARE * len(lengths) else None


def lines_to_paras(blocks: Iterable[Block]) -> list[Para | Table]:
    """Join wrapped lines into paragraphs; tables pass through in place."""
    blocks = list(blocks)
    right = right_edges(b for b in blocks if isinstance(b, Line))
    wrap = text_wrap_width([b for b in blocks if isinstance(b, Line)])
    out: list[Para | Table] = []
    for block in blocks:
        if isinstance(block, Table):
            out.append(block)
            continue
        last = out[-1] if out else None
        if isinstance(last, Para) and _continues(last.lines[-1], block, right, wrap):
            last.add(block)
        else:
            out.append(Para([block]))
    return out


def paras_to_blocks(items: Iterable[Para | Table]) -> list[Line | Table]:
    """Undo ``lines_to_paras``: the lines and tables again, for extractors that join lines their own way."""
    out: list[Line | Table] = []
    for item in items:
        out.extend(item.lines if isinstance(item, Para) else [item])
    return out
