"""Load plain text or Markdown, as written by PDF-to-text tools, into a Document.

What such tools emit and what becomes of it:

* form feeds split pages;
* rows of tab-separated cells, ``|`` pipe rows and HTML-ish ``<table>/<tr>/<td>``
  rows become :class:`Table` blocks;
* ``**bold**``, ``<b>`` and ``#`` headings are kept as emphasis flags, not text;
* ``[text](url)`` links keep their text; entities are unescaped;
* a leading ``-``, ``*`` or ``•`` is a list marker, kept apart from the text;
* YAML front matter (``---`` / ``title: …`` / ``---`` at the top of the file) is the
  document's metadata, never body text;
* a Markdown rule (``---``) next to a lone page number is a page break, and the
  number the page's label; any other rule stays a line of text as printed;
* in a file that puts a blank line after every line (a common PDF-to-Markdown
  output), one blank line separates lines, not paragraphs: wrapped lines are
  then joined by their width (:func:`councildocs.layout.lines_to_paras`).

Every pattern here is linear (no nested quantifiers), because a hostile file
may hold a 1 MB line.
"""

from __future__ import annotations

import html
import re

from ..document import Cell, Document, Line, Page, Table

_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_BULLET = re.compile(r"^([-*•·▪◦●○–])[ \t]+")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|h[1-6])\b[^<>]{0,500}>", re.I)
_LI_OPEN = re.compile(r"<li\b[^<>]{0,500}>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:b|i|u|em|strong|span|sup|sub|a|font|small|big|s|strike|mark|code|table|tbody|thead|th|td|col|colgroup)\b[^<>]{0,500}>",
    re.I,
)
_BOLD_OPEN = re.compile(r"^\s*(?:\*\*|__|<b>|<strong>)", re.I)
_BOLD_CLOSE = re.compile(r"(?:\*\*|__|</b>|</strong>)\s*$", re.I)
_CELL = re.compile(r"<t([dh])\b[^<>]{0,500}>(.*?)(?:</t[dh]>|(?=<t[dh]\b)|$)", re.I | re.S)
_PIPE_RULE = re.compile(r"^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?$")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")
_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$")
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:page[ \t]+)?(\d{1,4})[ \t]*$", re.I)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")
#: Front matter is closed within this many lines, or it is not front matter.
FRONT_MATTER_LINES = 60
#: A file is double-spaced when at least this share of its lines is followed by exactly one blank line.
DOUBLE_SPACED = 0.7


def clean_inline(text: str) -> str:
    """Remove Markdown and HTML emphasis from a fragment and collapse its spaces."""
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _LI_OPEN.sub(" - ", text)
        text = _BLOCK_TAG.sub(" ", text)
        text = _INLINE_TAG.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("\\", "") if ("**" in text or "\\" in text) else text
    if "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def _is_bold(raw: str) -> bool:
    return bool(_BOLD_OPEN.search(raw) or _BOLD_CLOSE.search(raw))


def _cell(raw: str) -> Cell:
    return Cell(text=clean_inline(raw), bold=_is_bold(raw))


def _split_row(raw: str) -> list[Cell] | None:
    """The cells of one table row, or None when the line is not a row."""
    stripped = raw.strip()
    if "<td" in raw.lower() or "<th" in raw.lower():
        cells = [_cell(m.group(2)) for m in _CELL.finditer(raw)]
        return cells or None
    if "\t" in raw:
        return [_cell(part) for part in raw.rstrip("\n").split("\t")]
    # Pipe rows: "| a | b |", or without the outer pipes "a | b | c" (Markdown allows both).
    if (stripped.startswith("|") and stripped.count("|") >= 2) or stripped.count(" | ") >= 2:
        if _PIPE_RULE.match(stripped):
            return []
        inner = stripped[1:] if stripped.startswith("|") else stripped
        inner = inner[:-1] if inner.endswith("|") else inner
        return [_cell(part) for part in inner.split("|")]
    return None


def _line(raw: str, page: int, number: int, gap: int) -> Line | None:
    text = raw.rstrip()
    indent = len(text) - len(text.lstrip(" \t"))
    text = text.strip()
    heading = None
    m = _HEADING.match(text)
    if m:
        heading = len(m.group(1))
        text = text[m.end():]
    bullet = None
    m = _BULLET.match(text)
    if m and not text.startswith("**"):
        bullet = m.group(1)
        text = text[m.end():]
    bold = _is_bold(text)
    cleaned = clean_inline(text)
    if not cleaned:
        return None
    return Line(text=cleaned, page=page, source_line=number, bold=bold or heading is not None,
                heading=heading, bullet=bullet, indent=float(indent), gap=float(gap))


def front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """YAML front matter at the top of a Markdown file: its ``key: value`` pairs and the lines it takes.

    Only flat ``key: value`` lines are read (quotes stripped); anything else means it is not front
    matter, and ``({}, 0)`` is returned.
    """
    if not lines or lines[0].strip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    for n, raw in enumerate(lines[1:FRONT_MATTER_LINES], start=1):
        if raw.strip() in ("---", "..."):
            return (meta, n + 1) if meta else ({}, 0)
        m = _FRONT_KEY.match(raw)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip().strip("'\"")
        elif raw.strip() and not raw.startswith((" ", "\t", "-")):
            return {}, 0
    return {}, 0


def _double_spaced(lines: list[str]) -> bool:
    """Whether (nearly) every text line is followed by exactly one blank line."""
    texts = followed = 0
    for n, raw in enumerate(lines[:-1]):
        if raw.strip():
            texts += 1
            followed += not lines[n + 1].strip() and (n + 2 >= len(lines) or bool(lines[n + 2].strip()))
    return texts >= 20 and followed >= DOUBLE_SPACED * texts


def _page_breaks(lines: list[str]) -> tuple[set[int], dict[int, str]]:
    """Where rules next to a lone page number break pages: the indexes of the lines that start a new
    page, and the page number printed at each break (index → number). Those rule and number lines are
    blanked in ``lines``."""
    breaks: set[int] = set()
    labels: dict[int, str] = {}
    for n, raw in enumerate(lines):
        if not _RULE.match(raw):
            continue
        after = next((k for k in range(n + 1, min(n + 3, len(lines))) if lines[k].strip()), None)
        before = next((k for k in range(n - 1, max(n - 3, -1), -1) if lines[k].strip()), None)
        if after is not None and (m := _PAGE_NUMBER.match(lines[after])):
            labels[n] = m.group(1)  # the number printed at the top of the page that starts here
            lines[n] = lines[after] = ""
            breaks.add(n)
        elif before is not None and (m := _PAGE_NUMBER.match(lines[before])):
            lines[n] = lines[before] = ""  # the number printed at the foot of the page that ends here
            breaks.add(n)
    return breaks, labels


def text_to_document(text: str, source: str = "<text>", *, fmt: str = "text") -> Document:
    """Build a :class:`Document` from the text of a Markdown or plain-text file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    doc = Document(source=source, format=fmt)  # type: ignore[arg-type]
    lines = text.split("\n")
    doc.metadata, skip = front_matter(lines)
    lines[:skip] = [""] * skip  # blanked, so source line numbers stay the file's
    breaks, labels = _page_breaks(lines)
    double = _double_spaced(lines)
    page = Page(number=1)
    doc.pages.append(page)
    table: Table | None = None
    gap = 0
    for number, whole in enumerate(lines, start=1):
        if number - 1 in breaks:
            page = Page(number=len(doc.pages) + 1, label=labels.get(number - 1))
            doc.pages.append(page)
            table, gap = None, 0
        for k, raw in enumerate(whole.split("\f")):
            if k:  # a form feed inside the line
                page = Page(number=len(doc.pages) + 1)
                doc.pages.append(page)
                table, gap = None, 0
            row = _split_row(raw)
            if row is not None:
                if row == []:  # a pipe-table rule line: part of the table, no content
                    continue
                if table is None:
                    table = Table(rows=[], page=page.number, source_lines=(number, number))
                    page.blocks.append(table)
                table.rows.append(row)
                table.source_lines = (table.source_lines[0], number)  # type: ignore[index]
                gap = 0
                continue
            if not raw.strip():
                gap += 1
                table = None
                continue
            table = None
            # In a double-spaced file the blank line after every line is not a paragraph break.
            line = _line(raw, page.number, number, gap - 1 if double and gap else gap)
            gap = 0
            if line is not None:
                page.blocks.append(line)
    # A trailing form feed leaves an empty last page that the file never printed.
    while len(doc.pages) > 1 and not doc.pages[-1].blocks:
        doc.pages.pop()
    return doc
