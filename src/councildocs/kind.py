"""What a document is: agenda, minutes, report, forward plan, decision notice, or a pack of several.

Two kinds are named by the paper itself: a title block that says ``Forward
Plan`` or ``Record of Decision`` decides the kind whatever the body holds, and
then the paper has no agenda of its own (a forward plan's numbered glossary or a
decision record's reasons are not agenda items). A paper whose front holds an
officer's numbered sections (``1. Purpose of Report``, ``2. Recommendations``,
``3. Background``) is a report. Otherwise the parts found decide: an agenda with
minutes or reports is a pack; minutes alone are minutes.

The word lists are ``kind_titles`` and ``report_sections`` in ``models/kinds.json``.
"""

from __future__ import annotations

import re
from functools import cache

from .layout import Para
from .outline import Outline
from .records import DocumentKind
from .segment import Part
from .vocab import alternation, lookup

#: The opening paragraphs read as the document's title block.
OPENING_PARAS = 8
#: Share of a front list's top-level titles that must be report sections for the list to be a report's.
REPORT_SHARE = 0.5
#: ... and at least this many of them (one ``Background`` heading is not a report).
MIN_REPORT_SECTIONS = 2


@cache
def _kind_titles() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(r"(?<![\w])" + alternation(words) + r"(?![\w])", re.I)
            for kind, words in lookup("kind_titles").items()}


@cache
def _report_section() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(lookup("report_sections")) + r"\s*[:.]?\s*$", re.I)


def title_lines(parts: list[Part]) -> list[str]:
    """The texts of the document's opening paragraphs (its title block)."""
    texts: list[str] = []
    for part in parts:
        for block in part.blocks:
            if isinstance(block, Para):
                texts.append(block.text)
            if len(texts) >= OPENING_PARAS:
                return texts
    return texts


def titled_kind(parts: list[Part]) -> DocumentKind | None:
    """The kind the title block names (``forward_plan``, ``decision_notice``), if any."""
    for text in title_lines(parts):
        for kind, pattern in _kind_titles().items():
            if pattern.search(text):
                return kind
    return None


def is_report_outline(outline: Outline) -> bool:
    """Whether the top-level numbered headings of ``outline`` are mostly an officer's report sections."""
    top = [n for n in outline.items() if n.level == min((m.level for m in outline.items()), default=0)]
    sections = sum(bool(_report_section().match(n.heading.title)) for n in top)
    return sections >= MIN_REPORT_SECTIONS and sections >= REPORT_SHARE * len(top)


def front_kind(parts: list[Part]) -> DocumentKind | None:
    """The kind known before the extractors run: named by the title, or a report by its sections.

    When this is not ``None`` the front sheet is never read as an agenda without a heading.
    """
    named = titled_kind(parts)
    if named is not None:
        return named
    front = next((p for p in parts if p.kind == "front_sheet"), None)
    if front is not None and is_report_outline(front.outline()):
        return "report"
    return None


def document_kind(parts: list[Part], front: DocumentKind | None, *, has_agenda: bool) -> DocumentKind:
    """The document's kind from what its title named and the parts its extractors read."""
    if front is not None:
        return front
    kinds = {p.kind for p in parts}
    body = kinds & {"minutes", "report"}
    if has_agenda:
        return "pack" if body else "agenda"
    if "minutes" in body:
        return "minutes"  # a report heading inside minutes is one of their items
    return "report" if body else "other"
