"""`councildocs inspect` shows what the extractors decided: the same parts and outline, not a re-reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from councildocs.loaders import load
from councildocs.pipeline import document_to_trace
from councildocs_cli.main import cli

from .conftest import SEEDS, seed_stems


def _agenda_outline_items(trace) -> list[tuple[str, str]]:
    parts = [p for p in trace.parts if p.kind == "agenda"] or [p for p in trace.parts if p.kind == "front_sheet"]
    return [(n.heading.number, n.heading.title) for n in parts[0].outline().items()] if parts else []


@pytest.mark.parametrize("stem", seed_stems())
@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_the_agenda_is_the_outline_inspect_prints(stem: str, fmt: str) -> None:
    trace = document_to_trace(load(SEEDS / f"{stem}.{fmt}"))
    items = [(a.number, a.title) for a in trace.record.agenda_items]
    if items:
        outline_items = _agenda_outline_items(trace)
        # Table rows are agenda items too; every item from a paragraph is an outline item.
        assert [i for i in items if i in outline_items] == outline_items
    shown = CliRunner().invoke(cli, ["inspect", str(SEEDS / f"{stem}.{fmt}")])
    assert shown.exit_code == 0
    assert f"kind {trace.record.kind}" in shown.output
    for number, title in items:
        assert f"{number:<8} item   {title[:60]}" in shown.output


@pytest.mark.parametrize("stem", seed_stems())
def test_minute_items_are_the_minutes_outline_items(stem: str) -> None:
    trace = document_to_trace(load(SEEDS / f"{stem}.txt"))
    minutes_parts = [p for p in trace.parts if p.kind == "minutes"]
    for part, minutes in zip(minutes_parts, trace.record.minutes, strict=True):
        outline_numbers = [n.heading.number for n in part.outline().items() if n.level == 0]
        assert [i.number for i in minutes.items] == outline_numbers


def test_inspect_names_the_day_order_and_reference_date(tmp_path: Path) -> None:
    paper = tmp_path / "agenda.txt"
    paper.write_text("City Council\nRegular Meeting 04/15/2024\nAgenda\n1. Call to order\n2. Public comment\n"
                     "3. Approve minutes of 03/18/2024\n", encoding="utf-8")
    shown = CliRunner().invoke(cli, ["inspect", str(paper)])
    assert "dates: month first" in shown.output
    assert "-- outline of part" in shown.output
