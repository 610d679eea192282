"""Load a council page saved as HTML into a Document.

Only the main content is kept: ``<main>`` or ``<article>`` when the page has
one, otherwise the body less navigation, scripts, styles, headers, footers and
forms. ``<table>`` becomes a :class:`Table`; headings and ``<b>`` become
emphasis flags. A committee page's item table (number cell + content cell)
becomes ``1. Title`` heading lines; on such a page the attendance section moves
up under the page header, and an item table with no attendance or ``Agenda``
heading gets an ``Agenda`` heading line. The parser is the standard library's, which is linear and
never recurses, so deeply nested markup cannot exhaust the stack.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from ..document import Block, Cell, Document, Line, Page, Table
from ..layout import Para
from ..segment import is_agenda_heading, opens_attendance

_DROP = {"script", "style", "nav", "noscript", "template", "svg", "form", "button", "select", "iframe",
         "header", "footer", "aside", "head"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "main", "tr", "table", "blockquote", "pre", "dt", "dd", "dl", "hr", "caption", "body"}
_BOLD = {"b", "strong", "th"}
#: Words in a container's id, class or role that mark site furniture, not the paper: menus, cookie
#: banners, breadcrumbs, "Print / Email / Subscribe" action lists, site headers and footers.
_FURNITURE = {"cookie", "cookies", "consent", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
              "skip", "skiplink", "footer", "banner", "sidebar", "share", "social", "search", "masthead",
              "header", "action", "actions", "toolbar", "contentinfo", "complementary"}
#: Containers the furniture test applies to (a ``<th class="mgItemHeader">`` is content).
#: Row groups: their start and end tags also end an open row.
_ROW_GROUPS = {"thead", "tbody", "tfoot"}
_CONTAINERS = {"div", "section", "ul", "ol", "p", "span", "dl", "table"}
_ATTR_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A document link's size, as content-management pages print it: "pdf icon PDF 372 KB".
_FILE_SIZE = re.compile(r"\s*(?:pdf\s+icon\s+)?\b(?:PDF|DOC|DOCX|XLSX?)\s+\d+(?:\.\d+)?\s*[KM]B\b", re.I)
#: A map link printed after a venue: "Council Chamber, Town Hall. View directions" (the stop before it goes too).
_LINK_TAIL = re.compile(r"\.?\s*\b(?:view\s+(?:directions|map)|directions|map)\s*$", re.I)
#: A labelled header line: "Venue: Committee Room 1, Town Hall."
_LABELLED = re.compile(r"^[A-Z][A-Za-z ]{1,20}:\s+\S")
#: A page heading that names minutes and not an agenda: its item table holds minutes, not an agenda.
_MINUTES_ONLY = re.compile(r"^(?!.*\bagenda\b).*\bminutes\b", re.I)
#: Labels an item table prints inside an item above its parts; the parts carry the content.
_CELL_LABEL = re.compile(r"^(?:minutes|additional\s+documents|supporting\s+documents|documents)\s*:$", re.I)
#: The number cell of an item table row: "1.", "12", "(3)", "4a", "23/45".
_ITEM_CELL = re.compile(r"^\(?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?[.)]?$")

_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_depth = 0
        # The furniture container being skipped (a cookie banner's <div>) and how deep in its own tag we are.
        self.furniture: str | None = None
        self.furniture_depth = 0
        self.bold_depth = 0
        self.heading: int | None = None
        self.in_li = False
        self.parts: list[str] = []
        self.part_bold = False
        self.blocks: list[Line | Table] = []
        self.table_stack: list[Table] = []
        self.row: list[Cell] | None = None
        self.cell: list[str] | None = None
        self.cell_bold = False
        # How many tables were open when the current row and cell began: only their own table ends them.
        self.row_depth = self.cell_depth = 0
        # Each top-level table row's cells as their block-level pieces ("\n"-separated), for item tables.
        self.pieces: list[list[str]] = []
        self.row_pieces: list[str] | None = None
        # Where each item table's lines start and end in ``blocks``.
        self.item_spans: list[tuple[int, int]] = []
        self.line_no = 1

    # -- text lines -------------------------------------------------------------------------
    def _flush(self) -> None:
        text = _LINK_TAIL.sub("", " ".join(_FILE_SIZE.sub("", "".join(self.parts)).split()))
        if text:
            # Every HTML line is its own block element, hence a paragraph break (gap) above it.
            self.blocks.append(Line(text=text, page=1, source_line=self.line_no,
                                    bold=self.part_bold or self.heading is not None, heading=self.heading,
                                    bullet="-" if self.in_li else None, gap=1.0))
        self.parts = []
        self.part_bold = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.line_no = self.getpos()[0]
        if self.furniture is not None:
            self.furniture_depth += tag == self.furniture
            return
        if tag in _CONTAINERS and not self.drop_depth and is_furniture(attrs):
            self._flush()
            self.furniture, self.furniture_depth = tag, 1
            return
        if tag in _DROP:
            if tag not in _VOID:
                self.drop_depth += 1
            return
        if self.drop_depth:
            return
        if tag in _BOLD:
            self.bold_depth += 1
        if tag == "table":
            self._flush()
            self.table_stack.append(Table(rows=[], page=1, source_lines=(self.line_no, self.line_no)))
            return
        if self.table_stack:
            # HTML lets a page omit </td>, </th> and </tr>: the next cell, row or row group ends them.
            if tag == "tr" or tag in _ROW_GROUPS:
                self._end_cell()
                self._end_row()
                if tag == "tr":
                    self._start_row()
            elif tag in ("td", "th"):
                self._end_cell()
                if self.row is None:  # a cell with no <tr> before it starts a row
                    self._start_row()
                self.cell, self.cell_bold, self.cell_depth = [], tag == "th", len(self.table_stack)
            elif tag in _BLOCK and self.cell is not None:
                self.cell.append("\n- " if tag == "li" else "\n")
            return
        if tag in _BLOCK:
            self._flush()
            if tag.startswith("h") and len(tag) == 2 and tag[1].isdigit():
                self.heading = int(tag[1])
            self.in_li = tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if self.furniture is not None:
            self.furniture_depth -= tag == self.furniture
            if self.furniture_depth <= 0:
                self.furniture = None
            return
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if self.drop_depth:
            return
        if tag in _BOLD:
            self.bold_depth = max(0, self.bold_depth - 1)
        if self.table_stack:
            table = self.table_stack[-1]
            if tag in ("td", "th"):
                self._end_cell()
            elif tag == "tr" or tag in _ROW_GROUPS:
                self._end_cell()
                self._end_row()
            elif tag in _BLOCK and tag != "table" and self.cell is not None:
                self.cell.append("\n")
            elif tag == "table":
                self._end_cell()
                self._end_row()
                self.table_stack.pop()
                table.source_lines = (table.source_lines[0] if table.source_lines else 1, self.getpos()[0])
                if table.rows and not self.table_stack:
                    lines = item_table_to_lines(table, self.pieces)
                    if lines:
                        self.item_spans.append((len(self.blocks), len(self.blocks) + len(lines)))
                    self.blocks.extend(lines if lines is not None else [table])
                if not self.table_stack:
                    self.pieces = []
            return
        if tag in _BLOCK:
            self._flush()
            if tag.startswith("h") and len(tag) == 2:
                self.heading = None
            if tag == "li":
                self.in_li = False

    # -- table rows and cells ---------------------------------------------------------------
    def _start_row(self) -> None:
        self.row, self.row_pieces, self.row_depth = [], [], len(self.table_stack)

    def _end_cell(self) -> None:
        """Close the open cell of the innermost table, written or implied."""
        if self.cell is None or self.row is None or self.cell_depth != len(self.table_stack):
            return
        raw = _FILE_SIZE.sub("", "".join(self.cell))
        self.row.append(Cell(text=" ".join(raw.split()), bold=self.cell_bold))
        if self.row_pieces is not None and len(self.table_stack) == 1:
            self.row_pieces.append(raw)
        self.cell = None

    def _end_row(self) -> None:
        """Close the open row of the innermost table, written or implied."""
        if self.row is None or self.row_depth != len(self.table_stack):
            return
        if any(c.text for c in self.row):
            self.table_stack[-1].rows.append(self.row)
            if len(self.table_stack) == 1:
                self.pieces.append(self.row_pieces or [])
        self.row = None
        self.row_pieces = None

    def handle_data(self, data: str) -> None:
        if self.drop_depth or self.furniture is not None:
            return
        if self.table_stack:
            if self.cell is not None:
                self.cell.append(data)
                self.cell_bold = self.cell_bold or (self.bold_depth > 0 and bool(data.strip()))
            return
        if data.strip() and not self.parts:
            self.line_no = self.getpos()[0]
            self.part_bold = self.bold_depth > 0
        self.parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a container's ``id`` / ``class`` / ``role`` / ``hidden`` marks it as site furniture."""
    values = {name: value or "" for name, value in attrs}
    if "hidden" in values or values.get("aria-hidden") == "true":
        return True
    text = " ".join(values.get(name, "") for name in ("id", "class", "role"))
    return any(word.lower() in _FURNITURE for word in _ATTR_WORD.findall(text))


def item_table_to_lines(table: Table, pieces: list[list[str]]) -> list[Line] | None:
    """An agenda laid out as a table (ModernGov's ``mgItemTable``: a number cell, then a cell holding the
    title, the minutes and the decision) as lines: ``1. Title`` as a heading, then each paragraph.
    ``None`` when the table is data (three or more filled columns, or unnumbered rows)."""
    rows = [(row, cells) for row, cells in zip(table.rows, pieces, strict=False)
            if not all(c.bold for c in row if c.text)]  # header rows of <th>
    numbered = [cells for row, cells in rows
                if len([c for c in row if c.text]) == 2 and row[0].text and _ITEM_CELL.match(row[0].text)]
    if not numbered or len(numbered) < len(rows) / 2:
        return None
    lines: list[Line] = []
    line_no = table.source_lines[0] if table.source_lines else 1
    for row, cells in rows:
        texts = [" ".join(p.split()) for cell in cells for p in cell.split("\n")]
        texts = [t for t in texts if t and t != "-" and not _CELL_LABEL.match(t)]
        if not texts:
            continue
        number = row[0].text if _ITEM_CELL.match(row[0].text) else None
        if number is not None:
            texts = texts[1:]
            title = texts.pop(0) if texts else ""
            lines.append(Line(text=f"{number} {title}".strip(), page=1, source_line=line_no, bold=True,
                              heading=3, gap=1.0))
        for text in texts:
            bullet = "-" if text.startswith("- ") else None
            lines.append(Line(text=text[2:] if bullet else text, page=1, source_line=line_no,
                              bullet=bullet, gap=1.0))
    return lines


def _main_fragment(markup: str) -> str:
    """The ``<main>`` or ``<article>`` element's markup when there is exactly one, else all of it."""
    lower = markup.lower()
    for tag in ("main", "article"):
        start = lower.find(f"<{tag}")
        if start != -1 and lower.count(f"<{tag}") == 1:
            end = lower.find(f"</{tag}>", start)
            if end != -1:
                # Keep the line numbering of the original by padding with the newlines skipped.
                return "\n" * markup.count("\n", 0, start) + markup[start:end]
    return markup


def escape_unclosed_tags(markup: str) -> str:
    """Escape every ``<`` with no ``>`` before the next ``<``, in one linear pass.

    The standard library's parser rescans the rest of the input for each
    unclosed tag, so a page of ``<a <a <a ...`` takes minutes; escaped, those
    are plain text.
    """
    if "<" not in markup:
        return markup
    first, *pieces = markup.split("<")
    return first + "".join(("<" if ">" in piece else "&lt;") + piece for piece in pieces)


def _opens_attendance(block: Block) -> bool:
    return isinstance(block, Line) and opens_attendance(Para([block]))


def attendance_span(blocks: list[Block], item_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a page's attendance section (``Present:`` / ``Apologies:`` headings and their lists, outside the
    item tables) starts and ends, its section heading (``Attendance details``) included: it ends at the next
    other heading or item table."""
    inside = {i for a, b in item_spans for i in range(a, b)}
    start = next((i for i in range(len(blocks)) if i not in inside and _opens_attendance(blocks[i])), None)
    if start is None:
        return None
    end = start + 1
    while end < len(blocks) and end not in inside:
        block = blocks[end]
        if isinstance(block, Line) and block.heading is not None and not _opens_attendance(block):
            break
        end += 1
    above = blocks[start - 1] if start > 0 and start - 1 not in inside else None
    if isinstance(above, Line) and above.heading is not None and above.heading < (blocks[start].heading or 7):
        start -= 1  # "Attendance details" over "Present:" / "Apologies:"
    return start, end


def _unstopped(block: Block) -> Block:
    """A page header's ``Label: value.`` line without its full stop: a fact of the title, not a sentence
    (segmentation reads a line ending in a stop as prose, which would end the minutes' title there)."""
    if isinstance(block, Line) and _LABELLED.match(block.text) and block.text.endswith(".") \
            and not block.text.endswith(".."):
        return replace(block, text=block.text[:-1])
    return block


def item_page_to_blocks(blocks: list[Block], item_spans: list[tuple[int, int]]) -> list[Block]:
    """A committee page laid out around an item table, in the order a printed paper reads.

    Minutes: the attendance section moves up under the page header (ModernGov prints it below the
    items), so the title, the attendance and the items follow each other. Agenda (no attendance): the
    item table opens an agenda, since the page prints no ``Agenda`` heading of its own over it.
    """
    if not item_spans:
        return blocks
    first = item_spans[0][0]
    # The item table's section heading ("Items") belongs with the table.
    head_end = first - 1 if first and isinstance(blocks[first - 1], Line) and blocks[first - 1].heading else first
    span = attendance_span(blocks, item_spans)
    if span is not None:
        start, end = span
        header = [_unstopped(b) for b in blocks[:min(start, head_end)]]
        if start < head_end:
            return [*header, *blocks[start:]]
        return [*header, *blocks[start:end], *blocks[head_end:start], *blocks[end:]]
    header = [b for b in blocks[:head_end] if isinstance(b, Line)]
    if any(is_agenda_heading(Para([b])) for b in header) or any(
            b.heading is not None and _MINUTES_ONLY.search(b.text) for b in header):
        return blocks
    table_line = blocks[first].source_line
    marker = Line(text="Agenda", page=1, source_line=table_line, bold=True, heading=2, gap=1.0)
    return [*blocks[:head_end], marker, *blocks[head_end:]]


def html_to_document(markup: str, source: str = "<html>") -> Document:
    """Build a :class:`Document` (one page) from an HTML page's main content."""
    collector = _Collector()
    collector.feed(escape_unclosed_tags(_main_fragment(markup)))
    collector.close()
    blocks = item_page_to_blocks(collector.blocks, collector.item_spans)
    return Document(source=source, format="html", pages=[Page(number=1, blocks=blocks)])
