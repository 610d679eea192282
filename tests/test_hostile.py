"""Hostile input, round two (issue 12): odd file names, special files, resume after failures, dying batches."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import councildocs
from councildocs import batch
from councildocs.isolation import failed_result

from . import broken_files
from .conftest import SEEDS
from .test_malformed import CLI, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names and special files")

#: A name with a byte that is not UTF-8, a terminal escape sequence and a bidirectional override.
ODD_NAME = os.fsdecode(b"caf\xe9 \x1b[31mred\xe2\x80\xae.txt")


def odd_named_copy(folder: Path) -> Path:
    """A good paper under :data:`ODD_NAME`."""
    path = folder / ODD_NAME
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], path)
    return path


def test_issue_12_a_name_that_is_not_utf8_is_extracted_through_the_api(tmp_path: Path) -> None:
    path = odd_named_copy(tmp_path)
    [result] = councildocs.extract_many([path], workers=1)
    assert result.status == "ok", result.message
    assert os.fsencode(result.record["source"]["path"]) == os.fsencode(path)


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "json"])
def test_issue_12_a_name_that_is_not_utf8_reaches_every_sink_losslessly(tmp_path: Path, fmt: str) -> None:
    path = odd_named_copy(tmp_path)
    missing = tmp_path / os.fsdecode(b"gone \xff\x1b]0;title\x07.pdf")
    out = tmp_path / f"out.{'db' if fmt == 'sqlite' else fmt}"
    inputs = [str(path)] if fmt == "json" else [str(path), str(missing)]
    done = run_cli("extract", *inputs, "--format", fmt, "-o", str(out), "--workers", "1")
    assert b"Traceback" not in done.stderr
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr and "\u202e".encode() not in done.stderr
    assert done.returncode == (0 if fmt == "json" else 1), done.stderr
    if fmt == "sqlite":
        with sqlite3.connect(out) as conn:
            rows = dict(conn.execute("SELECT status, record FROM documents"))
        assert set(rows) == {"ok", "failed"}
        assert os.fsencode(json.loads(rows["ok"])["source"]["path"]) == os.fsencode(path)
    else:
        raw = out.read_bytes()
        raw.decode("utf-8")  # valid UTF-8 throughout
        records = [json.loads(raw)] if fmt == "json" else [json.loads(line) for line in raw.splitlines()]
        assert [os.fsencode(r["source"]["path"]) for r in records] == [os.fsencode(p) for p in inputs]
    if fmt != "json":
        assert b"gone \\xff\\x1b]0;title\\x07.pdf" in done.stderr  # named, but printed as escapes
        again = run_cli("extract", *inputs, "--format", fmt, "-o", str(out), "--resume", "-q")
        assert b"Traceback" not in again.stderr and again.returncode == 0, again.stderr


def test_issue_12_every_failure_is_keyed_so_resume_skips_it(tmp_path: Path) -> None:
    # A timeout or a crash never said its file's sha256; the parent hashes the file, so resume counts it.
    path = odd_named_copy(tmp_path)
    plain = batch.with_sha256(failed_result(str(path), "timeout", "took too long"), path, None)
    assert plain["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert batch.skip_done([path], {batch.result_key(str(path), plain["sha256"])}) == []


def test_issue_12_resume_after_failures_adds_no_line(tmp_path: Path) -> None:
    big = broken_files.good_pdf(tmp_path)  # over --max-bytes: failed before it was read
    small = tmp_path / os.fsdecode(b"minutes \xff.txt")
    small.write_bytes(b"Minutes of the Planning Committee held on 12 March 2019\nPresent: Councillor A Smith\n")
    inputs = [str(big), str(tmp_path / "gone.pdf"), str(small)]
    out = tmp_path / "out.jsonl"
    first = run_cli("extract", *inputs, "-o", str(out), "--max-bytes", "2000", "-q")
    assert first.returncode == 1
    lines = out.read_bytes()
    assert [json.loads(line)["status"] for line in lines.splitlines()] == ["failed", "failed", "ok"]
    for _ in range(2):
        again = run_cli("extract", *inputs, "-o", str(out), "--max-bytes", "2000", "--resume")
        assert again.returncode == 0, again.stderr
        assert b"3 documents already done" in again.stderr
        assert out.read_bytes() == lines


def test_issue_12_resume_never_opens_a_fifo_or_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.pdf"
    os.mkfifo(fifo)
    out = tmp_path / "out.db"
    args = ["extract", str(fifo), "/dev/zero", str(odd_named_copy(tmp_path)), "--format", "sqlite", "-o", str(out)]
    first = run_cli(*args, "-q", timeout=300)  # a hang is a failure, not a slow pass
    assert first.returncode == 1 and first.stderr.count(b"[not_found]") == 2, first.stderr
    again = run_cli(*args, "--resume", timeout=300)
    assert again.returncode == 0 and b"3 documents already done" in again.stderr, again.stderr


def test_issue_12_standard_input_is_read_with_the_limit() -> None:
    # /dev/zero never ends: reading it whole before applying --max-bytes would never return.
    with open("/dev/zero", "rb") as endless:
        done = subprocess.run([*CLI, "extract", "-", "--max-bytes", "1000", "-q"], stdin=endless,
                              capture_output=True, timeout=300)
    assert done.returncode == 1 and b"max_bytes limit of 1000" in done.stderr and b"[memory]" in done.stderr


def test_issue_12_folder_scans_report_what_they_cannot_read(tmp_path: Path) -> None:
    root = tmp_path / "papers"
    (root / "sub").mkdir(parents=True)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], root / "sub" / "minutes.txt")
    (root / "dangling.pdf").symlink_to(root / "nowhere.pdf")
    (root / "loop.pdf").symlink_to(root / "loop.pdf")
    (root / "sub" / "back").symlink_to(root)
    os.mkfifo(root / "pipe.txt")
    skipped: list[tuple[str, str]] = []
    found = batch.expand_inputs([str(root)], on_skipped=lambda path, why: skipped.append((Path(path).name, why)))
    assert [Path(p).name for p in found] == ["minutes.txt"]
    assert sorted(skipped) == [("back", "a link back to a folder already searched (a loop)"),
                               ("dangling.pdf", "a link to nothing"), ("loop.pdf", "a link loop"),
                               ("pipe.txt", "a FIFO")]
    done = run_cli("extract", str(root), "-q", "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 0 and b"Skipped 4 entries" in done.stderr, done.stderr


def test_issue_12_a_file_that_cannot_be_read_is_a_read_error_not_internal() -> None:
    [result] = councildocs.extract_many(["/proc/self/mem"], workers=1)
    assert result.code == "not_found" and "cannot be read" in (result.message or "")
    with pytest.raises(councildocs.CouncilDocsError, match="cannot be read"):
        councildocs.extract("/proc/self/mem")


PARENT = """
import sys, threading
from councildocs.isolation import WorkerPool
pool = WorkerPool(None)
def start():  # from a short-lived thread, as a batch's threads start workers
    pool.prestart(1)
    pool._idle[0].start()
thread = threading.Thread(target=start)
thread.start()
thread.join()
print(pool._idle[0].proc.pid, flush=True)
sys.stdin.read()
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_issue_12_a_worker_dies_with_its_killed_batch_even_when_it_cannot_run() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    worker = int(parent.stdout.readline())  # type: ignore[union-attr]
    try:
        # Stopped, the worker runs no thread at all (as when stuck in C code holding the GIL): only the
        # kernel can end it. SIGKILL reaches a stopped process.
        os.kill(worker, signal.SIGSTOP)
        parent.kill()
        parent.wait()
        for _ in range(600):  # waits for an outcome; the assertion never depends on how long it took
            if _gone(worker):
                break
            time.sleep(0.1)
        assert _gone(worker)
    finally:
        if not _gone(worker):
            os.kill(worker, signal.SIGKILL)
