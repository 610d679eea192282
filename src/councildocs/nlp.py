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
    from spacy.tokens import Doc

    from .extractors.names import PersonMention

SPANS_KEY = "councildocs"
PEOPLE_KEY = "people"
PEOPLE_FACTORY = "councildocs_people"


def term_patterns() -> list[dict[str, Any]]:
    """Span-ruler patterns for titles, honours, roles and attendance headings, from the term lists."""
    patterns: list[dict[str, Any]] = []
    from .extractors.names import term_list

    for title in term_list("titles"):
        patterns.append({"label": "TITLE", "pattern": title})
    for office in lookup("office_titles"):
        patterns.append({"label": "TITLE", "pattern": office})
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


class PeopleFinder:
    """Finds the people in an attendance or membership list: one ``PERSON`` span each.

    Reads the TITLE and ROLE spans the span ruler put in ``doc.spans[tags_key]``
    and writes ``doc.spans[spans_key]``; each span's ``._.person`` holds the
    :class:`~councildocs.extractors.names.PersonMention` (name as printed, role,
    substitute_for, position, organisation). ``match`` finds, ``set_annotations``
    writes, so the finding can be inspected without touching the doc.
    """

    def __init__(self, name: str, spans_key: str, tags_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.tags_key = tags_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[PersonMention]:
        """The people of ``doc``, in order (nothing is written to the doc)."""
        from .extractors.names import doc_to_mentions

        return doc_to_mentions(doc, self.tags_key)

    def set_annotations(self, doc: Doc, mentions: list[PersonMention]) -> None:
        """One ``PERSON`` span per mention, covering the name and what is printed beside it."""
        spans = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label="PERSON", alignment_mode="expand")
            if span is None:
                continue
            span._.person = mention
            spans.append(span)
        doc.spans[self.spans_key] = spans


def _register() -> None:
    """Register the factory and the ``Span._.person`` extension (once; spaCy's registry is global)."""
    from spacy.language import Language
    from spacy.tokens import Span

    if not Span.has_extension("person"):
        Span.set_extension("person", default=None)
    if not Language.has_factory(PEOPLE_FACTORY):
        Language.factory(PEOPLE_FACTORY, default_config={"spans_key": PEOPLE_KEY, "tags_key": SPANS_KEY},
                         func=lambda nlp, name, spans_key, tags_key: PeopleFinder(name, spans_key, tags_key))


@cache
def get_nlp() -> Language:
    """The shared pipeline (built once per process): tokenizer, span ruler, people finder."""
    import spacy

    _register()
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER",
                                               "overwrite": False})
    ruler.add_patterns(term_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe(PEOPLE_FACTORY)
    return nlp
