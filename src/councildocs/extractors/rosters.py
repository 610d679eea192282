"""Tables of people (membership rosters, attendance tables): which column holds what.

Shared by :mod:`.members` and :mod:`.attendees`, so neither imports the other for it. The header
words are ``table_columns`` in ``models/terms.json``.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Table
from ..vocab import alternation, lookup


@cache
def _column_patterns() -> dict[str, re.Pattern[str]]:
    return {key: re.compile(r"^\W*" + alternation(words) + r"\W*$", re.I)
            for key, words in lookup("table_columns").items()}


def header_to_columns(cells: list[str]) -> dict[str, int]:
    """Column index of each known header (``name``, ``substitute``, ``organisation``, ``position``)."""
    cols: dict[str, int] = {}
    for i, text in enumerate(cells):
        for key, pattern in _column_patterns().items():
            if key not in cols and pattern.match(text):
                cols[key] = i
                break
    return cols


def table_columns(table: Table) -> tuple[dict[str, int], list, bool]:
    """(columns by key, body rows, guessed): a header row is used when it names a name column.

    Without one, the first column holds names and the second what is printed
    beside them (``guessed`` is then True).
    """
    rows = table.rows
    if rows:
        cols = header_to_columns([c.text for c in rows[0]])
        if "name" in cols and len(cols) >= 2:
            return cols, rows[1:], False
    guess = {"name": 0}
    if table.n_cols > 1:
        guess["organisation"] = 1
    return guess, rows, True
