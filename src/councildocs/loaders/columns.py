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

from bisect import bisect_left

from ..document import BBox, Block, Cell, Line, Table

#: Runs starting within this many points of each other share a column.
ALIGN = 6.0
MIN_COLUMNS = 3
MIN_ROWS = 3


def _columns(lines: list[Line]) -> list[float]:
    """Column starts: x0 values shared by runs of several lines, left to right.

    A run joins the first group (in order of creation) whose first x0 is within
    ``ALIGN``. Group starts are more than ``ALIGN`` apart, so a grid of cells
    ``ALIGN`` wide holds at most one start each and a run looks at three cells,
    not at every group: one line of 20 000 runs must not cost 20 000² steps.
    """
    starts: list[list[float]] = []
    grid: dict[int, int] = {}
    for line in lines:
        for x0, _, _ in line.runs:
            cell = int(x0 // ALIGN)
            near = [grid[c] for c in (cell - 1, cell, cell + 1)
                    if c in grid and abs(starts[grid[c]][0] - x0) <= ALIGN]
            if near:
                starts[min(near)].append(x0)
            else:
                grid[cell] = len(starts)
                starts.append([x0])
    shared = [min(g) for g in starts if len(g) >= 2]
    return sorted(shared)


def _column_of(x0: float, columns: list[float]) -> int | None:
    """The first column (of the sorted starts) within ``ALIGN`` of ``x0``, found by bisection."""
    first = max(0, bisect_left(columns, x0 - ALIGN) - 1)  # one before, for rounding at the edge
    for i in range(first, min(first + 3, len(columns))):
        if abs(columns[i] - x0) <= ALIGN:
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
        group = _group_from(blocks, i)
        j = i + len(group)
        columns = _columns([g for g in group if len(g.runs) >= 2])
        # Prose with a note in the margin has two runs a line; a table has rows that fill its columns.
        multi = [g for g in group if len(g.runs) >= MIN_COLUMNS and _fits(g, columns)]
        if len(columns) >= MIN_COLUMNS and len(multi) >= MIN_ROWS and all(
                _fits(g, columns) or len(g.runs) < 2 for g in group):
            out.append(_to_table(group, columns))
            i = j
            continue
        # A group starting further down is part of this one and needs MIN_ROWS lines of MIN_COLUMNS
        # runs: past the last start that still has them, no start can succeed, so none is tried.
        wide = [k for k, g in enumerate(group) if len(g.runs) >= MIN_COLUMNS]
        last_start = i + wide[-MIN_ROWS] if len(wide) >= MIN_ROWS else i
        stop = i + 1 if last_start > i else j
        out.extend(blocks[i:stop])
        i = stop
    return out


def _group_from(blocks: list[Block], i: int) -> list[Line]:
    """The lines from ``blocks[i]`` on that may form one table: multi-run lines and their wrapped cells."""
    group: list[Line] = []
    starts: list[float] = []  # every run start in the group so far, sorted, for the continuation test
    j = i
    while j < len(blocks):
        line = blocks[j]
        if not isinstance(line, Line):
            break
        if len(line.runs) < 2 and not (group and _continues_cell(line, starts)):
            break
        group.append(line)
        for x0, _, _ in line.runs:
            starts.insert(bisect_left(starts, x0), x0)
        j += 1
    return group


def _continues_cell(line: Line, starts: list[float]) -> bool:
    """A one-run line right under a multi-run line, starting where one of its runs starts."""
    if line.runs or line.bbox is None or line.gap > 1.0:
        return False
    k = bisect_left(starts, line.bbox.x0 - ALIGN)
    return any(abs(line.bbox.x0 - x0) <= ALIGN for x0 in starts[max(0, k - 1):k + 2])
