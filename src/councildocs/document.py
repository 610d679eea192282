"""The one document model every stage reads.

A loader (PDF, text, HTML) turns its input into a :class:`Document`: pages,
each holding its lines of running text and its tables in reading order. Later
stages never look at the raw input again, so the same segmenter and extractors
serve all three formats.

Positions are kept where the input has them: a PDF line carries its bounding
box in PDF points (``x0, top, x1, bottom`` from the page's top-left corner);
a text line carries its 1-based line number in the source file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

LineKind = Literal["body", "header", "footer"]


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle on a page, in points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))

    def union(self, other: BBox | None) -> BBox:
        if other is None:
            return self
        return BBox(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                    max(self.bottom, other.bottom))


@dataclass(slots=True)
class Line:
    """One line of running text, markup removed.

    ``bullet`` holds a list marker that the loader took off the front (``-``,
    ``•``); numbering such as ``4.`` or ``a)`` stays in ``text`` because it
    carries meaning (item numbers, clauses). ``gap`` is the vertical space
    above the line, in line heights for PDF and in blank lines for text: it is
    how later stages tell a new paragraph from a wrapped line.
    """

    text: str
    page: int
    bbox: BBox | None = None
    source_line: int | None = None
    size: float | None = None
    bold: bool = False
    heading: int | None = None
    bullet: str | None = None
    indent: float = 0.0
    gap: float = 0.0
    kind: LineKind = "body"
    #: For PDF lines split by wide gaps: each run of words as (x0, x1, text), left to right.
    runs: tuple[tuple[float, float, str], ...] = ()


@dataclass(slots=True)
class Cell:
    """One table cell; ``text`` has its wrapped lines joined by single spaces."""

    text: str
    bbox: BBox | None = None
    bold: bool = False


@dataclass(slots=True)
class Table:
    """A table as rows of cells, in the order printed.

    ``source_lines`` is the first and last source line for text input.
    A table continued on the next page is a separate ``Table`` here; joining
    the pieces is the table extractor's job, because only it knows the header.
    """

    rows: list[list[Cell]]
    page: int
    bbox: BBox | None = None
    source_lines: tuple[int, int] | None = None
    ruled: bool = False

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Block = Line | Table


@dataclass(slots=True)
class Page:
    """A page: its number in the file, the number printed on it, and its blocks in reading order."""

    number: int
    blocks: list[Block] = field(default_factory=list)
    label: str | None = None
    width: float | None = None
    height: float | None = None
    #: For a page read by OCR (no text layer): the mean confidence (0-100) of its words; None otherwise.
    ocr_confidence: float | None = None

    @property
    def lines(self) -> list[Line]:
        return [b for b in self.blocks if isinstance(b, Line)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


@dataclass(slots=True)
class Document:
    """A loaded document: where it came from, its pages, and what went wrong on the way."""

    source: str
    format: Literal["pdf", "text", "html"]
    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str | None = None
    failed_pages: list[int] = field(default_factory=list)
    #: What the file says about itself apart from its text (Markdown front matter: title, date, …).
    metadata: dict[str, str] = field(default_factory=dict)

    def blocks(self) -> Iterator[Block]:
        """Every block of every page, in reading order."""
        for page in self.pages:
            yield from page.blocks

    def lines_and_tables(self) -> Iterator[Block]:
        """The running text and tables in reading order, without running headers and footers."""
        for page in self.pages:
            for block in page.blocks:
                if isinstance(block, Table) or block.kind == "body":
                    yield block

    def lines(self, *, body_only: bool = True) -> Iterator[Line]:
        """Every line of running text; running headers and footers are left out unless asked for."""
        for page in self.pages:
            for block in page.blocks:
                if isinstance(block, Line) and (not body_only or block.kind == "body"):
                    yield block

    def tables(self) -> Iterator[Table]:
        for page in self.pages:
            yield from page.tables

    @property
    def has_text(self) -> bool:
        return any(
            (isinstance(b, Line) and b.text.strip()) or (isinstance(b, Table) and b.rows)
            for b in self.blocks()
        )
