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


def test_tintern_decisions_minuted_as_verdicts_and_appointments(shared: Path) -> None:
    decisions = _decisions(shared, "tintern-community-council-2019-07-29-minutes.pdf")
    assert decisions["2728"] == ["Approved and signed as correct."]  # on the number line
    [payments] = decisions["2730"]  # "– all approved." under the list of cheques
    assert payments.startswith("St Michael’s Church PCC") and "Tintern Festivals Association - £500" in payments
    assert decisions["2742"] == ["Cllr Cobb was proposed and all Cllrs were in agreement with this."]
    # The nominee agreeing to take a post, and a forum's own agreement reported in an update, are no
    # decisions of the council.
    assert decisions["2743"] == [] and decisions["2732"] == []


def test_bristol_votes_attach_to_the_decision_they_carried(shared: Path) -> None:
    doc = councildocs.extract(shared / COUNCIL / "bristol-transport-connectivity-policy-committee-2025-05-15-minutes.pdf")
    items = {item.number: item for m in doc.minutes for item in m.items}
    [broadmead] = items["13"].resolutions
    assert (broadmead.moved_by, broadmead.seconded_by, broadmead.outcome) == (
        "Councillor Plowden", "Councillor Self", "carried")
    assert (broadmead.votes.for_, broadmead.votes.against, broadmead.votes.abstain) == (7, 1, 0)
    [amendment] = items["10"].motions  # moved, worded below, seconded, debated, then voted down
    assert amendment.text.startswith("Amend recommendation 1 to read as follows")
    assert (amendment.moved_by, amendment.seconded_by, amendment.outcome, amendment.amendment) == (
        "Councillor Coombes", "Councillor Morris", "fell", True)
    assert (amendment.votes.for_, amendment.votes.against) == (2, 7)
    # The numbered clauses of a decision ("1. Noted the background …") are no items: 16 follows 15.
    assert [n for n in items if n.isdigit()] == [str(n) for n in range(1, 21)]


def test_tintern_county_councillor_and_venue(shared: Path) -> None:
    doc = councildocs.extract(shared / COUNCIL / "tintern-community-council-2019-07-29-minutes.pdf")
    [minutes] = doc.minutes
    assert minutes.meeting.venue == "Tintern Village Hall"  # "… at 7.00pm in Tintern Village Hall."
    status = {a.name: a.status for a in minutes.attendees}
    assert status["Webb"] == "also_present"  # "County Cllr Webb" at a community council
    assert status["Cobb"] == "present" and status["Hoskins"] == "apologies"
