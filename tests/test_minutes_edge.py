"""Parish minutes with no "Minutes of…" title and no attendance heading, and minute numbers of odd shapes."""

from __future__ import annotations

from councildocs.api import extract

UNTITLED = """Upper Wickham Parish Council
Meeting held on Monday 6 March 2023 at 7.30pm in the Village Hall, Church Lane

Councillors R Dale (Chair), K Moss, T Varga

1-0607/1 Apologies for absence
Apologies were received from Cllr Penn.

1-0607/8 Planning applications
RESOLVED to support the application for the new porch.

12/23/05 Finance
RESOLVED that the schedule of payments be approved.
"""

VENUE_LINE = """Lower Wickham Parish Council
Meeting held on Tuesday 4 April 2023 at 7.00pm
The Pavilion, Recreation Ground

Present: Cllr A Lowe (Chair), Cllr B Marsh

23/41 Apologies
None.

23/42 Grass cutting
RESOLVED to accept the lowest quote.
"""


def _extract(tmp_path, text: str):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_meeting_held_on_title_without_attendance_heading_is_minutes(tmp_path):
    result = _extract(tmp_path, UNTITLED)
    assert len(result.minutes) == 1
    minutes = result.minutes[0]
    assert str(minutes.meeting.date) == "2023-03-06"
    assert minutes.meeting.venue == "Village Hall, Church Lane"  # stops before the councillors' line
    assert [a.name for a in minutes.attendees if a.status == "present"][:1] == ["R Dale"]


def test_minute_numbers_with_hyphen_and_slashes_are_read(tmp_path):
    items = _extract(tmp_path, UNTITLED).minutes[0].items
    assert [i.number for i in items] == ["1-0607/1", "1-0607/8", "12/23/05"]
    assert items[1].resolutions[0].text.startswith("support the application")


def test_venue_on_its_own_line_under_the_date_line(tmp_path):
    minutes = _extract(tmp_path, VENUE_LINE).minutes[0]
    assert minutes.meeting.venue == "The Pavilion, Recreation Ground"
    assert [i.number for i in minutes.items] == ["23/41", "23/42"]
