"""The spaCy pipeline: ``spacy.blank("en")`` plus rule components built from ``models/``.

Nothing is downloaded: the tokenizer is spaCy's built-in English one and the
rules come from ``models/terms.json`` and ``models/patterns.jsonl``. Loading
is lazy and cached, so ``councildocs --help`` never imports spaCy.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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


# --- the tokenizer and span ruler on plain text, without spaCy ----------------------------------------------
#
# Most lines asked whether they open with a person open with no one; the opening of many of them is plain:
# words of letters up to a comma, semicolon or colon. There spaCy's tokens are known without spaCy: its
# tokenizer splits the text at whitespace, a single space after a word belongs to that word (``whitespace_``)
# and any other run of whitespace is a token of its own (the whole run, or all of it after a first space);
# a word of letters is one token and a final , ; : is split off it. The one exception is a word in the
# tokenizer's table of special cases (apostrophe-less contractions: ``Dont`` is ``Do`` ``nt``), which this
# reading cannot see; ``people.opens_with_no_name`` says why its answer holds all the same, and
# ``tests/test_name_pretest.py`` checks all of this against the installed spaCy.

#: A word of letters (any script): the only word a plain opening holds.
PLAIN_WORD = re.compile(r"[^\W\d_]+")
#: The marks that end a plain opening, printed alone or right after its last word.
PLAIN_ENDS = frozenset({",", ";", ":"})
_CHUNK = re.compile(r"\S+")


@dataclass(slots=True, eq=False)
class PlainToken:
    """A token of a :class:`PlainDoc`, with the attributes of spaCy's ``Token`` the name rules read."""

    text: str
    idx: int
    i: int
    whitespace_: str
    doc: PlainDoc = field(repr=False)

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    def nbor(self, offset: int = 1) -> PlainToken:
        at = self.i + offset
        if not 0 <= at < len(self.doc):
            raise IndexError("token index out of range")  # as spaCy's Token.nbor
        return self.doc.tokens[at]


@dataclass(slots=True)
class PlainSpan:
    """``doc[start:end]`` of a :class:`PlainDoc`: its tokens and their text as spaCy's ``Span.text``."""

    tokens: list[PlainToken]

    @property
    def text(self) -> str:
        if not self.tokens:
            return ""
        return "".join(t.text + t.whitespace_ for t in self.tokens[:-1]) + self.tokens[-1].text

    def __iter__(self) -> Iterator[PlainToken]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)


class PlainDoc:
    """spaCy's tokens of the plain opening of ``text`` (see :func:`plain_opening`), standing in for a ``Doc``
    in the name rules. ``user_data`` holds the whole text, which offsets index (``names.doc_text``)."""

    def __init__(self, text: str, words: list[tuple[str, int, str]]) -> None:
        self.text = text
        self.user_data = {"councildocs.text": text}
        self.tokens = [PlainToken(word, idx, i, ws, self) for i, (word, idx, ws) in enumerate(words)]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[PlainToken]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            return PlainSpan(self.tokens[key])
        return self.tokens[key]


def plain_opening(text: str) -> PlainDoc | None:
    """spaCy's tokens of ``text`` up to and with its first ``,`` ``;`` or ``:`` (or to its end), when all
    before it is words of letters and whitespace; None when something else comes first."""
    words: list[tuple[str, int, str]] = []  # (text, offset, whitespace after)
    at = 0
    for m in _CHUNK.finditer(text):
        _add_gap(words, text, at, m.start())
        chunk, start = m[0], m.start()
        ends = chunk in PLAIN_ENDS
        if not ends and PLAIN_WORD.fullmatch(chunk) is None:
            if not (chunk[-1] in PLAIN_ENDS and PLAIN_WORD.fullmatch(chunk, 0, len(chunk) - 1)):
                return None
            words.append((chunk[:-1], start, ""))
            start, chunk, ends = start + len(chunk) - 1, chunk[-1], True
        words.append((chunk, start, " " if ends and text[m.end():m.end() + 1] == " " else ""))
        at = m.end()
        if ends:
            break
    else:
        _add_gap(words, text, at, len(text))
    return PlainDoc(text, words)


def _add_gap(words: list[tuple[str, int, str]], text: str, start: int, end: int) -> None:
    """The whitespace ``text[start:end]`` between two words (or before the first, or after the last), as
    spaCy keeps it: a first space is the last word's ``whitespace_``, the rest a token of its own."""
    gap = text[start:end]
    if words and gap.startswith(" "):
        word, idx, _ = words[-1]
        words[-1] = (word, idx, " ")
        gap, start = gap[1:], start + 1
    if gap:
        words.append((gap, start, ""))


@cache
def _plain_patterns() -> tuple[tuple[str, str, tuple[Callable[[str], bool], ...]], ...] | None:
    """The TITLE and ROLE patterns of :func:`term_patterns` that can match plain tokens, as (label, id, one
    test per token); None when one could match in a way :func:`plain_tags` does not follow (then no plain
    reading is trusted).

    A phrase made of words of letters and single spaces is spaCy's tokens of those words (checked in the
    tests); any other phrase holds a character that is neither a letter nor a space, so one of its tokens
    holds it, and no plain token (letters, whitespace, a mark of :data:`PLAIN_ENDS`) can be that token unless
    the character is such a mark or whitespace."""
    out = []
    for pattern in term_patterns():
        label, spec = pattern["label"], pattern["pattern"]
        if label not in ("TITLE", "ROLE"):
            continue
        if isinstance(spec, str):
            if any(ch in PLAIN_ENDS for ch in spec) or " ".join(spec.split()) != spec:
                return None
            words = spec.split(" ")
            if all(PLAIN_WORD.fullmatch(w) for w in words):
                out.append((label, pattern.get("id", ""), tuple(_equals(w.lower(), "LOWER") for w in words)))
            continue
        tests = []
        for token in spec:
            if set(token) - {"ORTH", "TEXT", "LOWER"} or len(token) != 1:
                return None
            (attr, value), = token.items()
            if isinstance(value, dict):
                if set(value) != {"IN"}:
                    return None
                tests.append(_among(frozenset(value["IN"]), attr))
            else:
                tests.append(_equals(value, attr))
        out.append((label, pattern.get("id", ""), tuple(tests)))
    return tuple(out)


def _equals(value: str, attr: str) -> Callable[[str], bool]:
    if attr == "LOWER":
        return lambda text: text.lower() == value
    return lambda text: text == value


def _among(values: frozenset[str], attr: str) -> Callable[[str], bool]:
    if attr == "LOWER":
        return lambda text: text.lower() in values
    return lambda text: text in values


def plain_tags(doc: PlainDoc) -> list[tuple[str, int, int, str]] | None:
    """The span ruler's TITLE and ROLE spans over ``doc``'s tokens, as ``(label, start, end, id)`` (None when
    :func:`_plain_patterns` trusts no plain reading). Every match is kept, as the ruler keeps them."""
    patterns = _plain_patterns()
    if patterns is None:
        return None
    texts = [t.text for t in doc.tokens]
    spans = []
    for label, role, tests in patterns:
        for start in range(len(texts) - len(tests) + 1):
            if all(test(texts[start + k]) for k, test in enumerate(tests)):
                spans.append((label, start, start + len(tests), role))
    return spans
