"""Speed work that must not change what is read: start-up imports, workers, and the loader's table geometry.

No timing here (see ``benchmarks/honest.py``): what a worker and the spaCy pipeline import, how many
workers a batch starts, what a worker that dies leaves behind, and the fast table code giving exactly what
pdfplumber's own gives.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
from pdfplumber import table as tf

import councildocs
from councildocs import isolation
from councildocs.extractors import meeting, members, people
from councildocs.extractors.people import split_names
from councildocs.loaders import pdf as loader
from councildocs.loaders.pdf import _words_by_cell
from councildocs.nlp import import_spacy
from councildocs.segment import blocks_to_parts

from .conftest import SEEDS
from .test_malformed import CLI


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter after running ``code``."""
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                          check=True, capture_output=True, text=True, timeout=300)
    return set(done.stdout.split())


def test_worker_warm_up_leaves_spacy_for_the_first_document_that_lists_people() -> None:
    loaded = _modules_after("from councildocs._worker import warm_up\nwarm_up()")
    assert "councildocs.pipeline" in loaded and "pypdfium2" in loaded
    assert "spacy" not in loaded


def test_issue_14_a_document_that_lists_no_people_never_imports_spacy() -> None:
    seed = SEEDS / "001_36f2328d2f3f11ea.pdf"  # an agenda: items, no attendance or membership list
    loaded = _modules_after("from councildocs._worker import run_request\n"
                            f"assert run_request({{'name': 'a', 'path': {str(seed)!r}}})['status'] == 'ok'")
    assert "councildocs.extractors.attendees" in loaded
    assert "spacy" not in loaded


class _CountedWorker(isolation.WorkerProcess):
    started = 0

    def __init__(self, memory_mb: int | None = isolation.DEFAULT_MEMORY_MB) -> None:
        type(self).started += 1
        super().__init__(memory_mb)


def test_issue_14_one_worker_serves_every_document_of_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "WorkerProcess", _CountedWorker)
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    results = list(councildocs.extract_many(seeds, workers=1))
    assert [r.status for r in results] == ["ok"] * 3
    assert _CountedWorker.started == 1  # its imports, and spaCy once loaded, serve the next documents


def test_issue_14_a_worker_starts_one_blas_thread_unless_told_otherwise() -> None:
    env = isolation.worker_env({"PATH": "/bin"})
    assert env["OPENBLAS_NUM_THREADS"] == "1" and env["PYTHONUNBUFFERED"] == "1" and env["PATH"] == "/bin"
    assert isolation.worker_env({"OPENBLAS_NUM_THREADS": "4"})["OPENBLAS_NUM_THREADS"] == "4"  # the caller's say


def test_issue_14_a_worker_freezes_what_its_start_up_loaded_and_collects_garbage_after_it() -> None:
    code = ("import gc\nfrom councildocs._worker import start_up\nstart_up()\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 10_000)")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["True", "True"]


def test_issue_14_the_collector_is_paused_only_while_spacy_loads() -> None:
    import gc
    import io

    from councildocs import _worker

    out = io.StringIO()
    try:
        _worker.say_loading(out, True)
        assert not gc.isenabled()
    finally:
        _worker.say_loading(out, False)
    assert gc.isenabled()
    assert out.getvalue().split() == [isolation.LOADING, isolation.LOADED]


#: Run in every process of the test's CLI run: the worker's extraction dies of a segmentation fault on a
#: file named ``crash.txt``, as a parser bug in C code would kill it.
_CRASHING_EXTRACT = """
import os, signal
import councildocs.api
_extract = councildocs.api.extract
def extract(source, **kwargs):
    if kwargs.get("name", "").endswith("crash.txt"):
        os.kill(os.getpid(), signal.SIGSEGV)
    return _extract(source, **kwargs)
councildocs.api.extract = extract
"""


def test_issue_14_a_single_input_whose_parser_crashes_is_a_typed_error(tmp_path: Path) -> None:
    # Why one input still runs in a worker process: a crash in the parser's C code (PDFium) must end
    # that document with a code and the command with status 1, not take the command down with it.
    (tmp_path / "sitecustomize.py").write_text(_CRASHING_EXTRACT)
    crash = tmp_path / "crash.txt"
    crash.write_bytes((SEEDS / "001_36f2328d2f3f11ea.txt").read_bytes())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    done = subprocess.run([*CLI, "extract", str(crash), "-q"], capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 1
    assert "parser crashed on this file (signal SIGSEGV)" in done.stderr and "[malformed]" in done.stderr
    assert "Traceback" not in done.stderr


def test_issue_14_a_front_sheet_is_joined_into_paragraphs_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = blocks_to_parts(councildocs.load(SEEDS / "000_4e4b3ddf3947bfc4.txt"))
    joined: list[int] = []
    real = members.blocks_to_paragraphs

    def counted(blocks: list) -> list:
        joined.append(len(blocks))
        return real(blocks)

    monkeypatch.setattr(meeting, "blocks_to_paragraphs", counted)
    monkeypatch.setattr(members, "blocks_to_paragraphs", counted)
    found = meeting.parts_to_meeting(parts)
    assert found is not None and len(found.members) == 13
    assert len(joined) == 1  # the roster's heading and the membership list read the same paragraphs


_SENTENCE = ("The Committee considered a report which sought approval for submission of a Full Business Case to "
             "the Combined Authority.")


def test_issue_14_a_paragraph_of_prose_is_read_to_a_sentence_end_as_it_grows(monkeypatch: pytest.MonkeyPatch
                                                                            ) -> None:
    read: list[str] = []
    monkeypatch.setattr(people, "_starts_with_name", lambda text: read.append(text) or False)
    lines = [_SENTENCE, "Modelling carried out after publication showed a shift of modes.",
             "There was concern about the sequencing of the schemes in tight timescales."]
    for n in range(1, len(lines) + 1):
        assert not people.starts_with_name(" ".join(lines[:n]))
    # Once the first sentence past the opening has ended, a line joined below it changes nothing read.
    assert read == [_SENTENCE, _SENTENCE[:-1], _SENTENCE[:-1]]


def test_issue_14_the_opening_never_ends_at_a_title_or_an_initial(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    monkeypatch.setattr(people, "_starts_with_name", lambda text: read.append(text) or False)
    people.starts_with_name(_SENTENCE[:-1] + " with Cllr. J. Smith attending. Officers gave their report.")
    assert read == [_SENTENCE[:-1] + " with Cllr. J. Smith attending"]


def test_the_pipeline_loads_without_spacys_command_line() -> None:
    loaded = _modules_after("from councildocs.nlp import get_nlp\nget_nlp()")
    assert "spacy" in loaded
    assert not {m for m in loaded if m == "spacy.cli" or m.startswith(("spacy.cli.", "typer", "weasel"))}


def test_spacy_imported_so_keeps_its_command_line_importable() -> None:
    module = import_spacy()
    assert [m.name for m in split_names("Councillor A Smith (Chair), Councillor B Jones")] == ["A Smith", "B Jones"]
    import spacy.cli

    assert callable(spacy.cli.info) and callable(module.info)


class _Row:
    def __init__(self, cells: list[tuple[float, float, float, float] | None]) -> None:
        self.cells = cells
        present = [c for c in cells if c]
        self.bbox = (min(c[0] for c in present), min(c[1] for c in present), max(c[2] for c in present),
                     max(c[3] for c in present))


def _word(text: str, x: float, y: float) -> dict:
    return {"text": text, "x0": x, "x1": x + 10, "top": y, "bottom": y + 8}


def test_words_go_to_the_first_row_whose_band_and_cell_hold_them() -> None:
    # Row 0 has a cell spanning rows 0-1 (left column), so its band overlaps row 1's: a word in the right
    # column at row 1's height is row 1's, a word in the spanning cell stays row 0's.
    rows = [_Row([(0, 0, 50, 40), (50, 0, 100, 20)]), _Row([None, (50, 20, 100, 40)]),
            _Row([(0, 40, 50, 60), (50, 40, 100, 60)])]
    words = [_word("span", 10, 26), _word("right1", 60, 26), _word("right0", 60, 5), _word("low", 60, 46),
             _word("outside", 200, 5)]
    filed = _words_by_cell(words, (0, 0, 100, 60), rows)
    assert {k: [w["text"] for w in v] for k, v in filed.items()} == {
        (0, 0): ["span"], (1, 1): ["right1"], (0, 1): ["right0"], (2, 1): ["low"]}


def test_cells_are_pdfplumbers_on_every_ruled_page_of_the_seed_pdfs() -> None:
    compared = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            edges = loader.pdfium_page_to_edges(page, page.get_size()[1])
            merged = tf.merge_edges(edges, loader.SNAP_TOLERANCE, loader.SNAP_TOLERANCE, loader.JOIN_TOLERANCE,
                                    loader.JOIN_TOLERANCE)
            points = tf.edges_to_intersections(merged, loader.INTERSECTION_TOLERANCE, loader.INTERSECTION_TOLERANCE)
            if points:
                assert loader.intersections_to_cells(points) == tf.intersections_to_cells(points)
                compared += 1
        pdf.close()
    assert compared


def _words_field_by_field(textpage: object, height: float) -> list[dict]:
    """The words as the loader read them before it unpacked each rectangle in one call: every ctypes field
    read on its own, the font asked through the cache's method (kept here to prove the two agree)."""
    import ctypes

    import pypdfium2.raw as c

    n = c.FPDFText_CountChars(textpage)
    text = textpage.get_text_range(0, n).replace("\x02", "-").replace("\ufffe", "-")  # type: ignore[attr-defined]
    first, last = c.FS_RECTF(), c.FS_RECTF()
    font = loader._FontCache(textpage)
    words: list[dict] = []
    for match in loader._TOKEN.finditer(text):
        start, end = match.start(), match.end() - 1
        if not c.FPDFText_GetLooseCharBox(textpage, start, ctypes.byref(first)) \
                or not c.FPDFText_GetLooseCharBox(textpage, end, ctypes.byref(last)):
            continue
        size, fontname, bold = font.at(start)
        size = size or round(first.top - first.bottom, 2)
        if abs(first.top - last.top) > 0.5 * size or last.right < first.left:
            words += loader._chars_to_words(textpage, text, start, end + 1, height, size, font)
            continue
        words.append({"text": match.group(), "x0": first.left, "x1": last.right, "top": height - first.top,
                      "bottom": height - min(first.bottom, last.bottom), "size": size, "fontname": fontname,
                      "bold": bold})
    return words


def test_issue_14_words_read_in_bulk_are_the_words_read_field_by_field() -> None:
    compared = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            height = page.get_size()[1]
            textpage = page.get_textpage()
            assert loader.textpage_to_words(textpage, height) == _words_field_by_field(textpage, height)
            compared += 1
            textpage.close()
        pdf.close()
    assert compared


def _page_with_paths(tmp_path: Path) -> pypdfium2.PdfDocument:
    """A page with a ruled box (four straight segments) and a shape that starts straight then curves."""
    import pypdfium2.raw as c

    pdf = pypdfium2.PdfDocument.new()
    page = pdf.new_page(200, 200)
    box = c.FPDFPageObj_CreateNewPath(20, 20)
    for x, y in ((120, 20), (120, 80), (20, 80)):
        c.FPDFPath_LineTo(box, x, y)
    c.FPDFPath_Close(box)
    c.FPDFPath_SetDrawMode(box, 0, True)
    curve = c.FPDFPageObj_CreateNewPath(20, 150)
    c.FPDFPath_LineTo(curve, 150, 150)  # a straight stretch before the curve: it must not become an edge
    c.FPDFPath_BezierTo(curve, 160, 150, 170, 160, 170, 170)
    c.FPDFPath_LineTo(curve, 170, 190)
    c.FPDFPath_SetDrawMode(curve, 0, True)
    for obj in (box, curve):
        c.FPDFPage_InsertObject(page.raw, obj)
    page.gen_content()
    out = tmp_path / "paths.pdf"
    pdf.save(str(out))
    return pypdfium2.PdfDocument(str(out))


def test_issue_14_a_path_with_a_curve_gives_no_edges_though_it_is_left_at_its_first_curve(tmp_path: Path) -> None:
    pdf = _page_with_paths(tmp_path)
    page = pdf[0]
    edges = loader.pdfium_page_to_edges(page, page.get_size()[1])
    # The box's four sides only: nothing of the curved shape, not even the straight stretch read before its curve.
    assert sorted((e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges) == [
        ("h", 20, 120, 120, 120), ("h", 20, 180, 120, 180), ("v", 20, 120, 20, 180), ("v", 120, 120, 120, 180)]
    page.close()
    pdf.close()


@pytest.mark.parametrize("text", [
    "Minutes of the meeting held at Cromer at 9.30 am when there were present:",
    "when there were present: -", "when there were present:\n", "being present –  ", "were present —",
    "when there were present", "when there were present: Cllr A Brown", "present:", "", "   ",
    "Those present were listed.", "when there were present:" + " word" * 60,
])
def test_issue_14_the_end_of_a_title_is_checked_before_the_pattern_scans_it(text: str) -> None:
    from councildocs.segment import _PRESENT_AT_END, _words_in, ends_with_present

    assert ends_with_present(text) == (bool(_PRESENT_AT_END.search(text)) and _words_in(text) <= 60)


def test_issue_14_a_text_read_for_dates_twice_is_read_in_each_context() -> None:
    from councildocs.extractors.dates import DateContext, text_to_spans

    # "March 21" with no year is a date only in a month-first document: the matches are kept per text,
    # what is made of them is not.
    text = "The meeting of March 21 was adjourned."
    assert text_to_spans(text, DateContext(day_first=True)) == []
    assert [(s.day, s.month) for s in text_to_spans(text, DateContext(day_first=False))] == [(21, 3)]
    assert text_to_spans(text, DateContext(day_first=True)) == []


def test_issue_14_a_header_cell_is_scored_as_header_score_scores_it() -> None:
    from councildocs.extractors.programme import COLUMN_THRESHOLD, _cell_scores, _column_terms, header_score

    for cell in ("Decision Maker", "  LEAD OFFICER / Contact ", "Date of meeting", "Key decision?", "Notes", ""):
        expected = []
        for column, terms in _column_terms().items():
            best = max((header_score(cell, t) for t in terms), default=0.0)
            if best >= COLUMN_THRESHOLD:
                expected.append((column, best))
        assert _cell_scores(cell) == tuple(expected)
