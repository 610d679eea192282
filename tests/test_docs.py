"""The README documents every command, and its two set-up commands are the ones CI runs."""

from __future__ import annotations

from councildocs_cli.main import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"councildocs {name}" in README, f"`councildocs {name}` is not in the README"


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m pytest -q"
    assert command in README
    assert command in ci
