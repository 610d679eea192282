"""Front sheets and title blocks as councils print them: the meeting's body, date, start time and place
read from sentences and unlabelled lines, not only from ``Date:`` / ``Time:`` / ``Venue:`` labels."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import parse
from councildocs.extractors.dates import parse_time

SUMMONS = """ASHCOMBE PARISH COUNCIL

Dear Councillor,
You are hereby summoned to attend a meeting of the Ashcombe Parish Council at Ashcombe Memorial Hall on Thursday 14th March 2019 at 7.30pm.

Members of the public are welcome to attend.

AGENDA
1. To receive apologies for absence
2. To approve the minutes of the meeting held on 14th February 2019
3. Planning applications
"""

NOTICE = """NOTICE OF MEETING

LICENSING SUB-COMMITTEE

TUESDAY, 8 OCTOBER 2019 AT 2.00 PM

COMMITTEE ROOM 2, CIVIC OFFICES, HIGH STREET

Members: Councillors Dale (Chair), Frost and Okafor

AGENDA
1 Apologies
2 Minutes of the meeting held on 10 September 2019
"""

HELD_ON = """Agenda for the Town Council Meeting

A meeting of the Finance and General Purposes Committee will be held on Wednesday 6 November 2019 in the Guild Room, Market House, Brook Street starting at 18:45 hrs.

Yours faithfully
Town Clerk

AGENDA
1. Apologies for absence
2. Declarations of interest
"""

TITLE_LINE = """HOLTBY PARISH COUNCIL MEETING TO BE HELD ON MONDAY, 2nd DECEMBER 2019 @ 7.15pm HOLTBY VILLAGE HALL

AGENDA
1. Apologies
2. Minutes of the last meeting held on 4th November 2019
"""

ADDRESSED = """Public Document Pack

To: All Members of the Overview and Scrutiny Committee

Chief Executive
Town Hall

You are invited to attend the meeting below.

WEDNESDAY 15 JANUARY 2020

6:30 PM

AGENDA
1. Apologies
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_summons_sentence_gives_the_meeting(as_document, fmt):
    meeting = parse(as_document(SUMMONS, fmt)).meeting
    assert meeting.body.lower() == "ashcombe parish council"
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 3, 14), dt.time(19, 30))
    assert meeting.venue == "Ashcombe Memorial Hall"


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_date_line_with_its_time_and_the_place_below_it(as_document, fmt):
    meeting = parse(as_document(NOTICE, fmt)).meeting
    assert meeting.body.lower() == "licensing sub-committee"
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 10, 8), dt.time(14, 0))
    assert meeting.venue == "COMMITTEE ROOM 2, CIVIC OFFICES, HIGH STREET"


def test_will_be_held_on_a_date_in_a_place_starting_at_a_time(as_document):
    meeting = parse(as_document(HELD_ON, "text")).meeting
    assert meeting.body == "Finance and General Purposes Committee"
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 11, 6), dt.time(18, 45))
    assert meeting.venue == "the Guild Room, Market House, Brook Street"


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_one_title_line_holds_body_date_time_and_place(as_document, fmt):
    meeting = parse(as_document(TITLE_LINE, fmt)).meeting
    assert meeting.body.lower() == "holtby parish council"
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 12, 2), dt.time(19, 15))
    assert meeting.venue == "HOLTBY VILLAGE HALL"


def test_addressees_name_the_body_and_a_job_does_not(as_document):
    meeting = parse(as_document(ADDRESSED, "text")).meeting
    assert meeting.body == "Overview and Scrutiny Committee"
    assert (meeting.date, meeting.start_time) == (dt.date(2020, 1, 15), dt.time(18, 30))


def test_an_earlier_meetings_minutes_date_is_not_the_meeting_date(as_document):
    text = ("NOTICE OF MEETING\n\nPlanning Committee\n\nThe draft minutes of 3 June 2019 are enclosed.\n\n"
            "Monday 1 July 2019 at 6pm\n\nAGENDA\n1. Apologies\n")
    meeting = parse(as_document(text, "text")).meeting
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 7, 1), dt.time(18, 0))


@pytest.mark.parametrize("label", ["Meeting", "Committee"])
def test_a_meeting_label_names_the_body(as_document, label):
    text = f"{label}: Audit and Governance Committee\nDate: 12 March 2020\nTime: 10.00 am\n\nAGENDA\n1. Apologies\n"
    meeting = parse(as_document(text, "text")).meeting
    assert (meeting.body, meeting.date, meeting.start_time) == ("Audit and Governance Committee", dt.date(2020, 3, 12), dt.time(10, 0))


def test_a_programme_title_is_no_body(as_document):
    text = "Cabinet Forward Plan\n\nCabinet\n\nThursday 4 June 2020\n\n1. Budget monitoring\n"
    assert parse(as_document(text, "text")).meeting.body == "Cabinet"


def test_a_time_glued_to_a_date_keeps_its_half_of_the_day():
    assert parse_time("4.00pm1 July 2021") == dt.time(16, 0)
    assert parse_time("commencing at 7.15pm") == dt.time(19, 15)
    assert parse_time("10 amendments") is None


def test_a_time_on_the_date_label_line(as_document):
    text = "Annual Meeting of the Parish Council\nLocation: Church Room, Elm Lane\nDate: Monday 11th May 2020 Time: 7.45 pm\n\n1. Apologies\n"
    meeting = parse(as_document(text, "text")).meeting
    assert (meeting.date, meeting.start_time, meeting.venue) == (dt.date(2020, 5, 11), dt.time(19, 45), "Church Room, Elm Lane")


def test_an_ordinal_parted_from_its_day_in_a_minutes_title(as_document):
    text = ("MINUTES OF THE MEETING OF ORTON PARISH COUNCIL HELD ON TUESDAY 3 RD MARCH 2020 AT 7.00 PM "
            "IN THE READING ROOM, ORTON\n\nPresent: Cllrs A Hale (Chair), B Lund\n\n1. Apologies\nNone.\n")
    meeting = parse(as_document(text, "text")).meeting
    assert (meeting.date, meeting.start_time) == (dt.date(2020, 3, 3), dt.time(19, 0))


COMMISSION = """City of Palmetto Shores
405 Main Way Palmetto Shores, FL 33134

Agenda - Final

Tuesday, March 12, 2024
9:00 AM
City Hall, Commission Chambers

City Commission
Mayor Victor Lane Vice Mayor Rhoda Ames Commissioner Melba Cruz Commissioner Ari Fenton

Amos Rowe, Jr., City Manager Cristina M. Suarez, City Attorney

A. Call to Order
B. Presentations
B.-1. 24-1001 Proclamation declaring March 2024 as Women's History Month.
C. Consent Agenda
C-1 24-1020 A Resolution of the City Commission awarding a contract for landscaping services.
C-2 24-1021 A Resolution of the City Commission authorizing a grant agreement.
D. Adjournment
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_us_commission_header_its_offices_and_lettered_items(as_document, fmt):
    # The letterhead's street address is no item 405; "Commission Chambers" is a place, not the body; the members
    # are told apart by their offices alone (no commas); items are "B.-1." and "C-1" under lettered sections.
    record = parse(as_document(COMMISSION, fmt))
    meeting = record.meeting
    assert (meeting.body, meeting.venue) == ("City Commission", "City Hall, Commission Chambers")
    assert [(m.name, m.position) for m in meeting.members] == [
        ("Victor Lane", "Mayor"), ("Rhoda Ames", "Vice Mayor"), ("Melba Cruz", "Commissioner"),
        ("Ari Fenton", "Commissioner")]
    assert [i.number for i in record.agenda_items] == ["A", "B", "B.-1", "C", "C-1", "C-2", "D"]
    assert record.agenda_items[2].title == "Proclamation declaring March 2024 as Women's History Month."


@pytest.mark.parametrize("line", ["405 Biltmore Way, Coral Gables, FL 33134", "City Hall, 20 St Peters Street, Norwich, NR2 1NH",
                                  "2381 Highway 654, Nipissing, ON P0H 1W0", "12 Merchants Quay, Limerick V94 EH90"])
def test_a_street_address_ending_in_a_postcode_is_no_item(line):
    from councildocs.textpatterns import numbered_heading
    assert numbered_heading(line) is None
    assert numbered_heading("4. Lease of land at Highway 654") is not None


def test_an_irish_municipal_district_and_a_place_wrapped_after_the_article(as_document):
    # "HELD IN THE" ends the first line: the article alone is no place; the district is the body.
    text = ("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF THE METROPOLITAN DISTRICT OF LIMERICK HELD IN THE\n\n"
            "EXHIBITION ROOM, CITY HALL, MERCHANT'S QUAY, LIMERICK, ON MONDAY, 21ST JULY, 2014 AT 09.15 A.M.\n\n"
            "MEMBERS PRESENT:\n\nCouncillors Butler, Byrne, Clifford and Collins\n\n"
            "1. Adoption of Minutes\n\nProposed by Councillor Byrne;\n\nSeconded by Councillor Butler;\n\nAnd Resolved:\n\n"
            "\u201cThat, the draft Minutes, as circulated, be taken as read and adopted and signed\u201d\n")
    meeting = parse(as_document(text, "text")).meeting
    assert meeting.body.lower() == "metropolitan district of limerick"
    assert meeting.venue.removeprefix("THE ") == "EXHIBITION ROOM, CITY HALL, MERCHANT'S QUAY, LIMERICK"
    assert (meeting.date, meeting.start_time) == (dt.date(2014, 7, 21), dt.time(9, 15))
