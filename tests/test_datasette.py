"""A batch's SQLite database opened in Datasette and sqlite-utils as a researcher would (issue 13).

Story: a researcher extracts a council's minutes into ``papers.db`` with ``--datasette-metadata``,
runs ``datasette papers.db -m metadata.json``, opens a set of minutes and follows its links to the
attendees and the decisions, searches the decisions for a word, and asks who attended when.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette

from councildocs.sinks.sqlite import QUERIES

from .conftest import SEEDS
from .test_malformed import run_cli

MINUTES = SEEDS / "000_4e4b3ddf3947bfc4.txt"


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("datasette")
    db = folder / "papers.db"
    done = run_cli("extract", str(MINUTES), str(SEEDS / "002_2139ad1a0fcb7a16.txt"), "-o", str(db),
                   "--datasette-metadata", "-q")
    assert done.returncode == 0, done.stderr
    return db


def fetch(db: Path, *paths: str) -> list[Any]:
    """Datasette's own test client: each page's (status, text)."""
    async def run() -> list[Any]:
        metadata = json.loads((db.parent / "metadata.json").read_text(encoding="utf-8"))
        ds = Datasette([str(db)], metadata=metadata)
        await ds.invoke_startup()
        pages = []
        for path in paths:
            response = await ds.client.get(path)
            pages.append((response.status_code, response.text))
        return pages

    return asyncio.run(run())


def test_issue_13_a_minutes_row_links_to_its_attendees_items_and_resolutions(papers: Path) -> None:
    [(status, html)] = fetch(papers, "/papers/minutes/1")
    assert status == 200
    for table in ("attendees", "minute_items", "resolutions"):
        assert f'href="/papers/{table}?minutes_id=1"' in html


def test_issue_13_rows_are_labelled_and_decisions_searchable(papers: Path) -> None:
    [(status, text)] = fetch(papers, "/papers/resolutions.json?_search=cabinet&_shape=array&_labels=on")
    assert status == 200
    found = json.loads(text)
    assert found and all("cabinet" in row["text"].lower() for row in found)
    assert found[0]["document_id"]["label"] == str(MINUTES)  # documents are labelled by their path
    assert found[0]["minutes_id"]["label"] == "2018-07-19"


def test_issue_13_the_first_two_questions_as_canned_queries(papers: Path) -> None:
    [(s1, decisions), (s2, attendance)] = fetch(
        papers, "/papers/decisions_mentioning.json?word=cabinet&_shape=array",
        "/papers/attendance_of.json?person=Wright&_shape=array")
    assert s1 == s2 == 200
    decision = json.loads(decisions)[0]
    assert (decision["date"], decision["body"], decision["path"]) == ("2018-07-19", "SCRUTINY COMMITTEE", str(MINUTES))
    rows = [(row["date"], row["status"]) for row in json.loads(attendance)]
    assert ("2018-07-19", "present") in rows and ("2018-08-01", "present") in rows and [d for d, _ in rows] == sorted(d for d, _ in rows)
    assert set(QUERIES) == {"decisions_mentioning", "attendance_of"}


def test_issue_13_sqlite_utils_sees_keys_and_full_text(papers: Path) -> None:
    db = sqlite_utils.Database(papers)
    for table in db.tables:
        if not table.name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            assert table.pks == ["id"], table.name
    for table in ("resolutions", "minute_items", "agenda_items"):
        assert db[table].detect_fts() == f"{table}_fts"
    assert "(1) Ask cabinet" in [row["text"][:15] for row in db["resolutions"].search("cabinet")]
    assert {"resolutions_with_meeting", "attendance"} <= set(db.view_names())
    assert {"date", "body", "item", "text", "path"} <= set(db["resolutions_with_meeting"].columns_dict)
    assert {"person", "status", "meeting", "date"} <= set(db["attendance"].columns_dict)
