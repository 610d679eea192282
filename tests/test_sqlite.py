"""SQLite output: queryable tables, one transaction per document, resumable after kill -9.

Story: a researcher starts a long run into ``papers.db``, the machine kills it
part-way, and ``--resume`` finishes the job: every input has exactly one
``documents`` row, every good one its records, none doubled.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from councildocs.sinks.sqlite import RECORD_TABLES, record_to_rows

from . import broken_files
from .conftest import SEEDS
from .test_malformed import CLI, run_cli


def make_inputs(folder: Path) -> list[Path]:
    """Seed papers (text and PDF), broken PDFs, and one file too big to finish in the timeout."""
    seeds = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".pdf"))
    broken = [make(folder) for make, _code in broken_files.BROKEN.values()]  # type: ignore[operator]
    return [*seeds[:4], broken_files.big_text(folder, mib=20), *seeds[4:], *broken]


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "errors", *RECORD_TABLES)}


def check_database(db: Path, inputs: list[Path]) -> None:
    """One documents row per input; each good document's rows match its record exactly."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT path, status, error_code, record, doc_id FROM documents").fetchall()
    assert sorted(r[0] for r in rows) == sorted(map(str, inputs))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    failed = [r for r in rows if r[1] == "failed"]
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == len(failed)
    for _path, status, code, record, doc_id in rows:
        assert (status == "failed") == (code is not None) == (record is None)
        expected = record_to_rows(doc_id, json.loads(record)) if record else {}
        for table in RECORD_TABLES:
            got = conn.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            assert got == len(expected.get(table, [])), (table, _path)
    conn.close()


def test_killed_run_resumes_to_exactly_one_row_per_input(tmp_path: Path) -> None:
    inputs = make_inputs(tmp_path)
    db = tmp_path / "papers.db"
    # 20 s: the 20 MiB file still times out, and a seed paper never does however busy the machine is.
    args = ["extract", *map(str, inputs), "--format", "sqlite", "-o", str(db), "--workers", "1", "--timeout", "20"]
    # The first run gets all the time it wants on the big file, so it is still busy there, with the four
    # papers before it written, whenever this test gets round to killing it: no race on a busy machine.
    first = [*args[:-1], "3600"]
    proc = subprocess.Popen([*CLI, *first], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not (db.exists() and table_counts(db)["documents"] >= 4):
        assert proc.poll() is None, "the run ended before it wrote the papers ahead of the big file"
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = table_counts(db)["documents"]
    assert 4 <= partial < len(inputs)

    done = run_cli(*args, "--resume")
    assert done.returncode == 1  # the broken files failed, each recorded
    check_database(db, inputs)
    counts = table_counts(db)
    assert counts["documents"] == len(inputs)
    assert counts["agenda_items"] > 0 and counts["dates"] > 0

    run_cli(*args, "--resume")
    assert table_counts(db) == counts


def test_a_rerun_replaces_rows_and_never_doubles_them(tmp_path: Path) -> None:
    inputs = [*sorted(SEEDS.glob("*.txt"))[:2], broken_files.truncated_pdf(tmp_path)]
    db = tmp_path / "papers.db"
    run_cli("extract", *map(str, inputs), "--format", "sqlite", "-o", str(db))
    counts = table_counts(db)
    run_cli("extract", *map(str, inputs), "--format", "sqlite", "-o", str(db))
    assert table_counts(db) == counts and counts["documents"] == 3
    check_database(db, inputs)


def test_failures_are_in_documents_and_errors_with_their_codes(tmp_path: Path) -> None:
    path = broken_files.encrypted_pdf(tmp_path)
    db = tmp_path / "out.db"
    done = run_cli("extract", str(path), str(tmp_path / "gone.pdf"), "--format", "sqlite", "-o", str(db))
    assert done.returncode == 1
    conn = sqlite3.connect(db)
    assert sorted(conn.execute("SELECT path, status, error_code FROM documents")) == [
        (str(path), "failed", "encrypted"), (str(tmp_path / "gone.pdf"), "failed", "not_found")]
    assert sorted(conn.execute("SELECT code FROM errors")) == [("encrypted",), ("not_found",)]


def test_a_database_from_an_older_release_gains_the_new_columns(tmp_path: Path) -> None:
    # A researcher resumes into papers.db written before attendees had post_nominal and attendance and
    # members had position: the columns are added and every value lands in its own column.
    from councildocs.sinks.sqlite import SCHEMA

    db = tmp_path / "papers.db"
    old = SCHEMA.replace("    post_nominal TEXT, attendance TEXT, page INTEGER,", "    page INTEGER,")
    old = old.replace("representing TEXT, position TEXT, page INTEGER", "representing TEXT, page INTEGER")
    assert old != SCHEMA
    with sqlite3.connect(db) as conn:
        conn.executescript(old)
    seed = SEEDS / "002_2139ad1a0fcb7a16.txt"
    assert run_cli("extract", str(seed), "--format", "sqlite", "-o", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(attendees)")]
    assert columns[-2:] == ["post_nominal", "attendance"]
    rows = conn.execute("SELECT name, status, page FROM attendees ORDER BY ordinal").fetchall()
    record = json.loads(conn.execute("SELECT record FROM documents").fetchone()[0])
    expected = [(a["name"], a["status"], (a.get("evidence") or {}).get("page"))
                for m in record["minutes"] for a in m["attendees"]]
    assert rows == expected and rows
    check_database(db, [seed])
