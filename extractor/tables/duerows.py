"""Maturity schedules laid down the page: "2025 | $ | 85 | 2026 | 83 | ... | Thereafter | 90".

The viewer renders a one-column schedule of future years with each year as a row label, so
the first year comes right after the column heading ("Fiscal Year | Operating Leases | 2025")
and reads as the header's date. Rising years after the reference date only say when amounts
fall due (FACTS.md 1.1), as `yearends.is_due_schedule` says of year columns: the rows take the
date that dates the table ("As of November 29, 2024, the maturities ... were as follows:"),
else the page's period.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind, followed_by_value
from extractor.tables.model import Table
from extractor.tables.yearends import bare_year, is_due_schedule

_BESIDE = ("value", "mark", "close", "footnote", "empty", "percent")


def _next_label(kinds: list[CellKind], j: int) -> int | None:
    """The next cell after the values of the row whose first value is at or after j."""
    while j < len(kinds) and kinds[j] in _BESIDE:
        j += 1
    return j if j < len(kinds) else None


def date_due_rows(table: Table, cells: list[Cell], kinds: list[CellKind], start: int,
                  end: int, page_period: str | None) -> None:
    """A one-column table whose header run ends on a bare year (at `end` - 1 among the run's
    cells from `start`) followed by a row labelled the next year: the years are its rows'
    labels, and its column takes the table's date."""
    if len(table.columns) != 1:
        return
    heads = [j for j in range(start, end) if kinds[j] in ("header", "date")]
    year = bare_year(cells[heads[-1]].text) if heads else None
    if year is None or not followed_by_value(kinds, heads[-1]):
        return
    nxt = _next_label(kinds, heads[-1] + 1)
    if nxt is None or bare_year(cells[nxt].text) != year + 1 or not followed_by_value(kinds, nxt):
        return
    reference = table.default_instant or page_period
    if is_due_schedule([year, year + 1], reference):
        table.columns = [replace(table.columns[0], period=reference)]
