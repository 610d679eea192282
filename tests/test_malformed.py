"""Broken, encrypted, scanned and hostile input: one typed failure per file, never a traceback.

Story: a researcher feeds councildocs whatever a council website served. Each
bad file must come back with its stable code — through the Python API as a
typed exception, and through ``councildocs extract`` as one stderr line naming
the file, the reason and the code — within its time limit.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest

import councildocs
from councildocs.errors import FAILURE_CODES, CouncilDocsError
from councildocs.loaders import load
from councildocs.loaders.html import html_to_document
from councildocs.loaders.text import text_to_document

from . import broken_files
from .conftest import SHARED
from .growth import NEAR_LINEAR, growth

MALFORMED = SHARED / "corpora" / "malformed"
CLI = [sys.executable, "-c", "from councildocs_cli.main import cli; cli()"]


def expected_rows() -> list[tuple[str, str]]:
    table = MALFORMED / "EXPECTED.tsv"
    if not table.is_file():
        return []
    with table.open(encoding="utf-8") as handle:
        return [(row["file"], row["expected"]) for row in csv.DictReader(handle, delimiter="\t")]


def extract_code(path: Path, ocr: str | None = None) -> str:
    """``ok`` or the failure code of extracting ``path`` through the public API."""
    try:
        councildocs.extract(path, ocr=ocr)
    except CouncilDocsError as exc:
        assert str(path) in exc.message and exc.code in FAILURE_CODES
        return exc.code
    return "ok"


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 1800) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=timeout)


# -- the third-party corpus of real malformed PDFs ------------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize(("name", "expected"), expected_rows() or [pytest.param("-", "-", marks=pytest.mark.skip(
    reason="../shared is not beside this checkout"))])
def test_malformed_corpus_through_the_api(shared: Path, name: str, expected: str) -> None:
    # The corpus's codes are those of a reader without OCR; scans read by OCR are tested in test_ocr.py.
    assert extract_code(MALFORMED / name, ocr="never") == expected


@pytest.mark.shared
def test_malformed_corpus_through_the_cli(shared: Path, tmp_path: Path) -> None:
    rows = dict(expected_rows())
    out = tmp_path / "out.jsonl"
    done = run_cli("extract", str(MALFORMED), "-o", str(out), "--timeout", "20", "--ocr", "never")
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr
    *lines, summary = [line for line in stderr.splitlines() if not line.startswith("Skipped")]  # EXPECTED.tsv
    failing = {name: code for name, code in rows.items() if code != "ok"}
    assert len(lines) == len(failing) and summary.startswith(f"Done: {len(rows)} of {len(rows)} documents")
    for line in lines:
        name = next(n for n in failing if str(MALFORMED / n) in line)
        assert line.startswith("Error: ") and line.endswith(f"[{failing[name]}]"), line
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(rows)
    got = {Path(r["source"]["path"]).name: r["error"]["code"] if r["status"] == "failed" else "ok" for r in records}
    assert got == rows


# -- small broken files made here, so these always run --------------------------------------------


@pytest.mark.parametrize("kind", sorted(broken_files.BROKEN))
def test_broken_file_gets_its_code_through_the_api(tmp_path: Path, kind: str) -> None:
    make, code = broken_files.BROKEN[kind]
    assert extract_code(make(tmp_path)) == code  # type: ignore[operator]


def test_broken_files_get_one_error_line_each_from_the_cli(tmp_path: Path) -> None:
    paths = {make(tmp_path): code for make, code in broken_files.BROKEN.values()}  # type: ignore[operator]
    done = run_cli("extract", *map(str, paths), "--timeout", "20")
    assert done.returncode == 1
    assert done.stdout.decode().count('"status":"failed"') == len(paths)
    *lines, summary = done.stderr.decode().splitlines()
    assert len(lines) == len(paths) and "Traceback" not in done.stderr.decode()
    assert summary.startswith(f"Done: {len(paths)} of {len(paths)} documents")
    for line, (path, code) in zip(lines, paths.items(), strict=True):
        assert line.startswith(f"Error: {path}: ") and line.endswith(f"[{code}]")


def test_missing_file_is_not_found() -> None:
    assert extract_code(Path("no/such/agenda.pdf")) == "not_found"


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    record = councildocs.extract(broken_files.encrypted_pdf(tmp_path, user_password=""))
    assert record.source.pages == 1 and record.status == "ok"


def test_page_without_mediabox_is_typed_never_a_bare_type_error(tmp_path: Path) -> None:
    # pdfplumber raises an unwrapped TypeError here; councildocs must say 'malformed' (or read it).
    assert extract_code(broken_files.no_mediabox_pdf(tmp_path)) in ("malformed", "ok")


def test_encrypted_error_names_the_file_and_says_password(tmp_path: Path) -> None:
    path = broken_files.encrypted_pdf(tmp_path)
    with pytest.raises(CouncilDocsError) as caught:
        councildocs.extract(path)
    assert caught.value.code == "encrypted" and "password" in caught.value.message
    assert str(path) in caught.value.message


def test_scanned_pdf_says_ocr_is_needed(tmp_path: Path) -> None:
    with pytest.raises(CouncilDocsError) as caught:
        councildocs.extract(broken_files.image_only_pdf(tmp_path))
    assert caught.value.code == "no_text_layer" and "ocrmypdf" in caught.value.message


# -- hostile text --------------------------------------------------------------------------------


def test_cp1252_text_is_decoded_with_a_warning() -> None:
    doc = load("Minutes\nThe Chair’s report on the “Town Hall” was noted – £5\n".encode("cp1252"))
    assert "Chair’s report" in " ".join(line.text for line in doc.lines())
    assert any("cp1252" in warning for warning in doc.warnings)


def test_nul_bytes_are_dropped_from_text() -> None:
    record = councildocs.extract(b"Agenda\x00\n1. Apologies\x00 for absence\n2. Minutes\n")
    assert "\x00" not in json.dumps(record.model_dump())


def test_mostly_nul_file_is_refused_as_binary(tmp_path: Path) -> None:
    path = broken_files.write(tmp_path / "minutes.txt", b"\x00" * 4096)
    assert extract_code(path) == "not_pdf"


@pytest.mark.parametrize("make", [
    lambda n: "a" * n,
    lambda n: "|" + "--|" * (n // 3) + "x",
    lambda n: "<td " * (n // 4),
    lambda n: "[a](" * (n // 4),
    lambda n: " \t" * (n // 2) + "x",
    lambda n: "<" * n,
    lambda n: "RESOLVED that " * (n // 14),
], ids=["letters", "pipe-rule", "open-cells", "open-links", "spaces", "angles", "resolved"])
def test_a_one_megabyte_line_loads_in_linear_time(make: Callable[[int], str]) -> None:
    assert growth(lambda n: text_to_document(make(n) + "\n"), 250_000) < NEAR_LINEAR


@pytest.mark.parametrize("make", [
    lambda n: "<div>" * n + "deep" + "</div>" * n,
    lambda n: "<table><tr><td>" * (n // 5) + "deep",
    lambda n: "<a " * n,
    lambda n: "<!--" * n,
    lambda n: "<main" * n,
], ids=["nested-divs", "nested-tables", "unclosed-tags", "unclosed-comments", "unclosed-main"])
def test_hostile_html_loads_in_linear_time(make: Callable[[int], str]) -> None:
    # Python's html.parser rescans the input for every unclosed tag: 200 000 of them took minutes.
    assert growth(lambda n: html_to_document(make(n)), 50_000) < NEAR_LINEAR


def test_fifty_megabyte_text_costs_one_timeout(tmp_path: Path) -> None:
    huge = broken_files.big_text(tmp_path, mib=50)
    [result] = councildocs.extract_many([huge], timeout=4)
    assert result.status in ("ok", "partial") or result.code in ("timeout", "memory")


def test_installed_pdfminer_has_the_pickled_cmap_fix() -> None:
    # pdfminer.six before 20251230 loads pickled CMaps: arbitrary code execution (GHSA-f83h-ghpp-7wcc).
    assert int(version("pdfminer.six")) >= 20251230
