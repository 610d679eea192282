"""``councildocs extract`` on many inputs: folders, globs, stdin, formats and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import broken_files
from .conftest import SEEDS
from .test_malformed import run_cli


def paper_folder(tmp_path: Path) -> Path:
    """A folder tree as a researcher downloads it: papers in sub-folders, and files to ignore."""
    root = tmp_path / "papers"
    (root / "2019" / "march").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, root / "2019" / "march" / seed.name)
    broken_files.good_pdf(root)
    (root / "notes.docx").write_bytes(b"PK\x03\x04 not a paper")
    return root


def test_a_folder_is_searched_recursively_into_json_lines(tmp_path: Path) -> None:
    root = paper_folder(tmp_path)
    done = run_cli("extract", str(root))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == [
        *sorted(p.name for p in SEEDS.glob("*.txt"))[:2], "agenda.pdf"]
    assert all(r["status"] == "ok" for r in records)


def test_globs_and_stdin(tmp_path: Path) -> None:
    root = paper_folder(tmp_path)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    done = run_cli("extract", str(root / "**" / "*.txt"), "-", stdin=seed.read_bytes())
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == 3 and records[-1]["source"]["path"] == "<stdin>"
    assert records[-1]["source"]["sha256"] == records[0]["source"]["sha256"]


def test_one_file_prints_one_json_document(tmp_path: Path) -> None:
    done = run_cli("extract", str(broken_files.good_pdf(tmp_path)))
    assert done.returncode == 0
    assert json.loads(done.stdout)["source"]["pages"] == 2


def test_some_failed_exits_one_with_error_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("extract", str(broken_files.good_pdf(tmp_path)), str(broken_files.encrypted_pdf(tmp_path)),
                   "-o", str(out), "-q")
    assert done.returncode == 1
    good, bad = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert good["status"] == "ok"
    assert bad["status"] == "failed" and bad["error"]["code"] == "encrypted"
    assert done.stderr.decode().count("\n") == 1  # no progress line when stderr is not a terminal


def test_jsonl_resume_skips_what_is_done_and_cuts_a_torn_line(tmp_path: Path) -> None:
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    out = tmp_path / "out.jsonl"
    run_cli("extract", str(first), "--format", "jsonl", "-o", str(out))
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"source": {"path": "torn')  # a run killed mid-line
    done = run_cli("extract", str(first), str(second), "-o", str(out), "--resume")
    assert done.returncode == 0
    paths = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert paths == [str(first), str(second)]


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    a, b = (str(p) for p in sorted(SEEDS.glob("*.txt"))[:2])
    assert run_cli("extract", a, b, "--format", "json").returncode == 2
    assert run_cli("extract", a, "--format", "sqlite").returncode == 2
    assert run_cli("extract", a, b, "--resume").returncode == 2
    assert run_cli("extract", str(tmp_path)).returncode == 2  # a folder with no papers
    assert run_cli("extract", a, "--timeout", "0").returncode == 2


def test_the_same_batch_gives_byte_identical_output(tmp_path: Path) -> None:
    root = paper_folder(tmp_path)
    broken_files.truncated_pdf(root)
    first = run_cli("extract", str(root), "--workers", "2")
    second = run_cli("extract", str(root), "--workers", "1")
    assert first.stdout == second.stdout and first.stdout.count(b"\n") == 4


def test_the_command_line_leaves_the_heavy_libraries_to_its_workers(tmp_path: Path) -> None:
    # `--help` stays quick, and a batch's workers start while the command line is still reading its inputs.
    import subprocess
    import sys

    script = ("import sys; from councildocs_cli.main import cli\n"
              "try: cli()\nexcept SystemExit: pass\n"
              "print(sorted(m for m in ('spacy', 'pydantic', 'pdfplumber', 'pypdfium2') if m in sys.modules))")
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    for args in (["--help"], ["extract", *seeds, "-q", "-o", str(tmp_path / "out.jsonl")]):
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
        assert done.stdout.strip().splitlines()[-1] == "[]"
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
