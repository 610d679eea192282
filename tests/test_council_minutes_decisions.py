"""Real minutes in ../shared/corpora/council: the decisions a careful reader sees there (issue 11).

Skipped when ../shared is not beside the checkout (the papers are third-party and never copied here).
"""

from __future__ import annotations

from pathlib import Path

import councildocs

COUNCIL = Path("corpora") / "council"


def _decisions(shared: Path, name: str) -> dict[str, list[str]]:
    doc = councildocs.extract(shared / COUNCIL / name)
    return {item.number: [r.text for r in item.resolutions] for m in doc.minutes for item in m.items}


def test_milburn_two_column_decisions_one_per_line(shared: Path) -> None:
    # "Financial Regulations   Councillors resolved to sign": the policy on the left, the decision on the right.
    decisions = _decisions(shared, "milburn-parish-council-2018-03-06-minutes.pdf")
    assert decisions["18.03.7"] == ["sign Register Insurance and Audit Purposes", "sign Financial Regulations",
                                    "sign Complaints Policy", "sign Standing Orders", "sign Code of Conduct"]
    assert "pay Clerks Wages £838" in decisions["18.03.8"]


def test_manordeilo_motion_without_the_signature_line(shared: Path) -> None:
    decisions = _decisions(shared, "manordeilo-salem-community-council-2018-07-11-minutes.pdf")
    assert decisions["2"] == ["the minutes of the last meeting held on the 13th June 2018, as typed and "
                              "circulated, were correct."]


def test_bristol_decisions_keep_their_numbered_clauses(shared: Path) -> None:
    decisions = _decisions(shared, "bristol-transport-connectivity-policy-committee-2025-05-15-minutes.pdf")
    [broadmead] = decisions["13"]
    assert broadmead.startswith("the Committee for Transport & Connectivity; 1. Approved to submit the Broadmead")
    assert "2. Authorised the Executive Director" in broadmead and "3. Delegated authority" in broadmead
    assert decisions["14"] == ["the Committee for Transport and Connectivity approved the reallocation of £882k of "
                               "EDF to complete the works of the Old City/Queen Charlotte St/King St improvement "
                               "project."]
