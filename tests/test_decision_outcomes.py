"""Every vote has an outcome: decisions a council took, and the motions and amendments it did not carry.

A resolution is a decision of the council. A motion that was lost, withdrawn or fell, and an amendment
(carried or not: the decision restates it), is kept beside the item's decisions in ``motions``, with its
outcome, movers and tally, so a researcher can count contested votes without mistaking them for decisions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse
from councildocs.records import MinuteItem

FORMATS = ["text", "pdf"]


def _items(as_document, text: str, fmt: str = "text") -> list[MinuteItem]:
    doc = parse(as_document(text, fmt))
    assert len(doc.minutes) == 1
    return doc.minutes[0].items


def _decided(r) -> tuple:
    """What a reader checks of a decision: its wording, mover, seconder and outcome."""
    return (r.text, r.moved_by, r.seconded_by, r.outcome)


HEAD = "Minutes of the meeting of Elmstead Parish Council held on 10 May 2021 at 7pm\n\nPresent: Cllrs Ames, Bell, Cole\n\n"

AMENDED_BUDGET = HEAD + """\
1. Budget

An amendment was moved by Cllr Ames, seconded by Cllr Bell, that the precept be reduced to £5,000. On being put to the vote the amendment was LOST.

It was moved by Cllr Cole, seconded by Cllr Ames, that the precept be set at £6,000. Carried.

2. Footpaths

Moved by Cllr Bell, seconded by Cllr Cole, that the Council buys a new bench. Withdrawn.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lost_amendment_is_a_motion_and_the_carried_motion_the_decision(as_document, fmt):
    budget, footpaths = _items(as_document, AMENDED_BUDGET, fmt)
    [decision] = budget.resolutions
    assert (decision.text, decision.outcome, decision.moved_by) == ("the precept be set at £6,000.", "carried", "Cllr Cole")
    [amendment] = budget.motions
    assert amendment.text == "the precept be reduced to £5,000."
    assert (amendment.outcome, amendment.amendment) == ("lost", True)
    assert (amendment.moved_by, amendment.seconded_by) == ("Cllr Ames", "Cllr Bell")
    # A withdrawn motion decided nothing: no resolution, one motion with its outcome.
    assert footpaths.resolutions == []
    assert [(m.text, m.outcome, m.amendment) for m in footpaths.motions] == [
        ("the Council buys a new bench.", "withdrawn", False)]


def test_a_motion_that_fell_keeps_its_outcome_and_tally(as_document):
    text = HEAD + ("1. Parking\n\nProposed by Cllr Ames, seconded by Cllr Bell, that a survey of parking be "
                   "commissioned. The motion fell with 2 voting FOR and 7 AGAINST.\n")
    [item] = _items(as_document, text)
    [motion] = item.motions
    assert motion.outcome == "fell"
    assert (motion.votes.for_, motion.votes.against) == (2, 7)
    assert item.resolutions == []


PARISH_VERDICTS = HEAD + """\
2728. Approval of minutes of previous meeting: Approved and signed as correct.
2729. Financial Report: Community account £4,612.62.
2730. Accounts for payment:-
Merlin Waste - £30.00 (Ch. No. 300128)
SLCC Membership - £89 (Ch. No. 300130)
- all approved.
2731. Compliance: Cllr Bell stated that a procedure is needed. Cllr Cole was proposed and all Cllrs were in agreement with this.
2732. Health and Safety: Risks must be assessed. Cllr Ames was proposed and agreed to take on the post.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_verdict_alone_decides_the_matter_above_it(as_document, fmt):
    items = {item.number: item for item in _items(as_document, PARISH_VERDICTS, fmt)}
    # On the number line, with nothing above it: the verdict is the decision as printed.
    assert [(r.text, r.outcome) for r in items["2728"].resolutions] == [("Approved and signed as correct.", "carried")]
    assert items["2729"].resolutions == []
    # Under a list: the list is what was approved.
    [payments] = items["2730"].resolutions
    assert payments.text.startswith("Merlin Waste - £30.00") and payments.text.endswith("(Ch. No. 300130)")
    assert payments.outcome == "carried"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_person_accepted_by_the_council_for_a_post_is_a_decision(as_document, fmt):
    items = {item.number: item for item in _items(as_document, PARISH_VERDICTS, fmt)}
    assert [r.text for r in items["2731"].resolutions] == [
        "Cllr Cole was proposed and all Cllrs were in agreement with this."]
    # The nominee agreeing is not the council deciding.
    assert items["2732"].resolutions == []


def test_an_election_minuted_in_one_sentence(as_document):
    text = HEAD + "1. Election of Chairman: Cllr Bell was nominated by Cllr Ames and duly elected.\n"
    [item] = _items(as_document, text)
    assert [r.text for r in item.resolutions] == ["Cllr Bell was nominated by Cllr Ames and duly elected."]


def test_a_decision_on_the_number_line_is_read(as_document):
    text = HEAD + ("1. Minutes: RESOLVED that the minutes of 12 April be approved.\n\n"
                   "2. Grants: Cllr Ames proposed that £200 be given to the Scouts. Seconded by Cllr Bell. Carried.\n")
    minutes, grants = _items(as_document, text)
    assert [r.text for r in minutes.resolutions] == ["the minutes of 12 April be approved."]
    assert [(r.text, r.moved_by) for r in grants.resolutions] == [("£200 be given to the Scouts.", "Cllr Ames")]


COMMITTEE = """\
Transport Committee
Minutes of the meeting held on 15 May 2025 at 2pm

Present: Councillors Ames, Bell, Cole, Dale

7 Annual Business Report

The Committee considered a report on its membership for the year.

That the Transport Committee:

1. Noted the membership of the Committee for 2025/2026.

2. Noted the appointment of Councillor Ames as Chair.

8 Cycleways

The Committee considered a report on red surfacing for cycleways.

Following discussion, the report recommendations were moved by Councillor Ames and seconded by Councillor Bell.

On being put to the vote the recommendation was CARRIED with 7 members voting FOR, 1 AGAINST and no ABSTAINING. It was APPROVED that;

That the Committee approved a trial of red coloured cycleways.

9 Bus Lanes

The Committee considered a report on bus lanes.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_vote_before_a_decision_block_is_its_vote(as_document, fmt):
    items = {item.number: item for item in _items(as_document, COMMITTEE, fmt)}
    [decision] = items["8"].resolutions
    assert decision.text == "the Committee approved a trial of red coloured cycleways."
    assert (decision.moved_by, decision.seconded_by, decision.outcome) == (
        "Councillor Ames", "Councillor Bell", "carried")
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (7, 1, 0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_clauses_under_a_decision_lead_are_not_items(as_document, fmt):
    # "That the Transport Committee:" then "1. Noted …": the decision's clauses; "8" continues the items.
    assert [item.number for item in _items(as_document, COMMITTEE, fmt)] == ["7", "8", "9"]


AMENDMENT_BELOW = """\
Transport Committee
Minutes of the meeting held on 15 May 2025 at 2pm

Present: Councillors Ames, Bell, Cole, Dale

10 Bond Street Business Case

Following discussion, the report recommendations were moved by Councillor Ames and seconded by Councillor Bell.

An amendment was moved by Councillor Cole as follows:

Amend recommendation 1 to remove the new bus gate on Newfoundland Way.

The amendment was seconded by Councillor Dale.

Councillor Cole suggested that there was no evidence of a bus delay at that location.

On being put to the vote the amendment FELL with 2 voting FOR and 7 AGAINST.

On being put to the vote the substantive recommendations were CARRIED with 4 members voting FOR, 1 AGAINST and 4 ABSTAINING. It was APPROVED that;

That the Committee approved submission of the Bond Street Full Business Case.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_amendment_worded_below_its_mover_and_voted_down(as_document, fmt):
    [item] = _items(as_document, AMENDMENT_BELOW, fmt)
    [amendment] = item.motions
    assert amendment.text == "Amend recommendation 1 to remove the new bus gate on Newfoundland Way."
    assert (amendment.moved_by, amendment.seconded_by, amendment.outcome, amendment.amendment) == (
        "Councillor Cole", "Councillor Dale", "fell", True)
    assert (amendment.votes.for_, amendment.votes.against) == (2, 7)
    [decision] = item.resolutions
    assert decision.text == "the Committee approved submission of the Bond Street Full Business Case."
    assert (decision.outcome, decision.votes.for_, decision.votes.against, decision.votes.abstain) == ("carried", 4, 1, 4)


NEW_ZEALAND = """\
MINUTES OF THE ORDINARY MEETING OF THE WAIMATA DISTRICT COUNCIL HELD IN THE COUNCIL CHAMBER, 215 HIGH STREET, RANGIORA, ON TUESDAY 5 MARCH 2024 AT 1PM.

PRESENT
Mayor D Gordon (Chairperson), Deputy Mayor N Atkinson, Councillors A Blackie, R Brine, B Cairns.

IN ATTENDANCE
J Millward (Chief Executive), S Nichols (Governance Manager).

1 APOLOGIES
Moved: Councillor Blackie    Seconded: Councillor Brine
THAT an apology be received and sustained from Councillor Fulton for absence.
CARRIED

2 CONFIRMATION OF MINUTES
Moved: Councillor Atkinson    Seconded: Councillor Brine
THAT the Council confirms the circulated Minutes of the meeting held on 6 February 2024.
CARRIED

3 WATER REFORM
Moved: Councillor Gordon    Seconded: Councillor Cairns
THAT the Council defers consideration of the water reform report to April.
LOST
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_zealand_movers_labelled_on_one_line(as_document, fmt):
    doc = parse(as_document(NEW_ZEALAND, fmt))
    [minutes] = doc.minutes
    apologies, confirmation, water = minutes.items
    [apology] = apologies.resolutions
    assert apology.text == "THAT an apology be received and sustained from Councillor Fulton for absence."
    assert (apology.moved_by, apology.seconded_by, apology.outcome) == ("Councillor Blackie", "Councillor Brine", "carried")
    assert [r.moved_by for r in confirmation.resolutions] == ["Councillor Atkinson"]
    assert water.resolutions == [] and [m.outcome for m in water.motions] == ["lost"]
    # The movers under the apologies heading are not apologies; the member the motion names is.
    assert [a.name for a in minutes.attendees if a.status == "apologies"] == ["Fulton"]


UNITED_STATES = """\
CITY OF MAPLE GROVE
CITY COUNCIL REGULAR MEETING MINUTES
March 4, 2024

1. CALL TO ORDER
Mayor Smith called the meeting to order at 7:00 p.m.

2. ROLL CALL
Present: Mayor Smith, Councilmembers Jones, Lee and Patel
Absent: Councilmember Garcia

3. APPROVAL OF MINUTES
Motion by Councilmember Jones, seconded by Councilmember Lee, to approve the minutes of February 20, 2024. Motion carried 4-0.

4. ADJOURNMENT
Motion by Councilmember Jones, second by Councilmember Patel, to adjourn at 8:15 p.m. Motion carried.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_united_states_motion_by_and_second_by(as_document, fmt):
    [minutes] = parse(as_document(UNITED_STATES, fmt)).minutes
    items = {item.number: item for item in minutes.items}
    [approval] = items["3"].resolutions
    assert approval.text == "approve the minutes of February 20, 2024."
    assert (approval.moved_by, approval.seconded_by) == ("Councilmember Jones", "Councilmember Lee")
    assert (approval.votes.for_, approval.votes.against) == (4, 0)
    assert [(r.text, r.seconded_by) for r in items["4"].resolutions] == [
        ("adjourn at 8:15 p.m.", "Councilmember Patel")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_united_states_items_before_the_roll_call_are_items(as_document, fmt):
    # "1. CALL TO ORDER" comes before the roll call's "Present:": the title block ends at the first item.
    [minutes] = parse(as_document(UNITED_STATES, fmt)).minutes
    assert [item.number for item in minutes.items] == ["1", "2", "3", "4"]
    assert minutes.meeting.start_time == dt.time(19, 0)  # "called the meeting to order at 7:00 p.m."
    assert minutes.meeting.body == "CITY COUNCIL"  # not "CITY COUNCIL REGULAR MEETING"
    assert {a.name for a in minutes.attendees if a.status == "present"} == {"Smith", "Jones", "Lee", "Patel"}


IRISH = """\
Minutes of the Meeting of Ardee County Council held in the Council Chamber on Monday, 31st March, 2025, at 3.00 p.m.

PRESENT IN THE CHAIR: Cathaoirleach, Councillor D. Murphy.

MEMBERS PRESENT: Councillors Burke, Casey, Doyle.

4. Corporate Services

(a) Civic Trust – Vacancy

Proposed by Councillor Burke;

Seconded by Councillor Casey;

“That, Councillor Ann Doyle be appointed to fill the vacancy on the Civic Trust.”

As there were no other nominations, the Cathaoirleach declared Councillor Ann Doyle appointed to fill the vacancy.

(b) Hedge-Cutting Grant Scheme

Proposed by Councillor Doyle;

Seconded by Councillor Casey;

And Resolved:

“That, the Hedge-Cutting Grant Scheme, as circulated, be and is hereby adopted.”

On the proposal of Councillor Burke, seconded by Councillor Doyle, it was also agreed to amend the heading of the application form to include community groups.

(i) Circulated, report of the Chairperson of the Planning Strategic Policy Committee dated 19th March, 2025.

(c) Vacant Properties

“That, this Council call on the Government to provide incentives to redevelop vacant properties.”

On the proposal of Councillor Casey, seconded by Councillor Burke, the Recommendation was agreed.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_irish_declarations_proposals_and_recommendations(as_document, fmt):
    items = {item.number: item for item in _items(as_document, IRISH, fmt)}
    # A moved and seconded motion with no verdict word: the chair's declaration carries it.
    [trust] = items["(a)"].resolutions
    assert trust.text == "Councillor Ann Doyle be appointed to fill the vacancy on the Civic Trust."
    assert (trust.moved_by, trust.seconded_by, trust.outcome) == ("Councillor Burke", "Councillor Casey", "carried")
    # "On the proposal of …, it was also agreed to …": a second decision, ending at its full stop.
    assert [r.text for r in items["(b)"].resolutions] == [
        "the Hedge-Cutting Grant Scheme, as circulated, be and is hereby adopted.",
        "amend the heading of the application form to include community groups."]
    # "the Recommendation was agreed": the decision is the recommendation printed above.
    [vacant] = items["(c)"].resolutions
    assert vacant.text == "this Council call on the Government to provide incentives to redevelop vacant properties."
    assert (vacant.moved_by, vacant.seconded_by) == ("Councillor Casey", "Councillor Burke")


CANADA = """\
THE CORPORATION OF THE TOWNSHIP OF BIRCHWOOD
REGULAR COUNCIL MEETING MINUTES
Tuesday, May 7, 2024 at 7:00 p.m.

Present: Mayor Jane Holt, Deputy Mayor Ray Singh, Councillor Lee Tran, Councillor Mia Burke
Regrets: Councillor Tom Price

1. Adoption of the Agenda
Resolution No. 2024-101
Moved by: Councillor Tran
Seconded by: Deputy Mayor Singh
Be it resolved that the agenda for the May 7, 2024 regular meeting be adopted as presented.
Carried

2. By-law 2024-15 Fees and Charges
Resolution No. 2024-103
Moved by: Deputy Mayor Singh
Seconded by: Councillor Burke
Be it resolved that By-law 2024-15 be read a first, second and third time and finally passed.
Recorded vote requested by Councillor Tran:
Yeas: Mayor Holt, Deputy Mayor Singh, Councillor Burke
Nays: Councillor Tran
Carried

3. Closed Session
Moved by: Councillor Burke
Seconded by: Councillor Tran
Be it resolved that Council move into closed session.
Defeated
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_canadian_be_it_resolved_with_a_recorded_vote(as_document, fmt):
    [minutes] = parse(as_document(CANADA, fmt)).minutes
    agenda, bylaw, closed = minutes.items
    [adopted] = agenda.resolutions
    assert adopted.text == "the agenda for the May 7, 2024 regular meeting be adopted as presented."
    assert (adopted.moved_by, adopted.outcome) == ("Councillor Tran", "carried")
    [passed] = bylaw.resolutions
    assert [(v.name, v.vote) for v in passed.votes.recorded] == [
        ("Mayor Holt", "for"), ("Deputy Mayor Singh", "for"), ("Councillor Burke", "for"), ("Councillor Tran", "against")]
    # A motion the council defeated decided nothing: it is kept among the item's motions.
    assert closed.resolutions == [] and [(m.text, m.outcome) for m in closed.motions] == [
        ("Council move into closed session.", "lost")]
    assert minutes.meeting.body == "THE CORPORATION OF THE TOWNSHIP OF BIRCHWOOD"


ENGLISH_PARISH = """\
LITTLE HAMPDEN PARISH COUNCIL
Minutes of the Parish Council Meeting held on Wednesday 8th May 2024 at 7.30pm in the Village Hall

Present: Cllr J Brown (Chairman), Cllr S Green, Cllr P White
In attendance: Mrs K Smith (Clerk), 3 members of the public

24/03 Minutes of the previous meeting
The minutes of the meeting held on 10th April 2024 were approved and signed by the Chairman.

24/04 Finance
a) The following payments were approved:
Clerk salary £450.00
Village Hall hire £25.00
b) It was resolved to accept the quotation from Green Gardens for grass cutting at £1,200 per year.

24/05 Planning
The report on the bypass was approved by the County Council in March.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_parish_decisions_in_the_passive(as_document, fmt):
    items = {item.number: item for item in _items(as_document, ENGLISH_PARISH, fmt)}
    assert [r.text for r in items["24/03"].resolutions] == [
        "The minutes of the meeting held on 10th April 2024 were approved and signed by the Chairman."]
    assert [r.text for r in items["24/04"].resolutions] == [
        "The following payments were approved: Clerk salary £450.00; Village Hall hire £25.00",
        "accept the quotation from Green Gardens for grass cutting at £1,200 per year."]
    # Another body's decision, reported: not this council's.
    assert items["24/05"].resolutions == []


US_ROLL_CALL = """\
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF ALDEN
June 3, 2024

ROLL CALL
Present: Councilmembers Lee, Patel, Jones and Mayor Smith
Absent: Councilmember Garcia

1. CONSENT CALENDAR
It was moved by Councilmember Lee and seconded by Councilmember Patel to approve the consent calendar. The motion passed unanimously.

2. ORDINANCE NO. 2024-05
MOTION: Councilmember Jones moved, seconded by Councilmember Lee, to introduce Ordinance No. 2024-05 amending the zoning code. The motion carried by the following vote:
AYES: Lee, Jones, Smith
NOES: Patel

3. BUDGET HEARING
Councilmember Patel moved to continue the hearing to June 17, 2024. Councilmember Lee seconded the motion. The motion failed 2-2.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_us_motions_with_roll_calls_and_a_failed_motion(as_document, fmt):
    consent, ordinance, hearing = _items(as_document, US_ROLL_CALL, fmt)
    assert [(r.text, r.moved_by, r.seconded_by) for r in consent.resolutions] == [
        ("approve the consent calendar.", "Councilmember Lee", "Councilmember Patel")]
    [introduced] = ordinance.resolutions
    assert (introduced.moved_by, introduced.seconded_by) == ("Councilmember Jones", "Councilmember Lee")
    assert [(v.name, v.vote) for v in introduced.votes.recorded] == [
        ("Lee", "for"), ("Jones", "for"), ("Smith", "for"), ("Patel", "against")]
    # "Councilmember Patel moved to …. Councilmember Lee seconded the motion. The motion failed 2-2."
    assert hearing.resolutions == []
    [failed] = hearing.motions
    assert (failed.text, failed.moved_by, failed.seconded_by, failed.outcome) == (
        "continue the hearing to June 17, 2024.", "Councilmember Patel", "Councilmember Lee", "lost")
    assert (failed.votes.for_, failed.votes.against) == (2, 2)


US_ROLL_THEN_TALLY = """\
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF ALDEN
May 6, 2024

ROLL CALL
Present: Mayor Jane Smith, Mayor Pro Tem Bob Lee, Councilmembers Ann Cho, Dan Diaz and Ed Fox

1. CONSENT CALENDAR
Motion by Councilmember Cho, seconded by Councilmember Diaz, to approve the Consent Calendar.
AYES: Smith, Lee, Cho, Diaz
NOES: Fox
ABSENT: None
Motion carried 4-1.

2. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roll_call_vote_above_its_verdict_keeps_the_verdicts_tally(as_document, fmt):
    # The names are listed under AYES and NOES, and the verdict below them prints the count: one vote.
    consent, _ = _items(as_document, US_ROLL_THEN_TALLY, fmt)
    [approved] = consent.resolutions
    assert (approved.outcome, approved.votes.for_, approved.votes.against) == ("carried", 4, 1)
    assert [(v.name, v.vote) for v in approved.votes.recorded] == [
        ("Smith", "for"), ("Lee", "for"), ("Cho", "for"), ("Diaz", "for"), ("Fox", "against")]


US_MOTION_WORDINGS = """\
MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES
February 13, 2024

Trustees present: Maria Gomez, Tom Baker, Linda Chu, Raj Singh

1. APPROVAL OF AGENDA
Moved by Trustee Baker and seconded by Trustee Chu to approve the agenda as presented.
Vote: 4-0-1 (West absent). Motion carried.

2. CONSENT AGENDA
Trustee Singh moved and Trustee Baker seconded approval of the consent agenda. Motion carried unanimously.

3. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_us_board_motions_with_a_vote_line_and_a_seconded_approval(as_document, fmt):
    # A one-line motion is not a line of mover and seconder labels; the "Vote:" line between it and its
    # verdict is the count. "X moved and Y seconded approval of …": the wording opens with its noun.
    agenda, consent, _ = _items(as_document, US_MOTION_WORDINGS, fmt)
    [approved] = agenda.resolutions
    assert _decided(approved) == (
        "approve the agenda as presented.", "Trustee Baker", "Trustee Chu", "carried")
    assert (approved.votes.for_, approved.votes.against, approved.votes.abstain) == (4, 0, 1)
    [consented] = consent.resolutions
    assert _decided(consented) == (
        "approval of the consent agenda.", "Trustee Singh", "Trustee Baker", "carried")


LABELLED_AND_FAVOURED = """\
MINUTES OF THE MEETING OF THE PARISH COUNCIL
8 January 2024

Present: Cllr A Cho (Chair), Cllr B Diaz, Cllr C Eve

1. ROAD SAFETY PLAN
Moved Cr Cho / Seconded Cr Diaz
That the report be received.
CARRIED

2. BUDGET
Proposed by Cllr Cho, seconded by Cllr Diaz, all in favour, that the budget be approved.

3. CLOSE
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_parted_by_a_slash_and_a_verdict_said_beside_the_seconder(as_document, fmt):
    # "Moved Cr A / Seconded Cr B": the labels are not part of the names. "…, seconded by Cllr B, all in
    # favour, that …": the verdict stands between the seconder and the wording, after a comma.
    plan, budget, _ = _items(as_document, LABELLED_AND_FAVOURED, fmt)
    [received] = plan.resolutions
    assert (received.text, received.moved_by, received.seconded_by) == (
        "That the report be received.", "Cr Cho", "Cr Diaz")
    [approved] = budget.resolutions
    assert _decided(approved) == (
        "the budget be approved.", "Cllr Cho", "Cllr Diaz", "carried")


NZ_SLASHED_MOVERS = """\
MINUTES OF AN ORDINARY MEETING OF THE RIVERTON DISTRICT COUNCIL
12 March 2024

PRESENT: Mayor Andrew Tripp (Chair), Crs Ann Cho, Dan Diaz and Eve Fox

1 ROAD SAFETY PLAN
Moved: Cr Cho/Cr Diaz
That the Road Safety Plan be adopted.
CARRIED 5/2

2 ANNUAL REPORT
That the Annual Report be received.
Cr Fox/Cr Cho CARRIED

3 CLOSE
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_movers_parted_by_a_slash_under_one_label_or_beside_the_verdict(as_document, fmt):
    # New Zealand: "Moved: Cr A/Cr B" names both; "Cr A/Cr B CARRIED" under the wording names both and
    # gives the verdict; "CARRIED 5/2" counts five for and two against.
    plan, report, _ = _items(as_document, NZ_SLASHED_MOVERS, fmt)
    [adopted] = plan.resolutions
    assert _decided(adopted) == (
        "That the Road Safety Plan be adopted.", "Cr Cho", "Cr Diaz", "carried")
    assert (adopted.votes.for_, adopted.votes.against) == (5, 2)
    [received] = report.resolutions
    assert _decided(received) == (
        "That the Annual Report be received.", "Cr Fox", "Cr Cho", "carried")


MOVERS_BELOW_THE_WORDING = """\
MINUTES OF AN ORDINARY MEETING OF THE RIVERTON DISTRICT COUNCIL
12 March 2024

PRESENT: Mayor Andrew Tripp (Chair), Crs Ann Cho, Dan Diaz and Eve Fox

1 ANNUAL REPORT
THAT the Annual Report be received.
Moved: Cr Cho
Seconded: Cr Diaz
CARRIED

2 ROAD SAFETY PLAN
That the Road Safety Plan be adopted.
(Moved Cr Fox/Seconded Cr Cho) CARRIED

3 SPEED LIMITS
RESOLVED (Cr Diaz/Cr Fox)
That the speed limit review be consulted on.

4 CLOSE
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_movers_printed_below_the_wording_or_in_brackets_after_the_keyword(as_document, fmt):
    # The movers may follow the wording on lines of their own, stand in brackets before the verdict, or
    # stand in brackets after RESOLVED with the wording below.
    report, plan, limits, _ = _items(as_document, MOVERS_BELOW_THE_WORDING, fmt)
    assert [_decided(r) for r in report.resolutions] == [
        ("THAT the Annual Report be received.", "Cr Cho", "Cr Diaz", "carried")]
    assert [_decided(r) for r in plan.resolutions] == [
        ("That the Road Safety Plan be adopted.", "Cr Fox", "Cr Cho", "carried")]
    assert [_decided(r) for r in limits.resolutions] == [
        ("the speed limit review be consulted on.", "Cr Diaz", "Cr Fox", None)]


def test_movers_below_a_decision_without_a_verdict_lead_the_next_one(as_document):
    # Irish minutes print each motion's proposer and seconder above it: the lines under one decision
    # belong to the decision that follows them, not to the one above.
    text = ("MINUTES OF THE MEETING OF THE COUNTY COUNCIL\n31 March 2025\n\n"
            "Present: Councillors Ann Cho, Dan Diaz and Eve Fox\n\n1. BUDGET\n"
            "Proposed by Councillor Cho;\nSeconded by Councillor Diaz:\nAnd Resolved:\n"
            "\u201cTHAT, the budget be adopted.\u201d\n"
            "Proposed by Councillor Fox;\nSeconded by Councillor Cho:\nAnd Resolved:\n"
            "\u201cTHAT, the rates be set at 10%.\u201d\n\n2. CLOSE\n")
    budget, _ = _items(as_document, text)
    assert [(r.moved_by, r.seconded_by) for r in budget.resolutions] == [
        ("Councillor Cho", "Councillor Diaz"), ("Councillor Fox", "Councillor Cho")]


US_VOTES_WITHOUT_A_VERDICT = """\
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
May 6, 2024

Present: Mayor Jo Quill, Councilmembers Ann Cho, Dan Diaz and Ed Fox

1. CONSENT CALENDAR
Upon a motion by Councilmember Cho, seconded by Councilmember Diaz, the Council voted 4-0 to approve the consent calendar.

2. ZONING ORDINANCE
ACTION: Motion by Fox, second by Cho to introduce the zoning ordinance. Vote: 1-3.

3. BUDGET
Motion by Councilmember Diaz, seconded by Councilmember Fox, to adopt the budget.
Vote: 4-0

4. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vote_count_without_a_verdict_decides_by_majority(as_document, fmt):
    # "the Council voted 4-0 to …" before the wording, and "Vote: 1-3" after it, print no verdict: the
    # count carries the motion or loses it.
    consent, zoning, budget, _ = _items(as_document, US_VOTES_WITHOUT_A_VERDICT, fmt)
    [approved] = consent.resolutions
    assert _decided(approved) == (
        "approve the consent calendar.", "Councilmember Cho", "Councilmember Diaz", "carried")
    assert (approved.votes.for_, approved.votes.against) == (4, 0)
    assert zoning.resolutions == [] and [(m.text, m.outcome) for m in zoning.motions] == [
        ("introduce the zoning ordinance.", "lost")]
    [adopted] = budget.resolutions
    assert (adopted.text, adopted.outcome, adopted.votes.for_) == ("adopt the budget.", "carried", 4)


US_RESULT_BLOCKS = """\
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
May 6, 2024

Present: Mayor Jo Quill, Councilmembers Ann Cho, Dan Diaz and Ed Fox

1. 24-0123 Resolution Approving the Annual Street Resurfacing Program
Staff presented the program and answered questions.
RESULT: ADOPTED [UNANIMOUS]
MOVER: Ann Cho, Councilmember
SECONDER: Dan Diaz, Councilmember
AYES: Quill, Cho, Diaz, Fox

2. 24-0124 Parking Ordinance
Motion to introduce the parking ordinance as amended.
RESULT: APPROVED [3 TO 1]
MOVER: Ed Fox, Councilmember
SECONDER: Ann Cho, Councilmember
AYES: Quill, Cho, Fox
NAYS: Diaz

3. 24-0125 Sign Regulations
RESULT: CONTINUED
MOVER: Dan Diaz, Councilmember
SECONDER: Ed Fox, Councilmember

4. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_us_result_blocks_under_each_matter(as_document, fmt):
    # Minutes from agenda-management software: a block of labelled lines under each matter. The matter
    # decided is the item's title unless a motion is worded above the block; debate above it is not.
    street, parking, signs, _ = _items(as_document, US_RESULT_BLOCKS, fmt)
    [adopted] = street.resolutions
    assert _decided(adopted) == (
        "Resolution Approving the Annual Street Resurfacing Program", "Ann Cho", "Dan Diaz", "carried")
    assert [v.name for v in adopted.votes.recorded] == ["Quill", "Cho", "Diaz", "Fox"]
    [introduced] = parking.resolutions
    assert _decided(introduced) == ("introduce the parking ordinance as amended.", "Ed Fox", "Ann Cho", "carried")
    assert (introduced.votes.for_, introduced.votes.against) == (3, 1)
    assert signs.resolutions == [] and [(m.outcome, m.moved_by) for m in signs.motions] == [("deferred", "Dan Diaz")]


def test_a_counted_vote_line_names_its_voters_after_the_count(as_document):
    text = ("MINUTES OF THE CITY COUNCIL\nMay 6, 2024\n\nPresent: Mayor Jo Quill, Councilmembers Ann Cho and "
            "Dan Diaz\n\n1. CONSENT CALENDAR\nA motion was made by Councilmember Cho, seconded by Councilmember "
            "Diaz, that the Consent Calendar be approved. The motion carried by the following vote:\n"
            "Aye: 3 - Quill, Cho and Diaz\n\n2. ADJOURNMENT\n")
    consent, _ = _items(as_document, text)
    [approved] = consent.resolutions
    assert (approved.votes.for_, [v.name for v in approved.votes.recorded]) == (3, ["Quill", "Cho", "Diaz"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bracket_after_resolved_holds_the_movers_or_the_vote(as_document, fmt):
    # New Zealand and UK minutes put the movers ("Resolved (Cho/Diaz):") or the vote ("RESOLVED
    # (unanimously) that", "(8 votes to 2)") in brackets after the keyword: not part of the wording.
    text = ("MINUTES OF THE COUNCIL\n12 March 2024\n\nPresent: Councillors Ann Cho, Dan Diaz and Eve Fox\n\n"
            "1. REPORT\nResolved (Cho/Diaz): That the report be received.\n\n"
            "2. BUDGET\nRESOLVED (8 votes to 2) that the budget be adopted.\n\n"
            "3. PLAN\nRESOLVED (unanimously) that the plan be approved.\n\n4. CLOSE\n")
    report, budget, plan, _ = _items(as_document, text, fmt)
    assert [_decided(r) for r in report.resolutions] == [("the report be received.", "Cho", "Diaz", None)]
    [adopted] = budget.resolutions
    assert (adopted.text, adopted.outcome, adopted.votes.for_, adopted.votes.against) == (
        "the budget be adopted.", "carried", 8, 2)
    assert [(r.text, r.outcome) for r in plan.resolutions] == [("the plan be approved.", "carried")]


def test_a_motion_whose_wording_is_the_bodys_decision_after_its_verdict(as_document):
    text = ("MINUTES OF THE CITY COUNCIL\nMay 6, 2024\n\nPresent: Mayor Jo Quill, Councilmembers Ann Cho and "
            "Dan Diaz\n\n1. CONSENT CALENDAR\nOn motion of Councilmember Cho, seconded by Councilmember Diaz, and "
            "carried unanimously, the Council approved the consent calendar.\n\n2. ADJOURNMENT\n")
    consent, _ = _items(as_document, text)
    assert [_decided(r) for r in consent.resolutions] == [
        ("the Council approved the consent calendar.", "Councilmember Cho", "Councilmember Diaz", "carried")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_label_for_mover_and_seconder_and_a_roll_above_the_verdict(as_document, fmt):
    text = ("MINUTES OF THE CITY COUNCIL\nMay 6, 2024\n\nPresent: Mayor Jo Quill, Councilmembers Ann Cho and "
            "Dan Diaz\n\n1. CONSENT CALENDAR\nMotion/Second: Cho/Diaz\nTo approve the consent calendar.\n"
            "Ayes: Quill, Cho, Diaz\nMotion carried.\n\n2. ADJOURNMENT\n")
    consent, _ = _items(as_document, text, fmt)
    [approved] = consent.resolutions
    assert _decided(approved) == ("To approve the consent calendar.", "Cho", "Diaz", "carried")
    assert [v.name for v in approved.votes.recorded] == ["Quill", "Cho", "Diaz"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bracket_closing_a_decision_says_how_it_was_carried(as_document, fmt: str) -> None:
    # "RESOLVED that … (carried by 5 votes to 1 with 1 abstention).": the outcome and the whole count, not wording.
    text = HEAD + "1. The Old Forge\n\nRESOLVED that the application be approved (carried by 5 votes to 1 with 1 abstention).\n"
    decision = _items(as_document, text, fmt)[0].resolutions[0]
    assert (decision.text, decision.outcome) == ("the application be approved.", "carried")
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (5, 1, 1)


PLANNING_VOTE = """\
Minutes of a meeting of the Planning Committee held at the Council Offices on Wednesday 12 June 2024 at 6.00 pm.

Present: Councillors Ahmed, Baker, Clarke, Dunn and Ellis

14. 24/00123/FUL - Land at Mill Lane
It was moved by Councillor Baker and seconded by Councillor Clarke that the application be approved.
On being put to the vote there voted 5 for, 2 against and 0 abstentions and it was
RESOLVED that planning permission be GRANTED subject to conditions.

15. 24/00456/HH - 3 Park Road
RESOLVED that the application be refused.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_that_runs_on_into_the_decision_is_its_vote(as_document, fmt):
    # English planning minutes: the motion, then its count "… and it was", then the decision it carried.
    granted, refused = (item.resolutions[0] for item in _items(as_document, PLANNING_VOTE, fmt))
    assert _decided(granted) == ("planning permission be GRANTED subject to conditions.",
                                 "Councillor Baker", "Councillor Clarke", "carried")
    assert (granted.votes.for_, granted.votes.against, granted.votes.abstain) == (5, 2, 0)
    # A decision with no count or motion of its own borrows none from the item above.
    assert _decided(refused)[1:] == (None, None, None) and refused.votes is None
