"""`councildocs evaluate`: a researcher's own gold files in, scores per category and per document out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from councildocs_cli.main import cli

from .conftest import SEEDS


def _gold(tmp_path: Path, stems: list[str]) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in stems:
        shutil.copy(SEEDS / f"{stem}.json", gold / f"{stem}.json")
    return gold


def test_extract_from_a_folder_then_score_each_document(tmp_path: Path) -> None:
    stems = ["000_4e4b3ddf3947bfc4", "002_2139ad1a0fcb7a16"]
    gold, pred = _gold(tmp_path, stems), tmp_path / "pred"
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(pred), "--extract-from", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in pred.iterdir()) == [f"{s}.json" for s in stems]
    table = result.output.split("document", 1)[1]
    for stem in stems:
        assert stem in table
    assert "macro F1: 1.000" in result.output


def test_json_scores_carry_each_document(tmp_path: Path) -> None:
    gold, pred = _gold(tmp_path, ["002_2139ad1a0fcb7a16"]), tmp_path / "pred"
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(pred), "--extract-from", str(SEEDS), "--json"])
    scores = json.loads(result.stdout)
    doc = scores["documents"]["002_2139ad1a0fcb7a16"]
    assert doc["macro_f1"] == 1.0 and doc["agenda_items"] == 1.0


def test_a_missing_or_corrupt_prediction_is_named_not_silently_empty(tmp_path: Path) -> None:
    gold = _gold(tmp_path, ["000_4e4b3ddf3947bfc4", "002_2139ad1a0fcb7a16"])
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "002_2139ad1a0fcb7a16.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 1  # a score over files that are not there would mean nothing
    assert f"Error: {pred / '000_4e4b3ddf3947bfc4.json'}: no prediction file" in result.output
    assert f"Error: {pred / '002_2139ad1a0fcb7a16.json'}: unreadable prediction" in result.output
    assert "macro F1" not in result.output and "Traceback" not in result.output
    # Asked for, they score as empty, named in warnings.
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(pred), "--missing-as-empty"])
    assert result.exit_code == 0
    assert "warning: 000_4e4b3ddf3947bfc4: no prediction file" in result.output
    assert "warning: 002_2139ad1a0fcb7a16: unreadable prediction" in result.output


def test_an_empty_gold_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "pred").mkdir()
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "gold"), str(tmp_path / "pred")])
    assert result.exit_code == 2
    assert "no gold files" in result.output
