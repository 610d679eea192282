"""Load a PDF into a Document.

Two engines read the words, switched by :attr:`PDFSettings.engine`:

* ``"pdfium"`` (default): pypdfium2 gives every character's box, size and
  font weight straight from PDFium's text page, about fifty times faster than
  pdfminer; ruled tables come from pdfplumber's table-finder stages
  (``merge_edges`` → ``edges_to_intersections`` → ``intersections_to_cells``
  → ``cells_to_tables``) fed with the page's path objects, so a page without
  ruling lines costs nothing extra.
* ``"pdfplumber"``: pdfminer's characters and pdfplumber's ``find_tables``.

Both share the stages after the words, each a small function whose output can
be inspected: ``words_to_lines`` → ``words_to_cells`` (table words kept out of
the running lines) → ``blocks_to_gaps`` → ``mark_running_lines`` (headers and
footers recognised across pages, printed page numbers kept as labels) →
``mark_headings``. Pages are processed one at a time and closed, so memory
stays flat on a 400-page pack. The file is always opened with pdfminer first,
so a damaged or encrypted file is classified the same way whatever the engine.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
import struct
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

from ..document import BBox, Block, Cell, Document, Line, Page, Table
from ..errors import EmptyDocument, EncryptedPDF, MalformedPDF, NoTextLayer
from .columns import lines_to_column_tables
from .ocr import OCR_DPI, OcrMode, OcrPass, check_mode

#: Words whose tops differ by less than this fraction of their size share a line.
LINE_TOLERANCE = 0.45
#: Fractions of the page's longer side at the top and at the bottom where running headers and footers
#: live. Footers sit higher (a page number and date above a wide bottom margin); a deeper top band
#: would take the council's name printed at the head of each report in a pack.
HEADER_BAND = 0.09
FOOTER_BAND = 0.12
#: A horizontal gap wider than this many font sizes splits a line into two runs (columns, cells).
COLUMN_GAP = 3.0
#: pdfplumber's default table-finder tolerances (points), used by both engines.
SNAP_TOLERANCE = JOIN_TOLERANCE = INTERSECTION_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
#: A line this much larger than the body text is a heading.
HEADING_RATIO = 1.12
#: Font weight from which PDFium's text counts as bold.
BOLD_WEIGHT = 600
_PAGE_LABEL = re.compile(r"^(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")

Engine = Literal["pdfium", "pdfplumber"]


@dataclass(frozen=True, slots=True)
class PDFSettings:
    """How the PDF loader reads pages.

    ``engine`` picks the text reader: ``"pdfium"`` (fast, default) or
    ``"pdfplumber"`` (pdfminer; slower, kept for comparison). ``ocr`` says
    which pages Tesseract reads (pdfium engine): ``"auto"`` the scanned ones
    (no text layer), ``"always"`` every page, ``"never"`` none (a scan is then
    refused with ``no_text_layer``); ``ocr_dpi`` is the resolution they are read at.
    """

    find_tables: bool = True
    max_pages: int | None = None
    password: str = ""
    engine: Engine = "pdfium"
    ocr: OcrMode = "auto"
    ocr_dpi: int = OCR_DPI

    def __post_init__(self) -> None:
        if self.engine not in ("pdfium", "pdfplumber"):
            raise ValueError(f"unknown PDF engine {self.engine!r}: use 'pdfium' or 'pdfplumber'")
        check_mode(self.ocr)


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def page_to_words(page: Any) -> list[dict]:
    """pdfplumber engine: the page's words with size and a bold flag."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])
    for w in words:
        w["bold"] = _is_bold(w.get("fontname", ""))
    return words


def textpage_to_words(textpage: Any, height: float) -> list[dict]:
    """pdfium engine: words from PDFium's characters (loose boxes, size, weight or bold font name).

    PDFium puts a space or line break into the text wherever the glyphs jump,
    so a word is a run of non-space characters; its box comes from its first
    and last characters, and only a word whose ends sit on different lines is
    measured character by character.
    """
    import pypdfium2.raw as pdfium_c

    n = pdfium_c.FPDFText_CountChars(textpage)
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # surrogate pairs shift indexes: ask char by char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(n))
    # PDFium marks a hyphen at a line end (0x02, given back as U+FFFE) and joins the two lines' words.
    text = text.replace("\x02", "-").replace("\ufffe", "-")
    # PDFium's functions typed on bare addresses, called with the text page's and the rectangles' addresses
    # as plain integers: ctypes otherwise checks and converts the typed pointers on every call, three calls
    # a word (about a third of the words' time).
    bare = _bare_functions()
    box, text_object = bare.box, bare.text_object
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    first, last = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    first_at, last_at = ctypes.addressof(first), ctypes.addressof(last)
    font = _FontCache(textpage)
    font_at, seen = font.at, font.seen
    # A rectangle's four floats in one call (left, top, right, bottom): reading ctypes fields one by one
    # cost more than the call that filled them.
    unpack = _RECTF.unpack_from
    words: list[dict] = []
    append = words.append
    for match in _TOKEN.finditer(text):
        start, stop = match.span()
        if not box(handle, start, first_at) or not box(handle, stop - 1, last_at):
            continue
        left, top, _, bottom = unpack(first)
        _, last_top, right, last_bottom = unpack(last)
        # The font cache's own lookup, inline: a hit is the common case (one text object holds many words).
        key = text_object(handle, start)
        found = seen.get(key) if key else None
        size, fontname, bold = found if found is not None else font_at(start)
        size = size or round(top - bottom, 2)
        if abs(top - last_top) > 0.5 * size or right < left:
            words += _chars_to_words(textpage, text, start, stop, height, size, font)
            continue
        append({"text": text[start:stop], "x0": left, "x1": right, "top": height - top,
                "bottom": height - min(bottom, last_bottom), "size": size, "fontname": fontname, "bold": bold})
    return words


def _bare(function: Any, restype: Any, *argtypes: Any) -> Any:
    """``function`` (a pypdfium2 binding) retyped: addresses are passed and returned as plain ints."""
    return ctypes.cast(function, ctypes.CFUNCTYPE(restype, *argtypes))


@cache
def _bare_functions() -> _Bare:
    """PDFium's text-page functions the words need, typed on bare addresses (ints)."""
    import pypdfium2.raw as pdfium_c

    void_p, c_int, bare = ctypes.c_void_p, ctypes.c_int, _bare

    return _Bare(
        box=bare(pdfium_c.FPDFText_GetLooseCharBox, c_int, void_p, c_int, void_p),
        text_object=bare(pdfium_c.FPDFText_GetTextObject, void_p, void_p, c_int),
        font_size=bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, void_p, c_int),
        matrix=bare(pdfium_c.FPDFText_GetMatrix, c_int, void_p, c_int, void_p),
        font_info=bare(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, void_p, c_int, void_p, ctypes.c_ulong, void_p),
        font_weight=bare(pdfium_c.FPDFText_GetFontWeight, c_int, void_p, c_int),
    )


@dataclass(frozen=True, slots=True)
class _Bare:
    box: Any
    text_object: Any
    font_size: Any
    matrix: Any
    font_info: Any
    font_weight: Any


class _FontCache:
    """Size, font name and boldness of a character, asked of PDFium once per text object.

    The size is the one the glyph is printed at: the font size scaled by the
    text and page matrices. Bold is a weight from :data:`BOLD_WEIGHT` up, or
    a bold font name.
    """

    def __init__(self, textpage: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = _bare_functions()
        self.handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        # The same PDFium function, typed to return a bare address: a dict key without a ctypes.cast per word.
        self.text_object = self.c.text_object
        self.seen: dict[int | None, tuple[float, str, bool]] = {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        # Addresses passed as ints: no pointer conversion per call (about a fifth of a page's text objects miss).
        self.matrix_at, self.name_at, self.flags_at = (ctypes.addressof(self.matrix), ctypes.addressof(self.name),
                                                       ctypes.addressof(self.flags))

    def at(self, index: int) -> tuple[float, str, bool]:
        c, handle = self.c, self.handle
        key = c.text_object(handle, index)
        found = self.seen.get(key) if key else None
        if found is not None:
            return found
        size = c.font_size(handle, index)
        if c.matrix(handle, index, self.matrix_at):
            size *= math.hypot(self.matrix.c, self.matrix.d)
        c.font_info(handle, index, self.name_at, len(self.name), self.flags_at)
        fontname = self.name.value.decode("latin-1", "replace")
        bold = c.font_weight(handle, index) >= BOLD_WEIGHT or _is_bold(fontname)
        found = (round(size, 2), fontname, bold)
        if key:
            self.seen[key] = found
        return found


_TOKEN = re.compile(r"[^\s\x00-\x1f]+")
#: PDFium's ``FS_RECTF``: four C floats, left, top, right, bottom.
_RECTF = struct.Struct("4f")


def _chars_to_words(textpage: Any, text: str, start: int, stop: int, height: float, size: float,
                    font: _FontCache) -> list[dict]:
    """A token whose characters wander across lines, split where a character leaves the line."""
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    words: list[dict] = []
    word: dict | None = None
    for i in range(start, stop):
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect):
            continue
        x0, x1, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        if word is not None and abs(top - word["top"]) < 0.5 * size and -0.5 * size < x0 - word["x1"] < 0.25 * size:
            word["text"] += text[i]
            word["x1"], word["bottom"] = max(word["x1"], x1), max(word["bottom"], bottom)
            continue
        char_size, fontname, bold = font.at(i)
        word = {"text": text[i], "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": char_size or size,
                "fontname": fontname, "bold": bold}
        words.append(word)
    return words


def _inside_any(word: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether the word's middle lies in one of ``boxes`` (edges included)."""
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _words_to_rows(words: list[dict]) -> list[list[dict]]:
    words = sorted(words, key=_reading_key)
    rows: list[list[dict]] = []
    ref_top, reach = 0.0, -1.0
    for w in words:
        if abs(w["top"] - ref_top) <= reach:
            rows[-1].append(w)
            continue
        rows.append([w])
        ref_top, reach = w["top"], LINE_TOLERANCE * max(w["size"], 1.0)
    for row in rows:
        row.sort(key=_x0)
    return rows


def _reading_key(word: dict) -> tuple[float, float]:
    return (round(word["top"], 1), word["x0"])


_x0 = itemgetter("x0")


def _row_to_line(row: list[dict], page_no: int) -> Line:
    """One line from its words; a wide gap between two runs of words (two columns) is kept as three spaces."""
    first = row[0]
    parts = [first["text"]]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    sizes: dict[float, int] = {}
    bold_chars = total = 0
    prev_x1, prev_gap = None, 0.0
    run_x0 = first["x0"]
    run_texts: list[str] = []
    runs: list[tuple[float, float, str]] = []
    # A row's words mostly share one size: it is rounded once per change, not once per word.
    raw_size, size = None, 0.0
    for w in row:
        text = w["text"]
        wx1 = w["x1"]
        if prev_x1 is not None:
            wx0 = w["x0"]
            # Comparisons in the order min() and max() made them, so ties keep the same value.
            wide = wx0 - prev_x1 > prev_gap
            if w["top"] < top:
                top = w["top"]
            if w["bottom"] > bottom:
                bottom = w["bottom"]
            if wx1 > x1:
                x1 = wx1
            if wide:
                parts.append("   " + text)
                runs.append((run_x0, prev_x1, " ".join(run_texts)))
                run_x0, run_texts = wx0, []
            else:
                parts.append(" " + text)
        run_texts.append(text)
        if w["size"] != raw_size:
            raw_size = w["size"]
            size = round(raw_size, 1)
        n = len(text)
        sizes[size] = sizes.get(size, 0) + n
        total += n
        if w.get("bold"):
            bold_chars += n
        prev_x1, prev_gap = wx1, COLUMN_GAP * w["size"]
    bbox = BBox(x0, top, x1, bottom)
    return Line(text="".join(parts), page=page_no, bbox=bbox, size=max(sizes, key=sizes.__getitem__),
                bold=bold_chars > 0.6 * max(total, 1), indent=round(x0, 1),
                runs=(*runs, (run_x0, prev_x1, " ".join(run_texts))) if runs else ())


def words_to_lines(words: list[dict], page_no: int) -> list[Line]:
    """Group words into lines (by their tops), left to right, top to bottom, bullets taken off."""
    return _take_bullets([_row_to_line(row, page_no) for row in _words_to_rows(words)])


_BULLET_CHARS = "•·▪◦●○-–*"


def _take_bullets(lines: list[Line]) -> list[Line]:
    for line in lines:
        if len(line.text) > 2 and line.text[0] in _BULLET_CHARS and line.text[1] == " ":
            line.bullet = line.text[0]
            line.text = line.text[2:].lstrip()
    return lines


def words_to_cell(words: list[dict], box: tuple[float, float, float, float]) -> Cell:
    """A cell's text from the words inside its box: wrapped lines joined in order by single spaces."""
    if not words:  # an empty cell (many in a ruled grid): what the general path gives for no words
        return Cell(text="", bbox=BBox(*box), bold=False)
    rows = _words_to_rows(words)
    chars = [w for row in rows for w in row]
    bold = sum(len(w["text"]) for w in chars if w.get("bold")) > 0.6 * sum(len(w["text"]) for w in chars)
    text = " ".join(" ".join(w["text"] for w in row) for row in rows)
    return Cell(text=" ".join(text.split()), bbox=BBox(*box), bold=bool(chars) and bold)


def _words_by_cell(words: list[dict], bbox: tuple[float, float, float, float], rows: list[Any]
                   ) -> dict[tuple[int, int], list[dict]]:
    """Each word inside the table filed under its (row, column): the first row (top to bottom) whose band
    holds the word's middle and one of whose cells holds the word.

    The rows come sorted by their tops, so the rows that can hold a word are found by binary search: those
    whose top is above its middle (``bisect``) and, among them, from the first whose bottom (or an earlier
    row's: a cell spanning rows makes bands overlap) reaches below it.
    """
    tops = [row.bbox[1] for row in rows]
    reach: list[float] = []  # the lowest bottom of this row and every row above it
    for row in rows:
        reach.append(max(row.bbox[3], reach[-1]) if reach else row.bbox[3])
    filed: dict[tuple[int, int], list[dict]] = {}
    tx0, ttop, tx1, tbottom = bbox
    for w in words:
        # A word belongs to the box holding its middle: computed once per word, not per box it is tried in.
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        if not (tx0 <= cx <= tx1 and ttop <= cy <= tbottom):
            continue
        for r in range(bisect_left(reach, cy), bisect_right(tops, cy)):
            row = rows[r]
            if not row.bbox[1] <= cy <= row.bbox[3]:
                continue
            c = next((c for c, box in enumerate(row.cells)
                      if box is not None and box[0] <= cx <= box[2] and box[1] <= cy <= box[3]), None)
            if c is not None:
                filed.setdefault((r, c), []).append(w)
                break
    return filed


def found_tables_to_tables(found: Iterable[Any], words: list[dict], page_no: int) -> list[Table]:
    """pdfplumber ``Table`` objects (cell boxes) filled with the page's words."""
    tables: list[Table] = []
    for table in found:
        # pdfplumber recomputes a table's bbox and rows from all its cells at each use: once here.
        bbox, table_rows = table.bbox, table.rows
        filed = _words_by_cell(words, bbox, table_rows)
        rows: list[list[Cell]] = []
        for r, row in enumerate(table_rows):
            cells = [words_to_cell(filed.get((r, c), []), box) for c, box in enumerate(row.cells) if box is not None]
            if any(c.text for c in cells):
                rows.append(cells)
        if rows and (len(rows) > 1 or len(rows[0]) > 1):
            tables.append(Table(rows=rows, page=page_no, bbox=BBox(*bbox), ruled=True))
    return tables


def pdfium_page_to_edges(page: Any, height: float) -> list[dict]:
    """pdfium engine: ruling edges (pdfplumber's edge dicts) from the straight segments of path objects.

    Only horizontal and vertical segments count, as for pdfplumber's
    ``lines`` strategy; a path with curves (a logo, a signature) is no ruling.
    A page drawn with more than :data:`MAX_PATH_SEGMENTS` segments (a map) is
    not searched for tables.
    """
    import pypdfium2.raw as pdfium_c

    path = _bare_path_functions()
    segment, segment_type, get_point, get_close = path.segment, path.segment_type, path.point, path.close
    bezier, moveto = pdfium_c.FPDF_SEGMENT_BEZIERTO, pdfium_c.FPDF_SEGMENT_MOVETO
    edges: list[dict] = []
    matrix = pdfium_c.FS_MATRIX()
    matrix_at = ctypes.addressof(matrix)
    # A point's two floats side by side, read in one unpack; passed to PDFium by address.
    xy = (ctypes.c_float * 2)()
    x_at, y_at = ctypes.addressof(xy), ctypes.addressof(xy) + ctypes.sizeof(ctypes.c_float)
    unpack_xy, unpack_matrix = _POINT.unpack_from, _MATRIX.unpack_from
    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    budget = MAX_PATH_SEGMENTS
    for index in range(path.count_objects(handle)):
        obj = path.get_object(handle, index)
        if path.object_type(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        n = path.count_segments(obj)
        budget -= n
        if budget < 0:
            return []
        if not path.object_matrix(obj, matrix_at):
            continue
        a, b, c, d, e, f = unpack_matrix(matrix)
        points: list[tuple[int, float, float, bool]] = []
        for j in range(n):
            seg = segment(obj, j)
            kind = segment_type(seg)
            if kind == bezier:
                break  # the whole path is skipped: its other points need not be read (glyph outlines, logos)
            get_point(seg, x_at, y_at)
            x, y = unpack_xy(xy)
            points.append((kind, a * x + c * y + e, height - (b * x + d * y + f), bool(get_close(seg))))
        else:
            edges += _points_to_edges(points, moveto)
    return edges


#: PDFium's ``FS_MATRIX`` (six C floats, a to f) and a point (two C floats).
_MATRIX = struct.Struct("6f")
_POINT = struct.Struct("2f")


@dataclass(frozen=True, slots=True)
class _BarePath:
    count_objects: Any
    get_object: Any
    object_type: Any
    count_segments: Any
    object_matrix: Any
    segment: Any
    segment_type: Any
    point: Any
    close: Any


@cache
def _bare_path_functions() -> _BarePath:
    """PDFium's page-object and path functions typed on bare addresses (ints): a path has thousands of
    segments on a ruled page, four calls each, and ctypes' typed pointers cost more than the calls."""
    import pypdfium2.raw as pdfium_c

    void_p, c_int, bare = ctypes.c_void_p, ctypes.c_int, _bare

    return _BarePath(
        count_objects=bare(pdfium_c.FPDFPage_CountObjects, c_int, void_p),
        get_object=bare(pdfium_c.FPDFPage_GetObject, void_p, void_p, c_int),
        object_type=bare(pdfium_c.FPDFPageObj_GetType, c_int, void_p),
        count_segments=bare(pdfium_c.FPDFPath_CountSegments, c_int, void_p),
        object_matrix=bare(pdfium_c.FPDFPageObj_GetMatrix, c_int, void_p, void_p),
        segment=bare(pdfium_c.FPDFPath_GetPathSegment, void_p, void_p, c_int),
        segment_type=bare(pdfium_c.FPDFPathSegment_GetType, c_int, void_p),
        point=bare(pdfium_c.FPDFPathSegment_GetPoint, c_int, void_p, void_p, void_p),
        close=bare(pdfium_c.FPDFPathSegment_GetClose, c_int, void_p),
    )


#: Path segments on one page above which the page is taken for a drawing, not a table.
MAX_PATH_SEGMENTS = 20000


def _points_to_edges(points: list[tuple[int, float, float, bool]], moveto: int) -> list[dict]:
    edges: list[dict] = []
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for kind, px, py, close in points:
        if kind == moveto or prev is None:
            start = prev = (px, py)
            continue
        edges += _segment_edge(prev, (px, py))
        prev = (px, py)
        if close and start is not None:
            edges += _segment_edge(prev, start)
            prev = start
    return edges


def _segment_edge(a: tuple[float, float], b: tuple[float, float]) -> list[dict]:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) < 0.5 and abs(ax - bx) >= EDGE_MIN_LENGTH:
        return [_edge("h", min(ax, bx), ay, max(ax, bx), ay)]
    if abs(ax - bx) < 0.5 and abs(ay - by) >= EDGE_MIN_LENGTH:
        return [_edge("v", ax, min(ay, by), ax, max(ay, by))]
    return []


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


def edges_to_found_tables(edges: list[dict]) -> list[Any]:
    """pdfplumber's table-finder stages run on ready-made edges; ``[]`` when they cannot make a grid."""
    from pdfplumber import table as tf

    if len([e for e in edges if e["orientation"] == "h"]) < 2 or \
            len([e for e in edges if e["orientation"] == "v"]) < 2:
        return []
    merged = tf.merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= EDGE_MIN_LENGTH]
    points = tf.edges_to_intersections(merged, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return [tf.Table(None, cells) for cells in tf.cells_to_tables(intersections_to_cells(points))]


def intersections_to_cells(intersections: dict[tuple[float, float], dict[str, list[dict]]]
                           ) -> list[tuple[float, float, float, float]]:
    """pdfplumber's ``intersections_to_cells``, same cells in the same order, without its quadratic work.

    pdfplumber rebuilds both points' edge sets at every connection test and scans every later point
    for the ones straight below and to the right; here each point's edge sets are built once and the
    points are grouped by column and by row (each group in pdfplumber's order: sorted points).
    """
    from pdfplumber.utils import obj_to_bbox

    vertical = {p: {obj_to_bbox(e) for e in edges["v"]} for p, edges in intersections.items()}
    horizontal = {p: {obj_to_bbox(e) for e in edges["h"]} for p, edges in intersections.items()}

    def connects(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return (a[0] == b[0] and not vertical[a].isdisjoint(vertical[b])) or \
            (a[1] == b[1] and not horizontal[a].isdisjoint(horizontal[b]))

    points = sorted(intersections)
    columns: dict[float, list[tuple[float, float]]] = {}
    rows: dict[float, list[tuple[float, float]]] = {}
    at_column: dict[tuple[float, float], int] = {}
    at_row: dict[tuple[float, float], int] = {}
    for p in points:
        at_column[p] = len(columns.setdefault(p[0], []))
        columns[p[0]].append(p)
        at_row[p] = len(rows.setdefault(p[1], []))
        rows[p[1]].append(p)
    cells = []
    for pt in points:
        below = columns[pt[0]][at_column[pt] + 1:]
        right = rows[pt[1]][at_row[pt] + 1:]
        cell = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def blocks_in_order(lines: list[Line], tables: list[Table]) -> list[Block]:
    """Lines and tables sorted top to bottom, each line's ``gap`` measured from the block above it."""
    blocks: list[Block] = sorted([*lines, *tables], key=lambda b: (b.bbox.top if b.bbox else 0.0))
    prev_bottom: float | None = None
    for block in blocks:
        if isinstance(block, Line) and block.bbox is not None:
            size = max(block.size or 1.0, 1.0)
            block.gap = 0.0 if prev_bottom is None else round(max(0.0, block.bbox.top - prev_bottom) / size, 2)
        if block.bbox is not None:
            prev_bottom = block.bbox.bottom
    return blocks


def mark_headings(pages: list[Page]) -> None:
    """Lines set clearly larger than the body text become headings, the largest size level 1."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            if line.size and line.kind == "body":
                sizes[round(line.size, 1)] += len(line.text)
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    larger = sorted({s for s in sizes if s >= body * HEADING_RATIO}, reverse=True)
    levels = {size: min(level, 6) for level, size in enumerate(larger, start=1)}
    for page in pages:
        for line in page.lines:
            if line.kind == "body" and line.size and round(line.size, 1) in levels and len(line.text) < 200:
                line.heading = levels[round(line.size, 1)]


def mark_running_lines(pages: list[Page]) -> None:
    """Mark lines in the top and bottom bands that repeat across pages, or print a page number."""
    bands: Counter[str] = Counter()
    candidates: list[tuple[Line, str]] = []
    for page in pages:
        height = page.height or 842.0
        for line in page.lines:
            if line.bbox is None:
                continue
            # Measured on the longer side: a landscape page keeps the same margins as a portrait one.
            longer = max(height, page.width or 0.0)
            top_band = line.bbox.bottom < longer * HEADER_BAND
            bottom_band = line.bbox.top > height - longer * FOOTER_BAND
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
    from pdfplumber.utils.exceptions import PdfminerException  # a damaged page stream: that page fails alone

    settings = settings or PDFSettings()
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    pdf = _open(source, settings.password)
    doc = Document(source=name, format="pdf")
    images = 0
    reader = _PdfiumReader.open(source, settings.password) if settings.engine == "pdfium" else None
    if reader is not None:
        reader.ocr = OcrPass(name, settings.ocr, settings.ocr_dpi)
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
            errors = (TypeError, KeyError, ValueError, AttributeError, RecursionError, PdfminerException)
            try:
                if reader is not None:
                    try:
                        out = reader.read_page(index, settings)
                    except errors:  # PDFium lost this page (a looped page tree, say): pdfminer may find it
                        out = _read_page(page, index, settings)
                else:
                    out = _read_page(page, index, settings)
                    images += len(page.images)
            except errors as exc:
                if index == 1 and n_pages == 1:
                    raise MalformedPDF(name, f"damaged page ({type(exc).__name__})") from None
                doc.failed_pages.append(index)
                doc.warnings.append(f"page {index} could not be read ({type(exc).__name__})")
                out = Page(number=index)
            finally:
                page.close()
            doc.pages.append(out)
    finally:
        _close_pdf(pdf)
        if reader is not None:
            reader.close()
    if reader is not None and reader.ocr is not None:
        reader.ocr.finish(doc.pages, doc.warnings, doc.has_text)
    if reader is not None and (not doc.has_text or len(doc.failed_pages) == len(doc.pages)):
        # PDFium read nothing: let pdfminer read it, or say precisely why it cannot.
        return pdf_to_document(source, _with_engine(settings, "pdfplumber"))
    if doc.failed_pages and len(doc.failed_pages) == len(doc.pages):
        raise MalformedPDF(name, "no page could be read")
    mark_running_lines(doc.pages)
    mark_headings(doc.pages)
    if not doc.has_text:
        if images:
            raise NoTextLayer(name)
        raise EmptyDocument(name, "the PDF has pages but no text")
    return doc


def _close_pdf(pdf: Any) -> None:
    """Close a pdfplumber ``PDF`` whose pages were listed, without listing them again.

    pdfplumber's ``PDF.close()`` drops its cached page list and then asks for ``pages``, which walks
    pdfminer's page tree and builds every page a second time only to close it: a second parse of the
    page tree per document. Here the pages already listed are closed instead (a page closes twice
    harmlessly). When the list was never built (the page tree failed), ``close()`` runs as it always
    did, failure included, so damaged files are told apart exactly as before.
    """
    pages = getattr(pdf, "_pages", None)
    if pages is None:
        pdf.close()
        return
    pdf.flush_cache()
    for page in pages:
        page.close()
    if not pdf.stream_is_external:
        pdf.stream.close()


def _with_engine(settings: PDFSettings, engine: Engine) -> PDFSettings:
    return replace(settings, engine=engine)


def _page_from_parts(words: list[dict], found: list[Any], index: int, width: float, height: float) -> Page:
    tables = found_tables_to_tables(found, words, index)
    if tables:
        boxes = [t.bbox.as_tuple() for t in tables if t.bbox]
        words = [w for w in words if not _inside_any(w, boxes)]
    lines = words_to_lines(words, index)
    # Runs of lines whose words line up in columns are tables printed without ruling lines.
    blocks = lines_to_column_tables(blocks_in_order(lines, tables))
    return Page(number=index, blocks=blocks, width=width, height=height)


def _read_page(page: Any, index: int, settings: PDFSettings) -> Page:
    """pdfplumber engine: one page."""
    words = page_to_words(page)
    found = page.find_tables() if settings.find_tables and (page.lines or page.rects) else []
    return _page_from_parts(words, found, index, float(page.width), float(page.height))


class _PdfiumReader:
    """pdfium engine: the same file opened in PDFium, read page by page."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        #: Reads the scanned pages (set by the loader).
        self.ocr: OcrPass | None = None

    @classmethod
    def open(cls, source: str | Path | bytes, password: str) -> _PdfiumReader | None:
        """The reader, or None when PDFium refuses a file that pdfminer opened (pdfminer then reads it)."""
        import pypdfium2 as pdfium

        try:
            return cls(pdfium.PdfDocument(source if isinstance(source, bytes) else str(source),
                                          password=password or None))
        except pdfium.PdfiumError:
            return None

    def read_page(self, index: int, settings: PDFSettings) -> Page:
        import pypdfium2 as pdfium

        try:
            page = self.pdf[index - 1]
        except (pdfium.PdfiumError, IndexError) as exc:
            raise ValueError(f"PDFium could not load page {index}") from exc
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                words = textpage_to_words(textpage, height)
            finally:
                textpage.close()
            scanned = self.ocr.read(page, words, index) if self.ocr is not None else None
            if scanned is not None:  # a scan: OCR's words, and the rules drawn in its image
                words = scanned.words
            edges = scanned.edges if scanned is not None else pdfium_page_to_edges(page, height)
            found = edges_to_found_tables(edges) if settings.find_tables else []
            return _page_from_parts(words, found, index, float(width), float(height))
        except pdfium.PdfiumError as exc:
            raise ValueError(str(exc)) from exc
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()
