"""Text and Markdown from PDF-to-text tools become one document model."""

import pytest

from councildocs.document import Table
from councildocs.loaders import load, sniff
from councildocs.loaders.text import text_to_document

from .conftest import SEEDS


def test_seed_pack_keeps_its_membership_table_and_headings():
    doc = load(SEEDS / "002_2139ad1a0fcb7a16.txt")
    assert doc.format == "text"
    tables = list(doc.tables())
    membership = tables[0]
    assert membership.rows[0][0].text == "MAIN MEMBER"
    assert membership.rows[1][1].text == "Cllr Trevor Carter"
    agenda = next(line for line in doc.lines() if line.text == "A g e n d a")
    assert agenda.heading == 2 and agenda.bold


def test_markdown_emphasis_links_and_bullets_are_not_text():
    doc = text_to_document("# **Title**\n\n- **Item** [mail me](mailto:a@b.c) &amp; more\n")
    title, item = doc.lines()
    assert (title.text, title.heading, title.bold) == ("Title", 1, True)
    assert (item.text, item.bullet) == ("Item mail me & more", "-")


def test_pipe_and_html_rows_become_tables_and_form_feeds_split_pages():
    text = "| Date | Topic |\n|---|---|\n| 24 May | Budget |\n\fsecond page\n<tr><td><b>A</b></td><td>B</td></tr>\n"
    doc = text_to_document(text)
    assert len(doc.pages) == 2
    first = doc.pages[0].blocks[0]
    assert isinstance(first, Table) and first.texts() == [["Date", "Topic"], ["24 May", "Budget"]]
    html_table = doc.pages[1].blocks[1]
    assert isinstance(html_table, Table) and html_table.rows[0][0].bold


def test_loader_is_chosen_by_content_not_extension():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff(b"\x89PNG\r\n\x1a\n") == "binary"
    assert sniff(b"Minutes of the meeting") == "text"
    # Comments open HTML pages and also Markdown made from PDFs ("<!-- Page 1 -->"): what follows decides.
    assert sniff(b"<!-- saved page -->\n<div><p>Agenda</p></div>") == "html"
    assert sniff(b"<!-- Page 1 -->\n![Logo](logo.png)\n\n# AGENDA\n1. Call to order\n") == "text"


def test_pipe_table_header_without_outer_pipes_is_a_row():
    doc = text_to_document("Decision | Date | Lead officer\n|---|---|---|\n| Budget | 23 February 2023 | Pat Gold |\n")
    table = doc.pages[0].blocks[0]
    assert isinstance(table, Table)
    assert table.texts() == [["Decision", "Date", "Lead officer"], ["Budget", "23 February 2023", "Pat Gold"]]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_issue_12_utf16_and_bom_text_is_decoded(encoding: str) -> None:
    # Notepad's "Unicode" and some exports: with or without a byte-order mark, never refused as not_pdf.
    text = (SEEDS / "000_4e4b3ddf3947bfc4.txt").read_text(encoding="utf-8")
    expected = [line.text for page in load(text.encode()).pages for line in page.lines]
    doc = load(text.encode(encoding), name="minutes.txt")
    assert [line.text for page in doc.pages for line in page.lines] == expected
    assert not doc.warnings
