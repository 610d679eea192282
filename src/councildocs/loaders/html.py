"""Load a council page saved as HTML into a Document.

Only the main content is kept: ``<main>`` or ``<article>`` when the page has
one, otherwise the body less navigation, scripts, styles, headers, footers and
forms. ``<table>`` becomes a :class:`Table`; headings and ``<b>`` become
emphasis flags. The parser is the standard library's, which is linear and
never recurses, so deeply nested markup cannot exhaust the stack.
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..document import Cell, Document, Line, Page, Table

_DROP = {"script", "style", "nav", "noscript", "template", "svg", "form", "button", "select", "iframe",
         "header", "footer", "aside", "head"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "main", "tr", "table", "blockquote", "pre", "dt", "dd", "dl", "hr", "caption", "body"}
_BOLD = {"b", "strong", "th"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_depth = 0
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
        self.line_no = 1

    # -- text lines -------------------------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            # Every HTML line is its own block element, hence a paragraph break (gap) above it.
            self.blocks.append(Line(text=text, page=1, source_line=self.line_no,
                                    bold=self.part_bold or self.heading is not None, heading=self.heading,
                                    bullet="-" if self.in_li else None, gap=1.0))
        self.parts = []
        self.part_bold = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.line_no = self.getpos()[0]
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
            if tag == "tr":
                self.row = []
            elif tag in ("td", "th"):
                self.cell, self.cell_bold = [], tag == "th"
            elif tag in ("br", "p", "li", "div") and self.cell is not None:
                self.cell.append(" - " if tag == "li" else " ")
            return
        if tag in _BLOCK:
            self._flush()
            if tag.startswith("h") and len(tag) == 2 and tag[1].isdigit():
                self.heading = int(tag[1])
            self.in_li = tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if self.drop_depth:
            return
        if tag in _BOLD:
            self.bold_depth = max(0, self.bold_depth - 1)
        if self.table_stack:
            table = self.table_stack[-1]
            if tag in ("td", "th") and self.cell is not None and self.row is not None:
                self.row.append(Cell(text=" ".join("".join(self.cell).split()), bold=self.cell_bold))
                self.cell = None
            elif tag == "tr" and self.row is not None:
                if any(c.text for c in self.row):
                    table.rows.append(self.row)
                self.row = None
            elif tag == "table":
                self.table_stack.pop()
                table.source_lines = (table.source_lines[0] if table.source_lines else 1, self.getpos()[0])
                if table.rows and not self.table_stack:
                    self.blocks.append(table)
            return
        if tag in _BLOCK:
            self._flush()
            if tag.startswith("h") and len(tag) == 2:
                self.heading = None
            if tag == "li":
                self.in_li = False

    def handle_data(self, data: str) -> None:
        if self.drop_depth:
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


def html_to_document(markup: str, source: str = "<html>") -> Document:
    """Build a :class:`Document` (one page) from an HTML page's main content."""
    collector = _Collector()
    collector.feed(escape_unclosed_tags(_main_fragment(markup)))
    collector.close()
    return Document(source=source, format="html", pages=[Page(number=1, blocks=collector.blocks)])
