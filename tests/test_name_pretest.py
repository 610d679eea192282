"""Asking "does this line open with a person?" without spaCy (issue 14): never an answer spaCy would not give.

``people.opens_with_no_name`` says a text opens with no one only where the name rules provably find no one
at its opening; ``people.starts_with_name`` then answers False without loading the pipeline. Here it is run
beside the pipeline on every line of the fixtures and of the corpora beside the checkout, and what its
proof takes from spaCy (how the tokenizer cuts plain words, its special cases, the span ruler's titles) is
checked against the installed spaCy. No timing here (``benchmarks/startup.py`` measures).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildocs.extractors import people
from councildocs.extractors.people import opens_with_no_name, split_names
from councildocs.loaders import load
from councildocs.nlp import (
    PLAIN_ENDS,
    PLAIN_WORD,
    SPANS_KEY,
    get_nlp,
    plain_opening,
    plain_tags,
    term_patterns,
)

from .conftest import FIXTURES

CORPORA = ("wide", "council")
TEXT_SUFFIXES = (".pdf", ".txt", ".md", ".html")


def _pipeline_answer(text: str) -> bool:
    """``starts_with_name`` as the pipeline answers it (the pre-test left out)."""
    found = split_names(text)
    return bool(found) and found[0].start <= people._opening_skip(text)


def _has_text(path: Path) -> bool:
    """A file the loader reads text from: not the image-only scan that only OCR could read."""
    if path.suffix != ".pdf":
        return True
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return any(page.get_textpage().get_text_range().strip() for page in pdf)
    finally:
        pdf.close()


def _strings(value: object) -> Iterator[str]:
    """Every string held by a JSON value (the gold files' names, titles and positions)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _lines(path: Path) -> list[str]:
    """The lines of a fixture or corpus file: a document's lines and table cells, a JSON file's strings."""
    if path.suffix == ".json":
        return [line for s in _strings(json.loads(path.read_text(encoding="utf-8"))) for line in s.splitlines()]
    doc = load(path)
    lines = [line.text for line in doc.lines(body_only=False)]
    return lines + [cell.text for table in doc.tables() for row in table.rows for cell in row]


def _texts(paths: list[Path]) -> set[str]:
    """Each line, each line with the one after it (a paragraph's opening), and what follows a label's colon
    or dash on a line (``Clerk: Mrs A Brown``), as the extractors ask."""
    texts: set[str] = set()
    for path in paths:
        lines = _lines(path)
        texts.update(lines)
        texts.update(f"{a} {b}" for a, b in zip(lines, lines[1:], strict=False))
        for line in lines:
            for mark in (":", " - ", " – "):
                if mark in line:
                    texts.add(line.split(mark, 1)[1].strip())
    return texts


def _check(texts: set[str]) -> None:
    """The pre-test says "no one" only where the pipeline finds no one; and where the opening is plain, its
    tokens and TITLE/ROLE spans are the pipeline's."""
    wrong, answered, found = [], 0, 0
    splits = _splitting_special_cases()
    for text in sorted(texts):
        expected = _pipeline_answer(text)
        found += expected
        if opens_with_no_name(text):
            answered += 1
            if expected:
                wrong.append(text)
        _check_plain(text, splits)
    assert not wrong, wrong[:20]
    assert answered and found  # both answers were seen: the comparison is not empty


def _splitting_special_cases() -> set[str]:
    return {key for key, parts in get_nlp().tokenizer.rules.items() if len(parts) > 1}


def _check_plain(text: str, splits: set[str]) -> None:
    read = people._NAME_DASH_ROLE.sub(",", text)
    plain = plain_opening(read)
    if plain is None or any(t.text in splits for t in plain):  # a special case: see the test below
        return
    doc = get_nlp()(read)
    assert [(t.text, t.idx, t.whitespace_) for t in plain] == \
        [(t.text, t.idx, t.whitespace_) for t in doc[:len(plain)]], text
    spans = {(s.label_, s.start, s.end, s.id_) for s in doc.spans[SPANS_KEY]
             if s.label_ in ("TITLE", "ROLE") and s.start < len(plain)}
    assert set(plain_tags(plain) or ()) == spans, text


def test_issue_14_no_opening_is_said_nameless_where_the_pipeline_finds_a_person_in_the_fixtures() -> None:
    paths = [p for p in sorted(FIXTURES.rglob("*")) if p.suffix in (*TEXT_SUFFIXES, ".json") and _has_text(p)]
    assert len(paths) > 10
    _check(_texts(paths))


def test_issue_14_no_opening_is_said_nameless_where_the_pipeline_finds_a_person_in_the_corpora(
        shared: Path) -> None:
    paths = [p for name in CORPORA for p in sorted((shared / "corpora" / name).iterdir())
             if p.suffix in TEXT_SUFFIXES and _has_text(p)]
    _check(_texts(paths))


@pytest.mark.parametrize("text", [
    "Clerk : Joan Todd   Telephone : 017683 52469",  # the one-page Milburn agenda's front sheet asks these four
    "Joan Todd   Telephone : 017683 52469",
    "MILBURN PARISH COUNCIL",
    "MILBURN PARISH COUNCIL MEETING TO BE HELD ON TUESDAY",
    "The Council objects to this application for the following reasons:",
    "3. Approval of the Concept Plan",
    "prepared for consideration",
])
def test_issue_14_prose_and_headings_open_with_no_one_without_spacy(text: str) -> None:
    assert opens_with_no_name(text)
    assert not _pipeline_answer(text)


@pytest.mark.parametrize("text", [
    "Cllr Smith", "Joan Todd", "Mr. Smith, Mrs Jones", "the Clerk J Connelly", "(Lab) Smith", "de la Cruz",
    "Councillors: Smith, Jones", "Director of Public Works Kim Grey", "Smith in the chair", "Apologies for absence",
    "Tuesday, 8th May 2018", "CAO (Mary Smith)", "Cllr JA Smith", "Mayor Tom Piper", "Fire Chief Will Bateman",
])
def test_issue_14_openings_that_may_be_a_person_are_left_to_the_pipeline(text: str) -> None:
    assert not opens_with_no_name(text)


def test_issue_14_spacys_special_cases_split_plain_words_only_as_the_proof_assumes() -> None:
    """A word of letters that spaCy splits (``Dont``, ``cannot``): its later parts open in lower case and are
    no word the name rules read past, nor is the word itself; no special case is a word with a final mark of
    a plain opening."""
    inert = people._inert_words()
    split = 0
    for key, parts in get_nlp().tokenizer.rules.items():
        texts = [part[65] for part in parts]  # 65: ORTH
        assert not (key[-1:] in PLAIN_ENDS and PLAIN_WORD.fullmatch(key[:-1])), key
        if not PLAIN_WORD.fullmatch(key) or len(texts) == 1:
            continue
        split += 1
        assert "".join(texts) == key
        assert key.lower() not in inert, key
        for later in texts[1:]:  # so a split word still holds a token no rule reads past (``yall``: ``all``)
            assert later[0].islower() and later.lower() not in inert, key
    assert split  # the table has such words: the check saw them


def test_issue_14_the_span_rulers_plain_phrases_are_tokenized_word_by_word() -> None:
    nlp = get_nlp()
    for pattern in term_patterns():
        spec = pattern["pattern"]
        if pattern["label"] in ("TITLE", "ROLE") and isinstance(spec, str) \
                and all(PLAIN_WORD.fullmatch(w) for w in spec.split(" ")):
            assert [t.text for t in nlp.make_doc(spec)] == spec.split(" "), spec


def test_issue_14_plain_openings_are_tokenized_as_spacy_tokenizes_them() -> None:
    """Random plain openings (words, runs of whitespace, a final mark) against spaCy's tokenizer."""
    nlp = get_nlp()
    splits = _splitting_special_cases()
    draw = random.Random(14)
    words = ["Clerk", "Joan", "Todd", "MILBURN", "of", "the", "Cllr", "Mr", "Mayor", "in", "chair", "Dont", "y",
             "Príomh", "Chomhairleoir", "Vice", "Chair", "and", "for", "Jr", "III", "A"]
    gaps = [" ", " ", " ", "  ", "   ", "\n", " \n ", "\t", "\u00a0", " \u00a0"]
    checked = 0
    for _ in range(3000):
        n = draw.randint(0, 6)  # words, the last one sometimes with a mark right after it ("Clerk:")
        text = draw.choice(["", " ", "\n"]) + "".join(
            draw.choice(words) + (draw.choice(gaps) if k < n - 1 or draw.random() < 0.5 else "") for k in range(n))
        text += draw.choice(["", ",", ":", ";", " ;", " , x", ": y", ", z", "  "])
        plain = plain_opening(text)
        assert plain is not None, text
        if any(t.text in splits for t in plain):
            continue
        doc = nlp.make_doc(text)
        assert [(t.text, t.idx, t.whitespace_) for t in plain] == \
            [(t.text, t.idx, t.whitespace_) for t in doc[:len(plain)]], repr(text)
        if plain and plain[len(plain) - 1].text not in PLAIN_ENDS:
            assert len(plain) == len(doc), repr(text)  # to the end: no token left out
        checked += 1
    assert checked > 1000


def _modules_after_extracting(path: Path) -> set[str]:
    code = ("import sys\nfrom councildocs._worker import run_request\n"
            f"assert run_request({{'name': 'a', 'path': {str(path)!r}}})['status'] == 'ok'\n"
            "print('\\n'.join(sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=300)
    return set(done.stdout.split())


@pytest.mark.parametrize("name", ["milburn-parish-council-2018-03-06-agenda.pdf",
                                  "tintern-community-council-2019-07-29-agenda.pdf"])
def test_issue_14_a_one_page_agenda_that_asks_of_names_but_lists_none_never_imports_spacy(shared: Path,
                                                                                         name: str) -> None:
    # Its front sheet asks whether lines open with a person (the clerk's line, the council's name): all no.
    loaded = _modules_after_extracting(shared / "corpora" / "council" / name)
    assert "councildocs.extractors.people" in loaded
    assert "spacy" not in loaded
