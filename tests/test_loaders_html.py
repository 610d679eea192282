"""A council's minutes saved as a web page: only the main content, tables kept, records out."""

from __future__ import annotations

import datetime as dt

from councildocs.api import extract
from councildocs.document import Table
from councildocs.loaders import load

PAGE = """<!DOCTYPE html>
<html><head><title>Minutes</title><style>body { color: red }</style>
<script>var tracking = "Present: Councillor Nobody";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/meetings">Meetings</a> | Present: Councillor Menu</nav>
<header>Borough Council website</header>
<main>
<h1>Licensing Sub-Committee</h1>
<p><b>Minutes of the meeting held on Monday, 6 June 2022 at 10.00 am</b></p>
<p><strong>Present:</strong></p>
<table>
  <tr><th>Name</th><th>Organisation</th></tr>
  <tr><td>Councillor A Patel (Chair)</td><td>Borough Council</td></tr>
  <tr><td>Councillor B Quinn</td><td>Borough Council</td></tr>
</table>
<h2>1. Application for a premises licence</h2>
<p>The licensing officer presented the report.</p>
<p>RESOLVED that the licence be granted.</p>
<p>The meeting closed at 11.15 am</p>
</main>
<footer>Present: Councillor Footer &copy; 2022</footer>
</body></html>
"""


def test_only_main_content_is_kept(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load(path)
    assert doc.format == "html"
    text = " ".join(line.text for line in doc.lines())
    for dropped in ("tracking", "Home", "Menu", "Footer", "color"):
        assert dropped not in text
    heading = next(line for line in doc.lines() if line.text == "Licensing Sub-Committee")
    assert heading.heading == 1 and heading.bold
    table = next(b for b in doc.blocks() if isinstance(b, Table))
    assert table.texts()[1] == ["Councillor A Patel (Chair)", "Borough Council"]


def test_html_minutes_give_the_same_records_as_any_other_layout(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    doc = extract(path)
    minutes = doc.minutes[0]
    assert (minutes.meeting.date, minutes.meeting.start_time, minutes.meeting.end_time) == (
        dt.date(2022, 6, 6), dt.time(10, 0), dt.time(11, 15))
    assert [(a.name, a.role) for a in minutes.attendees] == [("A Patel", "chair"), ("B Quinn", None)]
    assert [(i.number, i.title) for i in minutes.items] == [("1", "Application for a premises licence")]
    assert minutes.items[0].resolutions[0].text == "the licence be granted."


def test_html_is_recognised_by_content_whatever_the_extension(tmp_path):
    path = tmp_path / "download.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert load(path).format == "html"


def test_deeply_nested_markup_does_not_exhaust_the_stack():
    markup = ("<div>" * 20000) + "<p>Present: Councillor Deep</p>" + ("</div>" * 20000)
    doc = load(markup.encode(), name="nested.html")
    assert any("Deep" in line.text for line in doc.lines())


def test_issue_12_utf16_html_with_a_bom_is_read_as_html() -> None:
    page = "<html><body><h1>Work programme</h1><p>Planning Committee, 12 March 2019</p></body></html>"
    doc = load(page.encode("utf-16"), name="page.html")
    assert doc.format == "html" and [line.text for line in doc.pages[0].lines][0] == "Work programme"


def test_issue_12_a_table_without_its_optional_end_tags_is_kept() -> None:
    # HTML lets </td>, </th> and </tr> go unwritten: the next cell, row, row group or </table> ends them.
    page = ("<html><body><h1>Forward plan</h1><table><thead><tr><th>Date<th>Topic<th>Lead"
            "<tbody><tr><td>1 May 2019<td>Budget<td>Clerk<tr><td>5 June 2019<td>Parks<td>Officer</table>"
            "<p>After the table</p></body></html>")
    doc = load(page.encode(), name="plan.html")
    [table] = [b for b in doc.pages[0].blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Date", "Topic", "Lead"], ["1 May 2019", "Budget", "Clerk"], ["5 June 2019", "Parks", "Officer"]]
    assert doc.pages[0].lines[-1].text == "After the table"
