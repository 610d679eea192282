"""Council PDFs become the one document model: lines with layout, ruled tables, running headers and footers.

The fixture PDFs are the seed texts printed by ``fixtures/make_pdfs.py``;
both engines (PDFium, the default, and pdfplumber) must read them alike.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from councildocs.document import Document, Line, Table
from councildocs.loaders import PDFSettings, load, pdf_to_document

from . import broken_files
from .conftest import SEEDS
from .growth import NEAR_LINEAR, growth

ENGINES = ("pdfium", "pdfplumber")
AGENDA_PACK = SEEDS / "000_4e4b3ddf3947bfc4.pdf"
REPORT = SEEDS / "001_36f2328d2f3f11ea.pdf"
SUB_PANEL_PACK = SEEDS / "002_2139ad1a0fcb7a16.pdf"


@functools.cache
def _read(path: Path, engine: str) -> Document:
    """Each fixture is read once per engine per test run (pdfplumber takes seconds on a 36-page pack)."""
    return pdf_to_document(path, PDFSettings(engine=engine))  # type: ignore[arg-type]


@pytest.fixture(scope="module", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def agenda_pack(engine: str) -> Document:
    return _read(AGENDA_PACK, engine)


def test_markdown_headings_print_large_and_bold_and_come_back_as_headings(engine: str) -> None:
    doc = _read(REPORT, engine)
    item = next(line for line in doc.lines() if line.text == "Item No 6")
    assert item.heading == 1 and item.bold
    terms = next(line for line in doc.lines() if line.text == "Terms of Reference")
    assert terms.heading is not None and terms.heading > item.heading and terms.bold
    body = next(line for line in doc.lines() if line.text.startswith("The meeting of CCSPSSP"))
    assert body.heading is None and not body.bold and body.size == 10.0


def test_every_page_has_a_marked_footer_a_label_and_a_running_header(agenda_pack: Document) -> None:
    assert len(agenda_pack.pages) > 30
    for page in agenda_pack.pages:
        footers = [b for b in page.lines if b.kind == "footer"]
        headers = [b for b in page.lines if b.kind == "header"]
        assert [f.text for f in footers] == [f"Page {page.number}"]
        assert page.label == str(page.number)
        assert [h.text for h in headers] == ["Scrutiny committee"]
    body_text = [line.text for line in agenda_pack.lines()]
    assert not any(text.startswith("Page ") and text[5:].isdigit() for text in body_text)


def test_bullets_are_taken_off_and_wrapped_lines_sit_closer_than_paragraphs(agenda_pack: Document) -> None:
    lines = list(agenda_pack.lines())
    apologies = next(line for line in lines if line.text == "1 Apologies")
    assert apologies.bullet == "-" and apologies.bold
    start = next(i for i, line in enumerate(lines) if line.text.startswith("This is for members only"))
    first, wrapped = lines[start], lines[start + 1]
    assert wrapped.gap < 0.5 <= first.gap, "a wrapped line follows closely; a new paragraph has space above"
    assert first.bbox is not None and wrapped.bbox is not None and wrapped.bbox.top > first.bbox.bottom


def test_membership_table_rows_match_the_seed(engine: str) -> None:
    pdf_table = next(_read(SUB_PANEL_PACK, engine).tables())
    text_table = next(load(SUB_PANEL_PACK.with_suffix(".txt")).tables())
    assert pdf_table.ruled and pdf_table.texts() == text_table.texts()
    assert pdf_table.rows[0][0].bold and not pdf_table.rows[1][0].bold
    # Table words are not repeated as running text.
    assert not any("Cllr Trevor Carter" in line.text for line in _read(SUB_PANEL_PACK, engine).lines())


def test_row_cut_at_a_page_break_shows_as_two_pieces_with_the_header_repeated(agenda_pack: Document) -> None:
    header = ["DATE OF MEETING", "TOPIC FOR SCRUTINY", "RESPONSIBLE OFFICER, CABINET, PORTFOLIO HOLDER, COUNCILLOR,",
              "SCOPE – REASON FOR TOPIC REQUEST and OUTCOME SOUGHT"]
    pieces = [t for t in agenda_pack.tables() if t.texts()[0] == header]
    assert len(pieces) >= 3
    at = next(i for i, t in enumerate(pieces) if t.texts()[1][0] == "")
    before, after = pieces[at - 1], pieces[at]
    assert after.page == before.page + 1
    assert before.texts()[-1][:2] == ["10 January", "Pre scrutiny of the proposed budget, MTFA"]
    # The rest of the cut row opens the next piece, with no date of its own.
    assert after.texts()[1][:3] == ["", "and transformation programme (before February cabinet)", "and transformation"]
    assert after.bbox is not None and after.bbox.top < 150, "the continuation starts at the top of its page"


def test_cells_join_their_wrapped_lines_in_order(agenda_pack: Document) -> None:
    row = next(r for t in agenda_pack.tables() for r in t.texts() if r[0] == "20 September")
    assert row[1].startswith("The impact of operation gravity/organised crime in Norwich since 2016, the role of")
    assert "  " not in row[1]


def test_both_engines_read_the_same_blocks() -> None:
    for path in sorted(SEEDS.glob("*.pdf")):
        fast, slow = (_read(path, engine) for engine in ENGINES)
        assert _shape(fast) == _shape(slow), path.name


def _shape(doc: Document) -> list[tuple]:
    out: list[tuple] = []
    for page in doc.pages:
        out.append(("page", page.number, page.label))
        for block in page.blocks:
            if isinstance(block, Line):
                out.append((block.text, block.kind, block.bold, block.bullet, block.heading, block.gap > 0.5))
            elif isinstance(block, Table):
                out.append(tuple(tuple(r) for r in block.texts()))
    return out


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        PDFSettings(engine="poppler")  # type: ignore[arg-type]


@pytest.mark.shared
def test_bristol_minutes_statements_table_continues_onto_the_next_page(shared: Path, engine: str) -> None:
    path = shared / "corpora/council/bristol-transport-connectivity-policy-committee-2025-05-15-minutes.pdf"
    doc = _read(path, engine)
    first = next(doc.tables())
    assert first.texts()[0] == ["Ref No", "Name", "Title"]
    assert first.texts()[1] == ["01", "Maria Garbutt", "A4018 Roadworks"]
    following = doc.pages[first.page].tables[0]
    assert following.texts()[0][:2] == ["07", "Imogen Griffin"]
    title = doc.pages[0].lines[0]
    assert (title.text, title.bold, title.heading) == ("Bristol City Council", True, 1)
    members = next(line for line in doc.lines() if line.text.startswith("Members Present"))
    assert members.bold and members.heading is None
    assert all(line.kind == "header" for p in doc.pages[1:] for line in p.lines
               if line.text == "policycommittees@bristol.gov.uk")


def test_issue_12_a_page_tree_that_loops_falls_back_to_pdfminer() -> None:
    # PDFium refuses the page behind a looped /Pages kid; pdfminer reads it, so the file is not malformed.
    doc = load(broken_files.pages_kid_loop_pdf())
    assert [line.text for page in doc.pages for line in page.lines] == ["Minutes of the Planning Committee"]


def test_issue_12_a_tj_array_of_many_runs_reads_in_near_linear_time() -> None:
    # One line of n runs at n column starts: comparing every run with every other took 16 s for 20 000.
    assert growth(lambda n: load(broken_files.tj_runs_pdf(n)), 2500) < NEAR_LINEAR


def _runs_lines(n: int, runs: int) -> list[Line]:
    """``n`` lines of ``runs`` runs each whose starts never line up from one line to the next."""
    from councildocs.document import BBox

    lines = []
    for k in range(n):
        x = [20.0 + (k * 7.3 + r * 97.1) % 500 for r in range(runs)]
        lines.append(Line(text="a b", page=1, bbox=BBox(x[0], 10.0 * k, x[-1] + 5, 10.0 * k + 8),
                          runs=tuple((x0, x0 + 5, "a") for x0 in sorted(x))))
    return lines


@pytest.mark.parametrize("runs", [2, 3])
def test_issue_12_many_multi_run_lines_that_are_no_table_cost_linear_time(runs: int) -> None:
    # Each failed start used to rebuild the group from the next line: n lines cost n² steps.
    from councildocs.loaders.columns import lines_to_column_tables

    assert growth(lambda n: lines_to_column_tables(_runs_lines(n, runs)), 1500) < NEAR_LINEAR
