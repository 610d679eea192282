"""A committee-management web page (ModernGov style): site furniture dropped, the item table read as items."""

from __future__ import annotations

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
    assert result.meeting.start_time == "10:00"
    assert result.meeting.venue == "Room 4, Guildhall, Market Place."


def test_a_data_table_with_numbered_rows_stays_a_table(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text("<main><table><tr><th>No.</th><th>Topic</th><th>Lead</th></tr>"
                    "<tr><td>1</td><td>Budget</td><td>Finance</td></tr></table></main>", encoding="utf-8")
    tables = [b for page in load(path).pages for b in page.blocks if not hasattr(b, "text")]
    assert len(tables) == 1
