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


ROSTER = """Forward plan
Notice of key decisions to be taken by the Environment Policy Committee

1) Decisions over £500,000 are key decisions.

Environment Policy Committee
Councillor Ann Lee (Chair)
Councillor Bob Hart (Vice Chair)
Councillor Cara Dunn
Councillor Dee Ford

The council's website holds the reports for every meeting.
"""


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_committee_roster_under_its_name_anywhere_on_a_front_sheet(as_document, fmt: str) -> None:  # noqa: ANN001
    meeting = councildocs.parse(as_document(ROSTER, fmt)).meeting
    assert meeting.body == "Environment Policy Committee"
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ann Lee", "chair"), ("Bob Hart", "vice-chair"), ("Cara Dunn", None), ("Dee Ford", None)]


def test_a_heading_over_two_names_is_no_roster() -> None:
    assert _members("Notes\n\n1. Apologies\n\nPlanning Committee\nCouncillor Ann Lee\nCouncillor Bob Hart\n\nEnd\n") == []


def test_a_us_header_lists_the_council_with_their_offices() -> None:
    text = ("City Council Regular Meeting\n\nMayor Lisa May, Vice Mayor Ellen Kay, Councilmembers Ann Abe, Al Hicks "
            "and Luke Ray\n\n1. Call to order\n")
    assert _members(text) == [
        {"name": "Lisa May", "position": "Mayor"}, {"name": "Ellen Kay", "position": "Vice Mayor"},
        {"name": "Ann Abe", "position": "Councilmember"}, {"name": "Al Hicks", "position": "Councilmember"},
        {"name": "Luke Ray", "position": "Councilmember"}]


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_us_front_sheet_lists_the_council_one_a_line_under_their_offices(as_document, fmt: str) -> None:  # noqa: ANN001
    # No heading names the list: the offices do (more than one of them, so a list of councillors is not it).
    text = ("CITY OF FAIRVIEW\nCITY COUNCIL AGENDA\nMonday, May 6, 2024 - 6:00 PM\n\nMayor Lisa May\n"
            "Mayor Pro Tem Ellen Kay\nCouncilmember Ann Abe\nCouncilmember Al Hicks\n\nCALL TO ORDER\n\n"
            "1. Approval of the minutes\n2. Warrant register\n")
    meeting = councildocs.parse(as_document(text, fmt)).meeting
    assert [(m.name, m.position) for m in meeting.members] == [
        ("Lisa May", "Mayor"), ("Ellen Kay", "Mayor Pro Tem"), ("Ann Abe", "Councilmember"),
        ("Al Hicks", "Councilmember")]


def test_councillors_one_a_line_with_one_office_are_no_membership() -> None:
    text = "Notes\n\nCouncillor Ann Lee\nCouncillor Bob Hart\nCouncillor Cara Dunn\n\n1. Apologies\n"
    assert _members(text) == []


def test_deputies_listed_with_one_title_are_not_members() -> None:
    text = ("Licensing Committee\n\nMembership: Councillors Ruth Bell (Chair), Owen Dale\n\nStanding Deputies\n"
            "Councillors Nia Moss, Pat Quinn and Sam Rowe\n\nAgenda\n1 Apologies\n")
    assert [m["name"] for m in _members(text)] == ["Ruth Bell", "Owen Dale"]


def test_a_position_reaches_sqlite() -> None:
    from councildocs.sinks.sqlite import record_to_rows

    doc = councildocs.extract("City Council\n\nMayor Lisa May, Vice Mayor Ellen Kay, Councilmembers Ann Abe, Al Hicks"
                              "\n\n1. Call to order\n")
    rows = record_to_rows("doc", doc.model_dump(mode="json", by_alias=True))["members"]
    assert [(r["name"], r["position"]) for r in rows] == [("Lisa May", "Mayor"), ("Ellen Kay", "Vice Mayor"),
                                           ("Ann Abe", "Councilmember"), ("Al Hicks", "Councilmember")]
