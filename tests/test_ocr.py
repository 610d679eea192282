"""Scanned papers read with OCR (issue 16): the same records as the text layer, marked as OCR'd.

The wordings (misread item numbers, ordinal superscripts, hyphenated line ends) are
tested without Tesseract; the rest makes scans of the fixture PDFs in the test
(``tests/scans.py``: 200 dpi, slight skew, mild noise, image-only) and skips when
Tesseract is not installed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import councildocs
from councildocs.errors import CouncilDocsError, NoTextLayer, OcrUnavailable
from councildocs.evaluate import evaluate_pairs
from councildocs.loaders import PDFSettings, load
from councildocs.loaders import ocr as ocr_module
from councildocs.loaders.ocr import (
    OcrLine,
    OcrWord,
    fix_item_number,
    fix_ordinals,
    hocr_to_lines,
    join_hyphenated,
    lines_to_words,
    missing_ocr_engine,
)
from councildocs.loaders.pdf import words_to_lines
from councildocs_cli.main import cli

from . import broken_files
from .conftest import SEEDS
from .scans import scan_pdf

needs_tesseract = pytest.mark.skipif(missing_ocr_engine() is not None,
                                     reason=f"OCR unavailable: {missing_ocr_engine()}")

#: The fixture scanned in the accuracy test, and its pages (0-based) that hold the agenda and the minutes:
#: a scan of every page would spend minutes on the forward plan's tables at the end.
AGENDA_PACK = "002_2139ad1a0fcb7a16"
AGENDA_PACK_PAGES = range(0, 8)
#: The issue's bar: a scan scores at least this share of its text layer's macro F1.
SCAN_SHARE = 0.90


# -- the misreadings corrected (no Tesseract needed) --------------------------------------------------------


@pytest.mark.parametrize(("token", "expected"), [
    ("l2.", "12."), ("1O.", "10."), ("2.l", "2.1"), ("l0.3", "10.3"), ("7)", "7)"), ("1o.", "10."),
    ("l.", "l."), ("I.", "I."), ("O.", "O."), ("lO.", "lO."), ("Item", "Item"), ("2024", "2024"),
])
def test_letters_read_for_digits_inside_an_item_number(token: str, expected: str) -> None:
    assert fix_item_number(token) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Monday,", '26"', "May,", "2025"], ["Monday,", "26th", "May,", "2025"]),
    (["year", "ended", "31\u201d", "December"], ["year", "ended", "31st", "December"]),
    (["on", "May", '2"', "at"], ["on", "May", "2nd", "at"]),
    (["this", '16"', "day", "of", "April."], ["this", "16th", "day", "of", "April."]),
    (["a", '5"', "pipe"], ["a", '5"', "pipe"]),
    (["the", '45"', "May"], ["the", '45"', "May"]),
])
def test_ordinal_superscript_read_as_a_quote_beside_a_month(words: list[str], expected: list[str]) -> None:
    assert fix_ordinals(words) == expected


def _line(texts: list[str], top: float, paragraph: int = 0) -> OcrLine:
    words = [OcrWord(t, (100.0 + 60 * i, top, 150.0 + 60 * i, top + 30), 95.0) for i, t in enumerate(texts)]
    return OcrLine(words, (100.0, top, 150.0 + 60 * len(texts), top + 30), 30.0, paragraph)


def test_a_word_hyphenated_at_a_line_end_is_joined() -> None:
    lines = [_line(["the", "recom-"], 100), _line(["mendation", "was", "agreed"], 140)]
    join_hyphenated(lines)
    assert [w.text for w in lines[0].words] == ["the", "recommendation"]
    assert [w.text for w in lines[1].words] == ["was", "agreed"]


@pytest.mark.parametrize("second", [["Suffolk", "District"], ["and", "more"]])
def test_a_hyphen_before_a_capital_or_a_new_paragraph_stays(second: list[str]) -> None:
    paragraph = 0 if second[0][0].isupper() else 1
    lines = [_line(["Mid-"], 100), _line(second, 140, paragraph)]
    join_hyphenated(lines)
    assert [w.text for w in lines[0].words] == ["Mid-"] and lines[1].words[0].text == second[0]


HOCR = b"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 1654 2339'>
 <div class='ocr_carea' title="bbox 200 300 900 420">
  <p class='ocr_par' title="bbox 200 300 900 420">
   <span class='ocr_line' title="bbox 200 300 900 340; baseline 0 -8; x_size 40; x_descenders 8; x_ascenders 10">
    <span class='ocrx_word' title='bbox 200 302 240 338; x_wconf 91'>l2.</span>
    <span class='ocrx_word' title='bbox 260 300 500 340; x_wconf 96'>Minutes</span>
    <span class='ocrx_word' title='bbox 520 306 540 330; x_wconf 4'>~</span>
   </span>
   <span class='ocr_line' title="bbox 212 380 900 420; baseline 0 -8; x_size 40; x_descenders 8; x_ascenders 10">
    <span class='ocrx_word' title='bbox 212 380 400 420; x_wconf 95'>Held</span>
    <span class='ocrx_word' title='bbox 420 380 500 420; x_wconf 95'>26&#8221;</span>
    <span class='ocrx_word' title='bbox 520 380 600 420; x_wconf 95'>May</span>
   </span>
  </p>
 </div>
</div></body></html>"""


def test_hocr_becomes_pdf_words_and_lines_in_points() -> None:
    words = lines_to_words(hocr_to_lines(HOCR), dpi=200)
    lines = words_to_lines(words, page_no=1)
    assert [line.text for line in lines] == ["12. Minutes", "Held 26th May"]  # the noise word is dropped
    first = lines[0].bbox
    assert first is not None and first.x0 == pytest.approx(200 * 72 / 200) and first.top == pytest.approx(108.0)
    assert lines[0].size == lines[1].size == pytest.approx(14.5)


# -- scans read end to end ----------------------------------------------------------------------------------


def _pages(source: Path, pages: range, target: Path) -> Path:
    """The text-layer PDF cut to ``pages``, to score beside its scan."""
    import pypdfium2 as pdfium

    pdf, out = pdfium.PdfDocument(str(source)), pdfium.PdfDocument.new()
    out.import_pages(pdf, list(pages))
    out.save(str(target))
    return target


def _joined(sources: list[Path], target: Path) -> Path:
    """The PDFs one after the other in one file."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for source in sources:
        out.import_pages(pdfium.PdfDocument(str(source)))
    out.save(str(target))
    return target


@needs_tesseract
@pytest.mark.slow
def test_a_scanned_pack_scores_near_its_text_layer(tmp_path: Path) -> None:
    source = SEEDS / f"{AGENDA_PACK}.pdf"
    gold = json.loads((SEEDS / f"{AGENDA_PACK}.json").read_text(encoding="utf-8"))
    text_layer = councildocs.extract(_pages(source, AGENDA_PACK_PAGES, tmp_path / "cut.pdf"))
    scanned = councildocs.extract(scan_pdf(source, tmp_path / "scan.pdf", pages=AGENDA_PACK_PAGES), ocr="auto")
    text_f1 = evaluate_pairs([(gold, text_layer.model_dump(mode="json"))]).macro_f1
    scan_f1 = evaluate_pairs([(gold, scanned.model_dump(mode="json"))]).macro_f1
    assert text_f1 > 0.5 and scan_f1 >= SCAN_SHARE * text_f1, (text_f1, scan_f1)
    assert [a.number for a in scanned.agenda_items] == [a.number for a in text_layer.agenda_items]
    assert all(a.evidence and a.evidence.ocr for a in scanned.agenda_items)
    pages = len(AGENDA_PACK_PAGES)
    assert any(w.startswith(f"read by OCR: pages 1-{pages} (mean word confidence") for w in scanned.warnings)


def test_text_layer_evidence_says_nothing_about_ocr() -> None:
    record = councildocs.extract(SEEDS / "001_36f2328d2f3f11ea.pdf")
    assert '"ocr"' not in record.model_dump_json() and not any("OCR" in w for w in record.warnings)


@needs_tesseract
def test_a_scanned_page_is_read_unless_ocr_is_never(tmp_path: Path) -> None:
    path = broken_files.image_only_pdf(tmp_path, text="AGENDA  1. Apologies")
    doc = load(path)
    assert [line.text for line in doc.lines()] == ["AGENDA 1. Apologies"]
    assert doc.pages[0].ocr_confidence is not None and doc.pages[0].ocr_confidence > 50
    with pytest.raises(NoTextLayer):
        load(path, pdf=PDFSettings(ocr="never"))


@needs_tesseract
def test_a_scan_without_legible_text_still_says_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayer):
        councildocs.extract(broken_files.image_only_pdf(tmp_path), ocr="auto")


def test_missing_ocr_engine_is_one_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_module, "missing_ocr_engine",
                        lambda: "the Python package 'pytesseract' is not installed (pip install 'councildocs[ocr]')")
    with pytest.raises(OcrUnavailable) as caught:
        councildocs.extract(broken_files.image_only_pdf(tmp_path, text="AGENDA  1. Apologies"))
    assert caught.value.code == "ocr_unavailable" and "pytesseract" in caught.value.message
    with pytest.raises(OcrUnavailable):  # asked for outright, even on a text layer
        councildocs.extract(SEEDS / "001_36f2328d2f3f11ea.pdf", ocr="always")
    # A scanned page in a document with a text layer elsewhere: the text is kept, the gap is a warning.
    mixed = _joined([SEEDS / "001_36f2328d2f3f11ea.pdf", broken_files.image_only_pdf(tmp_path, text="x")],
                    tmp_path / "mixed.pdf")
    record = councildocs.extract(mixed)
    assert record.dates and any(w.startswith("pages 4 are scans without a text layer") and "pytesseract" in w
                                for w in record.warnings)


def test_unknown_ocr_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown OCR mode"):
        PDFSettings(ocr="sometimes")  # type: ignore[arg-type]


@needs_tesseract
def test_cli_ocr_option(tmp_path: Path) -> None:
    path = broken_files.image_only_pdf(tmp_path, text="AGENDA  1. Apologies")
    never = CliRunner().invoke(cli, ["extract", "-q", "--ocr", "never", str(path)])
    assert never.exit_code == 1 and "[no_text_layer]" in never.stderr
    auto = CliRunner().invoke(cli, ["extract", "-q", str(path)])
    assert auto.exit_code == 0, auto.stderr
    record = json.loads(auto.stdout)
    assert record["warnings"][0].startswith("read by OCR: pages 1 ")


def test_cli_names_the_missing_ocr_program(tmp_path: Path) -> None:
    path = broken_files.image_only_pdf(tmp_path, text="AGENDA  1. Apologies")
    result = CliRunner().invoke(cli, ["extract", "-q", "--workers", "1", str(path)], env={"PATH": str(tmp_path)})
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert result.exit_code == 1 and len(errors) == 1 and "[ocr_unavailable]" in errors[0], result.stderr
    assert "tesseract" in errors[0] or "pytesseract" in errors[0]


@needs_tesseract
def test_the_worker_asks_for_more_time_before_each_page_it_reads_by_ocr(tmp_path: Path) -> None:
    # In the worker, the page hook writes one line per OCR'd page to the parent: 30 s more each.
    from councildocs._worker import extend_time_for_ocr
    from councildocs.isolation import EXTEND

    scan = scan_pdf(SEEDS / "001_36f2328d2f3f11ea.pdf", tmp_path / "scan.pdf", pages=range(0, 2))
    told = io.StringIO()
    extend_time_for_ocr(told)
    try:
        load(scan)
    finally:
        ocr_module.set_page_hook(None)
    asked = [json.loads(line)[EXTEND] for line in told.getvalue().splitlines()]
    assert sum(asked) == 2 * ocr_module.OCR_SECONDS_PER_PAGE


def test_the_parent_moves_a_documents_deadline_when_its_worker_asks() -> None:
    # The parent side, without a subprocess or a clock to race: the deadlines it waits for are recorded.
    from councildocs.isolation import EXTEND, WorkerProcess

    worker = WorkerProcess.__new__(WorkerProcess)
    worker.ready, worker.used = True, 0
    worker.proc = types.SimpleNamespace(stdin=io.BytesIO())
    answers = [json.dumps({EXTEND: 30.0}).encode(), json.dumps({EXTEND: 30.0}).encode(),
               json.dumps({"status": "ok", "name": "scan.pdf"}).encode()]
    deadlines: list[float] = []

    def read_line(deadline: float) -> bytes:
        deadlines.append(deadline)
        return answers[len(deadlines) - 1]

    worker._read_line = read_line  # type: ignore[method-assign]
    assert worker.run({"name": "scan.pdf"}, timeout=1.0) == {"status": "ok", "name": "scan.pdf"}
    assert [round(d - deadlines[0], 6) for d in deadlines] == [0.0, 30.0, 60.0]


def test_ocr_is_not_needed_for_a_born_digital_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a page with a text layer was sent to OCR")

    monkeypatch.setattr(ocr_module, "ocr_page", refuse)
    doc = load(SEEDS / "003_641aa39020d36c36.pdf")
    assert doc.has_text and all(p.ocr_confidence is None for p in doc.pages)


def test_error_code_is_listed() -> None:
    from councildocs.errors import FAILURE_CODES, error_for_code

    assert "ocr_unavailable" in FAILURE_CODES
    rebuilt = error_for_code("ocr_unavailable", "scan.pdf", "OCR is needed but x")
    assert isinstance(rebuilt, OcrUnavailable) and isinstance(rebuilt, CouncilDocsError)


@needs_tesseract
def test_a_scanned_agenda_from_the_malformed_corpus_is_read(shared: Path) -> None:
    record = councildocs.extract(shared / "corpora" / "malformed" / "made-image-only-scan.pdf")
    assert record.kind == "agenda" and [a.number for a in record.agenda_items] == ["1", "2", "3", "4", "5", "6"]
    assert record.agenda_items[0].title == "Apologies for absence"
    assert record.meeting is not None and (record.meeting.date, record.meeting.start_time) == (dt.date(2024, 3, 14), dt.time(19, 0))


#: Pages (0-based) of the 92-page scanned Nipissing agenda package holding the agenda (page 1) and the earlier
#: meetings' minutes (pages 40-44); the whole pack takes minutes to OCR (README), these six seconds each.
NIPISSING_PAGES = [0, 39, 40, 41, 42, 43]


@needs_tesseract
@pytest.mark.shared
@pytest.mark.slow
def test_the_scanned_nipissing_pack_gives_its_agenda_and_minutes(shared: Path, tmp_path: Path) -> None:
    pack = _pages(shared / "corpora" / "wide" / "h10_nipissing_agenda-pack.pdf", NIPISSING_PAGES,  # type: ignore[arg-type]
                  tmp_path / "pack.pdf")
    record = councildocs.extract(pack)
    assert record.kind == "pack" and record.meeting is not None and record.meeting.date == dt.date(2024, 5, 14)
    items = record.agenda_items
    assert [a.number for a in items] == [str(n) for n in range(1, 21)]
    assert items[0].title == "Disclosure of pecuniary interest."
    assert items[10].title == "Resolution: Adopt the minutes of the meeting held April 16, 2024."
    assert all(a.evidence and a.evidence.ocr and a.evidence.page == 1 for a in items)
    regular = next(m for m in record.minutes if m.meeting.date == dt.date(2024, 4, 16))
    assert regular.meeting.start_time == dt.time(18, 37)
    present = [a.name for a in regular.attendees if a.status == "present"]
    assert present == ["Tom Piper", "Stephen Kirkey", "Shelly Foote", "Dave Yemm"]
    numbered = [i for i in regular.items if i.number.startswith("R2024-")]
    assert [i.number for i in numbered] == [f"R2024-0{n}" for n in range(89, 98)]
    assert all(i.resolutions and i.resolutions[0].outcome == "carried" for i in numbered)
    assert (numbered[0].moved_by, numbered[0].seconded_by) == ("D. Yemm", "S. Kirkey")
    assert dt.date(2024, 5, 9) in {m.meeting.date for m in record.minutes}
