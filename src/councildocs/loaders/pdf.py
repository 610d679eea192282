"""Load a PDF through pdfplumber into a Document.

Stages, each a small function so that its output can be inspected:
``page_to_words`` → ``words_to_lines`` → ``page_to_tables`` (ruled tables,
whose words are kept out of the running lines) → ``mark_running_lines``
(headers and footers recognised across pages). Pages are processed one at a
time and closed, so memory stays flat on a 400-page pack.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import BBox, Cell, Document, Line, Page, Table
from ..errors import EmptyDocument, EncryptedPDF, MalformedPDF, NoTextLayer

#: Words whose tops differ by less than this fraction of their size share a line.
LINE_TOLERANCE = 0.45
#: Fraction of the page height at the top and bottom where running headers and footers live.
MARGIN_BAND = 0.09
_PAGE_LABEL = re.compile(r"^(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class PDFSettings:
    """How the PDF loader reads pages."""

    find_tables: bool = True
    max_pages: int | None = None
    password: str = ""


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def page_to_words(page: Any) -> list[dict]:
    return page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])


def _inside(word: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def words_to_lines(words: list[dict], page_no: int) -> list[Line]:
    """Group words into lines (by their tops), left to right, top to bottom."""
    words = sorted(words, key=lambda w: (round(w["top"], 1), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        if rows:
            last = rows[-1]
            ref = last[0]
            if abs(w["top"] - ref["top"]) <= LINE_TOLERANCE * max(ref["size"], 1.0):
                last.append(w)
                continue
        rows.append([w])
    lines: list[Line] = []
    prev_bottom: float | None = None
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        # Split a row where a wide horizontal gap separates two runs of words (two columns).
        text_parts = [row[0]["text"]]
        for a, b in zip(row, row[1:], strict=False):
            gap = b["x0"] - a["x1"]
            text_parts.append(("   " if gap > 3 * a["size"] else " ") + b["text"])
        text = "".join(text_parts)
        size = Counter(round(w["size"], 1) for w in row).most_common(1)[0][0]
        bold_chars = sum(len(w["text"]) for w in row if _is_bold(w.get("fontname", "")))
        total = sum(len(w["text"]) for w in row) or 1
        bbox = BBox(min(w["x0"] for w in row), min(w["top"] for w in row),
                    max(w["x1"] for w in row), max(w["bottom"] for w in row))
        gap = 0.0 if prev_bottom is None else max(0.0, (bbox.top - prev_bottom) / max(size, 1.0))
        prev_bottom = bbox.bottom
        lines.append(Line(text=text, page=page_no, bbox=bbox, size=size, bold=bold_chars / total > 0.6,
                          indent=bbox.x0, gap=round(gap, 2)))
    return _take_bullets(lines)


_BULLET_CHARS = "•·▪◦●○-–*"


def _take_bullets(lines: list[Line]) -> list[Line]:
    for line in lines:
        if len(line.text) > 2 and line.text[0] in _BULLET_CHARS and line.text[1] == " ":
            line.bullet = line.text[0]
            line.text = line.text[2:].lstrip()
    return lines


def page_to_tables(page: Any, page_no: int) -> list[Table]:
    """Ruled tables found by pdfplumber's table finder, as rows of cells with boxes."""
    if not (page.lines or page.rects):
        return []
    tables: list[Table] = []
    for found in page.find_tables():
        rows: list[list[Cell]] = []
        for row in found.rows:
            cells: list[Cell] = []
            for box in row.cells:
                if box is None:
                    continue
                text = page.crop(box, strict=False).extract_text() or ""
                cells.append(Cell(text=" ".join(text.split()), bbox=BBox(*box)))
            if any(c.text for c in cells):
                rows.append(cells)
        if rows and (len(rows) > 1 or len(rows[0]) > 1):
            tables.append(Table(rows=rows, page=page_no, bbox=BBox(*found.bbox), ruled=True))
    return tables


def _merge_blocks(lines: list[Line], tables: list[Table]) -> list[Line | Table]:
    blocks: list[Line | Table] = [*lines, *tables]
    return sorted(blocks, key=lambda b: (b.bbox.top if b.bbox else 0.0))


def mark_running_lines(pages: list[Page]) -> None:
    """Mark lines in the top and bottom bands that repeat across pages, or print a page number."""
    bands: Counter[str] = Counter()
    candidates: list[tuple[Line, str]] = []
    for page in pages:
        height = page.height or 842.0
        for line in page.lines:
            if line.bbox is None:
                continue
            top_band = line.bbox.bottom < height * MARGIN_BAND
            bottom_band = line.bbox.top > height * (1 - MARGIN_BAND)
            if top_band or bottom_band:
                key = ("H" if top_band else "F") + _DIGITS.sub("#", line.text.lower())
                bands[key] += 1
                candidates.append((line, key))
    repeat = 2 if len(pages) > 2 else 99
    for line, key in candidates:
        label = _PAGE_LABEL.match(line.text.strip())
        if label or bands[key] >= repeat:
            line.kind = "header" if key.startswith("H") else "footer"
            page = pages[line.page - 1] if 0 < line.page <= len(pages) else None
            if label and page is not None and page.label is None:
                page.label = label.group(1)


def _open(source: str | Path | bytes, password: str) -> Any:
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    name = "<bytes>" if isinstance(source, bytes) else str(source)
    stream: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        return pdfplumber.open(stream, password=password)
    except PdfminerException as exc:
        raise classify_pdfminer_error(name, exc) from None


def classify_pdfminer_error(name: str, exc: BaseException) -> Exception:
    """Turn an exception from pdfminer/pdfplumber into a typed councildocs error."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    kind = type(inner).__name__
    if kind in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or "ncrypt" in kind:
        return EncryptedPDF(name, "encrypted PDF: it needs a password or uses an unsupported encryption")
    return MalformedPDF(name, f"damaged PDF ({kind}: {str(inner)[:120] or 'no detail'})")


def pdf_to_document(source: str | Path | bytes, settings: PDFSettings | None = None) -> Document:
    """Read a PDF into a :class:`Document`, one page at a time."""
    settings = settings or PDFSettings()
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    pdf = _open(source, settings.password)
    doc = Document(source=name, format="pdf")
    images = 0
    try:
        try:
            page_iter: Iterable[Any] = pdf.pages
            n_pages = len(pdf.pages)
        except Exception as exc:  # pdfplumber lets some page-tree failures through unwrapped
            raise classify_pdfminer_error(name, exc) from None
        if n_pages == 0:
            raise EmptyDocument(name, "the PDF has no pages")
        for index, page in enumerate(page_iter, start=1):
            if settings.max_pages and index > settings.max_pages:
                doc.warnings.append(f"stopped after {settings.max_pages} pages (max_pages)")
                break
            try:
                out = _read_page(page, index, settings)
                images += len(page.images)
            except (TypeError, KeyError, ValueError, AttributeError, RecursionError) as exc:
                if index == 1 and n_pages == 1:
                    raise MalformedPDF(name, f"damaged page ({type(exc).__name__})") from None
                doc.failed_pages.append(index)
                doc.warnings.append(f"page {index} could not be read ({type(exc).__name__})")
                out = Page(number=index)
            finally:
                page.close()
            doc.pages.append(out)
    finally:
        pdf.close()
    if doc.failed_pages and len(doc.failed_pages) == len(doc.pages):
        raise MalformedPDF(name, "no page could be read")
    mark_running_lines(doc.pages)
    if not doc.has_text:
        if images:
            raise NoTextLayer(name)
        raise EmptyDocument(name, "the PDF has pages but no text")
    return doc


def _read_page(page: Any, index: int, settings: PDFSettings) -> Page:
    tables = page_to_tables(page, index) if settings.find_tables else []
    words = page_to_words(page)
    if tables:
        boxes = [t.bbox.as_tuple() for t in tables if t.bbox]
        words = [w for w in words if not _inside(w, boxes)]
    lines = words_to_lines(words, index)
    return Page(number=index, blocks=_merge_blocks(lines, tables), width=float(page.width),
                height=float(page.height))
