"""In-process throughput work (issue 14) that must not change what is read.

No timing here (``benchmarks/honest.py`` and ``docs/benchmarks.md`` measure): each test pins what a faster
path relies on, by comparing it with the plain way of reading the same thing.
"""

from __future__ import annotations

import ctypes
import math
import re
from pathlib import Path

import pypdfium2
import pypdfium2.raw as c
import pytest

from councildocs.document import BBox, Cell
from councildocs.extractors import names
from councildocs.loaders import pdf as loader
from councildocs.vocab import lookup

from .conftest import SEEDS


def _seed_pdfs() -> list[Path]:
    return sorted(Path(SEEDS).glob("*.pdf"))


def _edges_through_typed_api(page: pypdfium2.PdfPage, height: float) -> list[dict]:
    """Ruling edges read through pypdfium2's typed functions, one ctypes field at a time (the loader's
    reading before it called PDFium on bare addresses)."""
    edges: list[dict] = []
    matrix = c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(c.FPDFPage_CountObjects(page.raw)):
        obj = c.FPDFPage_GetObject(page.raw, index)
        if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_PATH or not c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        points = []
        for j in range(c.FPDFPath_CountSegments(obj)):
            seg = c.FPDFPath_GetPathSegment(obj, j)
            kind = c.FPDFPathSegment_GetType(seg)
            if kind == c.FPDF_SEGMENT_BEZIERTO:
                break
            c.FPDFPathSegment_GetPoint(seg, x, y)
            points.append((kind, matrix.a * x.value + matrix.c * y.value + matrix.e,
                           height - (matrix.b * x.value + matrix.d * y.value + matrix.f),
                           bool(c.FPDFPathSegment_GetClose(seg))))
        else:
            edges += loader._points_to_edges(points, c.FPDF_SEGMENT_MOVETO)
    return edges


def _font_through_typed_api(textpage: pypdfium2.PdfTextPage, index: int) -> tuple[float, str, bool]:
    size = c.FPDFText_GetFontSize(textpage, index)
    matrix = c.FS_MATRIX()
    if c.FPDFText_GetMatrix(textpage, index, matrix):
        size *= math.hypot(matrix.c, matrix.d)
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    c.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
    fontname = name.value.decode("latin-1", "replace")
    bold = c.FPDFText_GetFontWeight(textpage, index) >= loader.BOLD_WEIGHT or loader._is_bold(fontname)
    return round(size, 2), fontname, bold


def test_issue_14_ruling_edges_read_on_bare_addresses_are_the_typed_readings() -> None:
    ruled = 0
    for path in _seed_pdfs():
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            height = page.get_size()[1]
            edges = loader.pdfium_page_to_edges(page, height)
            assert edges == _edges_through_typed_api(page, height)
            ruled += bool(edges)
        pdf.close()
    assert ruled  # some seed pages are ruled: the comparison saw real edges


def test_issue_14_font_read_on_bare_addresses_is_the_typed_reading() -> None:
    compared = 0
    for path in _seed_pdfs()[:2]:
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            for index in range(0, c.FPDFText_CountChars(textpage), 7):
                # A fresh cache each time: the character's own reading, not its text object's first one.
                assert loader._FontCache(textpage).at(index) == _font_through_typed_api(textpage, index)
                compared += 1
            textpage.close()
        pdf.close()
    assert compared


def _role_one_by_one(text: str) -> str | None:
    """``names.text_to_role`` as it read before its one-pattern check: every wording tried in turn."""
    for role, pattern in names._role_patterns():
        if pattern.match(text):
            return role
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+", text.strip()) if p]
    if len(parts) > 1:
        roles = [_role_one_by_one(p) for p in parts]
        if all(roles):
            return roles[0]
    return None


def test_issue_14_a_role_is_read_as_the_wordings_tried_one_by_one_read_it() -> None:
    texts = ["", "Kent", "Councillor Smith", "in the Chair", "(Vice-Chair)", "Chair of Planning", "the chairman's",
             "Mayor, Jane Smith", "Vice-Chairman, in the Chair", "Chair and Vice Chair", "– Chairman –", "Chair\n",
             "Clerk", "Deputy Mayor and Clerk", "VICE CHAIRMAN", "Vice Chair(man)"]
    for words in lookup("roles").values():
        for word in words:
            texts += [word, word.upper(), f"({word})", f" {word}: ", f"{word} Smith", f"Cllr {word}",
                      word.replace(" ", "-"), f"{word}, {word}", f"{word} and Smith"]
    assert len(texts) > 100
    for text in texts:
        assert names.text_to_role(text) == _role_one_by_one(text), text


def test_issue_14_an_empty_cell_is_the_cell_the_general_path_gives() -> None:
    box = (10.0, 20.0, 30.0, 40.0)
    assert loader.words_to_cell([], box) == Cell(text="", bbox=BBox(*box), bold=False)
    word = {"text": "Yes", "x0": 12.0, "x1": 20.0, "top": 22.0, "bottom": 30.0, "size": 8.0, "bold": True}
    assert loader.words_to_cell([word], box) == Cell(text="Yes", bbox=BBox(*box), bold=True)


def test_issue_14_a_line_keeps_its_runs_box_and_size_as_it_read_them() -> None:
    def word(text: str, x0: float, x1: float, top: float = 10.0, size: float = 10.04, bold: bool = False) -> dict:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 9.0, "size": size, "bold": bold}

    # Two runs parted by a gap wider than three sizes; the middle word sits higher; the last is larger.
    row = [word("Item", 10.0, 30.0), word("one", 32.0, 50.0, top=9.5), word("£4,000", 100.0, 130.0, size=12.0,
                                                                            bold=True)]
    line = loader._row_to_line(row, 3)
    assert line.text == "Item one   £4,000"
    assert line.bbox == BBox(10.0, 9.5, 130.0, 19.0)
    assert line.runs == ((10.0, 50.0, "Item one"), (100.0, 130.0, "£4,000"))
    assert (line.size, line.bold, line.indent, line.page) == (10.0, False, 10.0, 3)
    assert loader._row_to_line(row[:2], 1).runs == ()  # one run: none kept


def test_issue_14_the_page_tree_is_walked_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber's ``PDF.close()`` lists every page again before closing it: the loader closes the pages it
    listed instead, so pdfminer builds each page once."""
    import pdfminer.pdfpage

    built = []
    original = pdfminer.pdfpage.PDFPage.__init__

    def counting(self: object, *args: object, **kwargs: object) -> None:
        built.append(1)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdfminer.pdfpage.PDFPage, "__init__", counting)
    path = _seed_pdfs()[1]
    doc = loader.pdf_to_document(path)
    assert len(built) == len(doc.pages) > 1


def test_issue_14_a_pdf_whose_pages_were_never_listed_is_closed_by_pdfplumber(tmp_path: Path) -> None:
    import pdfplumber

    pdf = pdfplumber.open(_seed_pdfs()[1])
    loader._close_pdf(pdf)  # no page listed: pdfplumber's own close, which lists them to close them
    assert pdf.stream.closed
    listed = pdfplumber.open(_seed_pdfs()[1])
    pages = listed.pages
    loader._close_pdf(listed)
    assert listed.stream.closed and not hasattr(listed, "_pages") and pages
