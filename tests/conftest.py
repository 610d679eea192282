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


def _make_pdfs():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdfs", FIXTURES / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def as_document():
    """Load a small document written in the test as text, or rendered as a council-style PDF."""
    from councildocs.loaders import load
    from councildocs.loaders.text import text_to_document

    make_pdfs = _make_pdfs()

    def build(text: str, fmt: str):
        if fmt == "pdf":
            return load(make_pdfs.text_to_pdf(text, "Test paper"), name="test.pdf")
        return text_to_document(text, "test.txt")

    return build
