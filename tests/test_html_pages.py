"""A committee-management web page (ModernGov style): site furniture dropped, the item table read as items."""

from __future__ import annotations

import datetime as dt

import pytest

from councildocs.api import extract
from councildocs.loaders import load

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Agenda and minutes</title></head>
<body>
<div id="cookie-banner"><p>We use cookies on this site. Accept all cookies</p></div>
<div id="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/m">Meetings</a></li></ul></div>
<div class="breadcrumb"><ul><li>Home</li><li>Committee structure</li></ul></div>
<div id="modgov"><div class="mgContent">
<h1>Agenda and minutes</h1>
<h2>Licensing Committee - Wednesday, 8th February, 2023 10.00 am</h2>
<div class="mgLinks"><ul class="mgActionList"><li><a href="#">Print</a></li><li><a href="#">Email</a></li></ul></div>
<p><span>Venue: </span>Room 4, Guildhall, Market Place. <a href="#">View directions</a></p>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p><a href="#">Apologies for absence</a></p>
<div><p>Minutes:</p><p>There were no apologies.</p></div></td></tr>
<tr><td><p>2.</p></td><td><p><a href="#">Review of fees</a> PDF 120 KB</p>
<div><p>Minutes:</p><p>The licensing manager introduced the report.</p>
<p>RESOLVED that the fees set out in the report be adopted.</p></div></td></tr>
</table>
</div></div>
<div id="footer"><p>Contact us | Accessibility | Cookies</p></div>
</body></html>
"""


def _page(tmp_path) -> object:
    path = tmp_path / "meeting.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_site_furniture_is_dropped(tmp_path):
    text = " ".join(line.text for line in load(_page(tmp_path)).lines())
    for furniture in ("cookies", "Home", "Committee structure", "Print", "Email", "Contact us", "KB",
                      "View directions"):
        assert furniture not in text


def test_item_table_rows_become_item_headings_and_paragraphs(tmp_path):
    lines = [(line.heading, line.text) for line in load(_page(tmp_path)).lines()]
    assert (3, "2. Review of fees") in lines
    assert (None, "RESOLVED that the fees set out in the report be adopted.") in lines
    assert all(text != "Minutes:" for _, text in lines)  # a label inside the item, not content


def test_meeting_comes_from_the_page_header(tmp_path):
    result = extract(_page(tmp_path))
    assert result.meeting.body == "Licensing Committee"
    assert str(result.meeting.date) == "2023-02-08"
    assert result.meeting.start_time == dt.time(10, 0)
    assert result.meeting.venue == "Room 4, Guildhall, Market Place"  # the map link and the stop before it go


def test_an_item_table_without_attendance_is_the_agenda(tmp_path):
    result = extract(_page(tmp_path))
    assert [(item.number, item.title) for item in result.agenda_items] == [
        ("1", "Apologies for absence"), ("2", "Review of fees")]


def test_a_data_table_with_numbered_rows_stays_a_table(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text("<main><table><tr><th>No.</th><th>Topic</th><th>Lead</th></tr>"
                    "<tr><td>1</td><td>Budget</td><td>Finance</td></tr></table></main>", encoding="utf-8")
    tables = [b for page in load(path).pages for b in page.blocks if not hasattr(b, "text")]
    assert len(tables) == 1


HEADER = """<!DOCTYPE html><html><head><title>Minutes</title></head><body>
<div class="breadcrumb"><ul><li>Home</li><li>Meetings</li></ul></div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Housing Scrutiny Panel - Monday, 5th June, 2023 7.00 pm</h2>
<div class="mgLinks"><ul class="mgActionList"><li><a href="#">Print</a></li></ul></div>
<p><span>Venue: </span>The Assembly Hall, Town Hall, Park Road. <a href="#">View directions</a></p>
<p><span>Contact: </span>Sam Patel, Committee Clerk</p>
<ul class="mgDocsList"><li><a href="#">Agenda frontsheet PDF 150 KB</a></li>
<li><a href="#">Printed minutes PDF 200 KB</a></li></ul>
"""
ATTENDANCE = """<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
<h3>Present:</h3>
<ul><li>Councillor Helen Marsh (Chair)</li><li>Councillor David Okafor</li><li>Councillor Ruth Lindqvist</li></ul>
<h3>Apologies:</h3>
<ul><li>Councillor Peter Grainger</li></ul>
<h3>Also Present:</h3>
<ul><li>Councillor Aisha Rahman</li></ul>
</div>
"""
ITEMS = """<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p><a href="mgAi.aspx?ID=11">Apologies for absence</a></p>
<div class="mgMinutes"><p>Minutes:</p><p>Apologies were received from Councillor Peter Grainger.</p></div></td></tr>
<tr><td><p>2.</p></td><td><p><a href="mgAi.aspx?ID=12">Minutes of the previous meeting</a> <span>PDF 80 KB</span></p>
<div class="mgMinutes"><p>Minutes:</p>
<p>RESOLVED that the minutes of the meeting held on 10 April 2023 be approved as a correct record.</p></div></td></tr>
<tr><td><p>3.</p></td><td><p><a href="mgAi.aspx?ID=13">Empty homes strategy</a> <span>PDF 400 KB</span></p>
<div class="mgMinutes"><p>Minutes:</p><p>The Head of Housing presented the draft strategy. Councillor Ruth Lindqvist
asked about the timetable for enforcement.</p>
<p>RESOLVED that the draft empty homes strategy be recommended to Cabinet for adoption.</p></div></td></tr>
</table>
"""
FOOTER = """</div></div><div id="footer"><p>Contact us</p></div></body></html>"""


NO_MAP_LINK = HEADER.replace(' <a href="#">View directions</a>', "")  # "Venue: … Park Road." ends with a stop


@pytest.mark.parametrize(("header", "body"), [(HEADER, ATTENDANCE + ITEMS), (HEADER, ITEMS + ATTENDANCE),
                                              (NO_MAP_LINK, ATTENDANCE + ITEMS), (NO_MAP_LINK, ITEMS + ATTENDANCE)],
                         ids=["attendance-above", "attendance-below", "no-map-link-above", "no-map-link-below"])
def test_minutes_page_gives_one_record_wherever_the_attendance_sits(tmp_path, header, body):
    path = tmp_path / "minutes.html"
    path.write_text(header + body + FOOTER, encoding="utf-8")
    result = extract(path)
    assert len(result.minutes) == 1
    minutes = result.minutes[0]
    assert minutes.meeting.body == "Housing Scrutiny Panel"
    assert str(minutes.meeting.date) == "2023-06-05"
    assert minutes.meeting.start_time == dt.time(19, 0)
    assert minutes.meeting.venue == "The Assembly Hall, Town Hall, Park Road"
    assert [(a.name, a.status) for a in minutes.attendees] == [
        ("Helen Marsh", "present"), ("David Okafor", "present"), ("Ruth Lindqvist", "present"),
        ("Peter Grainger", "apologies"), ("Aisha Rahman", "also_present")]  # not "Items", not names in the text
    assert next(a for a in minutes.attendees if a.name == "Helen Marsh").role == "chair"
    assert [(item.number, item.title) for item in minutes.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the previous meeting"), ("3", "Empty homes strategy")]
    decided = {item.number: [r.text for r in item.resolutions] for item in minutes.items}
    assert decided["3"] == ["the draft empty homes strategy be recommended to Cabinet for adoption."]
    assert decided["2"] and not decided["1"]


def test_agenda_page_gives_items_and_meeting(tmp_path):
    page = HEADER.replace("Agenda and minutes", "Agenda") + """<table class="mgItemTable">
<tr><td><p>1.</p></td><td><p><a href="mgAi.aspx?ID=1">Declarations of interest</a></p>
<p>Members are asked to declare any interests in items on this agenda.</p></td></tr>
<tr><td><p>2.</p></td><td><p><a href="mgAi.aspx?ID=2">Land east of the Old Mill, Brook Lane</a> PDF 310 KB</p>
<p>Outline application for twelve dwellings.</p></td></tr>
</table>""" + FOOTER
    path = tmp_path / "agenda.html"
    path.write_text(page, encoding="utf-8")
    result = extract(path)
    assert [(item.number, item.title) for item in result.agenda_items] == [
        ("1", "Declarations of interest"), ("2", "Land east of the Old Mill, Brook Lane")]
    assert result.agenda_items[1].description == "Outline application for twelve dwellings."
    assert result.meeting.body == "Housing Scrutiny Panel"
    assert str(result.meeting.date) == "2023-06-05"
    assert result.meeting.start_time == dt.time(19, 0)
    assert result.meeting.venue == "The Assembly Hall, Town Hall, Park Road"
    assert result.minutes == []
