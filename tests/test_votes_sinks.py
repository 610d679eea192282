"""Votes, movers and outcomes reach every output: JSON, JSON Lines, SQLite, and the JSON Schema (issue 11)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .test_malformed import run_cli

MINUTES = """\
TOWN COUNCIL

Minutes of the meeting held on 6 March 2018

Present: Cllr A Smith, Cllr B Jones, Cllr C Brown

1. Budget

Moved by Cllr Smith, seconded by Cllr Jones, that the budget be adopted.

Recorded vote:

For: Cllr Smith, Cllr Jones

Against: Cllr Brown

Carried.

2. Close
"""


def _resolution(record: dict) -> dict:
    return record["minutes"][0]["items"][0]["resolutions"][0]


def test_votes_movers_and_outcome_in_json_jsonl_and_sqlite(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(MINUTES, encoding="utf-8")
    expected = {"text": "the budget be adopted.", "moved_by": "Cllr Smith", "seconded_by": "Cllr Jones",
                "outcome": "carried"}
    recorded = [{"name": "Cllr Smith", "vote": "for"}, {"name": "Cllr Jones", "vote": "for"},
                {"name": "Cllr Brown", "vote": "against"}]
    for fmt in ("json", "jsonl"):
        done = run_cli("extract", str(paper), "--format", fmt)
        assert done.returncode == 0, done.stderr
        out = done.stdout.decode()
        resolution = _resolution(json.loads(out if fmt == "json" else out.splitlines()[0]))
        assert {k: resolution[k] for k in expected} == expected
        assert resolution["votes"]["recorded"] == recorded
    db = tmp_path / "out.db"
    assert run_cli("extract", str(paper), "--format", "sqlite", "-o", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT moved_by, seconded_by, outcome, votes_for, votes_against FROM votes").fetchall() == [
            ("Cllr Smith", "Cllr Jones", "carried", None, None)]
        assert conn.execute("SELECT name, vote FROM recorded_votes ORDER BY ordinal").fetchall() == [
            (r["name"], r["vote"]) for r in recorded]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_schema_describes_votes() -> None:
    done = run_cli("schema")
    assert done.returncode == 0
    defs = json.loads(done.stdout)["$defs"]
    resolution = defs["Resolution"]["properties"]
    assert {"moved_by", "seconded_by", "outcome", "votes"} <= set(resolution)
    assert {"for", "against", "abstain", "recorded"} <= set(defs["Votes"]["properties"])
    assert set(defs["RecordedVote"]["properties"]) == {"name", "vote"}
    assert defs["Outcome"]["enum"] == ["carried", "lost", "fell", "withdrawn", "deferred", "noted"]


AMENDED = """\
TOWN COUNCIL

Minutes of the meeting held on 6 March 2018

Present: Cllr A Smith, Cllr B Jones, Cllr C Brown

1. Budget

An amendment was moved by Cllr Brown, seconded by Cllr Jones, that the precept be frozen. The amendment was LOST (1 for, 2 against).

Moved by Cllr Smith, seconded by Cllr Jones, that the budget be adopted. Carried.
"""


def test_motions_that_decided_nothing_have_their_own_table(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(AMENDED, encoding="utf-8")
    done = run_cli("extract", str(paper))
    assert done.returncode == 0, done.stderr
    item = json.loads(done.stdout)["minutes"][0]["items"][0]
    assert [r["text"] for r in item["resolutions"]] == ["the budget be adopted."]
    assert [(m["text"], m["amendment"], m["outcome"]) for m in item["motions"]] == [
        ("the precept be frozen.", True, "lost")]
    db = tmp_path / "out.db"
    assert run_cli("extract", str(paper), "-o", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT text, amendment, moved_by, outcome, votes_for, votes_against FROM motions").fetchall() == [
            ("the precept be frozen.", 1, "Cllr Brown", "lost", 1, 2)]
        assert [r[0] for r in conn.execute("SELECT text FROM resolutions")] == ["the budget be adopted."]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
