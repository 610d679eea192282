"""In-process throughput work (issue 14) that must not change what is read.

No timing here (``benchmarks/honest.py`` and ``docs/benchmarks.md`` measure): each test pins what a faster
path relies on, by comparing it with the plain way of reading the same thing.
"""

from __future__ import annotations

import ctypes
import math
from pathlib import Path

import pypdfium2
import pypdfium2.raw as c

from councildocs.loaders import pdf as loader

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
