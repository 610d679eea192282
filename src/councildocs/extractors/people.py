"""People named in printed text: the spaCy pipeline run over a list of names.

:mod:`.names` holds the rules (titles, roles, how a mention is read from a tagged
``Doc``); :mod:`councildocs.nlp` builds the pipeline from them; this module runs
that pipeline on text, so the import runs one way: names ← nlp ← people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from ..nlp import PEOPLE_KEY, PLAIN_ENDS, PLAIN_WORD, get_nlp, plain_opening, plain_tags, term_patterns
from .names import (
    DASHES,
    PersonMention,
    first_piece_parts,
    is_list_title,
    is_position_part,
    leading_titles,
    opening_inert_words,
    piece_breaking_words,
    spans_to_tags,
    substitute_phrase,
    upper_case_names,
)

#: spaCy refuses a text over its ``max_length`` (1,000,000 characters); a list longer than this is read in
#: chunks cut at a separator, well inside that limit and the memory it guards.
MAX_LIST_CHARS = 100_000
#: ``starts_with_name`` reads this much of a long text (to the next separator after it): who opens a
#: paragraph never depends on its hundredth name, and reading it all per added line was quadratic.
OPENING_CHARS = 120
_SEPARATOR = re.compile(r"[,;]\s")
#: Where a text with no separator after ``OPENING_CHARS`` is cut instead, as the name splitter ends an entry
#: there too: a colon, or a full stop after a word (``… through the City. Modelling …``) that is neither an
#: initial nor a title (``Cllr.``). A paragraph of prose is joined a line at a time; without this cut its
#: whole text went through spaCy again at every line.
_ENTRY_END = re.compile(r"[:.]\s")
_LAST_WORD = re.compile(r"(?<![\w.])\w{2,}$")


def split_names(text: str) -> list[PersonMention]:
    """The people named in a printed list, in order, with role, substitute and description.

    >>> [m.name for m in split_names("Councillors Wright (chair), Fullman (vice chair) Carlo")]
    ['Wright', 'Fullman', 'Carlo']
    """
    if len(text) <= MAX_LIST_CHARS:
        return _split_chunk(text)
    people: list[PersonMention] = []
    at = 0
    while at < len(text):
        end = _chunk_end(text, at)
        for person in _split_chunk(text[at:end]):
            person.start += at
            person.end += at
            people.append(person)
        at = end
    return people


def _chunk_end(text: str, at: int) -> int:
    """Where the chunk of a long list that starts at ``at`` ends: after the last separator (or space)
    within ``MAX_LIST_CHARS``, or there when the text has neither."""
    limit = at + MAX_LIST_CHARS
    if limit >= len(text):
        return len(text)
    window = text[at:limit]
    for mark in (", ", "; ", " "):
        cut = window.rfind(mark)
        if cut > 0:
            return at + cut + len(mark)
    return limit


def _split_chunk(text: str) -> list[PersonMention]:
    text = _NAME_DASH_ROLE.sub(",", text)  # "Margaret Chadwick-Chairman": the role after the name (same length)
    spaced = _ADJACENT_BRACKETS.sub(") (", text)  # "E. Simpson (ES)(Chairman)": two notes, not one
    doc = get_nlp()(spaced)
    people = [span._.person for span in doc.spans.get(PEOPLE_KEY, [])]
    if spaced != text:
        # Each inserted space before an offset moves it one to the right (positions in ``spaced``).
        shifts = [m.start() + 1 + n for n, m in enumerate(_ADJACENT_BRACKETS.finditer(text))]
        for person in people:
            person.start -= bisect_left(shifts, person.start)
            person.end -= bisect_left(shifts, person.end)
    return people


_ADJACENT_BRACKETS = re.compile(r"\)\(")
_NAME_DASH_ROLE = re.compile(r"(?<![Vv]ice)(?<![Dd]eputy)(?<=[a-z])-(?=(?:Vice[- ]?|Deputy[- ]?)?(?:Chair|Mayor))")


def starts_with_name(text: str) -> bool:
    """True when a line opens with a person (a list entry), not with prose or a heading.

    Only the opening of a long text is read: up to the first comma or semicolon after ``OPENING_CHARS``,
    or when there is none, the first colon or full stop after it (:data:`_ENTRY_END`).
    """
    if len(text) > OPENING_CHARS:
        m = _SEPARATOR.search(text, OPENING_CHARS)
        end = m.start() if m else _opening_end(text)
        text = text[:end] if end is not None else text
    return _starts_with_name(text)


def _opening_end(text: str) -> int | None:
    """Where a long text with no separator after ``OPENING_CHARS`` stops being read (:data:`_ENTRY_END`)."""
    for m in _ENTRY_END.finditer(text, OPENING_CHARS):
        if m[0][0] == ":":
            return m.start()
        word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        if word and not leading_titles().fullmatch(word[0]):
            return m.start()
    return None


@lru_cache(maxsize=4096)
def _starts_with_name(text: str) -> bool:
    # Cached: joining wrapped lines asks this of each line twice (as the line and as the one above).
    if opens_with_no_name(text):
        return False  # what the pipeline would say, without loading it
    people = split_names(text)
    return bool(people) and people[0].start <= _opening_skip(text)


def _opening_skip(text: str) -> int:
    """How far into ``text`` its first person may start for the text to open with them: past its leading
    titles and any `` :;-–`` after them."""
    lead = leading_titles().match(text)
    return len(text) - len(text[lead.end() if lead else 0:].lstrip(" :;-–"))


def opens_with_no_name(text: str) -> bool:
    """True when the name rules provably find no person opening ``text``, so :func:`starts_with_name` is
    False without spaCy; False when only the pipeline can tell. It never says True where the pipeline would
    find a person opening the text (``tests/test_name_pretest.py`` checks every line of the fixtures and
    corpora), and most lines asked are prose or headings that it answers.

    Why it holds. The pipeline finds a person opening the text when a piece read as a name
    (:func:`.names.doc_to_mentions`) starts at or before :func:`_opening_skip`. A piece starts at the first
    token, or at or after something that may end the one before: a mark ``, ; : .``, a dash standing alone,
    a bracket, ``&``, ``and``, a list title (``Cllr``) or a substitute note (``for``); so the first piece
    holds every token before the first of those. Two readings show that piece is no name:

    * :func:`_prose_opening`: a word in it that no rule reads past, such as ``were`` in ``The Council were``.
    * :func:`_plain_opening_names_no_one`: the piece is plain words, whose tokens and titles are known
      without spaCy (:func:`.nlp.plain_opening`), and the rules themselves read it as no name.
    """
    if len(text) > MAX_LIST_CHARS:
        return False  # read in chunks, each with its own reading of capitals
    skip = _opening_skip(text)
    text = _NAME_DASH_ROLE.sub(",", text)  # as split_names reads it (same length)
    return _prose_opening(text, skip) or _plain_opening_names_no_one(text, skip)


def _prose_opening(text: str, skip: int) -> bool:
    """Whether the first piece of ``text`` holds, at or after ``skip``, a word that makes it no name: the
    first token of a whitespace-separated word that opens with a digit or a lower-case letter and is no
    word a rule reads past (:func:`_inert_words`).

    Such a token is no name's word (``names._name_token``: a capital, a particle or ``- ' ’ .``), no title,
    role or honour, not ``the``; a job read before a name (``_leading_job``, ``_job_prefix_end``, a position
    word) is capitalised words and connectors only; a role ending the piece (``Smith in the chair``) would
    have to spell it. So ``_analyse`` reaches it and calls the piece a description; the substitute note that
    could cut a name before it comes after it. A bracket anywhere is left to the pipeline: a piece ending
    in one may be a job and a bracketed name (``_job_then_bracketed_name``), whatever its words. The letters
    of the word, not its token, are looked up: spaCy's tokens of a word start where it starts, and where a
    special case splits the letters (``cannot``, ``yall``), its later parts open in lower case and are no
    inert word (tested), so the word still holds a token no rule reads past."""
    if "(" in text:
        return False
    note = _substitute_start().search(text)
    limit = note.start() if note else len(text)
    inert = _inert_words()
    for m in _CHUNK.finditer(text):
        if m.start() >= limit:
            return False
        word, first = m[0], m[0][0]
        if m.start() >= skip and (first.isdigit() or (first.isalpha() and not first.isupper()
                                                      and _letters(word) not in inert)):
            return True
        if _may_end_piece(word):
            return False
    return False


def _letters(word: str) -> str:
    """The letters ``word`` opens with, in lower case."""
    m = PLAIN_WORD.match(word)
    return m[0].lower() if m else ""


def _may_end_piece(word: str) -> bool:
    """Whether a whitespace-separated word may hold a token that ends a piece or a part (a mark, a dash
    alone, a bracket, ``&``, ``and``, a list title)."""
    return any(ch in ",;:.()&" for ch in word) or word in DASHES \
        or any(run.lower() in piece_breaking_words() for run in PLAIN_WORD.findall(word))


def _plain_opening_names_no_one(text: str, skip: int) -> bool:
    """Whether the rules read no person at or before ``skip`` in the plain opening of ``text``
    (:func:`.nlp.plain_opening`), with nothing after it starting that early.

    The plain tokens are spaCy's, unless spaCy splits a word as a special case (``Dont``, ``Cannot``); its
    later parts open in lower case and are no inert word (tested), so ``_analyse`` reaches one and reads the
    piece as no name anyway, unless a job read before a name skips the word (``_leading_job``: three words
    and a position word; such openings are left to the pipeline). A list title after the first word is left
    to it too, as there the split would move where a piece ends."""
    doc = plain_opening(text)
    spans = plain_tags(doc) if doc is not None else None
    if doc is None or spans is None:
        return False
    words = [t.text for t in doc if PLAIN_WORD.fullmatch(t.text)]
    if any(is_list_title(w) for w in words[1:]) or (len(words) >= 3 and any(is_position_part(w) for w in words)):
        return False
    titles, roles = spans_to_tags(spans)
    for part in first_piece_parts(doc, titles, roles, upper_case_names(text)):
        if part.kind == "name" and doc[part.start].idx <= skip:
            return False
    last = doc[len(doc) - 1] if len(doc) else None
    return last is None or last.text not in PLAIN_ENDS or last.idx >= skip


_CHUNK = re.compile(r"\S+")


@cache
def _substitute_start() -> re.Pattern[str]:
    """Where a substitute note may start (``names._substitute_split``, without its need to run to the end)."""
    return re.compile(substitute_phrase() + r"\S", re.I)


@cache
def _inert_words() -> frozenset[str]:
    """:func:`.names.opening_inert_words` and the words of the span ruler's TITLE and ROLE patterns."""
    words = set(opening_inert_words())
    for pattern in term_patterns():
        if pattern["label"] in ("TITLE", "ROLE"):
            spec = pattern["pattern"]
            values = [spec] if isinstance(spec, str) else [
                v for token in spec for value in token.values()
                for v in (value["IN"] if isinstance(value, dict) else [value])]
            for value in values:
                words.update(run.lower() for run in PLAIN_WORD.findall(value))
    return frozenset(words)
