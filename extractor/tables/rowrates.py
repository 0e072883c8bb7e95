"""Values beside a row's amounts that are not its columns' values: a rate printed after each
amount of a row, "$ 17,645 | 21.0 % | $ 7,102 | 21.0 %" under "Jan 26, 2025 | Jan 28, 2024" (a
tax rate reconciliation: each rate belongs to the amount before it, so it must not count as
the next column's value), and a useful life in a text column before them. Pure functions over
the grid's cells and kinds."""

from __future__ import annotations

from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind, kind_at, next_sig
from extractor.tables.model import Row, Table

_IN_ROW = ("value", "mark", "percent", "close")


def rate_after_amount(table: Table, row: Row, cells: list[Cell], kinds: list[CellKind],
                      i: int) -> bool:
    """Whether the rate at cell i is the rate of the amount before it: the table's columns are
    distinct periods and the row alternates amount and rate, one pair per column (a table of
    sub-columns under one period repeats the period; "Term | Rate | 2025 | 2024" rows do not
    alternate)."""
    periods = [c.period for c in table.columns]
    if (len(periods) < 2 or None in periods or len(set(periods)) < len(periods)
            or len(row.values) != len(row.extras) + 1):
        return False
    rates = [True]  # whether each value cell from i on is a rate; cell i is one
    j = i
    while (j := next_sig(kinds, j)) < len(kinds) and kinds[j] in _IN_ROW:
        if kinds[j] == "value":
            after = kind_at(kinds, next_sig(kinds, j))
            rates.append("%" in cells[j].text or after == "percent")
    alternate = all(rates[0::2]) and not any(rates[1::2]) and len(rates) % 2 == 1
    return alternate and len(row.values) + len(rates) // 2 == len(periods)


def life_before_amounts(kinds: list[CellKind], i: int, ncols: int) -> bool:
    """Whether the duration at cell i stands in a text column before the row's amounts
    ("Buildings | 20 - 40 years | 28,410 | 27,985" under "Estimated Useful Lives | 2025 |
    2024"): as many values follow it in the row as the table has columns."""
    after, j = 0, i
    while (j := next_sig(kinds, j)) < len(kinds) and kinds[j] in _IN_ROW:
        after += kinds[j] == "value"
    return after == ncols

