"""SQLite: one table per record type, for Datasette, sqlite-utils or plain SQL.

Every row is keyed by its document (``doc_id``, the file's sha256) and its
1-based ``ordinal`` in the document (plus its parents' ordinals for nested
records), with foreign keys to the parent rows. Each document is written in
one transaction that first deletes any earlier rows for it, so a run killed
at any moment keeps every finished document and no half-written one, and a
re-run never duplicates rows. ``--resume`` skips the sha256 already in
``documents``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .._version import SCHEMA_VERSION, __version__
from ..batch import DoneKey, Result
from ..errors import storable
from .jsonl import dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,            -- the file's sha256; 'path:<path>' when it could not be read
    sha256 TEXT,
    path TEXT NOT NULL,
    format TEXT,
    status TEXT NOT NULL,               -- ok | partial | failed
    error_code TEXT,
    error_message TEXT,
    pages INTEGER,
    seconds REAL,
    councildocs_version TEXT,
    schema_version TEXT,
    warnings TEXT,                      -- JSON list
    record TEXT                         -- the whole record as JSON
);
CREATE TABLE IF NOT EXISTS errors (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT,
    traceback TEXT                      -- internal errors only
);
CREATE TABLE IF NOT EXISTS meetings (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    body TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS members (
    doc_id TEXT NOT NULL REFERENCES meetings(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT, role TEXT, substitute TEXT, representing TEXT, position TEXT, page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS agenda_items (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    number TEXT, title TEXT, description TEXT, page_start INTEGER, page_end INTEGER, exempt INTEGER,
    page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS minutes (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    body TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS attendees (
    doc_id TEXT NOT NULL,
    minutes_ordinal INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    name TEXT, status TEXT, role TEXT, substitute_for TEXT, position TEXT, organisation TEXT,
    post_nominal TEXT, attendance TEXT, page INTEGER,
    PRIMARY KEY (doc_id, minutes_ordinal, ordinal),
    FOREIGN KEY (doc_id, minutes_ordinal) REFERENCES minutes(doc_id, ordinal) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS minute_items (
    doc_id TEXT NOT NULL,
    minutes_ordinal INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    number TEXT, title TEXT, exempt INTEGER, page INTEGER,
    PRIMARY KEY (doc_id, minutes_ordinal, ordinal),
    FOREIGN KEY (doc_id, minutes_ordinal) REFERENCES minutes(doc_id, ordinal) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS resolutions (
    doc_id TEXT NOT NULL,
    minutes_ordinal INTEGER NOT NULL,
    item_ordinal INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT, clauses TEXT, page INTEGER,
    PRIMARY KEY (doc_id, minutes_ordinal, item_ordinal, ordinal),
    FOREIGN KEY (doc_id, minutes_ordinal, item_ordinal)
        REFERENCES minute_items(doc_id, minutes_ordinal, ordinal) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS votes (     -- how a resolution was decided, where the minutes say
    doc_id TEXT NOT NULL,
    minutes_ordinal INTEGER NOT NULL,
    item_ordinal INTEGER NOT NULL,
    resolution_ordinal INTEGER NOT NULL,
    moved_by TEXT, seconded_by TEXT, outcome TEXT, votes_for INTEGER, votes_against INTEGER,
    votes_abstain INTEGER, page INTEGER,
    PRIMARY KEY (doc_id, minutes_ordinal, item_ordinal, resolution_ordinal),
    FOREIGN KEY (doc_id, minutes_ordinal, item_ordinal, resolution_ordinal)
        REFERENCES resolutions(doc_id, minutes_ordinal, item_ordinal, ordinal) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS recorded_votes (  -- each person's vote in a recorded or roll-call vote
    doc_id TEXT NOT NULL,
    minutes_ordinal INTEGER NOT NULL,
    item_ordinal INTEGER NOT NULL,
    resolution_ordinal INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    name TEXT, vote TEXT, page INTEGER,
    PRIMARY KEY (doc_id, minutes_ordinal, item_ordinal, resolution_ordinal, ordinal),
    FOREIGN KEY (doc_id, minutes_ordinal, item_ordinal, resolution_ordinal)
        REFERENCES resolutions(doc_id, minutes_ordinal, item_ordinal, ordinal) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS reports (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    item_number TEXT, title TEXT, meeting_date TEXT, summary TEXT, recommendations TEXT,
    contact_officers TEXT, page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS work_programme (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT, meeting TEXT, meeting_date TEXT, topic TEXT, responsible TEXT, scope TEXT, exempt INTEGER,
    other TEXT, page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS dates (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    date TEXT, kind TEXT, text TEXT, page INTEGER,
    PRIMARY KEY (doc_id, ordinal)
);
"""

#: Record fields copied into each table, in column order (after the keys, before ``page``).
COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("body", "date", "start_time", "end_time", "venue"),
    "members": ("name", "role", "substitute", "representing", "position"),
    "agenda_items": ("number", "title", "description", "page_start", "page_end", "exempt"),
    "minutes": ("body", "date", "start_time", "end_time", "venue"),
    "attendees": ("name", "status", "role", "substitute_for", "position", "organisation", "post_nominal",
                  "attendance"),
    "minute_items": ("number", "title", "exempt"),
    "resolutions": ("text", "clauses"),
    "votes": ("moved_by", "seconded_by", "outcome", "votes_for", "votes_against", "votes_abstain"),
    "recorded_votes": ("name", "vote"),
    "reports": ("item_number", "title", "meeting_date", "summary", "recommendations", "contact_officers"),
    "work_programme": ("kind", "meeting", "meeting_date", "topic", "responsible", "scope", "exempt", "other"),
    "dates": ("date", "kind", "text"),
}
#: Tables in the order rows are inserted (parents first).
RECORD_TABLES = tuple(COLUMNS)


def _value(value: Any) -> Any:
    """A record value as an SQLite value: lists and dicts as JSON text, text always valid UTF-8."""
    if isinstance(value, list | dict):
        return dumps(value)
    if isinstance(value, str):
        return storable(value)
    return value


def _page(item: dict[str, Any]) -> int | None:
    evidence = item.get("evidence") or {}
    return evidence.get("page")


def _row(table: str, keys: tuple[Any, ...], item: dict[str, Any]) -> tuple[Any, ...]:
    return (*keys, *(_value(item.get(c)) for c in COLUMNS[table]), _page(item))


def _numbered(items: Iterable[dict[str, Any]] | None) -> Iterator[tuple[int, dict[str, Any]]]:
    return enumerate(items or [], start=1)


def record_to_rows(doc_id: str, record: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of one record, by table; keys are the document and the 1-based ordinals."""
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in RECORD_TABLES}
    meeting = record.get("meeting")
    if meeting:
        rows["meetings"].append(_row("meetings", (doc_id,), meeting))
        rows["members"] += [_row("members", (doc_id, n), m) for n, m in _numbered(meeting.get("members"))]
    for table in ("agenda_items", "reports", "work_programme", "dates"):
        rows[table] += [_row(table, (doc_id, n), item) for n, item in _numbered(record.get(table))]
    for n, minutes in _numbered(record.get("minutes")):
        rows["minutes"].append(_row("minutes", (doc_id, n), {**(minutes.get("meeting") or {}),
                                                              "evidence": minutes.get("evidence")}))
        rows["attendees"] += [_row("attendees", (doc_id, n, a), att)
                              for a, att in _numbered(minutes.get("attendees"))]
        for i, item in _numbered(minutes.get("items")):
            rows["minute_items"].append(_row("minute_items", (doc_id, n, i), item))
            for r, res in _numbered(item.get("resolutions")):
                rows["resolutions"].append(_row("resolutions", (doc_id, n, i, r), res))
                tally = res.get("votes") or {}
                decided = {"moved_by": res.get("moved_by"), "seconded_by": res.get("seconded_by"),
                           "outcome": res.get("outcome"), "votes_for": tally.get("for"),
                           "votes_against": tally.get("against"), "votes_abstain": tally.get("abstain")}
                evidence = {"evidence": res.get("evidence")}
                if any(v is not None for v in decided.values()):
                    rows["votes"].append(_row("votes", (doc_id, n, i, r), {**decided, **evidence}))
                rows["recorded_votes"] += [_row("recorded_votes", (doc_id, n, i, r, v), {**cast, **evidence})
                                           for v, cast in _numbered(tally.get("recorded"))]
    return rows


def result_doc_id(result: Result) -> str:
    """The document's key: its sha256, or its path when it could not be read."""
    return result.sha256 or f"path:{storable(result.source)}"


def result_to_document_row(result: Result) -> tuple[Any, ...]:
    record = result.record or {}
    source = record.get("source") or {}
    return (result_doc_id(result), result.sha256, storable(result.source), source.get("format"), result.status,
            result.code, _value(result.message), result.pages, result.seconds,
            record.get("councildocs_version") or __version__, record.get("schema_version") or SCHEMA_VERSION,
            _value(record.get("warnings") or []), dumps(record) if result.record is not None else None)


def create_database(path: Path) -> None:
    """A new database with every table, made under a temporary name and then linked into place.

    Whoever sees the file at ``path`` (a reader polling it, a second run) sees the whole
    schema: ``sqlite3.connect`` alone makes an empty file first and the tables a moment later.
    Linking (not renaming) never replaces a database another run made meanwhile.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # kept in the file: readers never block the writer
            conn.executescript(SCHEMA)
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def add_missing_columns(conn: sqlite3.Connection) -> dict[str, str]:
    """Give an older database's record tables the columns this release writes, and return each table's
    INSERT statement with its columns named (added columns come last in an old table, so rows are never
    inserted by position)."""
    inserts: dict[str, str] = {}
    for table in RECORD_TABLES:
        existing = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        for column in COLUMNS[table]:
            if column not in existing:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
        keys = [c for c in existing if c not in COLUMNS[table] and c != "page"]
        names = [*keys, *COLUMNS[table], "page"]
        inserts[table] = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return inserts


class SQLiteSink:
    """Write results into an SQLite database, one transaction per document."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            create_database(self.path)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.executescript(SCHEMA)  # an older database gains the tables it lacks
        self.inserts = add_missing_columns(self.conn)

    def done_keys(self) -> set[DoneKey]:
        """The (path, sha256) of every input already written, failures included."""
        return set(self.conn.execute("SELECT path, sha256 FROM documents"))

    def write(self, result: Result) -> None:
        """Replace the document's rows with this result's, atomically."""
        doc_id = result_doc_id(result)
        rows = record_to_rows(doc_id, result.record) if result.record is not None else {}
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))  # cascades to every table
            conn.execute(f"INSERT INTO documents VALUES ({', '.join('?' * 13)})", result_to_document_row(result))
            if result.failed:
                conn.execute("INSERT INTO errors VALUES (?, ?, ?, ?, ?)",
                             (doc_id, storable(result.source), result.code or "internal", _value(result.message),
                              _value(result.detail)))
            for table in RECORD_TABLES:
                if rows.get(table):
                    conn.executemany(self.inserts[table], rows[table])
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()
