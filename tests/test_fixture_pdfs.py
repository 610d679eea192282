"""The fixture PDFs carry the seeds' facts: same text in the same order, same records either engine.

``fixtures/make_pdfs.py`` prints each seed ``NAME.txt`` as ``NAME.pdf``; the
gold ``NAME.json`` must score both, so nothing may be lost or reordered on the
way through the printer and back through the PDF loader.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildocs import extract
from councildocs.document import Document, Line, Table
from councildocs.loaders import PDFSettings, load
from councildocs_cli.main import cli

from .conftest import FIXTURES, SEEDS, seed_stems

MARKERS = "•·▪◦●○"


def _flat(doc: Document) -> str:
    """The document's body text and table cells in order, without spaces, markers or repeated table headers.

    Spaces go because a printed line may wrap after a hyphen; a table piece's
    first row goes when it repeats the previous piece's header, which a PDF
    prints again on every page a table runs onto.
    """
    parts: list[str] = []
    last_header: list[str] | None = None
    for block in doc.blocks():
        if isinstance(block, Line) and block.kind == "body":
            parts.append(block.text)
        elif isinstance(block, Table):
            rows = block.texts()
            if rows and rows[0] == last_header:
                rows = rows[1:]
            else:
                last_header = rows[0] if rows else None
            parts += [cell for row in rows for cell in row]
    text = "".join("".join(parts).split())
    return "".join("•" if ch in MARKERS else ch for ch in text)


@functools.cache
def _pdf(stem: str, engine: str = "pdfium") -> Document:
    return load(SEEDS / f"{stem}.pdf", pdf=PDFSettings(engine=engine))  # type: ignore[arg-type]


@pytest.mark.parametrize("stem", seed_stems())
def test_pdf_text_equals_seed_text(stem: str) -> None:
    seed, printed = _flat(load(SEEDS / f"{stem}.txt")), _flat(_pdf(stem))
    if seed != printed:
        at = next(i for i, (a, b) in enumerate(zip(seed, printed, strict=False)) if a != b)
        pytest.fail(f"texts part at char {at}:\n seed: {seed[at - 60:at + 60]}\n  pdf: {printed[at - 60:at + 60]}")


@pytest.mark.parametrize("stem", seed_stems())
def test_both_engines_extract_the_same_records(stem: str) -> None:
    fast, slow = (extract(SEEDS / f"{stem}.pdf", pdf=PDFSettings(engine=e)) for e in ("pdfium", "pdfplumber"))
    for field in ("meeting", "agenda_items", "minutes", "reports", "work_programme", "dates"):
        assert _facts(getattr(fast, field)) == _facts(getattr(slow, field)), field


def _facts(value: object) -> object:
    """A record field without positions (boxes differ by a fraction of a point between engines)."""
    data = json.loads(json.dumps(value, default=lambda v: v.model_dump(mode="json")))
    return _strip(data)


def _strip(data: object) -> object:
    if isinstance(data, dict):
        return {k: _strip(v) for k, v in data.items() if k not in ("bbox", "prov", "provenance", "gap")}
    if isinstance(data, list):
        return [_strip(v) for v in data]
    return data


def test_councildocs_extract_runs_on_every_fixture_pdf(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    pdfs = [str(p) for p in sorted(SEEDS.glob("*.pdf"))]
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "-q", "--workers", "1", "-o", str(out), *pdfs])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == len(pdfs) == len(seed_stems())
    for record in records:
        assert record["source"]["format"] == "pdf" and record["source"]["pages"] >= 3
        assert record["meeting"] and record["meeting"]["date"]


@pytest.mark.skipif(importlib.util.find_spec("reportlab") is None, reason="reportlab (dev dependency) missing")
def test_committed_fixture_pdfs_are_what_make_pdfs_prints() -> None:
    spec = importlib.util.spec_from_file_location("make_pdfs", FIXTURES / "make_pdfs.py")
    assert spec and spec.loader
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    import reportlab

    for stem in seed_stems():
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        printed = make_pdfs.text_to_pdf(text, stem)
        assert printed == make_pdfs.text_to_pdf(text, stem), "printing is not deterministic"
        if reportlab.Version == make_pdfs.MADE_WITH_REPORTLAB:
            assert printed == (SEEDS / f"{stem}.pdf").read_bytes(), (
                f"{stem}.pdf is stale: run python fixtures/make_pdfs.py")
