"""SQLite output: queryable tables, one transaction per document, resumable after kill -9.

Story: a researcher starts a long run into ``papers.db``, the machine kills it
part-way, and ``--resume`` finishes the job: every input has exactly one
``documents`` row, every good one its records, none doubled.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import councildocs
from councildocs.sinks.sqlite import FTS, RECORD_TABLES, SCHEMA, record_to_rows

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
    rows = conn.execute("SELECT path, status, error_code, record, id FROM documents").fetchall()
    assert sorted(r[0] for r in rows) == sorted(map(str, inputs))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for table in FTS:  # the full-text indexes hold exactly the rows' text
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')")
    failed = [r for r in rows if r[1] == "failed"]
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == len(failed)
    for _path, status, code, record, document_id in rows:
        assert (status == "failed") == (code is not None) == (record is None)
        expected = record_to_rows(document_id, json.loads(record)) if record else {}
        for table in RECORD_TABLES:
            got = conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", (document_id,)).fetchone()[0]
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


#: The first layout: rows keyed by the file's sha256 (``doc_id``), so one paper at two paths was one row.
FIRST_LAYOUT = """
CREATE TABLE documents (doc_id TEXT PRIMARY KEY, sha256 TEXT, path TEXT NOT NULL, format TEXT, status TEXT NOT NULL,
    error_code TEXT, error_message TEXT, pages INTEGER, seconds REAL, councildocs_version TEXT, schema_version TEXT,
    warnings TEXT, record TEXT);
CREATE TABLE errors (doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, code TEXT NOT NULL, message TEXT, traceback TEXT);
CREATE TABLE attendees (doc_id TEXT NOT NULL, minutes_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL,
    name TEXT, status TEXT, page INTEGER, PRIMARY KEY (doc_id, minutes_ordinal, ordinal));
"""


def test_a_database_from_an_older_release_is_rebuilt_from_its_records(tmp_path: Path) -> None:
    # A researcher resumes into papers.db written when rows were keyed by content: it holds a paper and a
    # stale copy of it at one path, and a failure. The run rebuilds it (one row per path) and adds the new paper.
    seed, other = SEEDS / "002_2139ad1a0fcb7a16.txt", sorted(SEEDS.glob("*.txt"))[0]
    record = councildocs.extract(seed).model_dump_json(by_alias=True)
    db = tmp_path / "papers.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(FIRST_LAYOUT)
        row = "INSERT INTO documents (doc_id, sha256, path, status, error_code, record) VALUES (?, ?, ?, ?, ?, ?)"
        conn.execute(row, ("stale", "stale", str(seed), "ok", None, record))
        conn.execute(row, (json.loads(record)["source"]["sha256"], json.loads(record)["source"]["sha256"],
                           str(seed), "ok", None, record))
        conn.execute(row, ("path:gone.pdf", None, "gone.pdf", "failed", "not_found", None))
        conn.execute("INSERT INTO errors VALUES ('path:gone.pdf', 'gone.pdf', 'not_found', 'file not found', NULL)")
    done = run_cli("extract", str(seed), str(other), "-o", str(db), "--resume", "-q")
    assert done.returncode == 0, done.stderr
    check_database(db, [seed, other, Path("gone.pdf")])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM attendees").fetchone()[0] > 0
    assert conn.execute("SELECT code FROM errors").fetchall() == [("not_found",)]


def test_a_database_gains_the_columns_a_newer_release_writes(tmp_path: Path) -> None:
    # A database written before attendees had post_nominal and attendance: the columns are added and every
    # value lands in its own column.
    db = tmp_path / "papers.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(SCHEMA.replace("    post_nominal TEXT, attendance TEXT, page INTEGER", "    page INTEGER"))
    seed = SEEDS / "002_2139ad1a0fcb7a16.txt"
    assert run_cli("extract", str(seed), "-o", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(attendees)")]
    assert columns[-2:] == ["post_nominal", "attendance"]
    rows = conn.execute("SELECT name, status, page FROM attendees ORDER BY ordinal").fetchall()
    record = json.loads(conn.execute("SELECT record FROM documents").fetchone()[0])
    expected = [(a["name"], a["status"], (a.get("evidence") or {}).get("page"))
                for m in record["minutes"] for a in m["attendees"]]
    assert rows == expected and rows
    check_database(db, [seed])


def test_issue_13_the_same_paper_at_two_paths_is_two_documents(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    copies = [tmp_path / "a" / seed.name, tmp_path / "b" / seed.name]
    for copy in copies:
        copy.parent.mkdir()
        shutil.copy(seed, copy)
    db = tmp_path / "papers.db"
    assert run_cli("extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(db), "-q").returncode == 0
    check_database(db, copies)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(DISTINCT sha256), count(*) FROM documents").fetchone() == (1, 2)


def test_issue_13_a_paper_changed_at_its_path_replaces_its_rows(tmp_path: Path) -> None:
    # A council republishes its minutes at the same address: the database keeps only the new version, and
    # --resume redoes a path whose content changed while it skips one whose content did not.
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    paper, other = tmp_path / "minutes.txt", tmp_path / "other.txt"
    shutil.copy(first, paper)
    shutil.copy(second, other)
    db = tmp_path / "papers.db"
    assert run_cli("extract", str(paper), str(other), "-o", str(db), "-q").returncode == 0
    shutil.copy(second, paper)
    done = run_cli("extract", str(paper), str(other), "-o", str(db), "--resume")
    assert done.returncode == 0 and b"1 documents already done" in done.stderr, done.stderr
    check_database(db, [paper, other])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT sha256 FROM documents WHERE path = ?", (str(paper),)).fetchone() == (
        hashlib.sha256(second.read_bytes()).hexdigest(),)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_issue_13_dates_and_times_are_stored_as_the_json_prints_them(tmp_path: Path) -> None:
    # The seed pack (a scrutiny committee's agenda with the minutes of two earlier meetings): in Python its
    # dates and times are datetime values; in SQLite they are the ISO text the JSON prints, so they sort and
    # compare as text and Datasette shows them as they are printed.
    seed = sorted(SEEDS.glob("*.txt"))[0]
    record = councildocs.extract(seed)
    db = tmp_path / "papers.db"
    assert run_cli("extract", str(seed), "-o", str(db), "-q").returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT date, start_time, typeof(date), typeof(start_time) FROM meetings").fetchall() == [
        ("2018-09-20", "16:30", "text", "text")]
    assert conn.execute("SELECT date, start_time, end_time FROM minutes ORDER BY ordinal").fetchall() == [
        ("2018-07-19", "16:30", "18:10"), ("2018-08-01", "14:00", "15:35")]
    assert conn.execute("SELECT date FROM dates ORDER BY ordinal").fetchall() == [
        (mention.date.isoformat(),) for mention in record.dates]
    assert conn.execute("SELECT count(*) FROM dates WHERE typeof(date) != 'text'").fetchone() == (0,)
    stored = conn.execute("SELECT record FROM documents").fetchone()[0]
    assert councildocs.CouncilDocument.model_validate_json(stored).minutes == record.minutes
