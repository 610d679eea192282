"""Decisions, motions and votes as councils outside the seeds minute them (issue 11), text and PDF.

Each case is one wording: a numbered decision paragraph, a quoted Markdown resolution over a page break, a
resolution number with its movers and motion on one line, a motion restated by a RESOLVED block, a recorded
vote, a closure motion, a verdict on its own, a decision in a table cell, narrative "agreed".
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]
HEAD = "TOWN COUNCIL\n\nMinutes of the meeting held on 6 March 2018\n\nPresent: Cllr A Smith, Cllr B Jones\n\n"


def _items(as_document, body: str, fmt: str = "text"):
    return parse(as_document(HEAD + body, fmt)).minutes[0].items


def _texts(item) -> list[str]:
    return [r.text for r in item.resolutions]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_decision_paragraph_keeps_its_clauses(as_document, fmt):
    body = ("84. Budget Monitoring\n\n1. The Cabinet Member introduced the report.\n\n"
            "2. Members asked about the overspend.\n\n3. RESOLVED that Cabinet agree to:\n\n"
            "a) Note the forecast overspend.\n\nb) Agree the savings plan.\n\n85. Close\n")
    [budget, _] = _items(as_document, body, fmt)
    assert _texts(budget) == ["Cabinet agree to: a) Note the forecast overspend. b) Agree the savings plan."]


def test_a_quoted_resolution_runs_over_hard_wrapped_lines_and_a_page_break(as_document):
    body = ("1.\n\nDisposal of Land\n\nProposed by Councillor Smith;\n\nSeconded by Councillor Jones;\n\n"
            "And Resolved:\n\n*“That, in accordance with Section 183 of the Local Government Act,*\n\n"
            "2001 (as amended), the disposal of 4 Main Street be approved,\n\n---\n2\n\n"
            "for the sum of €1.00.”*\n\n(a)\n\nCirculated, copy of Statutory Notice dated 16th December, 2024.\n\n"
            "2.\n\nDeclaration of Interest\n\nNo interests were declared.\n")
    items = _items(as_document, body)
    assert [(i.number, i.title) for i in items] == [("1", "Disposal of Land"), ("2", "Declaration of Interest")]
    assert _texts(items[0]) == ["in accordance with Section 183 of the Local Government Act, 2001 (as amended), "
                                "the disposal of 4 Main Street be approved, for the sum of €1.00."]


def test_a_resolution_number_with_its_movers_and_motion_on_one_line(as_document):
    body = ("R2021-106 L. Moore, J. Scott: That the minutes of the meeting held May 4, 2021 be adopted as "
            "published. Carried.\n\nR2021-107 T. Marchant, J. Scott: That we accept the correspondence. Carried.\n")
    items = _items(as_document, body)
    assert [(i.number, i.title, i.moved_by, i.seconded_by) for i in items] == [
        ("R2021-106", "", "L. Moore", "J. Scott"), ("R2021-107", "", "T. Marchant", "J. Scott")]
    first = items[0].resolutions[0]
    assert first.text == "That the minutes of the meeting held May 4, 2021 be adopted as published."
    assert (first.moved_by, first.seconded_by, first.outcome) == ("L. Moore", "J. Scott", "carried")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_motion_restated_by_a_resolved_block_is_one_decision_with_its_recorded_vote(as_document, fmt):
    body = ("299. Minerals Plan\n\n1) Mr Derek Murphy proposed, and Mr Rob Thomas seconded the motion that "
            "Council adopts the Minerals Plan.\n\n2) Following the debate, the Chairman put the motion set out in "
            "paragraph 1 to the vote and the voting was as follows:\n\nFor (3)\n\nMr Baker, Mrs Bell, Mr Booth\n\n"
            "Against (1)\n\nMr Hook\n\nAbstain (0)\n\nMotion carried.\n\n3) RESOLVED that Council adopts the "
            "Minerals Plan.\n\n300. Close\n")
    [plan, _] = _items(as_document, body, fmt)
    [resolution] = plan.resolutions
    assert resolution.text == "Council adopts the Minerals Plan."
    assert (resolution.moved_by, resolution.seconded_by, resolution.outcome) == (
        "Mr Derek Murphy", "Mr Rob Thomas", "carried")
    votes = resolution.votes
    assert (votes.for_, votes.against, votes.abstain) == (3, 1, 0)
    assert [(v.name, v.vote) for v in votes.recorded] == [
        ("Mr Baker", "for"), ("Mrs Bell", "for"), ("Mr Booth", "for"), ("Mr Hook", "against")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closure_motion_and_an_agreed_verdict_are_no_decisions(as_document, fmt):
    body = ("307. Pay Policy\n\n1) Mr Oakford proposed, and Mr Jeffrey seconded the motion that Council endorses "
            "the Pay Policy Statement.\n\n2) Mr Brady proposed and Ms Meade seconded that the motion be put to the "
            "vote.\n\nAgreed.\n\n3) The Chairman put the motion set out in paragraph 1 to the vote.\n\n"
            "Motion carried.\n\n4) RESOLVED that Council endorses the Pay Policy Statement.\n\n308. Close\n")
    [pay, _] = _items(as_document, body, fmt)
    assert _texts(pay) == ["Council endorses the Pay Policy Statement."]
    assert pay.resolutions[0].moved_by == "Mr Oakford"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_resolved_block_ending_in_a_colon_runs_to_the_next_paragraph_number(as_document, fmt):
    body = ("301. Armed Forces Covenant\n\n4) Following the debate, the Chairman put the motion.\n\n"
            "5) RESOLVED that:\n\nMembers note all that is being done to deliver the Covenant.\n\n"
            "Members continue to support the Covenant across the county.\n\n302. Close\n")
    [covenant, _] = _items(as_document, body, fmt)
    assert _texts(covenant) == ["Members note all that is being done to deliver the Covenant. "
                                "Members continue to support the Covenant across the county."]


@pytest.mark.parametrize("fmt", FORMATS)
def test_decisions_in_table_cells_and_present_tense(as_document, fmt):
    body = ("56 Community Grants\n\n| Organisation | Recommendation |\n|---|---|\n"
            "| Special Olympics | Approved. Committee resolved to fund from the social inclusion budget. |\n"
            "| Park Run | Rejected. Does not meet the criteria. |\n| Bowls Club | Approved. Meets the criteria. |\n\n"
            "The Committee resolves in accordance with its powers under section 137 of the LGA 1972 to incur "
            "the expenditure.\n\n57 Close\n")
    [grants, _] = _items(as_document, body, fmt)
    assert _texts(grants) == ["fund from the social inclusion budget.",
                              "in accordance with its powers under section 137 of the LGA 1972 to incur the "
                              "expenditure."]


@pytest.mark.parametrize("fmt", FORMATS)
def test_narrative_agreed_counts_only_in_minutes_without_formal_decisions(as_document, fmt):
    formal = ("1. Budget\n\nThe Members agreed to defer the item.\n\nRESOLVED that the budget be adopted.\n\n"
              "2. Close\n")
    assert _texts(_items(as_document, formal, fmt)[0]) == ["the budget be adopted."]
    informal = "1. Budget\n\nThe Members agreed to defer the item.\n\n2. Close\n"
    assert _texts(_items(as_document, informal, fmt)[0]) == ["defer the item."]


def test_a_decision_word_naming_something_is_no_decision(as_document):
    body = "1. Housing\n\nRESOLVED that the report be noted.\n\nApproved Housing Bodies are also sale agreed.\n\n2. Close\n"
    assert _texts(_items(as_document, body)[0]) == ["the report be noted."]


@pytest.mark.parametrize("verdict,tally", [
    ("CARRIED 4–1–4", (4, 1, 4)),
    ("Motion carried (5 for, 2 against, 1 abstention)", (5, 2, 1)),
    ("Carried by 5 votes to 2.", (5, 2, None)),
])
def test_a_verdict_keeps_its_tally(as_document, verdict, tally):
    body = f"1. Budget\n\nMoved by Cllr Smith, seconded by Cllr Jones, that the budget be adopted. {verdict}\n\n2. Close\n"
    [resolution] = _items(as_document, body)[0].resolutions
    assert resolution.text == "the budget be adopted."
    assert (resolution.moved_by, resolution.seconded_by, resolution.outcome) == ("Cllr Smith", "Cllr Jones", "carried")
    assert (resolution.votes.for_, resolution.votes.against, resolution.votes.abstain) == tally


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body,expected", [
    ("RESOLUTION 2024/57\n\nMoved: Councillor Smith\n\nSeconded: Councillor Jones\n\nThat the budget be adopted.\n\n"
     "CARRIED", ("That the budget be adopted.", "Councillor Smith", "Councillor Jones")),
    ("Councillor Smith/Councillor Jones\n\nThat the budget be adopted.\n\nCARRIED",
     ("That the budget be adopted.", "Councillor Smith", "Councillor Jones")),
    ("Proposed by Councillor Smith;\n\nSeconded by Councillor Jones;\n\nAnd Resolved:\n\n“That, the budget be "
     "adopted.”", ("the budget be adopted.", "Councillor Smith", "Councillor Jones")),
    ("The budget was approved after a motion by Councillor Smith and second by Councillor Jones. Motion passes.",
     ("The budget was approved", "Councillor Smith", "Councillor Jones")),
])
def test_motions_with_their_movers_on_lines_of_their_own_or_in_prose(as_document, fmt, body, expected):
    [resolution] = _items(as_document, f"1. Budget\n\n{body}\n\n2. Close\n", fmt)[0].resolutions
    assert (resolution.text, resolution.moved_by, resolution.seconded_by) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_motion_passed_with_its_tally_and_a_vote_of_all(as_document, fmt):
    body = ("1. Budget\n\nThat the budget be adopted.\n\nMotion Passed (8 to 1)\n\n2. Minutes\n\n"
            "The minutes were all approved.\n\n3. Close\n")
    budget, minutes, _ = _items(as_document, body, fmt)
    [passed] = budget.resolutions
    assert (passed.text, passed.outcome, passed.votes.for_, passed.votes.against) == (
        "That the budget be adopted.", "carried", 8, 1)
    assert _texts(minutes) == ["The minutes were all approved."]


def test_a_decision_ends_before_a_signature(as_document):
    body = "1. Budget\n\nRESOLVED that the budget be adopted. Signed by the Chair\n\n2. Close\n"
    assert _texts(_items(as_document, body)[0]) == ["the budget be adopted."]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_column_decisions_one_per_line(as_document, fmt):
    body = ("7. Policy Reviews\n\nThe following policies were due for review.\n\n"
            "Financial Regulations   Councillors resolved to sign\nComplaints Policy   Councillors resolved to sign\n\n"
            "8. Close\n")
    assert _texts(_items(as_document, body, fmt)[0]) == ["sign Financial Regulations", "sign Complaints Policy"]
