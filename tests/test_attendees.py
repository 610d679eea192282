"""Attendance lists of minutes, worded the ways councils print them, in prose and tables, from text and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

import councildocs
from councildocs.extractors.attendees import blocks_to_attendees
from councildocs.extractors.names import link_names
from councildocs.extractors.people import split_names
from councildocs.loaders.text import text_to_document


def _attendees(text: str) -> list[dict]:
    doc = text_to_document(text)
    return [a.model_dump(exclude_none=True, exclude={"evidence"}) for a in blocks_to_attendees(list(doc.blocks()))]


def _by_name(people: list[dict]) -> dict[str, dict]:
    return {p["name"]: p for p in people}


def test_present_prose_with_missing_comma_and_substitute() -> None:
    people = _attendees(
        "SCRUTINY COMMITTEE\n\n19 July 2018\n\n"
        "Present: Councillors Wright (chair), Fullman (vice chair) Carlo, Fulton-McAlister (M), Hampton, "
        "Sands (M) (substitute for Sands (S)), O'Neill, Thomas (Va) and Thomas (Vi)\n\n"
        "Apologies: Councillor Coleshill, Sands (S) and Smith\n\n"
        "1. Public questions\n\nCouncillor Brown asked about the budget.\n")
    got = _by_name(people)
    assert [p["name"] for p in people if p["status"] == "present"] == [
        "Wright", "Fullman", "Carlo", "Fulton-McAlister (M)", "Hampton", "Sands (M)", "O'Neill", "Thomas (Va)",
        "Thomas (Vi)"]
    assert got["Wright"]["role"] == "chair" and got["Fullman"]["role"] == "vice-chair"
    assert got["Sands (M)"]["substitute_for"] == "Sands (S)"
    assert {p["name"] for p in people if p["status"] == "apologies"} == {"Coleshill", "Sands (S)", "Smith"}
    assert "Brown" not in got  # discussion prose is never mined for names


def test_chairman_in_brackets_and_semicolons() -> None:
    people = _attendees("PRESENT: Councillor A Smith (Chairman); Councillors B Jones, C Brown and D Green\n")
    assert [(p["name"], p.get("role")) for p in people] == [
        ("A Smith", "chair"), ("B Jones", None), ("C Brown", None), ("D Green", None)]


def test_also_present_officers_one_per_line() -> None:
    people = _attendees(
        "Also present: Kim Wright, partnership manager (Department of Work and Pensions)\n\n"
        "Paul Corney, head of service, Anglia Revenue Partnership\n"
        "Jane Doe – Democratic Services Officer\n\n"
        "1. Minutes\n")
    assert people == [
        {"name": "Kim Wright", "status": "also_present", "position": "partnership manager",
         "organisation": "Department of Work and Pensions"},
        {"name": "Paul Corney", "status": "also_present", "position": "head of service",
         "organisation": "Anglia Revenue Partnership"},
        {"name": "Jane Doe", "status": "also_present", "position": "Democratic Services Officer"},
    ]


def test_apologies_sentence_inside_apologies_item_and_none() -> None:
    people = _attendees(
        "Members present:-\nCllr Dr A Khan\nCllr B Patel\n\n"
        "1. Apologies for Absence\n\n"
        "1.1 Apologies for absence were received from Councillors X Ray and Y Zed.\n\n"
        "2. Declarations of interest\n\nNone.\n")
    assert [(p["name"], p["status"]) for p in people] == [
        ("A Khan", "present"), ("B Patel", "present"), ("X Ray", "apologies"), ("Y Zed", "apologies")]
    assert _attendees("Present: Cllr Jones\n\nApologies: None\n") == [{"name": "Jones", "status": "present"}]


def test_substitutes_line() -> None:
    people = _attendees("Present: Councillors Hale, Ince\n\nSubstitutes: Councillor Ince for Councillor Jarvis\n")
    assert _by_name(people)["Ince"]["substitute_for"] == "Jarvis"


def test_members_present_table_with_chair_and_officer_table() -> None:
    people = _attendees(
        "Present:\n\n"
        "Cllr Mark Kiddle-Morris (Chair)\tNorfolk County Council\n"
        "Cllr Penny Carpenter\tGreat Yarmouth Borough Council\n\n"
        "Also in Attendance:\n\n"
        "Mark Stokes\tChief Executive, Office of Police and Crime Commissioner for Norfolk (OPCCN) and Chair of "
        "the NCCSP Partnership\n"
        "Sonia Humphreys\tNorfolk Constabulary\n\n"
        "1. Apologies\n")
    got = _by_name(people)
    assert got["Mark Kiddle-Morris"] == {"name": "Mark Kiddle-Morris", "status": "present", "role": "chair",
                                         "organisation": "Norfolk County Council"}
    assert got["Mark Stokes"]["position"] == "Chief Executive and Chair of the NCCSP Partnership"
    assert got["Mark Stokes"]["organisation"] == "Office of Police and Crime Commissioner for Norfolk (OPCCN)"
    assert got["Sonia Humphreys"] == {"name": "Sonia Humphreys", "status": "also_present",
                                      "organisation": "Norfolk Constabulary"}


def test_split_names_keeps_disambiguators_and_reads_titles_as_roles() -> None:
    names = split_names("Chairman Cllr Mrs Shewell, Cllrs Hayward, County Cllr Webb & the Clerk, Mr. David James")
    assert [(m.name, m.role, m.position) for m in names] == [
        ("Shewell", "chair", None), ("Hayward", None, None), ("Webb", None, None), ("David James", None, "Clerk")]
    names = split_names("Sands (M) (substitute for Manning) Sands (S), Smith")
    assert [(m.name, m.substitute_for) for m in names] == [("Sands (M)", "Manning"), ("Sands (S)", None),
                                                          ("Smith", None)]


def test_link_names_ties_spellings_but_not_two_people() -> None:
    links = link_names(["Councillor Wright", "Wright (Chair)", "Cllr Wright", "Kim Wright", "Sands (M)", "Sands (S)"])
    assert links["Councillor Wright"] == links["Wright (Chair)"] == links["Cllr Wright"] == "Wright"
    assert links["Kim Wright"] == "Kim Wright"
    assert links["Sands (M)"] != links["Sands (S)"]


def _pdf(path: Path) -> Path:
    reportlab = pytest.importorskip("reportlab")
    del reportlab
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [
        Paragraph("<b>Minutes of the Planning Committee</b>", styles["Title"]),
        Paragraph("<b>Members Present:-</b>", styles["Normal"]),
        Paragraph("Councillors: Ed Plowden (Chair), Graham Morris (Vice-Chair), Donald Alexander, Rob Bryher, "
                  "Nicholas Coombes, Tim Rippington, Emma Edwards, Kaz Self and David Wilcox", styles["Normal"]),
        Spacer(1, 12),
        Paragraph("<b>Officers present:</b>", styles["Normal"]),
        Table([["Name", "Role"], ["Ann Lee", "Planning Manager, Bristol City Council"],
               ["Bob Hart", "Committee Officer"]],
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])),
        Spacer(1, 12),
        Paragraph("<b>1 Apologies for Absence</b>", styles["Normal"]),
        Paragraph("Apologies were received from Councillor Tessa Fitzjohn.", styles["Normal"]),
        Paragraph("<b>2 Declarations of Interest</b>", styles["Normal"]),
        Paragraph("Councillor Plowden and Councillor Self declared no interests.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_wrapped_list_officer_table_and_apologies(tmp_path: Path) -> None:
    doc = councildocs.load(_pdf(tmp_path / "minutes.pdf"))
    people = blocks_to_attendees(list(doc.blocks()))
    got = {(a.name, a.status): a for a in people}
    present = [a.name for a in people if a.status == "present"]
    assert present == ["Ed Plowden", "Graham Morris", "Donald Alexander", "Rob Bryher", "Nicholas Coombes",
                       "Tim Rippington", "Emma Edwards", "Kaz Self", "David Wilcox"]
    assert got[("Ed Plowden", "present")].role == "chair"
    assert got[("Graham Morris", "present")].role == "vice-chair"
    assert got[("Ann Lee", "also_present")].position == "Planning Manager"
    assert got[("Ann Lee", "also_present")].organisation == "Bristol City Council"
    assert ("Bob Hart", "also_present") in got
    assert ("Tessa Fitzjohn", "apologies") in got
    assert len(people) == 12
    evidence = got[("David Wilcox", "present")].evidence
    assert evidence is not None and evidence.page == 1 and evidence.bbox is not None


@pytest.mark.parametrize(("stem", "expected"), [
    ("tintern-community-council-2019-07-29-minutes", {
        ("Shewell", "present", "chair"), ("Hayward", "present", None), ("Hillard", "present", None),
        ("Richards", "present", None), ("Evans", "present", None), ("Ashman", "present", None),
        ("Cobb", "present", None), ("Webb", "present", None), ("David James", "also_present", None),
        ("Hoskins", "apologies", None)}),
    ("manordeilo-salem-community-council-2018-07-11-minutes", {
        ("Alun Davies", "present", "chair"), ("Kim Davies", "present", None), ("Gwenfyl Evans", "present", None),
        ("Hubert Gwynne", "present", None), ("Doris Jones", "present", None), ("William Loynton", "present", None),
        ("Owen Williams", "present", None), ("Joseph Davies", "present", None),
        ("Dorian Jenkins", "apologies", None), ("Peter Harries", "apologies", None),
        ("Andrew Thomas", "apologies", None)}),
    ("milburn-parish-council-2018-03-06-minutes", {
        ("D Richardson", "present", "chair"), ("M Armstrong", "present", None), ("M Dixon", "present", None),
        ("P Moran", "present", None), ("Alan Armstrong", "present", None), ("J Connelly", "also_present", None),
        ("R Healey", "apologies", None)}),
    ("bristol-transport-connectivity-policy-committee-2025-05-15-minutes", {
        ("Ed Plowden", "present", "chair"), ("Graham Morris", "present", "vice-chair"),
        ("Donald Alexander", "present", None), ("Rob Bryher", "present", None),
        ("Nicholas Coombes", "present", None), ("Tim Rippington", "present", None),
        ("Emma Edwards", "present", None), ("Kaz Self", "present", None), ("David Wilcox", "present", None)}),
])
def test_real_minutes_page_one(shared: Path, stem: str, expected: set) -> None:
    doc = councildocs.load(shared / "corpora" / "council" / f"{stem}.pdf")
    blocks = [b for b in doc.blocks() if b.page == 1]
    assert {(a.name, a.status, a.role) for a in blocks_to_attendees(blocks)} == expected


def test_report_without_attendance_gives_nobody(shared: Path) -> None:
    doc = councildocs.load(shared / "corpora" / "council" / "westofengland-combined-authority-committee-2026-06-05-report.pdf")
    assert blocks_to_attendees(list(doc.blocks())) == []
