"""Membership lists on agenda front sheets: one per line, inline, or a table with substitutes."""

from __future__ import annotations

from pathlib import Path

import pytest

import councildocs
from councildocs.extractors.members import blocks_to_members
from councildocs.loaders.text import text_to_document


def _members(text: str) -> list[dict]:
    doc = text_to_document(text)
    return [m.model_dump(exclude_none=True, exclude={"evidence"}) for m in blocks_to_members(list(doc.blocks()))]


FRONT_SHEET = """Scrutiny committee

Date: Thursday, 20 September 2018

Committee members:

Councillors:

Wright (Chair)
Fullman (Vice-chair)
Fulton-McAlister (M)
Sands (S)
O'Neill

For further information please contact:

Committee officer: Lucy Palmer

Agenda

1 Apologies

SCRUTINY COMMITTEE

Present: Councillors Wright (chair), Brown, Green

Apologies: Councillor Black
"""


def test_one_per_line_with_roles_and_nothing_from_the_minutes() -> None:
    assert _members(FRONT_SHEET) == [
        {"name": "Wright", "role": "chair"}, {"name": "Fullman", "role": "vice-chair"},
        {"name": "Fulton-McAlister (M)"}, {"name": "Sands (S)"}, {"name": "O'Neill"}]


def test_inline_membership_line() -> None:
    assert _members("Cabinet\n\nMembership: Councillors A Adams (Chair), B Baker, C Clark\n\nAgenda\n") == [
        {"name": "A Adams", "role": "chair"}, {"name": "B Baker"}, {"name": "C Clark"}]


def test_membership_table_with_substitutes_and_representing() -> None:
    members = _members(
        "## Membership\n\n"
        "MAIN MEMBER\tSUBSTITUTE MEMBER\tREPRESENTING\n"
        "Cllr Alison Webb\tCllr Trevor Carter\tBreckland District Council\n"
        "Cllr Penny Carpenter\tTo be confirmed\tGreat Yarmouth Borough Council\n\n"
        "## A g e n d a\n\n1. Apologies\n")
    assert members == [
        {"name": "Alison Webb", "substitute": "Trevor Carter", "representing": "Breckland District Council"},
        {"name": "Penny Carpenter", "representing": "Great Yarmouth Borough Council"}]


def test_minutes_alone_have_no_members() -> None:
    assert _members("MINUTES\n\nPresent: Councillors Wright (chair), Brown\n\nMembers: none recorded\n") == []


def test_pdf_front_sheet_table(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    path = tmp_path / "agenda.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("<b>Licensing Panel</b>", styles["Title"]),
        Paragraph("<b>Membership</b>", styles["Normal"]),
        Table([["Main member", "Substitute", "Representing"],
               ["Cllr Ann Lee (Chair)", "Cllr Bob Hart", "City Council"],
               ["Cllr Cara Dunn", "TBC", "County Council"]],
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])),
        Spacer(1, 12),
        Paragraph("<b>Committee members:</b>", styles["Normal"]),
        Paragraph("Councillors: Dee Ford (Vice-Chair), Eve Gray", styles["Normal"]),
        Spacer(1, 12),
        Paragraph("<b>Agenda</b>", styles["Normal"]),
        Paragraph("1 Apologies for absence", styles["Normal"]),
    ])
    members = blocks_to_members(list(councildocs.load(path).blocks()))
    assert [(m.name, m.role, m.substitute, m.representing) for m in members] == [
        ("Ann Lee", "chair", "Bob Hart", "City Council"), ("Cara Dunn", None, None, "County Council"),
        ("Dee Ford", "vice-chair", None, None), ("Eve Gray", None, None, None)]
    assert members[0].evidence is not None and members[0].evidence.bbox is not None


def test_real_minutes_are_not_membership_lists(shared: Path) -> None:
    for stem in ("bristol-transport-connectivity-policy-committee-2025-05-15-minutes",
                 "tintern-community-council-2019-07-29-minutes", "milburn-parish-council-2018-03-06-agenda"):
        doc = councildocs.load(shared / "corpora" / "council" / f"{stem}.pdf")
        assert blocks_to_members(list(doc.blocks())) == []
