"""Output a researcher can trust (issue 13): the format from -o, one error line and an exit code per failure."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildocs import batch
from councildocs_cli import main

from .conftest import SEEDS
from .test_malformed import CLI, run_cli

SEED = sorted(SEEDS.glob("*.txt"))[0]
SEED2 = sorted(SEEDS.glob("*.txt"))[1]


def test_issue_13_a_db_output_is_sqlite_without_format(tmp_path: Path) -> None:
    out = tmp_path / "papers.db"
    done = run_cli("extract", str(SEED), "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT status FROM documents").fetchall() == [("ok",)]


def test_issue_13_a_format_that_contradicts_the_suffix_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("extract", str(SEED), "-o", str(tmp_path / "papers.db"), "--format", "jsonl")
    assert done.returncode == 2 and b"--format is jsonl" in done.stderr
    assert not (tmp_path / "papers.db").exists()


@pytest.mark.parametrize("name", ["out.json", "out.jsonl", "out.db"])
def test_issue_13_a_missing_output_folder_is_one_error_line_and_exit_3(tmp_path: Path, name: str) -> None:
    done = run_cli("extract", str(SEED), "-o", str(tmp_path / "missing" / name), "-q")
    assert done.returncode == 3, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().strip().splitlines() == [
        f"Error: cannot write {tmp_path / 'missing' / name}: No such file or directory"]


def test_issue_13_an_unreachable_scheduler_changes_nothing(tmp_path: Path) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n', encoding="utf-8")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = subprocess.run([*CLI, "extract", str(SEED), str(SEED2), "-o", str(keep), "--scheduler",
                           "tcp://127.0.0.1:9"], capture_output=True, env=env, timeout=600)
    assert done.returncode == 2 and b"Traceback" not in done.stderr, done.stderr
    assert b"cannot start Dask" in done.stderr
    assert keep.read_text(encoding="utf-8") == '{"kept": true}\n'


def test_issue_13_ctrl_c_exits_130_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "extract_many", interrupted)
    result = CliRunner().invoke(main.cli, ["extract", str(SEED), str(SEED2), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 130
    assert "Interrupted" in result.stderr and "Traceback" not in result.stderr


def test_issue_13_progress_is_logged_when_stderr_is_not_a_terminal(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "LOG_EVERY", 1)
    result = CliRunner().invoke(main.cli, ["extract", str(SEED), str(SEED2), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.stderr
    assert [line.split(",")[0] for line in result.stderr.splitlines()] == [
        "1/2 documents (50%)", "2/2 documents (100%)"]


def test_issue_13_a_fifo_output_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    done = run_cli("extract", str(SEED), str(SEED2), "-o", str(fifo), "-q", timeout=300)
    assert done.returncode == 3 and b"not a regular file" in done.stderr and b"Traceback" not in done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_issue_13_a_symlinked_output_is_written_through(tmp_path: Path) -> None:
    target, link = tmp_path / "real.json", tmp_path / "out.json"
    target.write_text("{}", encoding="utf-8")
    link.symlink_to(target)
    done = run_cli("extract", str(SEED), "-o", str(link), "-q")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["status"] == "ok"


def test_issue_13_dash_is_standard_output(tmp_path: Path) -> None:
    done = run_cli("extract", str(SEED), "-o", "-", "-q")
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "ok"
    assert run_cli("extract", str(SEED), "-o", "-", "--format", "sqlite").returncode == 2
