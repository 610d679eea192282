"""Minutes of Australian shire and city councils: attendance as an agenda item with ``Members:``,
``Staff:``, ``Apologies:`` and ``Leave of Absence:`` lines, ``COUNCIL RESOLUTION 2024/15`` with ``Moved:`` /
``Seconded:`` and a verdict ``CARRIED BY ABSOLUTE MAJORITY 4/1``. Names are invented; the wording is that of
real minutes."""

from __future__ import annotations

import pytest

from councildocs.api import parse

MINUTES = """\
MINUTES OF THE ORDINARY COUNCIL MEETING OF THE SHIRE OF WATTLE CREEK HELD IN THE COUNCIL CHAMBERS ON TUESDAY 20 FEBRUARY 2024 COMMENCING AT 5.00PM

1. DECLARATION OF OPENING
The Shire President declared the meeting open at 5.02pm.

2. ATTENDANCE, APOLOGIES AND LEAVE OF ABSENCE
Members: Cr K Lowell (Shire President), Cr P Nashe (Deputy Shire President), Cr A Bellamy, Cr D Frostick
Staff: Mr R Tanner (Chief Executive Officer), Ms L Wuest (Executive Manager Corporate Services)
Apologies: Cr J Piker
Leave of Absence: Cr S Rowell

3. CONFIRMATION OF MINUTES
COUNCIL RESOLUTION 2024/15
Moved: Cr Bellamy
Seconded: Cr Frostick
That the minutes of the Ordinary Council Meeting held on 16 January 2024 be confirmed as a true and correct record.
CARRIED 4/0

4. REPORTS OF OFFICERS
4.1 Monthly Financial Report - January 2024
COUNCIL RESOLUTION 2024/16
Moved: Cr Nashe
Seconded: Cr Lowell
That Council receives the Monthly Financial Report for January 2024.
CARRIED BY ABSOLUTE MAJORITY 3/1

5. CLOSURE
The Shire President declared the meeting closed at 6.15pm.
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_an_australian_shire_council(as_document, fmt: str) -> None:
    minutes = parse(as_document(MINUTES, fmt)).minutes[0]
    # "Members:" under an item titled for attendance and apologies lists who attended, not who sent apologies;
    # a leave of absence is an excused absence, as "Excused:" is.
    assert [(a.name, a.status, a.position) for a in minutes.attendees] == [
        ("K Lowell", "present", "Shire President"), ("P Nashe", "present", "Deputy Shire President"),
        ("A Bellamy", "present", None), ("D Frostick", "present", None),
        ("R Tanner", "also_present", "Chief Executive Officer"),
        ("L Wuest", "also_present", "Executive Manager Corporate Services"),
        ("J Piker", "apologies", None), ("S Rowell", "apologies", None)]
    decisions = [(i.number, r.moved_by, r.seconded_by, r.outcome, r.votes.for_, r.votes.against)
                 for i in minutes.items for r in i.resolutions]
    assert decisions == [("3", "Cr Bellamy", "Cr Frostick", "carried", 4, 0),
                         ("4.1", "Cr Nashe", "Cr Lowell", "carried", 3, 1)]
