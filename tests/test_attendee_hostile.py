"""Hostile attendance lines (issue 12): odd fragments never raise, long lists cost time in proportion.

Story: a batch meets a page whose attendance line is a fragment (``Present: e: and``) or runs to
thousands of names. The fragment gives no one and no traceback; the long list is read in time that
grows with its length (measured as growth, never as seconds), and a list longer than spaCy's
``max_length`` is read in pieces rather than refused.
"""

from __future__ import annotations

import pytest

from councildocs.document import BBox, Line
from councildocs.extractors import people
from councildocs.extractors.attendees import blocks_to_attendees, blocks_to_paragraphs
from councildocs.extractors.people import split_names
from councildocs.loaders.text import text_to_document
from councildocs.nlp import get_nlp

from .growth import NEAR_LINEAR, growth


def _surname(i: int) -> str:
    letters = ""
    for _ in range(4):
        letters += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
    return "Mor" + letters


def _comma_list(n: int) -> str:
    return ", ".join(f"Councillor Ann {_surname(i)}" for i in range(n))


@pytest.mark.parametrize("text", ["Present: e: and", "Present: Clerk: and", "and", "Present: , and ,; and:"])
def test_issue_12_fragments_give_no_one(text: str) -> None:
    doc = text_to_document(f"Minutes of the Parish Council\n\n{text}\n", "t.txt")
    assert blocks_to_attendees(list(doc.blocks())) == []
    assert split_names(text.removeprefix("Present: ")) == []


def test_issue_12_a_comma_list_is_read_in_linear_time() -> None:
    split_names("Councillor Ann Lee")  # the pipeline is built before timing
    assert growth(lambda n: split_names(_comma_list(n)), 300) < NEAR_LINEAR


def test_issue_12_an_attendance_line_is_read_in_linear_time() -> None:
    def run(n: int) -> object:
        doc = text_to_document("Minutes of the Council\n\nPresent: " + _comma_list(n) + "\n", "t.txt")
        return blocks_to_attendees(list(doc.blocks()))

    run(1)
    assert growth(run, 300) < NEAR_LINEAR


def _wrapped_lines(n: int) -> list[Line]:
    """A PDF attendance paragraph of ``n`` names wrapped four to a line (one name broken over each end)."""
    words = ("Present: " + _comma_list(n)).split(" ")
    lines, per_line = [], 13
    for k in range(0, len(words), per_line):
        top = 100.0 + 12 * len(lines)
        lines.append(Line(" ".join(words[k:k + per_line]), page=1, bbox=BBox(70, top, 500, top + 10),
                          gap=0.2 if lines else 2.0))
    return lines


def test_issue_14_joining_wrapped_lines_is_linear() -> None:
    # Each added line once asked spaCy about the whole paragraph so far.
    lines = _wrapped_lines(40)
    [para] = blocks_to_paragraphs(lines)
    assert len(para.lines) == len(lines)
    assert growth(lambda n: blocks_to_paragraphs(_wrapped_lines(n)), 400) < NEAR_LINEAR


def test_a_name_broken_after_its_forename_joins_the_next_line() -> None:
    people = blocks_to_attendees(_wrapped_lines(12))
    assert [a.name for a in people] == [f"Ann {_surname(i)}" for i in range(12)]


def test_issue_12_a_list_longer_than_spacy_max_length_is_read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit sits well inside spaCy's; a small one shows the cutting keeps every person and offset.
    assert get_nlp().max_length > people.MAX_LIST_CHARS
    text = _comma_list(60)
    whole = split_names(text)
    monkeypatch.setattr(people, "MAX_LIST_CHARS", 200)
    cut = split_names(text)
    assert [(p.name, p.start, p.end) for p in cut] == [(p.name, p.start, p.end) for p in whole]
    assert all(text[p.start:p.end] == f"Councillor {p.name}" for p in cut)
    assert len(cut) == 60


def test_a_long_text_without_separators_is_cut_anyway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "MAX_LIST_CHARS", 50)
    assert split_names("x" * 400) == []
