"""Work-programme, forward-plan and tracker tables: from table pieces to one record per real row.

The stages, each a plain function whose output can be inspected:

``document_to_pieces`` (every table with its title and header row) →
``pieces_to_joined`` (a piece whose header repeats, or which carries on at the
top of the next page, continues the one before; a row cut at the page break
is merged back) → ``header_to_columns`` (header cells to canonical columns by
fuzzy match against ``programme_columns`` in ``models/terms.json``) →
``joined_to_rows`` (one :class:`WorkProgrammeRow` per real row, the meeting of
the row above inherited, the meeting date resolved with the table's
municipal year).

:func:`join_table_pieces` exposes the joining alone, for any table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from rapidfuzz import fuzz

from ..document import BBox, Block, Cell, Document, Line, Table
from ..records import Evidence, ProgrammeKind, WorkProgrammeRow
from ..textpatterns import numbered_heading
from ..vocab import lookup
from .dates import MONTH_PATTERN, DateContext, municipal_year, span_to_date, text_to_spans

#: A header cell maps to a canonical column when its score reaches this (0–100).
COLUMN_THRESHOLD = 78
#: A responsible column beyond the first needs this score (``Lead officer`` + ``Portfolio holder``).
EXTRA_RESPONSIBLE_THRESHOLD = 90
#: Header rows are short: a cell longer than this is data.
MAX_HEADER_CELL = 100
#: Title lines above a table are short and few.
MAX_TITLE_LINE = 150
MAX_TITLE_LINES = 3
#: Lines allowed between two pieces of one table (a repeated title, a page header).
MAX_LINES_BETWEEN = 4
#: PDF pieces on consecutive pages continue each other when their left and right edges agree this well.
EDGE_TOLERANCE = 15.0
#: An empty PDF cell narrower than this (points) is the gap between two rulings, not a column.
SLIVER_WIDTH = 8.0
#: Slack (points) when testing that a line of a cell lies within its row.
ROW_SLACK = 1.0

_NORM = re.compile(r"[^a-z0-9]+")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


@cache
def _period_heading() -> re.Pattern[str]:
    """``June 2024``, ``Tuesday 12 June 2024``, ``Autumn 2024``: a line or one-cell row grouping the rows below."""
    seasons = "|".join(re.escape(w) for w in lookup("programme_period_words"))
    weekday = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    return re.compile(rf"^\s*{weekday}(?:{day}{MONTH_PATTERN}|{seasons})(?:,?\s+(?:19|20)\d\d(?:\s*[/-]\s*\d\d)?)?\s*$", re.I)


def is_period_heading(text: str) -> bool:
    """Does ``text`` name only a month, season or meeting day (a heading over a group of rows)?"""
    return bool(text) and len(text) <= 40 and bool(_period_heading().match(text))
_TERMINAL = (".", "?", "!", ":", ")")
_YES = re.compile(r"^\s*(?:yes|y|exempt|confidential|private|part\s*(?:ii|2|b)|closed|true)\b", re.I)
_NO = re.compile(r"^\s*(?:no|n|open|public|none|not exempt|false)\b", re.I)


@dataclass(slots=True)
class Row:
    """One real table row with where it was found (a row merged across pages keeps its first place)."""

    cells: list[str]
    page: int
    bbox: BBox | None = None
    lines: tuple[int, int] | None = None
    #: A month or meeting heading over the rows below (``June 2024``), not a row of its own.
    heading: bool = False


@dataclass(slots=True)
class Piece:
    """One table block as found on a page, with its title and header row split off."""

    table: Table
    #: ``table`` with cells read twice folded back (see :func:`table_to_grid`); rows come from here.
    grid: Table
    title: str
    title_rows: list[str]
    header: list[str] | None
    rows: list[Row]
    lines_before: list[Line]
    first_on_page: bool
    last_on_page: bool
    #: The header is only a guess (short filled cells), so it may be a data row of a continued table.
    weak_header: bool = False


@dataclass(slots=True)
class JoinedTable:
    """A table put back together from its pieces."""

    title: str
    header: list[str] | None
    rows: list[Row] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)

    def to_table(self) -> Table:
        first = self.pieces[0].table
        last = self.pieces[-1].table
        cells = [[Cell(text=h) for h in self.header]] if self.header else []
        cells += [[Cell(text=t) for t in r.cells] for r in self.rows]
        lines = None
        if first.source_lines and last.source_lines:
            lines = (first.source_lines[0], last.source_lines[1])
        return Table(rows=cells, page=first.page, bbox=first.bbox, source_lines=lines, ruled=first.ruled)


# --------------------------------------------------------------------------- pieces


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _is_title_line(line: Line) -> bool:
    text = line.text.strip()
    return (bool(text) and len(text) <= MAX_TITLE_LINE and line.bullet is None
            and not text.endswith((".", ";", ",")) and line.kind == "body")


def _row_evidence(table: Table, index: int, cells: list[Cell]) -> Row:
    boxes = [c.bbox for c in cells if c.bbox is not None]
    # The union of the boxes in one step (the same edges as joining them pairwise, without a box per cell).
    bbox = BBox(min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
                max(b.bottom for b in boxes)) if boxes else None
    lines = None
    if table.source_lines:
        first, last = table.source_lines
        n = min(first + index, last)
        lines = (n, n)
    return Row(cells=[c.text.strip() for c in cells], page=table.page, bbox=bbox, lines=lines)


def _is_header_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(len(c) > MAX_HEADER_CELL for c in filled):
        return False
    if any(text_to_spans(c) for c in filled):
        return False
    return len(header_to_columns(cells)) >= 2


def _looks_like_generic_header(cells: list[Cell]) -> bool:
    """Short, filled, digit-free cells: a header row of a table that is not a programme."""
    texts = [c.text.strip() for c in cells]
    return (len(texts) >= 2 and all(texts) and all(len(t) <= 40 for t in texts)
            and not any(ch.isdigit() for t in texts for ch in t))


def _split_title_rows(table: Table) -> tuple[list[str], list[str] | None, int, bool]:
    """Leading one-cell rows of a wide table are titles (``ALLOCATED ITEMS``); then maybe a header."""
    titles: list[str] = []
    i = 0
    wide = table.n_cols > 1  # n_cols scans every row: asked once, not per title row
    while i < len(table.rows) and wide:
        filled = [c.text.strip() for c in table.rows[i] if c.text.strip()]
        if len(filled) == 1 and table.rows[i][0].text.strip() and not text_to_spans(filled[0]) \
                and len(filled[0]) <= MAX_TITLE_LINE and i + 1 < len(table.rows):
            titles.append(filled[0])
            i += 1
        else:
            break
    header, weak = None, False
    if i < len(table.rows):
        cells = [c.text.strip() for c in table.rows[i]]
        if _is_header_row(cells):
            header = cells
            i += 1
        elif i == 0 and _looks_like_generic_header(table.rows[i]) and len(table.rows) > 1:
            header, weak = cells, True
            i += 1
    return titles, header, i, weak


def _inside(inner: BBox, outer: BBox) -> bool:
    tol = EDGE_TOLERANCE
    return (inner.x0 >= outer.x0 - tol and inner.x1 <= outer.x1 + tol
            and inner.top >= outer.top - tol and inner.bottom <= outer.bottom + tol)


def _is_nested_table(table: Table, others: list[Table]) -> bool:
    """A narrower table lying inside another's box is a cell read twice (a paragraph as a one-column table)."""
    box = table.bbox
    return box is not None and any(
        o is not table and o.bbox is not None and o.n_cols >= table.n_cols and _inside(box, o.bbox)
        and (o.bbox.x1 - o.bbox.x0) > (box.x1 - box.x0) + EDGE_TOLERANCE
        for o in others)


def page_to_body(blocks: list[Block]) -> list[Block]:
    """A page's body blocks: running lines and tables, without page furniture or tables nested in tables."""
    tables = [b for b in blocks if isinstance(b, Table)]
    return [b for b in blocks
            if not (isinstance(b, Line) and b.kind != "body")
            and not (isinstance(b, Table) and _is_nested_table(b, tables))]


def _within_row(cell: BBox, row: list[Cell]) -> bool:
    boxes = [c.bbox for c in row if c.bbox is not None]
    return bool(boxes) and cell.top >= min(b.top for b in boxes) - ROW_SLACK \
        and cell.bottom <= max(b.bottom for b in boxes) + ROW_SLACK


def _host_cell(cell: BBox, row: list[Cell]) -> int | None:
    """The cell of ``row`` whose left and right edges take in ``cell``."""
    for i, c in enumerate(row):
        if c.bbox is not None and c.bbox.x0 - ROW_SLACK <= cell.x0 and cell.x1 <= c.bbox.x1 + ROW_SLACK:
            return i
    return None


def _is_sliver(cell: Cell) -> bool:
    return not cell.text.strip() and cell.bbox is not None and cell.bbox.x1 - cell.bbox.x0 < SLIVER_WIDTH


def table_to_grid(table: Table) -> Table:
    """Fold back a cell that the PDF table finder read as a table of its own.

    A cell ruled inside (a paragraph in a frame) can come out as a row with
    empty slivers between the rulings, followed by one-cell rows, one per line,
    that all lie within that row. Slivers are dropped and each such line is
    joined to the cell above it. Rows of a real grid (cells side by side, a
    merged cell beside several rows) are left alone.
    """
    rows: list[list[Cell]] = []
    for row in table.rows:
        cells = [c for c in row if not _is_sliver(c)] or row[:1]
        box = cells[0].bbox if len(cells) == 1 else None
        host = _host_cell(box, rows[-1]) if box is not None and rows and _within_row(box, rows[-1]) else None
        if box is None or host is None:
            rows.append(cells)
            continue
        above = rows[-1][host]
        text = " ".join(t for t in (above.text.strip(), cells[0].text.strip()) if t)
        rows[-1] = [*rows[-1][:host], Cell(text=text, bbox=box.union(above.bbox), bold=above.bold),
                    *rows[-1][host + 1:]]
    return Table(rows=rows, page=table.page, bbox=table.bbox, source_lines=table.source_lines, ruled=table.ruled)


def document_to_pieces(doc: Document) -> list[Piece]:
    """Every table block of the document with its title lines, title rows and header row."""
    pieces: list[Piece] = []
    for page in doc.pages:
        body = page_to_body(page.blocks)
        for index, block in enumerate(body):
            if not isinstance(block, Table) or not block.rows:
                continue
            before: list[Line] = []
            j = index - 1
            while j >= 0 and isinstance(body[j], Line) and len(before) < MAX_LINES_BETWEEN + 2:
                before.insert(0, body[j])  # type: ignore[arg-type]
                j -= 1
            title_lines: list[str] = []
            for line in reversed(before):
                if not _is_title_line(line) or len(title_lines) >= MAX_TITLE_LINES:
                    break
                title_lines.insert(0, line.text.strip())
            grid = table_to_grid(block)
            titles, header, start, weak = _split_title_rows(grid)
            rows = [_row_evidence(grid, i, r) for i, r in enumerate(grid.rows) if i >= start]
            pieces.append(Piece(
                table=block, grid=grid, title=" ".join([*title_lines, *titles]), title_rows=titles, header=header,
                rows=[r for r in rows if any(r.cells)], lines_before=before,
                first_on_page=index == 0 or all(isinstance(b, Line) and _is_title_line(b) for b in body[:index]),
                last_on_page=index == len(body) - 1, weak_header=weak,
            ))
    return pieces


# --------------------------------------------------------------------------- joining


def _same_header(a: list[str] | None, b: list[str] | None) -> bool:
    if not a or not b:
        return False
    return fuzz.ratio(_norm(" | ".join(a)), _norm(" | ".join(b))) >= 90


def _edges_agree(a: Table, b: Table) -> bool:
    if a.bbox is None or b.bbox is None:
        return False
    return abs(a.bbox.x0 - b.bbox.x0) <= EDGE_TOLERANCE and abs(a.bbox.x1 - b.bbox.x1) <= EDGE_TOLERANCE


def _first_label(table: Table) -> str:
    first = table.rows[0] if table.rows else []
    return _norm(first[0].text) if first else ""


def _opens_like(prev: JoinedTable, piece: Piece) -> bool:
    """``piece`` opens with the label that opened ``prev`` and that ``prev`` holds only once.

    Label-and-value tables (``Project | ...``, ``Description | ...``) repeat
    their shape once per record: the first label coming round again is a new
    record. A first cell that repeats row after row (a committee name) is a
    value, so it proves nothing.
    """
    label = _first_label(prev.pieces[0].table)
    if not label or _first_label(piece.table) != label:
        return False
    cells = [_norm(r[0].text) for p in prev.pieces for r in p.table.rows if r]
    return cells.count(label) == 1


def piece_continues(prev: JoinedTable, piece: Piece) -> bool:
    """Does ``piece`` carry on the table ``prev``?

    Either its header repeats ``prev``'s with at most a repeated title between
    them, or (headerless) it opens the next page where ``prev`` closed the
    last one, with the same columns at the same place.
    """
    last = prev.pieces[-1]
    between = [ln for ln in piece.lines_before if ln.page == piece.table.page]
    if last.table.page == piece.table.page:
        # On one page (or in text without page breaks) only the lines after the previous table count.
        between = between[-MAX_LINES_BETWEEN - 1:]
    if _same_header(prev.header, piece.header):
        return len(between) <= MAX_LINES_BETWEEN and all(_is_title_line(ln) for ln in between)
    if _grouped_below(prev, piece, between):
        return True
    if piece.header is not None and not piece.weak_header:
        return False
    repeated_title = bool(piece.title_rows) and (
        [_norm(t) for t in piece.title_rows] == [_norm(t) for t in prev.pieces[0].title_rows])
    if not repeated_title and _opens_like(prev, piece):
        return False  # it opens the way its predecessor opened ("Project | ..."): a new table of that form
    if piece.title_rows and not repeated_title and not _period_rows(piece):
        return False  # a title row of its own starts another table; a repeated one does not
    next_page = piece.table.page == last.table.page + 1 and last.last_on_page and piece.first_on_page
    same_cols = last.table.n_cols == piece.table.n_cols
    # Edges that agree outweigh a column count that a merged cell may have changed.
    return next_page and (_edges_agree(last.table, piece.table) or (same_cols and last.table.bbox is None))


def _period_rows(piece: Piece) -> bool:
    """All of the piece's title rows are month headings (``September 2023`` opening a page of a programme)."""
    return bool(piece.title_rows) and all(is_period_heading(t) for t in piece.title_rows)


def _grouped_below(prev: JoinedTable, piece: Piece, between: list[Line]) -> bool:
    """Headerless rows under a month heading line, right after a table of the same columns on the same page.

    Text from a PDF parts a programme at each ``June 2024`` line that groups
    its rows; the parts are one table.
    """
    last = prev.pieces[-1]
    return (prev.header is not None and piece.header is None and bool(between)
            and last.table.page == piece.table.page and last.table.n_cols == piece.table.n_cols
            and all(is_period_heading(ln.text.strip()) for ln in between))


def _heading_rows(piece: Piece, texts: list[str]) -> list[Row]:
    """Month headings as heading rows, in the first column, at the piece's place."""
    n = max(piece.table.n_cols, 1)
    return [Row(cells=[t, *[""] * (n - 1)], page=piece.table.page, heading=True) for t in texts]


def _filled(cells: list[str]) -> set[int]:
    return {i for i, c in enumerate(cells) if c}


def _starts_lower(text: str) -> bool:
    return bool(text) and (text[0].islower() or text[0] in ",;&+-–")


def _first_cell_fragment(prev: list[str], row: list[str]) -> bool:
    """The first cell completes the previous one: ``CABINET 12 SEPT`` + ``2018``, ``COUNCIL`` + ``29 JAN 2019``."""
    first, before = row[0], prev[0]
    if not first:
        return True
    if _YEAR_ONLY.match(first) or _starts_lower(first):
        return True
    letters = re.sub(r"[^A-Za-z]", "", first)
    date_only = bool(text_to_spans(first)) and len(letters) <= 12
    return date_only and bool(before) and not text_to_spans(before) and not _YEAR_ONLY.search(before)


def row_continues(prev: list[str], row: list[str], *, after_break: bool) -> bool:
    """Is ``row`` the rest of ``prev``, cut by a page break (``after_break``) or wrapped in an unruled table?

    A continuation fills only cells that ``prev`` fills (its first cell aside)
    and shows a sign of being cut: a fragment of the first cell, a lower-case
    start, or fewer filled cells. Mid-page the test is stricter: every filled
    cell must start in lower case, so ``| Risk management report | ...`` is a
    new row that inherits the meeting above.
    """
    if not any(prev) or len(row) != len(prev):
        return False
    rest_row, rest_prev = _filled(row) - {0}, _filled(prev) - {0}
    if not rest_row <= rest_prev and any(row[1:]):
        return False
    if not after_break:
        return not row[0] and bool(rest_row) and all(_starts_lower(row[i]) for i in rest_row)
    if not _first_cell_fragment(prev, row):
        return False
    if row[0] and not any(row[1:]):
        return True  # "29 JAN 2019" completing "COUNCIL"
    return (bool(row[0]) or any(_starts_lower(row[i]) for i in rest_row)
            or len(rest_row) < len(rest_prev)
            or any(prev[i] and not prev[i].endswith(_TERMINAL) for i in rest_row))


def _merge(prev: Row, row: Row) -> Row:
    cells = [" ".join(p for p in (a, b) if p) for a, b in zip(prev.cells, row.cells, strict=False)]
    lines = prev.lines
    if prev.lines and row.lines and row.page == prev.page:
        lines = (prev.lines[0], row.lines[1])
    return Row(cells=cells, page=prev.page, bbox=prev.bbox, lines=lines)


def _append_rows(table: JoinedTable, rows: list[Row], *, after_break: bool) -> None:
    for i, row in enumerate(rows):
        if table.rows and row_continues(table.rows[-1].cells, row.cells, after_break=after_break and i == 0):
            table.rows[-1] = _merge(table.rows[-1], row)
        else:
            table.rows.append(row)


def pieces_to_joined(pieces: list[Piece]) -> list[JoinedTable]:
    """Join continued pieces; a repeated header row is dropped and a row cut at the break merged."""
    joined: list[JoinedTable] = []
    for piece in pieces:
        if joined and piece_continues(joined[-1], piece):
            current = joined[-1]
            current.pieces.append(piece)
            rows = piece.rows
            if piece.weak_header and not _same_header(current.header, piece.header):
                rows = [_row_evidence(piece.grid, 0, piece.grid.rows[0]), *rows]  # a data row after all
            between = [ln.text.strip() for ln in piece.lines_before if ln.page == piece.table.page]
            headings = [t for t in between[-MAX_LINES_BETWEEN - 1:] if is_period_heading(t)]
            if _period_rows(piece):
                headings += piece.title_rows
            rows = [*_heading_rows(piece, headings), *rows]
            _append_rows(current, rows, after_break=True)
            continue
        current = JoinedTable(title=piece.title, header=piece.header, pieces=[piece])
        _append_rows(current, piece.rows, after_break=False)
        joined.append(current)
    return joined


def join_table_pieces(doc: Document) -> list[Table]:
    """Every table of the document with its continued pieces joined: one header, one row per real row."""
    return [t.to_table() for t in pieces_to_joined(document_to_pieces(doc))]


# --------------------------------------------------------------------------- columns


@cache
def _column_terms() -> dict[str, tuple[str, ...]]:
    return {k: tuple(_norm(t) for t in v) for k, v in lookup("programme_columns").items()}


def header_score(header: str, term: str) -> float:
    """How well a header cell names a column (0–100): whole match, leading words, contained phrase, or typo."""
    return _normed_score(_norm(header), term)


def _normed_score(h: str, term: str) -> float:
    """:func:`header_score` of a header already normalised (``_norm``)."""
    if not h or not term:
        return 0.0
    if h == term:
        return 100.0
    score = float(fuzz.ratio(h, term))
    if h.startswith(term + " "):
        score = max(score, 90.0)
    elif f" {term} " in f" {h} ":
        score = max(score, 80.0)
    if len(h.split()) <= 4:
        score = max(score, 0.95 * fuzz.token_sort_ratio(h, term))
    return score


@cache
def _cell_scores(cell: str) -> tuple[tuple[str, float], ...]:
    """The columns a (normalised) header cell may name, with their scores; header wordings repeat, so cached."""
    out = []
    h = _norm(cell)  # once, not once per term of every column
    for column, terms in _column_terms().items():
        best = max((_normed_score(h, t) for t in terms), default=0.0)
        if best >= COLUMN_THRESHOLD:
            out.append((column, best))
    return tuple(out)


def header_to_columns(header: list[str]) -> dict[int, str]:
    """Header cell index → canonical column (``meeting``, ``topic``, ``responsible``, ``scope``,
    ``exempt``, ``key_decision``), the best-scoring pairs first, each column once
    (``responsible`` may take several cells when each names it clearly)."""
    scored: list[tuple[float, int, str]] = []
    for i, cell in enumerate(header):
        for column, best in _cell_scores(_norm(cell)):
            scored.append((best, -i, column))
    taken: dict[int, str] = {}
    used: set[str] = set()
    for score, neg_i, column in sorted(scored, reverse=True):
        i = -neg_i
        if i in taken:
            continue
        if column in used and not (column == "responsible" and score >= EXTRA_RESPONSIBLE_THRESHOLD):
            continue
        taken[i] = column
        used.add(column)
    return taken


# --------------------------------------------------------------------------- rows


@cache
def _kind_terms() -> tuple[tuple[str, str], ...]:
    pairs = [(_norm(t), kind) for kind, terms in lookup("programme_kinds").items() for t in terms]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def title_to_kind(title: str) -> ProgrammeKind | None:
    """The kind named by the longest programme term in a title (``Forward Work Programme`` is a work programme)."""
    text = f" {_norm(title)} "
    for term, kind in _kind_terms():
        if f" {term} " in text:
            return ProgrammeKind(kind)
    return None


def joined_to_kind(table: JoinedTable, columns: dict[int, str],
                   document_kind: ProgrammeKind | None = None) -> ProgrammeKind | None:
    """A table's kind from its title, else its header, else the document's title (a ``Forward plan`` whose
    tables carry no title of their own); None when it is no programme."""
    kind = title_to_kind(table.title)
    have = set(columns.values())
    if "topic" not in have or ("meeting" not in have and not any(_heading_text(r) for r in table.rows)):
        return None
    if kind is None and table.header:
        kind = title_to_kind(" ".join(table.header))
    kind = kind or document_kind
    if kind is None and "key_decision" in have:
        kind = ProgrammeKind.forward_plan
    if kind is None and have & {"responsible", "scope"}:
        kind = ProgrammeKind.work_programme
    return kind


def _table_year(table: JoinedTable) -> int | None:
    year = municipal_year(table.title)
    if year is None:
        for line in table.pieces[0].lines_before[-MAX_TITLE_LINES:]:
            year = municipal_year(line.text) or year
    return year


def _heading_text(row: Row) -> str | None:
    """The month heading a row stands for: a heading line, or a lone cell naming a month with no day."""
    filled = [c for c in row.cells if c]
    if len(filled) != 1:
        return None
    if row.heading or (is_period_heading(filled[0]) and not text_to_spans(filled[0])):
        return filled[0]
    return None


def _exempt(text: str) -> bool | None:
    if not text:
        return None
    if _YES.match(text):
        return True
    if _NO.match(text):
        return False
    return None


def _resolve_meeting(cell: str, context: DateContext, year: int | None) -> date | None:
    reference = context.meeting_date or context.reference_date
    for span in text_to_spans(cell, context):
        found = span_to_date(span, None, reference, year)
        if found:
            return found
    return None


def _evidence(row: Row) -> Evidence:
    if row.bbox is not None:
        return Evidence(page=row.page, bbox=row.bbox.as_tuple())
    return Evidence(page=row.page, lines=row.lines)


#: Columns that are named (so no other column takes their header) but kept in ``other`` as printed.
_KEPT_APART = frozenset({"key_decision", "decision_maker", "notes"})


def joined_to_rows(table: JoinedTable, context: DateContext,
                   document_kind: ProgrammeKind | None = None) -> list[WorkProgrammeRow]:
    """One record per real row of a programme table; empty meeting cells inherit the row above."""
    if not table.header:
        return []
    columns = header_to_columns(table.header)
    kind = joined_to_kind(table, columns, document_kind)
    if kind is None:
        return []
    year = _table_year(table)
    out: list[WorkProgrammeRow] = []
    meeting, meeting_date = "", None
    for row in table.rows:
        heading = _heading_text(row)
        if heading is not None:
            meeting, meeting_date = heading, _resolve_meeting(heading, context, year)
            continue
        values: dict[str, list[str]] = {}
        other: dict[str, str] = {}
        for i, text in enumerate(row.cells):
            if not text:
                continue
            column = columns.get(i)
            if column is None or column in _KEPT_APART:
                name = table.header[i] if i < len(table.header) and table.header[i] else f"column {i + 1}"
                other[name] = text
            else:
                values.setdefault(column, []).append(text)
        cell = " ".join(values.get("meeting", []))
        if cell:
            meeting, meeting_date = cell, _resolve_meeting(cell, context, year)
        elif not any(values.get(k) for k in ("topic", "responsible", "scope")):
            continue
        out.append(WorkProgrammeRow(
            kind=kind, meeting=meeting, meeting_date=meeting_date,
            topic=" ".join(values.get("topic", [])), responsible=", ".join(values.get("responsible", [])),
            scope=" ".join(values.get("scope", [])), exempt=_exempt(" ".join(values.get("exempt", []))),
            other=other, evidence=_evidence(row),
        ))
    return out


def document_to_programme(doc: Document, context: DateContext) -> list[WorkProgrammeRow]:
    """Every row of the document's work-programme, forward-plan and tracker tables, in order."""
    rows: list[WorkProgrammeRow] = []
    kind = document_to_kind(doc)
    for table in pieces_to_joined(document_to_pieces(doc)):
        rows.extend(joined_to_rows(table, context, kind))
    return rows


def document_to_kind(doc: Document) -> ProgrammeKind | None:
    """The programme a document's title names (``Forward plan``, ``Scrutiny work programme 2024-25``).

    Only the title block counts: the first title-like lines of the first page with text, before any
    prose, table or numbered item, so an agenda listing ``Work programme`` as an item gives no kind.
    """
    for page in doc.pages:
        body = [b for b in page_to_body(page.blocks) if not (isinstance(b, Line) and not b.text.strip())]
        if not body:
            continue
        title: list[str] = []
        for block in body[:MAX_TITLE_LINES]:
            if not isinstance(block, Line) or not _is_title_line(block) or numbered_heading(block.text):
                break
            title.append(block.text.strip())
        return title_to_kind(" ".join(title)) if title else None
    return None


def document_to_table_years(doc: Document) -> dict[int, int]:
    """``id(table block)`` → the first year of the municipal year its (joined) table's title prints."""
    years: dict[int, int] = {}
    for table in pieces_to_joined(document_to_pieces(doc)):
        year = _table_year(table)
        if year is not None:
            for piece in table.pieces:
                years[id(piece.table)] = year
    return years
