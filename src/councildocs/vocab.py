"""The term lists in ``models/terms.json``, loaded once and compiled into matchers.

Extractors ask this module for the words of their trade (titles, roles,
attendance headings, decision keywords) instead of writing them into code, so
supporting another council's wording means editing data, not logic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any


def models_dir() -> Path:
    """The folder holding the pipeline assets: packaged in a wheel, or ``models/`` in a checkout."""
    packaged = resources.files("councildocs") / "_models"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "models"


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items() if not k.startswith("_")})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


#: The data files whose lists ``lookup`` serves: the term lists, and the outline's number shapes and words.
TERM_FILES = ("terms.json", "outline.json", "kinds.json", "meeting.json", "attendance.json", "decisions.json",
              "ocr.json")


@cache
def terms() -> MappingProxyType:
    """All term lists, read-only (shared between callers, so never mutated)."""
    merged: dict[str, Any] = {}
    for name in TERM_FILES:
        merged.update(json.loads((models_dir() / name).read_text(encoding="utf-8")))
    return _freeze(merged)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces and hyphens interchangeable."""
    return _alternation(tuple(words))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    # Cached: extractors build patterns from the same term lists at every call (about 3 ms each).
    out = []
    for word in sorted(set(words), key=len, reverse=True):
        parts = re.split(r"[\s\-]+", word.strip())
        out.append(r"[\s\-]*".join(re.escape(p) for p in parts if p))
    return "(?:" + "|".join(out) + ")"


@cache
def phrase_pattern(*path: str, flags: int = re.I) -> re.Pattern[str]:
    """A compiled whole-word pattern for the term list at ``path`` (e.g. ``("titles",)``)."""
    node: Any = terms()
    for key in path:
        node = node[key]
    words = [w for group in node.values() for w in group] if isinstance(node, MappingProxyType) else list(node)
    return re.compile(r"(?<![\w])" + alternation(words) + r"(?![\w])", flags)


def lookup(*path: str) -> Any:
    """The raw (read-only) term list at ``path``."""
    node: Any = terms()
    for key in path:
        node = node[key]
    return node
