"""US school-board and city agendas: lettered sections with lettered-and-numbered items, and a title block
that runs on under the AGENDA heading."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from click.testing import CliRunner

from councildocs.api import parse
from councildocs_cli.main import cli

FORMATS = ["text", "pdf"]

SCHOOL_BOARD = """\
RIVERSIDE UNIFIED SCHOOL DISTRICT
REGULAR MEETING OF THE BOARD OF EDUCATION
AGENDA
Tuesday, September 10, 2024
6:00 p.m.
District Office Board Room, 3380 Fourteenth Street

A. CALL TO ORDER
B. APPROVAL OF AGENDA
C. CONSENT CALENDAR
C.1 Approval of Minutes of the August 27, 2024 Regular Meeting
C.2 Ratification of Warrants
D. ACTION ITEMS
D.1 Adoption of Resolution No. 2024-15, Gann Limit
E. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_school_board_agenda_with_lettered_and_numbered_items(as_document, fmt):
    doc = parse(as_document(SCHOOL_BOARD, fmt))
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        ("A", "CALL TO ORDER"), ("B", "APPROVAL OF AGENDA"), ("C", "CONSENT CALENDAR"),
        ("C.1", "Approval of Minutes of the August 27, 2024 Regular Meeting"), ("C.2", "Ratification of Warrants"),
        ("D", "ACTION ITEMS"), ("D.1", "Adoption of Resolution No. 2024-15, Gann Limit"), ("E", "ADJOURNMENT")]
    # The date, time and place stand under the AGENDA heading: still the title block.
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2024, 9, 10), dt.time(18, 0))
    assert doc.meeting.venue == "District Office Board Room, 3380 Fourteenth Street"


SESSION = """\
CITY COUNCIL REGULAR SESSION AGENDA
Thursday, June 5, 2025
9:00 A.M.
City Council Chambers, 315 E. Kennedy Blvd., 3rd Floor

CEREMONIAL ACTIVITIES AND PRESENTATIONS
1. File No. CM25-12906 Karen Clay to present a 5-minute presentation on her new organization.
2. File No. CM25-14839 Council to recognize the third-place winner of the essay contest.
CONSENT AGENDA
3. File No. BA25-15444 Resolution approving the appointment of a member of the Historic Preservation Commission.
4. 25-0312 Resolution approving a purchase of four Police Responder Vehicles.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_numbers_are_kept_apart_from_titles(as_document, fmt, tmp_path):
    # "File No. CM25-12906" or a bare "25-0312" between the number and the title: the item's file_number.
    record = parse(as_document(SESSION, fmt))
    assert record.meeting.body.lower() == "city council"  # the kind of session is no part of the name
    assert [(i.number, i.file_number, i.title.split()[0]) for i in record.agenda_items] == [
        ("1", "CM25-12906", "Karen"), ("2", "CM25-14839", "Council"), ("3", "BA25-15444", "Resolution"),
        ("4", "25-0312", "Resolution")]
    if fmt == "text":  # the column in SQLite, written by the command line
        paper = tmp_path / "session.txt"
        paper.write_text(SESSION)
        db = tmp_path / "out.db"
        assert CliRunner().invoke(cli, ["extract", str(paper), "--format", "sqlite", "-o", str(db)]).exit_code == 0
        with sqlite3.connect(db) as conn:
            assert [r[0] for r in conn.execute("SELECT file_number FROM agenda_items ORDER BY ordinal")] == [
                "CM25-12906", "CM25-14839", "BA25-15444", "25-0312"]


BOARD_WITHOUT_TITLE_BLOCK = """\
Board of Education

1.    CALL TO ORDER/FLAG SALUTE

2.    SUPERINTENDENT'S REPORT

3.    APPROVAL OF MINUTES
Approval of Minutes of the Regular Meetings of September 9, 2014 and September 23, 2014

4.    CONSENT
4.1   Ratification of Personnel Report for September 2014
4.2   Ratification of Warrant List for September 2014

5.    ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_approving_minutes_does_not_make_the_agenda_minutes(as_document, fmt):
    # "Approval of Minutes of the Regular Meetings of …" names minutes the board will approve: the paper is
    # still its agenda, with every item, even with no title block above it
    # but the board's name.
    doc = parse(as_document(BOARD_WITHOUT_TITLE_BLOCK, fmt))
    assert doc.kind == "agenda" and doc.minutes == []
    assert [a.number for a in doc.agenda_items] == ["1", "2", "3", "4", "4.1", "4.2", "5"]


NO_SPACE_AFTER_NUMBER = """\
CUPERTINO UNION SCHOOL DISTRICT
REGULAR MEETING OF THE BOARD OF EDUCATION
AGENDA
Tuesday, January 22, 2013, 7:00 p.m.

11.   CLOSED SESSION
11.1  Conference with Labor Negotiator
12.REPORT FROM CLOSED SESSION
13.ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_whose_number_lost_its_space_is_still_an_item(as_document, fmt):
    # "12.REPORT FROM CLOSED SESSION": the space after the number's full stop was lost when the paper was
    # made; an upper-case title right after the stop is still the item's.
    doc = parse(as_document(NO_SPACE_AFTER_NUMBER, fmt))
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        ("11", "CLOSED SESSION"), ("11.1", "Conference with Labor Negotiator"), ("12", "REPORT FROM CLOSED SESSION"),
        ("13", "ADJOURNMENT")]


LEGISTAR_SECTIONS = """\
CITY OF RIVERTON
REGULAR MEETING OF THE CITY COUNCIL
Thursday, July 23, 2026 5:30 PM
City Council Chambers

1. INVOCATION
Offered by: Riverton Public Safety Chaplains
6. COUNCIL: SPECIAL RECOGNITIONS AND RESOLUTIONS
Special Recognitions
a. Resolution honoring the Riverton High School Robotics Team for its State Championship.
Resolution No. 26-616
2026-739
Sponsors: Watkins
7. ANNOUNCEMENTS AND PRESENTATIONS
a. Update on Northern Bypass Project.
2026-742
Sponsors: Watkins
20. NEW BUSINESS ITEMS FOR CONSIDERATION OR ACTION
a. Resolution authorizing travel expenses.
Resolution No. 26-629
2026-761
Sponsors: Finance
23. ADJOURNMENT
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_lettered_item_and_sections_left_out_of_the_numbering(as_document, fmt):
    # Legistar prints each section with its printed number (sections with no business this time are left
    # out: 7, then 20, then 23) and the items under it lettered from "a.", even when there is only one;
    # the resolution and file numbers and sponsors below an item are its details.
    doc = parse(as_document(LEGISTAR_SECTIONS, fmt))
    assert [(a.number, a.title) for a in doc.agenda_items] == [
        ("1", "INVOCATION"), ("6", "COUNCIL: SPECIAL RECOGNITIONS AND RESOLUTIONS"),
        ("a", "Resolution honoring the Riverton High School Robotics Team for its State Championship."),
        ("7", "ANNOUNCEMENTS AND PRESENTATIONS"), ("a", "Update on Northern Bypass Project."),
        ("20", "NEW BUSINESS ITEMS FOR CONSIDERATION OR ACTION"), ("a", "Resolution authorizing travel expenses."),
        ("23", "ADJOURNMENT")]


OPENING_STEP = """\
SACRAMENTO MUNICIPAL UTILITY DISTRICT
BOARD OF DIRECTORS REGULAR MEETING AGENDA
Thursday, August 15, 2024, 6:00 p.m.

Call to Order.
a. Roll Call.
1. Approval of the Agenda.
2. Committee Chair Reports.
a. Committee Chair report of August 6, 2024, Policy Committee
b. Committee Chair report of August 13, 2024, Finance and Audit Committee
3. Items not on the agenda.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lettered_opening_step_does_not_make_later_letters_clauses(as_document, fmt):
    # "a. Roll Call." under an unnumbered "Call to Order." encloses nothing: "a." and "b." under "2." are items.
    doc = parse(as_document(OPENING_STEP, fmt))
    assert [a.number for a in doc.agenda_items] == ["a", "1", "2", "a", "b", "3"]
