"""A decision notice prints one form per decision: each form is one minute item with its decision."""

from __future__ import annotations

from pathlib import Path

from councildocs.api import extract, parse
from councildocs.loaders.text import text_to_document

NOTICE = """\
Decision Recording Form
Decision determined at Planning Policy Committee meeting on 15 May 2025
Committee Members present:
Councillor Ann Lee
Councillor Raj Patel

| (a) | Subject: | Annual Business Report (agenda item 7) |
| (b) | Ward: | |
| (c) | Declarations of interest: None | |
| (d) | Decision taken That the Committee noted the membership for 2025/2026. | |
| (e) | Reason for decision: As set out in the report. | |

| (a) | Subject: | Cycleway surfacing trial (agenda item 9) |
| (d) | Decision taken The Committee approved a trial of red cycleways. | |
"""


def test_each_decision_form_is_one_item() -> None:
    doc = parse(text_to_document(NOTICE, "notice.md"))
    assert doc.kind == "decision_notice"
    items = doc.minutes[0].items
    assert [(i.number, i.title) for i in items] == [("7", "Annual Business Report"),
                                                   ("9", "Cycleway surfacing trial")]
    assert [r.text for i in items for r in i.resolutions] == [
        "the Committee noted the membership for 2025/2026.", "The Committee approved a trial of red cycleways."]
    assert doc.agenda_items == []


def test_bristol_decision_notice_gives_one_item_per_form(shared: Path) -> None:
    path = shared / "corpora" / "council" / "bristol-transport-connectivity-policy-committee-2025-05-15-decision-notice.pdf"
    doc = extract(path)
    items = doc.minutes[0].items
    assert [i.number for i in items] == [str(n) for n in range(7, 21)]
    assert all(len(i.resolutions) == 1 for i in items)
    assert items[2].title == "Policy Decision on Cycleway Legibility"
