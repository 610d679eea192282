"""Parish and community council minutes that record decisions as moved and seconded motions.

A carried motion is a resolution whose text is the motion's wording (after its ``that``, before the
``Carried``); a lost, defeated or fallen motion is no decision of the council.
"""

from __future__ import annotations

import pytest

from councildocs.api import parse

FORMATS = ["text", "pdf"]

PARISH = """\
ASHCOMBE PARISH COUNCIL

Minutes of the meeting of Ashcombe Parish Council held in the Village Hall on Tuesday 5 March 2019 at 7.30 pm

Present: Cllr J Smith (Chairman), Cllr P Jones, Cllr R Brown, Cllr S Fell

1. Apologies

Apologies were received from Cllr T White.

2. Minutes of the last meeting

It was moved and seconded that the minutes of the meeting held on 5 February 2019 be approved. Carried

3. Precept 2019/20

The clerk presented the draft budget.

Proposed Cllr Jones, seconded Cllr Brown: That the precept be set at £12,000. CARRIED unanimously

4. Village green bench

Moved by Cllr Brown, seconded by Cllr Fell, that the Council buys a memorial bench for the green.

Cllr Jones spoke against the cost.

On being put to the vote the motion was LOST.

5. Grass cutting contract

Councillor Smith moved, and Councillor Jones seconded, that the contract be awarded to Green Ltd. On being \
put to the vote the motion was CARRIED.

6. Planning

RESOLVED that the Council has no objection to application 19/0042.

7. Play area

Moved by Cllr Jones, seconded by Cllr Smith:

That the Council

(a) accepts the quote of £2,400 from Play Safe Ltd; and

(b) asks the clerk to order the new swings.

Motion carried (3 for, 1 against)

The meeting closed at 9.05 pm.
"""


@pytest.fixture(params=FORMATS)
def minutes(request, as_document):
    doc = parse(as_document(PARISH, request.param))
    assert len(doc.minutes) == 1
    return doc.minutes[0]


def _by_item(minutes) -> dict[str, list[str]]:
    return {item.number: [r.text for r in item.resolutions] for item in minutes.items}


def test_carried_motions_are_resolutions_worded_as_moved(minutes):
    by_item = _by_item(minutes)
    assert by_item["2"] == ["the minutes of the meeting held on 5 February 2019 be approved."]
    assert by_item["3"] == ["the precept be set at £12,000."]
    assert by_item["5"] == ["the contract be awarded to Green Ltd."]


def test_a_lost_motion_is_no_resolution(minutes):
    assert _by_item(minutes)["4"] == []


def test_a_resolved_block_beside_motions_still_works(minutes):
    assert _by_item(minutes)["6"] == ["the Council has no objection to application 19/0042."]


def test_a_motion_with_clauses_keeps_them_and_drops_its_verdict(minutes):
    play = next(i for i in minutes.items if i.number == "7").resolutions
    assert len(play) == 1
    assert play[0].text.startswith("the Council (a) accepts the quote")
    assert play[0].text.endswith("order the new swings.")
    assert len(play[0].clauses) == 2
    assert "carried" not in play[0].text.lower()


def test_every_item_is_still_found(minutes):
    assert [i.number for i in minutes.items] == ["1", "2", "3", "4", "5", "6", "7"]


def _resolutions(as_document, body: str) -> list[str]:
    text = f"PARISH COUNCIL\n\n6 March 2018\n\nPresent: Cllr A Smith\n\n1. Finance\n\n{body}\n\n2. Close\n"
    return [r.text for r in parse(as_document(text, "text")).minutes[0].items[0].resolutions]


@pytest.mark.parametrize("body,expected", [
    ("Moved by Cllr Smith, seconded by Cllr Jones, that the Council adopts the budget. Carried.",
     ["the Council adopts the budget."]),
    ("It was moved and seconded that the minutes be approved. Agreed", ["the minutes be approved."]),
    ("It was proposed by Cllr. G. Evans, seconded by Cllr. O. Williams and unanimously agreed that the minutes "
     "of the last meeting were correct.", ["the minutes of the last meeting were correct."]),
    ("Moved by Cllr A, seconded by Cllr B, that the hall be repainted, carried by 5 votes to 2.",
     ["the hall be repainted"]),
    ("Moved by Cllr A, seconded by Cllr B, that the works be carried out by Acme. Carried. Moved by Cllr B, "
     "seconded by Cllr C, that a skip be hired. Defeated.", ["the works be carried out by Acme."]),
    ("Proposed by Cllr A, seconded by Cllr B, that a new notice board be bought.\n\nCARRIED",
     ["a new notice board be bought."]),
    # moved first, seconder after the wording
    ("Cllr Smith proposed that the quote from Acme be accepted, seconded by Cllr Jones. Carried.",
     ["the quote from Acme be accepted"]),
    ("Councillor Smith moved that the recommendation be approved. This was seconded by Councillor Jones and "
     "on being put to the vote was CARRIED.", ["the recommendation be approved."]),
    ("Cllr Smith proposed that a bench be bought, seconded by Cllr Jones.\n\nCllr Brown asked about the "
     "cost.\n\nCARRIED", ["a bench be bought"]),
])
def test_motion_wordings(as_document, body, expected):
    assert _resolutions(as_document, body) == expected


@pytest.mark.parametrize("body", [
    "Moved by Cllr A, seconded by Cllr B, that the Council buys a bench. The motion fell.",
    "Moved by Cllr A, seconded by Cllr B, that the Council buys a bench. Lost",
    "Councillor Smith moved that a bench be bought. This was seconded by Councillor Jones and on being put "
    "to the vote was LOST.",
    "The chairman proposed that the meeting be adjourned.",
    # no verdict: a moved and seconded wording alone does not say the council decided it
    "Moved by Cllr A, seconded by Cllr B, that the Council buys a bench.",
    # 'proposed' as an adjective, and a seconder far off in another sentence, make no motion
    "Proposed agreement with the district council for the skip service. The clerk will ask who seconded it "
    "that year. Carried.",
])
def test_no_resolution_without_a_carried_motion(as_document, body):
    assert _resolutions(as_document, body) == []


def test_manordeilo_minutes_record_the_proposed_and_seconded_approval_of_minutes(shared):
    from councildocs.loaders import load

    doc = parse(load(shared / "corpora/council/manordeilo-salem-community-council-2018-07-11-minutes.pdf"))
    item = next(i for i in doc.minutes[0].items if i.number == "2")
    assert [r.text.split(",")[0] for r in item.resolutions] == [
        "the minutes of the last meeting held on the 13th June 2018"]
