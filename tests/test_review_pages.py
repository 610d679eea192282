"""What a review page is made of, without a browser: images, the embedded record, SQLite and index pages."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw

from councildocs.review import ReviewedDocument, index_html, record_counts, review_html, review_many
from councildocs.review.pages import image_to_bytes, pdf_to_page_images
from councildocs_cli.main import cli

from .conftest import SEEDS


@pytest.fixture(scope="module")
def small_record() -> dict:
    """A real extraction of a short seed report, as ``councildocs extract`` writes it."""
    import councildocs

    return json.loads(councildocs.extract(SEEDS / "004_8a4d8c94fefb7c1c.txt").model_dump_json())


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="cd-record">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained():
    pages = list(pdf_to_page_images(SEEDS / "001_36f2328d2f3f11ea.pdf", width=300))
    page = review_html({"source": {"path": "x.pdf", "format": "pdf", "pages": 3}}, pages=pages)
    assert len(re.findall(r"<img ", page)) == 3
    assert all(src.startswith("data:image/") for src in re.findall(r'<img [^>]*src="([^"]+)"', page))
    assert all('loading="lazy"' in tag for tag in re.findall(r"<img [^>]*>", page))
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    assert "<link rel=\"stylesheet\"" not in page and "<script src" not in page


def test_record_text_cannot_break_out_of_the_page(small_record):
    """A record holding markup or template marks is carried as data, byte for byte."""
    record = dict(small_record, warnings=["</script><script>alert(1)</script>", "{{CSS}} <!-- \u2028"])
    page = review_html(record)
    assert page.count("</script>") == 3  # the record, the meta data and the script itself
    assert embedded(page) == record


def test_page_images_measure_pages_as_the_boxes_do():
    """Sizes in points equal pdfplumber's, so a box's share of the page lands on its words."""
    import pdfplumber

    path = SEEDS / "001_36f2328d2f3f11ea.pdf"
    images = list(pdf_to_page_images(path, width=400))
    with pdfplumber.open(path) as pdf:
        assert [(round(p.width, 1), round(p.height, 1)) for p in pdf.pages] == \
            [(round(i.width, 1), round(i.height, 1)) for i in images]
    assert [i.number for i in images] == [1, 2, 3]
    assert Image.open(__import__("io").BytesIO(images[0].data)).size[0] == 400


def test_text_pages_are_grey_png_and_colour_pages_jpeg():
    text = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(text)
    for y in range(40, 760, 18):
        draw.text((40, y), "RESOLVED that the minutes be approved as a correct record", fill="black")
    mime, data = image_to_bytes(text)
    assert mime == "image/png"
    assert Image.open(__import__("io").BytesIO(data)).mode == "P"
    photo = Image.radial_gradient("L").resize((600, 800)).convert("RGB")
    photo.paste((200, 30, 30), (0, 0, 600, 400))
    assert image_to_bytes(photo)[0] == "image/jpeg"


def test_counts_and_index(small_record):
    counts = record_counts(small_record)
    assert counts["dates"] == len(small_record["dates"])
    page = index_html([ReviewedDocument("a/report.txt", "ok", "a_report.txt.html", "report", counts, 0),
                       ReviewedDocument("bad.pdf", "failed", error="bad.pdf: not a PDF [not_pdf]")])
    assert '<a href="a_report.txt.html">a/report.txt</a>' in page
    assert "not a PDF [not_pdf]" in page and "2 documents: 1 ok, 1 failed" in page


def test_sqlite_batch_reviews_every_document(tmp_path, small_record):
    """A batch's SQLite file is reviewed from its records; its sources are found by the paths it stored."""
    from councildocs.batch import Result
    from councildocs.sinks import open_sink

    db = tmp_path / "batch.db"
    sink = open_sink("sqlite", str(db))
    source = str(SEEDS / "004_8a4d8c94fefb7c1c.txt")
    sink.write(Result(source=source, status="ok", record=dict(small_record, source=dict(
        small_record["source"], path=source)), sha256=small_record["source"]["sha256"], pages=1))
    sink.write(Result(source="gone.pdf", status="failed", code="not_found", message="gone.pdf: file not found"))
    sink.close()
    index = review_many(db, tmp_path / "out")
    pages = sorted(p.name for p in (tmp_path / "out").glob("*.html"))
    assert pages == ["004_8a4d8c94fefb7c1c.txt.html", "index.html"]
    text = index.read_text(encoding="utf-8")
    assert "file not found" in text and "1 ok, 1 failed" in text
    page = (tmp_path / "out" / pages[0]).read_text(encoding="utf-8")
    assert embedded(page)["dates"] == small_record["dates"]
    assert page.count('class="tl"') == len(Path(source).read_text(encoding="utf-8").splitlines())


def test_sqlite_without_records_is_refused(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (path TEXT)")
    conn.close()
    result = CliRunner().invoke(cli, ["review", str(db), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no documents.record column" in result.output


def test_from_a_record_whose_source_is_gone(tmp_path, small_record):
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(dict(small_record, source=dict(small_record["source"], path="/nowhere/r.txt"))))
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["review", "--from", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "file not found, so its pages are not shown" in page
    assert 'class="tl"' not in page and 'class="page"' not in page


def test_command_line_errors(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["review"]).exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    result = runner.invoke(cli, ["review", "--from", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Error:") and "not an extraction record" in result.output
