"""Column headings under a one-period header: "Year ended March 31, 2017 | Millions of yen"
over "Retail | Real Estate | Overseas Business | Total", one cell each, then the rows.

The header names one period (or none) and the headings that follow it, before the first row,
name the columns: when the first row holds as many values as there are headings, each heading
is a column of that period, its category (a segment's name: `columnmembers` makes it the
entity). `subcolumns` reads the same layout under several years.
"""

from __future__ import annotations

from extractor.tables.cells import Cell
from extractor.tables.header import TableColumn
from extractor.tables.kinds import CellKind, followed_by_value, is_prose, row_width
from extractor.tables.scalenote import ScaleNote, scale_cell
from extractor.tables.values import clean_label


def heading_columns(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn]
) -> tuple[list[TableColumn], int, ScaleNote | None] | None:
    """The columns the headings after a header run ending at `end` name, the index of the
    first row's label and the scale a cell among the headings states ("Millions of yen");
    None unless the header has at most one column and the first row holds exactly one value
    per heading (two or more)."""
    if len(columns) > 1 or any(c.category for c in columns):
        return None
    heads: list[str] = []
    note: ScaleNote | None = None
    j = end
    while j < len(cells) and kinds[j] in ("text", "empty"):
        t = cells[j].text
        scale = scale_cell(t) if kinds[j] == "text" else None
        note = scale or note
        if kinds[j] == "text" and scale is None:
            if followed_by_value(kinds, j):
                break
            if is_prose(t) or len(t.split()) > 6 or t.endswith(":"):
                return None
            heads.append(clean_label(t))
        j += 1
    if j >= len(cells) or kinds[j] != "text" or len(heads) < 2:
        return None
    if row_width(kinds, j + 1) != len(heads):
        return None
    base = columns[0] if columns else TableColumn(None, None, None)
    return [TableColumn(base.period, base.unit, base.scale, h) for h in heads], j, note

