"""Columns headed by a month and a year ("February 2020 | February 2019").

A cell "February 2025" alone is a maturity or issue date in a row, not a header
(`header.parse_header_cell` reads none). Two or more such cells in a row, with nothing but
empty cells between them and a row label after them, head columns: each is that month, a
one-month duration to its last day (ESPP grants valued in February: "P1M/2020-02-29").
"""

from __future__ import annotations

import calendar
import re

from extractor.tables.cells import Cell
from extractor.tables.header import HeaderCell
from extractor.tables.kinds import CellKind
from extractor.vocabulary import MONTH, month_number

_MONTH_YEAR = re.compile(rf"^(?P<month>{MONTH})\s*,?\s*(?P<year>(?:19|20)\d\d)$", re.IGNORECASE)


def month_column(text: str) -> HeaderCell | None:
    """The header of a month column ("February 2020" -> one month to 2020-02-29), else None."""
    m = _MONTH_YEAR.match(text.strip())
    if m is None:
        return None
    month, year = month_number(m.group("month")), int(m.group("year"))
    day = calendar.monthrange(year, month)[1]
    return HeaderCell(months=1, month=month, day=day, year=year)


def month_header_kinds(cells: list[Cell], kinds: list[CellKind]) -> list[CellKind]:
    """Kinds with the cells of each run of month columns made headers: at least two distinct
    month-year cells, only empty cells between them, and a row label (text) after the run."""
    out: list[CellKind] = list(kinds)
    i = 0
    while i < len(cells):
        run = _run_at(cells, kinds, i)
        if len(run) >= 2:
            nxt = run[-1] + 1
            while nxt < len(kinds) and kinds[nxt] == "empty":
                nxt += 1
            dates = {(h.year, h.month) for h in map(month_column, (cells[j].text for j in run))
                     if h is not None}
            if nxt < len(kinds) and kinds[nxt] == "text" and len(dates) == len(run):
                for j in run:
                    out[j] = "header"
            i = run[-1] + 1
        else:
            i += 1
    return out


def _run_at(cells: list[Cell], kinds: list[CellKind], i: int) -> list[int]:
    """The month-year text cells from i on, past empty cells between them."""
    run: list[int] = []
    j = i
    while j < len(cells):
        if kinds[j] == "text" and month_column(cells[j].text) is not None:
            run.append(j)
        elif kinds[j] != "empty" or not run:
            break
        j += 1
    return run
