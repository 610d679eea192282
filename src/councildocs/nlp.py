"""The spaCy pipeline: ``spacy.blank("en")`` plus rule components built from ``models/``.

Nothing is downloaded: the tokenizer is spaCy's built-in English one and the
rules come from ``models/terms.json`` and ``models/patterns.jsonl``. Loading
is lazy and cached, so ``councildocs --help`` never imports spaCy.
"""

from __future__ import annotations

import json
import sys
import threading
import types
from collections.abc import Callable
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


_IMPORT_LOCK = threading.Lock()


def import_spacy() -> types.ModuleType:
    """``import spacy`` without ``spacy.cli``.

    spaCy's ``__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``, and that pulls
    in every command-line command (typer, weasel, the trainers): about a third of spaCy's import
    time, none of it used here. Stand-ins for ``spacy.cli`` and ``spacy.cli.info`` are put in
    ``sys.modules`` for the import and taken out after it, so a later ``import spacy.cli`` gets the
    real package; ``spacy.info`` imports the real function when it is called.
    """
    with _IMPORT_LOCK:
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        stand_ins = {}
        if "spacy.cli" not in sys.modules:
            cli = types.ModuleType("spacy.cli")
            info = types.ModuleType("spacy.cli.info")

            def spacy_info(*args: Any, **kwargs: Any) -> Any:
                from spacy.cli.info import info as real_info

                return real_info(*args, **kwargs)

            info.info = spacy_info  # type: ignore[attr-defined]
            cli.info = info  # type: ignore[attr-defined]
            stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
            sys.modules.update(stand_ins)
        try:
            import spacy
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
            if stand_ins and getattr(sys.modules.get("spacy"), "cli", None) is stand_ins["spacy.cli"]:
                delattr(sys.modules["spacy"], "cli")
        return spacy


#: Told ``True`` before the pipeline's first load and ``False`` after it (see :func:`on_first_load`).
_load_listener: Callable[[bool], None] | None = None


def on_first_load(listener: Callable[[bool], None] | None) -> None:
    """Have ``listener(True)`` called before the pipeline is built and ``listener(False)`` after.

    An isolated worker uses it to tell its parent that the time in between (spaCy's import, about a
    second) is loading, not the document, so it does not count against the document's time limit.
    """
    global _load_listener
    _load_listener = listener


@cache
def get_nlp() -> Language:
    """The shared pipeline (built once per process): tokenizer, span ruler, people finder."""
    listener = _load_listener
    if listener is not None:
        listener(True)
    try:
        return _build()
    finally:
        if listener is not None:
            listener(False)


def _build() -> Language:
    spacy = import_spacy()
    _register()
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER",
                                               "overwrite": False})
    ruler.add_patterns(term_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe(PEOPLE_FACTORY)
    return nlp
