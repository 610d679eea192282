"""People named in printed text: the spaCy pipeline run over a list of names.

:mod:`.names` holds the rules (titles, roles, how a mention is read from a tagged
``Doc``); :mod:`councildocs.nlp` builds the pipeline from them; this module runs
that pipeline on text, so the import runs one way: names ← nlp ← people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..nlp import PEOPLE_KEY, get_nlp
from .names import PersonMention, leading_titles

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
    people = split_names(text)
    lead = leading_titles().match(text)
    skip = len(text) - len(text[lead.end() if lead else 0:].lstrip(" :;-–"))
    return bool(people) and people[0].start <= skip
