"""Accuracy on the wide set: 18 real papers from 7 councils in 4 countries (``../shared/corpora/wide``).

The expected records are ours (``fixtures/gold-wide``, judgement calls in its ``NOTES.md``); the papers
are third-party and stay in ``../shared``, so these tests skip without it. They run the command a
researcher runs, ``councildocs evaluate GOLD PRED --extract-from CORPUS``, and hold every category and
every document at or above the figure it has reached: a change that helps one council and hurts
another fails here. Raise a floor when a change lifts it; never lower one to land a change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildocs_cli.main import cli

from .conftest import FIXTURES

GOLD = FIXTURES / "gold-wide"

#: F1 per category over the whole wide set, at the figure reached (the issues' targets: every category
#: >= 0.85; agenda items, minute items, attendees, resolutions and the work programme >= 0.90).
CATEGORY_FLOORS = {
    "members": 0.99,
    "agenda_items": 0.99,
    "minute_items": 0.99,
    "attendees": 0.99,
    "resolutions": 0.99,
    "work_programme": 0.99,
    "dates": 0.98,
}

#: Macro F1 of each document alone.
DOCUMENT_FLOORS = {
    "h01_kent_minutes": 0.99,
    "h02_kent_minutes": 0.99,
    "h03_kent_agenda": 0.99,
    "h06_suttoncoldfield_minutes": 0.98,
    "h08_suttoncoldfield_report": 0.99,
    "h09_nipissing_minutes": 0.99,
    "h11_nipissing_agenda": 0.99,
    "h12_nipissing_minutes": 0.99,
    "h13_limerick_minutes": 0.99,
    "h16_mountainview_agenda": 0.99,
    "h17_sunnyvale_agenda": 0.97,
    "h20_bristol_forward-plan": 0.99,
}

#: The wide set's macro F1 (the issue's target: 0.90).
MACRO_FLOOR = 0.99

#: Meeting fields right, of those the gold gives (target: at least 10 of 12 each).
MEETING_FLOORS = {"body": 12, "date": 11, "start_time": 6, "venue": 10}


@pytest.fixture(scope="module")
def scores(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    pred = tmp_path_factory.mktemp("wide-pred")
    args = ["evaluate", str(GOLD), str(pred), "--extract-from", str(shared / "corpora" / "wide"), "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_gold_paper_was_extracted(scores: dict) -> None:
    assert "problems" not in scores, scores.get("problems")


@pytest.mark.parametrize("category", sorted(CATEGORY_FLOORS))
def test_category_reaches_its_floor(scores: dict, category: str) -> None:
    assert scores[category]["f1"] >= CATEGORY_FLOORS[category], scores[category]


@pytest.mark.parametrize("name", sorted(DOCUMENT_FLOORS))
def test_no_council_falls_below_its_floor(scores: dict, name: str) -> None:
    assert scores["documents"][name]["macro_f1"] >= DOCUMENT_FLOORS[name], scores["documents"][name]


@pytest.mark.parametrize("field", sorted(MEETING_FLOORS))
def test_meeting_fields(scores: dict, field: str) -> None:
    right, _ = scores["meeting"][field].split("/")
    assert int(right) >= MEETING_FLOORS[field], scores["meeting"]


def test_wide_macro_f1(scores: dict) -> None:
    assert scores["macro_f1"] >= MACRO_FLOOR


def test_every_gold_file_has_a_floor() -> None:
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(DOCUMENT_FLOORS)


#: The OCR'd Limerick agenda (``fixtures/gold-wide-hard``), scored apart: 0.145 before the unambiguous OCR
#: misreadings were corrected (issue 16: ``26" May``), 0.58 after; the rest of its noise is not repaired.
HARD_FLOOR = 0.55


def test_the_ocr_agenda_does_not_fall(shared: Path, tmp_path: Path) -> None:
    args = ["evaluate", str(FIXTURES / "gold-wide-hard"), str(tmp_path), "--extract-from",
            str(shared / "corpora" / "wide"), "--json"]
    result = CliRunner().invoke(cli, args)
    assert json.loads(result.stdout)["macro_f1"] >= HARD_FLOOR
