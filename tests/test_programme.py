"""Work programmes, forward plans and trackers: one record per real row, however the table is cut."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from councildocs.document import BBox, Cell, Document, Page, Table
from councildocs.extractors.dates import DateContext, document_to_dates
from councildocs.extractors.programme import (
    document_to_programme,
    document_to_table_years,
    header_to_columns,
    join_table_pieces,
    table_to_grid,
)
from councildocs.loaders import load
from councildocs.loaders.text import text_to_document
from councildocs.pipeline import document_to_record
from councildocs.records import CouncilDocument

from .conftest import SEEDS, seed_stems

HEADER = "Date of meeting\tTopic for scrutiny\tLead officer\tPurpose"


def _rows(text: str):  # noqa: ANN202
    doc = text_to_document(text)
    return document_to_programme(doc, DateContext.for_document(doc, None))


def test_table_split_over_three_pages_with_cut_rows() -> None:
    text = (
        "Scrutiny committee work programme 2018 – 2019\n\n" + HEADER + "\n"
        "24 May\tSetting the work programme\tJo Rowan\tTo set the programme\n"
        "10 January\tPre scrutiny of the proposed budget, MTFA\tKaren Watling, Chief finance\tTo review\n"
        "\fScrutiny committee work programme 2018 – 2019\n\n" + HEADER + "\n"
        "\tand transformation programme\tofficer\t\n"
        "14 February\tParks review\tAdrian Akester\tTo feed into the review\n"
        "\fScrutiny committee work programme 2018 – 2019\n\n" + HEADER + "\n"
        "21 March\tViability assessments\tGraham Nelson\t\n"
    )
    rows = _rows(text)
    assert [(r.kind, r.meeting_date, r.topic) for r in rows] == [
        ("work_programme", dt.date(2018, 5, 24), "Setting the work programme"),
        ("work_programme", dt.date(2019, 1, 10), "Pre scrutiny of the proposed budget, MTFA and transformation programme"),
        ("work_programme", dt.date(2019, 2, 14), "Parks review"),
        ("work_programme", dt.date(2019, 3, 21), "Viability assessments"),
    ]
    assert rows[1].responsible == "Karen Watling, Chief finance officer"
    assert rows[1].evidence is not None and rows[1].evidence.lines == (5, 5)


def test_forward_plan_meeting_cell_cut_at_the_page_break_and_rows_inheriting_the_meeting() -> None:
    header = "Meeting\tReport\tPurpose\tPortfolio holder + Senior Officer\tExempt?"
    text = (
        "FORWARD AGENDA: CABINET and COUNCIL MEETINGS\n2018 - 2019\n\n" + header + "\n"
        "CABINET 12 SEPT\tScrutiny committee recommendations\tTo consider the recommendations from\tCllr Kendrick\tNO\n"
        "\f" + header + "\n"
        "2018\t\tscrutiny committee.\t\t\n"
        "CABINET 16 JAN 2019\tQuarterly performance report\tTo report progress.\tCllr Waters\tNO\n"
        "\tRisk management report\tTo update on key risks.\tCllr Kendrick\tYes (Para 3)\n"
        "COUNCIL\t\t\t\t\n"
        "\f" + header + "\n"
        "29 JAN 2019\t\t\t\t\n"
        "CABINET JUNE 2019\tOutturn report\tTo update cabinet.\tCllr Kendrick\tNO\n"
    )
    rows = _rows(text)
    assert [(r.meeting, r.meeting_date, r.topic, r.exempt) for r in rows] == [
        ("CABINET 12 SEPT 2018", dt.date(2018, 9, 12), "Scrutiny committee recommendations", False),
        ("CABINET 16 JAN 2019", dt.date(2019, 1, 16), "Quarterly performance report", False),
        ("CABINET 16 JAN 2019", dt.date(2019, 1, 16), "Risk management report", True),
        ("COUNCIL 29 JAN 2019", dt.date(2019, 1, 29), "", None),
        ("CABINET JUNE 2019", None, "Outturn report", False),
    ]
    assert {r.kind for r in rows} == {"forward_plan"}
    assert rows[0].scope == "To consider the recommendations from scrutiny committee."


@pytest.mark.parametrize(("header", "columns"), [
    (["DATE OF MEETING", "TOPIC FOR SCRUTINY", "RESPONSIBLE OFFICER, CABINET, PORTFOLIO HOLDER, COUNCILLOR,",
      "SCOPE – REASON FOR TOPIC REQUEST and OUTCOME SOUGHT"], ["meeting", "topic", "responsible", "scope"]),
    (["Meeting", "Report", "Purpose", "Portfolio holder + Senior Officer + Report author",
      "Date report signed off by", "Management clearance", "Exempt?"],
     ["meeting", "topic", "scope", "responsible", None, None, "exempt"]),
    (["Date", "Report", "Issues for consideration", "Invited to attend"], ["meeting", "topic", "scope", "responsible"]),
    (["Decision", "Date of decision", "Key decision?", "Lead Officer", "Portfolio Holder"],
     ["topic", "meeting", "key_decision", "responsible", "responsible"]),
    (["Meeting dates", "Subjct", "Responsable officer"], ["meeting", "topic", "responsible"]),
])
def test_header_wording_variants(header: list[str], columns: list[str | None]) -> None:
    mapped = header_to_columns(header)
    assert [mapped.get(i) for i in range(len(header))] == columns


def test_a_wrapped_multi_line_cell_and_a_date_only_row() -> None:
    text = (
        "Forward Work Programme 2021-22\n\n"
        "<tr><td>Date</td><td>Report</td><td>Issues for consideration</td><td>Invited to attend</td></tr>\n"
        "<tr><td><b>16 September 2021</b></td><td>NCCSP Plan – performance <br> monitoring</td>"
        "<td>- Consider an update</td><td></td></tr>\n"
        "<tr><td>11 October</td><td></td><td></td><td></td></tr>\n"
    )
    rows = _rows(text)
    assert [(r.kind, r.meeting_date, r.topic) for r in rows] == [
        ("work_programme", dt.date(2021, 9, 16), "NCCSP Plan – performance monitoring"),
        ("work_programme", dt.date(2021, 10, 11), ""),
    ]


def test_a_tracker_and_a_table_that_is_no_programme() -> None:
    text = (
        "The scrutiny committee tracker 2018 – 2019\n\n"
        "DATE OF MEETING\tTOPIC FOR SCRUTINY\tRESPONSIBLE OFFICER/LEAD MEMBER\tSCRUTINY REQUEST\tOUTCOMES\n"
        "13 December\t\t\t\t\n31 January 2019\tUniversal credit\tJo Rowan\tA query\tA response\n\n"
        "Membership\n\nMAIN MEMBER\tSUBSTITUTE MEMBER\tREPRESENTING\nCllr Webb\tCllr Carter\tBreckland\n"
    )
    rows = _rows(text)
    assert [(r.kind, r.meeting_date) for r in rows] == [("tracker", dt.date(2018, 12, 13)), ("tracker", dt.date(2019, 1, 31))]
    assert rows[1].scope == "A query" and rows[1].other == {"OUTCOMES": "A response"}


# --------------------------------------------------------------------------- PDF


def _pdf(tmp_path: Path, rows: list[list[str]], *, title: str, ruled: bool = True) -> Path:
    reportlab = pytest.importorskip("reportlab")
    del reportlab
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [[Paragraph(c, styles["BodyText"]) for c in row] for row in rows]
    table = Table(data, repeatRows=1, colWidths=[90, 150, 150, 110])
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "programme.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(title, styles["Heading2"]), table])
    return path


def test_pdf_table_over_three_pages_comes_out_row_for_row(tmp_path: Path) -> None:
    months = ["May", "June", "July", "September", "October", "November", "December", "January", "February", "March"]
    body = [[f"{d} {m}", f"Topic {i} about the council's {m.lower()} business", "To consider the matter " * 6,
             f"Officer {i}"] for i, (d, m) in enumerate((d, m) for m in months for d in (3, 17))]
    path = _pdf(tmp_path, [["Date of meeting", "Topic", "Purpose", "Lead officer"], *body],
                title="Scrutiny committee work programme 2024 – 2025")
    doc = load(path)
    assert len(doc.pages) >= 3
    rows = document_to_programme(doc, DateContext.for_document(doc, None))
    assert [r.topic for r in rows] == [b[1] for b in body]
    assert rows[-1].meeting_date == dt.date(2025, 3, 17) and rows[0].meeting_date == dt.date(2024, 5, 3)
    assert all(r.evidence and r.evidence.bbox for r in rows)
    assert len({r.evidence.page for r in rows if r.evidence}) >= 3


# --------------------------------------------------------------------------- label-and-value tables, as a PDF loader gives them


def _grid(page: int, top: float, rows: list[list[str]], *, x0: float = 100.0, x1: float = 520.0) -> Table:
    """A ruled table of 20-point rows; the first column is 90 points wide, the rest share the width."""
    n = max(len(r) for r in rows)
    edges = [x0, x0 + 90] + [x0 + 90 + (x1 - x0 - 90) * (i + 1) / (n - 1) for i in range(n - 1)] if n > 1 else [x0, x1]
    cells = [[Cell(text=t, bbox=BBox(edges[i], top + 20 * r, edges[i + 1], top + 20 * (r + 1)))
              for i, t in enumerate(row)] for r, row in enumerate(rows)]
    return Table(rows=cells, page=page, bbox=BBox(x0, top, x1, top + 20 * len(rows)), ruled=True)


def _project(name: str) -> list[list[str]]:
    return [["Project", name], ["Description", f"What {name} does"], ["Funding awarded", "£1m"]]


def test_label_and_value_tables_split_by_their_first_label_and_joined_over_the_page_break() -> None:
    doc = Document(source="report.pdf", format="pdf", pages=[
        Page(1, [_grid(1, 100, _project("Harbour")), _grid(1, 200, _project("Greenway") + [["Source:", "Fund"]])]),
        Page(2, [_grid(2, 70, [["Cost/ Spend:", "No change"], ["Milestones:", "Delayed"]]),
                 _grid(2, 150, _project("Library"))]),
        # A new project at the top of a page, its name too long or numbered to pass for a header.
        Page(3, [_grid(3, 70, _project("Bridge phase 2, from the quay to the station"))]),
    ])
    tables = join_table_pieces(doc)
    assert [[r[0].text for r in t.rows] for t in tables] == [
        ["Project", "Description", "Funding awarded"],
        ["Project", "Description", "Funding awarded", "Source:", "Cost/ Spend:", "Milestones:"],
        ["Project", "Description", "Funding awarded"],
        ["Project", "Description", "Funding awarded"],
    ]
    assert [t.page for t in tables] == [1, 1, 2, 3]


def test_a_first_cell_that_repeats_down_the_table_does_not_cut_it_at_the_page_break() -> None:
    rows = [["Cabinet", f"Report {i}"] for i in range(4)]
    doc = Document(source="plan.pdf", format="pdf", pages=[
        Page(1, [_grid(1, 100, rows[:2])]), Page(2, [_grid(2, 70, rows[2:])]),
    ])
    assert [[c.text for c in r] for t in join_table_pieces(doc) for r in t.rows] == rows


def test_a_cell_read_again_as_a_table_or_as_lines_between_slivers_is_folded_back() -> None:
    outer = _grid(1, 100, [["Project", "Wildlife index"], ["Description", "", "Monitoring nature", ""],
                           ["Source:", "Fund"]])
    # The description cell came out framed: two empty slivers and its wrapped lines as one-cell rows.
    description = outer.rows[1]
    description[1].bbox, description[3].bbox = BBox(190, 120, 194, 140), BBox(516, 120, 520, 140)
    description[2].bbox = BBox(194, 120, 516, 127)
    outer.rows.insert(2, [Cell(text="across the region.", bbox=BBox(194, 127, 516, 140))])
    stray = Table(rows=[[Cell(text="Monitoring nature")], [Cell(text="across the region.")]], page=1,
                  bbox=BBox(194, 120, 516, 140), ruled=True)
    doc = Document(source="report.pdf", format="pdf", pages=[Page(1, [outer, stray])])
    tables = join_table_pieces(doc)
    assert len(tables) == 1
    assert [[c.text for c in r] for r in tables[0].rows] == [
        ["Project", "Wildlife index"], ["Description", "Monitoring nature across the region."], ["Source:", "Fund"],
    ]


def test_a_merged_cell_beside_several_rows_is_no_cell_read_twice() -> None:
    table = _grid(1, 100, [["14 May", "Budget", "Jo Rowan"], ["", "Parks", "Al Akester"]])
    table.rows[0][0].bbox = BBox(100, 100, 190, 140)  # the date cell spans both rows
    assert table_to_grid(table).texts() == [["14 May", "Budget", "Jo Rowan"], ["", "Parks", "Al Akester"]]


# --------------------------------------------------------------------------- seeds against their gold


def _f1(gold: list[dict], pred: list[dict], same) -> tuple[float, list[tuple[dict, dict]]]:  # noqa: ANN001
    used: set[int] = set()
    pairs = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    if not gold and not pred:
        return 1.0, pairs
    precision = len(pairs) / len(pred) if pred else 0.0
    recall = len(pairs) / len(gold) if gold else 0.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), pairs


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _same_row(g: dict, p: dict) -> bool:
    if g["kind"] != p["kind"]:
        return False
    if g.get("meeting_date") or p.get("meeting_date"):
        if g.get("meeting_date") != p.get("meeting_date"):
            return False
    elif _norm(g.get("meeting", "")) != _norm(p.get("meeting", "")):
        return False
    a, b = _norm(g.get("topic", "")), _norm(p.get("topic", ""))
    return fuzz.ratio(a, b) >= 85 or (min(len(a), len(b)) >= 20 and (a in b or b in a))


def _seed_scores(suffix: str) -> tuple[float, float, float]:
    gold_rows, pred_rows, gold_dates, pred_dates = 0, 0, 0, 0
    matched_rows, responsible_ok, matched_dates = 0, 0, 0
    for stem in seed_stems():
        source = SEEDS / f"{stem}{suffix}"
        if not source.exists():
            pytest.skip(f"{source.name} is not there yet")
        gold = json.loads((SEEDS / f"{stem}.json").read_text(encoding="utf-8"))
        out = document_to_record(load(source)).model_dump(mode="json")
        _, pairs = _f1(gold["work_programme"], out["work_programme"], _same_row)
        gold_rows, pred_rows, matched_rows = (gold_rows + len(gold["work_programme"]),
                                              pred_rows + len(out["work_programme"]), matched_rows + len(pairs))
        responsible_ok += sum(_norm(g.get("responsible", "")) == _norm(p.get("responsible", "")) for g, p in pairs)
        g_dates, p_dates = {d["date"] for d in gold["dates"]}, {d["date"] for d in out["dates"]}
        gold_dates, pred_dates, matched_dates = (gold_dates + len(g_dates), pred_dates + len(p_dates),
                                                 matched_dates + len(g_dates & p_dates))

    def f1(m: int, g: int, p: int) -> float:
        return 2 * m / (g + p) if g + p else 1.0

    return (f1(matched_rows, gold_rows, pred_rows), responsible_ok / max(matched_rows, 1),
            f1(matched_dates, gold_dates, pred_dates))


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_seed_programmes_and_dates_meet_the_targets(suffix: str) -> None:
    wp_f1, responsible, dates_f1 = _seed_scores(suffix)
    assert wp_f1 >= 0.95, f"work_programme F1 {wp_f1:.3f}"
    assert responsible >= 0.95, f"responsible accuracy {responsible:.3f}"
    assert dates_f1 >= 0.97, f"dates F1 {dates_f1:.3f}"


def test_dates_of_a_seed_do_not_need_the_meeting_record() -> None:
    doc = load(SEEDS / "000_4e4b3ddf3947bfc4.txt")
    context = DateContext.for_document(doc, None)
    dates = document_to_dates(doc, context, CouncilDocument(), document_to_table_years(doc))
    gold = json.loads((SEEDS / "000_4e4b3ddf3947bfc4.json").read_text(encoding="utf-8"))
    assert {d.date for d in dates} == {dt.date.fromisoformat(d["date"]) for d in gold["dates"]}


# --------------------------------------------------------------------------- real multi-page tables


def _table_with(tables, first_cell: str):  # noqa: ANN001, ANN202
    return [t for t in tables if t.rows and t.rows[0] and t.rows[0][0].text.strip().lower().startswith(first_cell)]


def test_bristol_public_statements_run_from_page_2_onto_page_3(shared: Path) -> None:
    doc = load(shared / "corpora/council/bristol-transport-connectivity-policy-committee-2025-05-15-minutes.pdf")
    tables = join_table_pieces(doc)
    statements = [t for t in _table_with(tables, "ref no") if t.page == 2]
    assert len(statements) == 1
    rows = statements[0].rows
    assert len(rows) == 1 + 14  # one header, statements 01 to 14
    assert sum(1 for r in rows if r[0].text.strip().lower().startswith("ref no")) == 1
    assert [r[0].text.split()[0] for r in rows[1:]] == [f"{n:02d}" for n in range(1, 15)]


def test_west_of_england_change_requests_are_joined_across_pages(shared: Path) -> None:
    doc = load(shared / "corpora/council/westofengland-combined-authority-committee-2026-06-05-report.pdf")
    tables = join_table_pieces(doc)
    projects = _table_with(tables, "project")
    assert len(projects) >= 25
    # A piece at the top of a page that carries on the project above is no table of its own.
    orphans = [t for t in tables if t.page >= 8 and t.n_cols == 2 and not _table_with([t], "project")]
    assert orphans == []
    for table in projects:
        labels = [r[0].text.strip().lower() for r in table.rows]
        assert labels.count("project") == 1, labels


def test_a_repeated_title_row_without_the_header_continues_the_table() -> None:
    """A PDF tool repeats only the first row ("ALLOCATED ITEMS") on each page, not the column header."""
    text = ("FORWARD AGENDA: CABINET MEETINGS 2018 - 2019\n\n"
            "ALLOCATED ITEMS\t\t\n"
            "Meeting\tReport\tPurpose\n"
            "CABINET 12 SEPT 2018\tBudget monitoring\tTo update cabinet\n"
            "\f"
            "ALLOCATED ITEMS\t\t\n"
            "CABINET 10 OCT 2018\tHousing strategy\tTo adopt the strategy\n")
    rows = document_to_programme(text_to_document(text), DateContext())
    assert [(r.kind, r.meeting_date, r.topic) for r in rows] == [
        ("forward_plan", dt.date(2018, 9, 12), "Budget monitoring"),
        ("forward_plan", dt.date(2018, 10, 10), "Housing strategy"),
    ]


def _unruled_programme_pdf() -> bytes:
    """A work programme laid out with tab stops and no grid, as many councils print it."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable

    rows = [["Date of meeting", "Topic", "Lead officer"],
            ["12 January", "Housing strategy", "Sam Green, Head of Housing"],
            ["9 February", "Budget scrutiny", "Pat Gold, Chief Finance Officer"],
            ["16 March", "Parks review", "Lee Grey, Parks Manager"]]
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([
        Paragraph("Scrutiny committee work programme 2022 - 2023", styles["Heading2"]), Spacer(1, 12),
        RLTable(rows, colWidths=[110, 160, 200])])  # no TableStyle: no ruling lines at all
    return buffer.getvalue()


def test_a_table_without_ruling_lines_in_a_pdf_is_found_by_its_columns() -> None:
    doc = load(_unruled_programme_pdf(), name="programme.pdf")
    assert [t.ruled for t in doc.tables()] == [False]
    rows = document_to_programme(doc, DateContext())
    assert [(r.kind, r.meeting_date, r.topic, r.responsible) for r in rows] == [
        ("work_programme", dt.date(2023, 1, 12), "Housing strategy", "Sam Green, Head of Housing"),
        ("work_programme", dt.date(2023, 2, 9), "Budget scrutiny", "Pat Gold, Chief Finance Officer"),
        ("work_programme", dt.date(2023, 3, 16), "Parks review", "Lee Grey, Parks Manager"),
    ]
    assert rows[0].evidence.page == 1 and rows[0].evidence.bbox is not None
