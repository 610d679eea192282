"""Decisions in a PDF's layout: action owners printed at the right margin are not part of the decision."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import councildocs

#: (left text, right-margin text, bold, gap below) for each printed line.
LINES = [
    ("PARISH COUNCIL", None, True, 24),
    ("Minutes of the meeting held on 6 March 2018", None, False, 24),
    ("Present: Cllr A Smith, Cllr B Jones", None, False, 24),
    ("1. Play Area", None, True, 24),
    ("RESOLVED that the clerk orders new swings from Play Safe Ltd and", "Clerk", False, 16),
    ("reports the delivery date at the next meeting.", None, False, 24),
    ("2. Footpaths", None, True, 24),
    ("RESOLVED that Cllr Davies inspects the stile on footpath 12.", "Cllr J Davies", False, 24),
    ("3. Close", None, True, 24),
]


def _minutes_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 800.0
    for left, right, bold, gap in LINES:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
        page.drawString(60, y, left)
        if right:
            page.setFont("Helvetica", 11)
            page.drawRightString(540, y, right)
        y -= gap
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_action_owners_at_the_right_margin_are_not_part_of_the_decision() -> None:
    doc = councildocs.extract(_minutes_pdf(), name="minutes.pdf")
    by_item = {item.number: [r.text for r in item.resolutions] for item in doc.minutes[0].items}
    assert by_item["1"] == ["the clerk orders new swings from Play Safe Ltd and reports the delivery date at the "
                            "next meeting."]
    assert by_item["2"] == ["Cllr Davies inspects the stile on footpath 12."]
