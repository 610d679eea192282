"""Tables printed without ruling lines: lines whose runs of words line up in columns.

A forward plan or work programme is often laid out with tab stops and no
grid, so pdfplumber's line-based table finder sees nothing. Here a run of
consecutive lines becomes a :class:`Table` when at least ``MIN_ROWS`` of them
have ``MIN_COLUMNS`` or more runs of words starting at the same x positions
(within ``ALIGN``); prose with a name in the margin has only two. A line with one run under a column other than the first is
a wrapped continuation of that cell; one under the first column starts a row
(a date-only row of a programme).
"""

from __future__ import annotations

from ..document import BBox, Block, Cell, Line, Table

#: Runs starting within this many points of each other share a column.
ALIGN = 6.0
MIN_COLUMNS = 3
MIN_ROWS = 3


def _columns(lines: list[Line]) -> list[float]:
    """Column starts: x0 values shared by runs of several lines, left to right."""
    starts: list[list[float]] = []
    for line in lines:
        for x0, _, _ in line.runs:
            for group in starts:
                if abs(group[0] - x0) <= ALIGN:
                    group.append(x0)
                    break
            else:
                starts.append([x0])
    shared = [min(g) for g in starts if len(g) >= 2]
    return sorted(shared)


def _column_of(x0: float, columns: list[float]) -> int | None:
    for i, start in enumerate(columns):
        if abs(start - x0) <= ALIGN:
            return i
    return None


def _fits(line: Line, columns: list[float]) -> bool:
    return bool(line.runs) and all(_column_of(x0, columns) is not None for x0, _, _ in line.runs)


def _to_table(lines: list[Line], columns: list[float]) -> Table:
    rows: list[list[Cell]] = []
    for line in lines:
        runs = line.runs or ((line.bbox.x0 if line.bbox else 0.0, line.bbox.x1 if line.bbox else 0.0, line.text),)
        placed = [(_column_of(x0, columns), x0, x1, text) for x0, x1, text in runs]
        starts_row = len(runs) > 1 or placed[0][0] == 0 or not rows
        if starts_row:
            rows.append([Cell(text="") for _ in columns])
        row = rows[-1]
        for col, x0, x1, text in placed:
            cell = row[col or 0]
            cell.text = f"{cell.text} {text}".strip()
            top = line.bbox.top if line.bbox else 0.0
            bottom = line.bbox.bottom if line.bbox else 0.0
            box = BBox(x0, top, x1, bottom)
            cell.bbox = box if cell.bbox is None else cell.bbox.union(box)
            cell.bold = cell.bold or line.bold
    bbox = None
    for line in lines:
        if line.bbox is not None:
            bbox = line.bbox if bbox is None else bbox.union(line.bbox)
    return Table(rows=rows, page=lines[0].page, bbox=bbox, ruled=False)


def lines_to_column_tables(blocks: list[Block]) -> list[Block]:
    """Replace each run of column-aligned lines in a page's blocks by a :class:`Table`."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if not (isinstance(block, Line) and len(block.runs) >= 2):
            out.append(block)
            i += 1
            continue
        j = i
        group: list[Line] = []
        while j < len(blocks) and isinstance(blocks[j], Line) and (len(blocks[j].runs) >= 2 or (
                group and _continues_cell(blocks[j], group))):
            group.append(blocks[j])  # type: ignore[arg-type]
            j += 1
        columns = _columns([g for g in group if len(g.runs) >= 2])
        # Prose with a note in the margin has two runs a line; a table has rows that fill its columns.
        multi = [g for g in group if len(g.runs) >= MIN_COLUMNS and _fits(g, columns)]
        if len(columns) >= MIN_COLUMNS and len(multi) >= MIN_ROWS and all(
                _fits(g, columns) or len(g.runs) < 2 for g in group):
            out.append(_to_table(group, columns))
            i = j
        else:
            out.append(block)
            i += 1
    return out


def _continues_cell(line: Line, group: list[Line]) -> bool:
    """A one-run line right under a multi-run line, starting where one of its runs starts."""
    if line.runs or line.bbox is None or line.gap > 1.0:
        return False
    starts = [x0 for g in group for x0, _, _ in g.runs]
    return any(abs(line.bbox.x0 - x0) <= ALIGN for x0 in starts)
