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
from extractor.tables.model import Table
from extractor.tables.scalenote import ScaleNote, scale_cell
from extractor.tables.values import clean_label
from extractor.tables.yearends import bare_year


def heading_columns(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn]
) -> tuple[list[TableColumn], int, ScaleNote | None] | None:
    """The columns the headings after a header run ending at `end` name, the index of the
    first row's label and the scale a cell among the headings states ("Millions of yen");
    None unless the header has at most one column and the first row holds exactly one value
    per heading (two or more)."""
    if len(columns) > 1 or any(c.category for c in columns):
        return None
    found = _headings(cells, kinds, end)
    if found is None:
        return None
    heads, j, note = found
    if row_width(kinds, j + 1) != len(heads):
        return None
    base = columns[0] if columns else TableColumn(None, None, None)
    return [TableColumn(base.period, base.unit, base.scale, h) for h in heads], j, note


def headings_before(
    pending: list[Cell], cells: list[Cell], kinds: list[CellKind], end: int,
    columns: list[TableColumn],
) -> list[TableColumn] | None:
    """Column headings printed above a one-period row: "Commercial | Consumer | Total" over
    "Three Months Ended September 30, 2026", then rows of one value per heading (a
    roll-forward by segment). Each heading is a column of the period, its category; None
    unless the short texts just before the header run (`pending`) are two or more headings
    and the first row after it holds exactly that many values."""
    if len(columns) != 1 or columns[0].category:
        return None
    heads = [clean_label(c.text) for c in pending]
    if len(heads) < 2 or not all(_is_heading(h) for h in heads):
        return None
    j = end
    while j < len(cells) and kinds[j] == "empty":
        j += 1
    if j >= len(cells) or kinds[j] != "text" or row_width(kinds, j + 1) != len(heads):
        return None
    base = columns[0]
    return [TableColumn(base.period, base.unit, base.scale, h) for h in heads]


def whole_table_period(table: Table, cells: list[Cell], kinds: list[CellKind],
                       end: int) -> int | None:
    """`period_over_components` applied: the table loses its one column and takes its
    period as the whole table's (and the headings' scale); the headings are claimed. Returns
    the first row's label index, or None (the table untouched)."""
    found = period_over_components(cells, kinds, end, table.columns)
    if found is None:
        return None
    first, note = found
    table.intro_duration, table.columns = table.columns[0].period, []
    if note is not None:
        table.scale_note, table.intro_scale = note, note.scale
    table.claimed.extend((c.start, c.end) for c in cells[end:first])
    return first


def period_over_components(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn]
) -> tuple[int, ScaleNote | None] | None:
    """A statement's one period over headings that do not count its columns: "Three Months
    Ended March 31, 2025" over "Common Stock | ... | Total Equity | Shares | Amount" (headings
    split over lines, a group over its sub-columns) and rows of many values. The period is
    the whole table's (its balance rows name their own dates), not one column's. Returns the
    index of the first row's label ("Balance as of March 31, 2025" may read as a header) and
    a scale among the headings, or None when the layout is not this."""
    if len(columns) != 1 or not (columns[0].period or "").startswith("P"):
        return None
    found = _headings(cells, kinds, end, ("text", "header", "date"))
    if found is None or row_width(kinds, found[1] + 1) < 2:
        return None
    return found[1], found[2]


def _headings(
    cells: list[Cell], kinds: list[CellKind], end: int, label_kinds: tuple[str, ...] = ("text",)
) -> tuple[list[str], int, ScaleNote | None] | None:
    """The short headings after a header run ending at `end`, the index of the first row's
    label and a scale among them; None when prose or a long text stands there, or fewer than
    two headings."""
    heads: list[str] = []
    note: ScaleNote | None = None
    j = end
    while j < len(cells) and (kinds[j] in ("text", "empty") or (
            kinds[j] == "header" and scale_cell(cells[j].text) is not None)):
        t = cells[j].text
        scale = scale_cell(t) if kinds[j] in ("text", "header") else None
        note = scale or note
        if kinds[j] == "text" and scale is None:
            if followed_by_value(kinds, j):
                break
            if not _is_heading(t):
                return None
            heads.append(clean_label(t))
        j += 1
    if j >= len(cells) or len(heads) < 2:
        return None
    # a maturity schedule's first due year ("2024") labels the first row
    due_year = kinds[j] in ("header", "date") and bare_year(cells[j].text) is not None
    if kinds[j] not in label_kinds and not due_year:
        return None
    return heads, j, note


def _is_heading(t: str) -> bool:
    """A column heading's text: a few words, no sentence, no lead-in ending in a colon."""
    return not (is_prose(t) or len(t.split()) > 6 or t.endswith(":"))
