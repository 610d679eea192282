"""The spaCy pipeline: ``spacy.blank("en")`` plus rule components built from ``models/``.

Nothing is downloaded: the tokenizer is spaCy's built-in English one and the
rules come from ``models/terms.json`` and ``models/patterns.jsonl``. Loading
is lazy and cached, so ``councildocs --help`` never imports spaCy.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from .vocab import lookup, models_dir

if TYPE_CHECKING:
    from spacy.language import Language

SPANS_KEY = "councildocs"


def term_patterns() -> list[dict[str, Any]]:
    """Span-ruler patterns for titles, honours, roles and attendance headings, from the term lists."""
    patterns: list[dict[str, Any]] = []
    for title in lookup("titles"):
        patterns.append({"label": "TITLE", "pattern": title})
    for honour in lookup("honours"):
        patterns.append({"label": "HONOUR", "pattern": [{"TEXT": honour}]})
    for role, words in lookup("roles").items():
        for word in words:
            patterns.append({"label": "ROLE", "pattern": word, "id": role})
    for status, words in lookup("attendance_headings").items():
        for word in words:
            patterns.append({"label": "ATTENDANCE", "pattern": word, "id": status})
    for word in lookup("decision_words"):
        patterns.append({"label": "DECISION", "pattern": [{"TEXT": word}]})
    extra = models_dir() / "patterns.jsonl"
    if extra.exists():
        for line in extra.read_text(encoding="utf-8").splitlines():
            if line.strip():
                patterns.append(json.loads(line))
    return patterns


@cache
def get_nlp() -> Language:
    """The shared pipeline (built once per process)."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER",
                                               "overwrite": False})
    ruler.add_patterns(term_patterns())  # type: ignore[attr-defined]
    return nlp
