"""Shared fixtures: paths to the bundled documents and to ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"
SHARED = ROOT.parent / "shared"


def seed_stems() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The third-party corpora beside the checkout; tests that need them skip without them."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
