"""SQLite: one table per record type, ready for Datasette, sqlite-utils or plain SQL.

A document is identified by its input path: the same paper at two paths is two
documents, and a paper changed at the same path replaces its rows. Every table
has a single-column ``id`` primary key and foreign keys to its parents
(``document_id``, ``minutes_id``, ``item_id``, ``resolution_id``), so Datasette
links a minutes row to its attendees, items and resolutions. Each document is
written in one transaction that first deletes the path's earlier rows (they
cascade), so a run killed at any moment keeps every finished document and no
half-written one, and a re-run never duplicates rows. ``--resume`` skips an
input whose path and sha256 are both in ``documents``. Resolution text, minute
item titles and agenda items have full-text indexes; the views
``resolutions_with_meeting`` and ``attendance`` answer the first questions.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .._version import SCHEMA_VERSION, __version__
from ..batch import DoneKey, Result
from ..errors import storable
from .jsonl import dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,          -- the input as given; a name that is not UTF-8 has its bytes as \\xNN
    sha256 TEXT,                        -- of the file's bytes; null when it could not be read
    format TEXT,
    kind TEXT,                          -- agenda | minutes | report | forward_plan | decision_notice | pack | other
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
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT,
    traceback TEXT                      -- internal errors only
);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    body TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS members (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT, role TEXT, substitute TEXT, representing TEXT, position TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS agenda_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    number TEXT, title TEXT, description TEXT, page_start INTEGER, page_end INTEGER, exempt INTEGER,
    file_number TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS minutes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    body TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS attendees (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT, status TEXT, role TEXT, substitute_for TEXT, position TEXT, organisation TEXT,
    post_nominal TEXT, attendance TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS minute_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    number TEXT, title TEXT, exempt INTEGER, page INTEGER
);
CREATE TABLE IF NOT EXISTS resolutions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES minute_items(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT, clauses TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS votes (     -- how a resolution was decided, where the minutes say
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    resolution_id INTEGER NOT NULL UNIQUE REFERENCES resolutions(id) ON DELETE CASCADE,
    moved_by TEXT, seconded_by TEXT, outcome TEXT, votes_for INTEGER, votes_against INTEGER,
    votes_abstain INTEGER, page INTEGER
);
CREATE TABLE IF NOT EXISTS recorded_votes (  -- each person's vote in a recorded or roll-call vote
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT, vote TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS motions (  -- lost, withdrawn and fallen motions and amendments: not decisions
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES minute_items(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT, amendment INTEGER, moved_by TEXT, seconded_by TEXT, outcome TEXT, votes_for INTEGER,
    votes_against INTEGER, votes_abstain INTEGER, page INTEGER
);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    item_number TEXT, title TEXT, meeting_date TEXT, summary TEXT, recommendations TEXT,
    contact_officers TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS work_programme (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT, meeting TEXT, meeting_date TEXT, topic TEXT, responsible TEXT, scope TEXT, exempt INTEGER,
    other TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    date TEXT, kind TEXT, text TEXT, page INTEGER
);
"""

#: Full-text indexes (external-content FTS5 tables kept in step by triggers, named as sqlite-utils names
#: them, so Datasette and sqlite-utils find them): table -> indexed columns.
FTS: dict[str, tuple[str, ...]] = {
    "resolutions": ("text",),
    "minute_items": ("title",),
    "agenda_items": ("title", "description"),
}

#: Views for the first questions; rebuilt whenever a run opens the database.
VIEWS = """
DROP VIEW IF EXISTS resolutions_with_meeting;
CREATE VIEW resolutions_with_meeting AS
SELECT r.id AS resolution_id, m.date, m.body, i.number AS item_number, i.title AS item, r.text, d.path,
       r.page, r.minutes_id
FROM resolutions r
JOIN minute_items i ON i.id = r.item_id
JOIN minutes m ON m.id = r.minutes_id
JOIN documents d ON d.id = r.document_id;
DROP VIEW IF EXISTS attendance;
CREATE VIEW attendance AS
SELECT a.name AS person, a.status, a.role, m.body AS meeting, m.date, d.path, a.page, a.minutes_id
FROM attendees a
JOIN minutes m ON m.id = a.minutes_id
JOIN documents d ON d.id = a.document_id;
"""

#: The columns each table's rows carry: keys (id, parents, ordinal), then record fields, then ``page``.
KEYS: dict[str, tuple[str, ...]] = {
    "meetings": ("id", "document_id"),
    "members": ("id", "document_id", "meeting_id", "ordinal"),
    "agenda_items": ("id", "document_id", "ordinal"),
    "minutes": ("id", "document_id", "ordinal"),
    "attendees": ("id", "document_id", "minutes_id", "ordinal"),
    "minute_items": ("id", "document_id", "minutes_id", "ordinal"),
    "resolutions": ("id", "document_id", "minutes_id", "item_id", "ordinal"),
    "votes": ("id", "document_id", "resolution_id"),
    "recorded_votes": ("id", "document_id", "resolution_id", "ordinal"),
    "motions": ("id", "document_id", "minutes_id", "item_id", "ordinal"),
    "reports": ("id", "document_id", "ordinal"),
    "work_programme": ("id", "document_id", "ordinal"),
    "dates": ("id", "document_id", "ordinal"),
}
#: Record fields copied into each table, in column order (after the keys, before ``page``).
COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("body", "date", "start_time", "end_time", "venue"),
    "members": ("name", "role", "substitute", "representing", "position"),
    "agenda_items": ("number", "title", "description", "page_start", "page_end", "exempt", "file_number"),
    "minutes": ("body", "date", "start_time", "end_time", "venue"),
    "attendees": ("name", "status", "role", "substitute_for", "position", "organisation", "post_nominal",
                  "attendance"),
    "minute_items": ("number", "title", "exempt"),
    "resolutions": ("text", "clauses"),
    "votes": ("moved_by", "seconded_by", "outcome", "votes_for", "votes_against", "votes_abstain"),
    "recorded_votes": ("name", "vote"),
    "motions": ("text", "amendment", "moved_by", "seconded_by", "outcome", "votes_for", "votes_against",
                "votes_abstain"),
    "reports": ("item_number", "title", "meeting_date", "summary", "recommendations", "contact_officers"),
    "work_programme": ("kind", "meeting", "meeting_date", "topic", "responsible", "scope", "exempt", "other"),
    "dates": ("date", "kind", "text"),
}
#: Tables in the order rows are inserted (parents first).
RECORD_TABLES = tuple(COLUMNS)
#: The ``documents`` columns, in order.
DOCUMENT_COLUMNS = ("path", "sha256", "format", "kind", "status", "error_code", "error_message", "pages", "seconds",
                    "councildocs_version", "schema_version", "warnings", "record")

Row = dict[str, Any]


def _value(value: Any) -> Any:
    """A record value as an SQLite value: lists and dicts as JSON text, text always valid UTF-8."""
    if isinstance(value, list | dict):
        return dumps(value)
    if isinstance(value, str):
        return storable(value)
    return value


def _numbered(items: Iterable[dict[str, Any]] | None) -> Iterator[tuple[int, dict[str, Any]]]:
    return enumerate(items or [], start=1)


def counting_ids() -> Callable[[str], int]:
    """Row ids 1, 2, 3 … per table: for rows that are not written into a database."""
    counters: dict[str, Iterator[int]] = {}
    return lambda table: next(counters.setdefault(table, itertools.count(1)))


def record_to_rows(document_id: Any, record: dict[str, Any], ids: Callable[[str], int] | None = None
                   ) -> dict[str, list[Row]]:
    """Every row of one record, by table, as ``{column: value}``; ``ids(table)`` gives each row's id."""
    next_id = ids or counting_ids()
    rows: dict[str, list[Row]] = {table: [] for table in RECORD_TABLES}

    def add(table: str, item: dict[str, Any], **keys: Any) -> int:
        row_id = next_id(table)
        evidence = item.get("evidence") or {}
        rows[table].append({"id": row_id, "document_id": document_id, **keys,
                            **{c: _value(item.get(c)) for c in COLUMNS[table]}, "page": evidence.get("page")})
        return row_id

    meeting = record.get("meeting")
    if meeting:
        meeting_id = add("meetings", meeting)
        for n, member in _numbered(meeting.get("members")):
            add("members", member, meeting_id=meeting_id, ordinal=n)
    for table in ("agenda_items", "reports", "work_programme", "dates"):
        for n, item in _numbered(record.get(table)):
            add(table, item, ordinal=n)
    for n, minutes in _numbered(record.get("minutes")):
        minutes_id = add("minutes", {**(minutes.get("meeting") or {}), "evidence": minutes.get("evidence")},
                         ordinal=n)
        for a, attendee in _numbered(minutes.get("attendees")):
            add("attendees", attendee, minutes_id=minutes_id, ordinal=a)
        for i, item in _numbered(minutes.get("items")):
            item_id = add("minute_items", item, minutes_id=minutes_id, ordinal=i)
            for r, res in _numbered(item.get("resolutions")):
                resolution_id = add("resolutions", res, minutes_id=minutes_id, item_id=item_id, ordinal=r)
                tally = res.get("votes") or {}
                decided = {"moved_by": res.get("moved_by"), "seconded_by": res.get("seconded_by"),
                           "outcome": res.get("outcome"), "votes_for": tally.get("for"),
                           "votes_against": tally.get("against"), "votes_abstain": tally.get("abstain")}
                evidence = {"evidence": res.get("evidence")}
                if any(v is not None for v in decided.values()):
                    add("votes", {**decided, **evidence}, resolution_id=resolution_id)
                for v, cast in _numbered(tally.get("recorded")):
                    add("recorded_votes", {**cast, **evidence}, resolution_id=resolution_id, ordinal=v)
            for k, motion in _numbered(item.get("motions")):
                tally = motion.get("votes") or {}
                add("motions", {**motion, "votes_for": tally.get("for"), "votes_against": tally.get("against"),
                                "votes_abstain": tally.get("abstain")}, minutes_id=minutes_id, item_id=item_id, ordinal=k)
    return rows


def result_to_document_row(result: Result) -> Row:
    """The ``documents`` row of a result (its ``id`` is given when it is written)."""
    record = result.record or {}
    source = record.get("source") or {}
    values = (storable(result.source), result.sha256, source.get("format"), record.get("kind"), result.status,
              result.code, _value(result.message), result.pages, result.seconds,
              record.get("councildocs_version") or __version__, record.get("schema_version") or SCHEMA_VERSION,
              _value(record.get("warnings") or []), dumps(record) if result.record is not None else None)
    return dict(zip(DOCUMENT_COLUMNS, values, strict=True))


def fts_script(table: str, columns: tuple[str, ...]) -> str:
    """An external-content FTS5 index of ``columns`` of ``table``, and the triggers that keep it current.

    The delete trigger also runs for rows removed by ``ON DELETE CASCADE``, so replacing a
    document never leaves its old text searchable.
    """
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING FTS5 ({cols}, content=[{table}], content_rowid=id);
CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.id, {old});
END;
CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE ON {table} BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.id, {old});
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
"""


def full_schema() -> str:
    """Tables, full-text indexes, indexes on every foreign key, and the views."""
    indexes = "".join(f"CREATE INDEX IF NOT EXISTS {table}_{key} ON {table}({key});\n"
                      for table, keys in KEYS.items() for key in keys[1:] if key != "ordinal")
    return SCHEMA + "".join(fts_script(t, c) for t, c in FTS.items()) + indexes + VIEWS


def create_database(path: Path) -> None:
    """A new database with every table, made under a temporary name and then linked into place.

    Whoever sees the file at ``path`` (a reader polling it) sees the whole schema:
    ``sqlite3.connect`` alone makes an empty file first and the tables a moment later.
    Linking (not renaming) never replaces a database made meanwhile.
    """
    from . import file_mode

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, file_mode(path))
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # kept in the file: readers never block the writer
            conn.executescript(full_schema())
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


def add_missing_columns(conn: sqlite3.Connection) -> None:
    """Give an older database's record tables the columns this release writes (added last)."""
    for table in RECORD_TABLES:
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for column in COLUMNS[table]:
            if column not in existing:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


def _insert(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"


def keyed_by_content(conn: sqlite3.Connection) -> bool:
    """Whether the database is of the first layout (rows keyed by ``doc_id``, the file's sha256)."""
    return "doc_id" in {row[1] for row in conn.execute("PRAGMA table_info(documents)")}


def old_results(conn: sqlite3.Connection) -> list[Result]:
    """The results stored in a first-layout database, one per path (the latest written)."""
    tracebacks: dict[str, str] = {}
    with contextlib.suppress(sqlite3.OperationalError):  # a database without an errors table
        tracebacks = dict(conn.execute("SELECT doc_id, traceback FROM errors"))
    latest: dict[str, Result] = {}
    query = "SELECT doc_id, path, sha256, status, error_code, error_message, pages, seconds, record FROM documents"
    for doc_id, path, sha256, status, code, message, pages, seconds, record in conn.execute(query + " ORDER BY rowid"):
        latest[path] = Result(source=path, status=status, code=code, message=message, pages=pages or 0,
                              seconds=seconds or 0.0, sha256=sha256, detail=tracebacks.get(doc_id),
                              record=json.loads(record) if record else None)
    return list(latest.values())


class SQLiteSink:
    """Write results into an SQLite database, one transaction per document.

    A database of the first layout (rows keyed by content) is rebuilt from the records it
    stores, in one transaction, the first time a run writes into it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            create_database(self.path)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.note: str | None = None
        self.conn.execute("PRAGMA foreign_keys = ON")
        old = keyed_by_content(self.conn)
        results = old_results(self.conn) if old else []
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if old:
                for table in (*reversed(RECORD_TABLES), "errors", "documents"):
                    self.conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _statements(full_schema()):
                self.conn.execute(statement)  # an older database gains the tables, indexes and views it lacks
            add_missing_columns(self.conn)
            for result in results:
                self._write(result)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def done_keys(self) -> set[DoneKey]:
        """The (path, sha256) of every input already written, failures included."""
        return set(self.conn.execute("SELECT path, sha256 FROM documents"))

    def write(self, result: Result) -> None:
        """Replace the rows of the result's path with this result's, atomically."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._write(result)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _write(self, result: Result) -> None:
        conn = self.conn
        document = result_to_document_row(result)
        conn.execute("DELETE FROM documents WHERE path = ?", (document["path"],))  # cascades to every table
        document_id = conn.execute(_insert("documents", DOCUMENT_COLUMNS), document).lastrowid
        if result.failed:
            conn.execute(_insert("errors", ("document_id", "path", "code", "message", "traceback")),
                         {"document_id": document_id, "path": document["path"], "code": result.code or "internal",
                          "message": _value(result.message), "traceback": _value(result.detail)})
        if result.record is None:
            return
        start = {table: conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
                 for table in RECORD_TABLES}  # the write lock is held: nobody else takes these ids

        def next_id(table: str) -> int:
            start[table] += 1
            return start[table]

        for table, rows in record_to_rows(document_id, result.record, next_id).items():
            if rows:
                conn.executemany(_insert(table, rows[0]), rows)

    def close(self, complete: bool = True) -> None:
        """Every finished document is already committed; an incomplete run changes nothing more."""
        self.conn.close()


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one by one (``executescript`` would commit the transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""


#: The two questions a researcher asks first, as Datasette canned queries (also in the README).
QUERIES: dict[str, dict[str, str]] = {
    "decisions_mentioning": {
        "title": "Decisions mentioning a word, with meeting date and council",
        "sql": "SELECT r.date, r.body, r.item, r.text, r.path\n"
               "FROM resolutions_fts f JOIN resolutions_with_meeting r ON r.resolution_id = f.rowid\n"
               "WHERE resolutions_fts MATCH :word\nORDER BY r.date",
    },
    "attendance_of": {
        "title": "A person's attendance over time",
        "sql": "SELECT date, meeting, status, role, path FROM attendance\n"
               "WHERE person LIKE '%' || :person || '%'\nORDER BY date",
    },
}


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a councildocs database named ``database`` (its file's stem): what each
    table holds, the column that labels its rows, and the first queries."""
    tables = {
        "documents": ("path", "One row per input file: its path, sha256, status, failure code and the whole "
                              "record as JSON"),
        "errors": ("path", "Inputs that failed, with their code and message"),
        "meetings": ("body", "The meeting an agenda was written for"),
        "members": ("name", "Members listed on an agenda's front sheet"),
        "agenda_items": ("title", "Agenda items"),
        "minutes": ("date", "Sets of minutes (a pack often holds those of earlier meetings)"),
        "attendees": ("name", "People named in the attendance of a set of minutes"),
        "minute_items": ("title", "Numbered items of a set of minutes"),
        "resolutions": ("text", "Decisions (RESOLVED, AGREED, DECIDED, carried motions)"),
        "votes": ("outcome", "How a resolution was decided: mover, seconder, outcome, tally"),
        "recorded_votes": ("name", "Each person's vote in a recorded or roll-call vote"),
        "motions": ("text", "Motions put to the vote that decided nothing (lost, withdrawn, fell) and amendments"),
        "reports": ("title", "Officers' reports"),
        "work_programme": ("topic", "Rows of work programmes, forward plans and trackers"),
        "dates": ("text", "Calendar dates mentioned in the text"),
        "resolutions_with_meeting": (None, "Each decision with its meeting's date and body, its item and file"),
        "attendance": (None, "Each person's attendance: status, meeting, date"),
    }
    described: dict[str, dict[str, str]] = {}
    for name, (label, description) in tables.items():
        described[name] = {"description": description}
        if label:
            described[name]["label_column"] = label
    return {"title": "Council papers (councildocs)",
            "about": "councildocs", "about_url": "https://pypi.org/project/councildocs/",
            "databases": {database: {"tables": described, "queries": QUERIES}}}


def write_datasette_metadata(db: str | Path) -> Path:
    """Write (or update) ``metadata.json`` beside the database for ``datasette DB -m metadata.json``.

    An existing ``metadata.json`` keeps its other databases and settings; this database's entry is
    replaced. The file is written beside and renamed into place.
    """
    from . import atomic_writer

    db = Path(os.path.realpath(db))
    target = db.with_name("metadata.json")
    metadata: dict[str, Any] = {}
    if target.exists():
        try:
            metadata = json.loads(target.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise OSError(f"{target} is not JSON ({exc}); move it away to have it written") from None
        if not isinstance(metadata, dict):
            raise OSError(f"{target} is not a JSON object; move it away to have it written")
    ours = datasette_metadata(db.stem)
    databases = {**(metadata.get("databases") or {}), **ours.pop("databases")}
    metadata = {**ours, **metadata, "databases": databases}
    with atomic_writer(target) as handle:
        handle.write(json.dumps(metadata, indent=2) + "\n")
    return target
