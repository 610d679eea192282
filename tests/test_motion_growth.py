"""Issue 12 item 4: minutes with hostile motion shapes cost time linear in their size.

``growth`` compares CPU time at n and at 4n (see tests/growth.py); no wall-clock limit is asserted.
"""

from __future__ import annotations

from councildocs.api import extract

from .growth import NEAR_LINEAR, growth

HEAD = "PARISH COUNCIL\n\nMinutes of the meeting held on 6 March 2018\n\nPresent: Cllr A Smith\n\n1. Finance\n\n"


def _extract(body: str) -> None:
    extract(HEAD + body + "\n", name="minutes.txt")


def test_issue_12_a_motion_followed_by_one_long_word_is_linear() -> None:
    # "(?P<tok>[\w']+)[.!?;]" tried from every letter of the word: 40 KB took 52 s.
    motion = "Cllr A proposed that the hall be painted, seconded by Cllr B. "
    assert growth(lambda n: _extract(motion + "x" * n), 5_000) < NEAR_LINEAR


def test_issue_12_repeated_moved_and_seconded_motions_are_linear() -> None:
    # Each motion rescanned the rest of the paragraph for the next one: 108 KB took 48 s.
    motion = "Moved by Cllr A, seconded by Cllr B, that the hall be painted. Carried. "
    assert growth(lambda n: _extract(motion * n), 100) < NEAR_LINEAR


def test_a_quoted_decision_over_many_lines_is_linear() -> None:
    # Whether the quotation was closed was asked of every line read so far, once per line.
    assert growth(lambda n: _extract("RESOLVED: “That, " + "the hall\n\n" * n), 1_000) < NEAR_LINEAR
