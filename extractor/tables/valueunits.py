"""A grid value's unit and scale: its own mark, else its column's, the table's or the page's;
the scale the column or table states, with the exceptions it names (per-share amounts in
units, share counts at their own scale)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TypedDict

from extractor.tables.cells import is_dash
from extractor.tables.header import TableColumn
from extractor.tables.headingunits import column_dollar, names_percent
from extractor.tables.model import Row, Table
from extractor.tables.scalenote import is_award_price, is_per_unit_amount, is_share_count_row
from extractor.tables.tableview import TableView
from extractor.tables.valuefacts import first_unit
from extractor.tables.values import Value
from extractor.vocabulary import OTHER_UNITS


class UnitScale(TypedDict):
    """A value's unit and scale, as `value_fact`'s keywords."""

    unit: str | None
    scale: int | None


def unit_scale(
    view: TableView, v: Value, j: int, col: TableColumn | None, label: str, pos: int = -1,
    counted: bool = False, own: int | None = None,
) -> UnitScale:
    """A value's unit and scale: the column's scale, else the scale the table states once,
    with the exceptions it names (per-share amounts in units, share counts at their own
    scale). A row that counts shares, or a value under a heading that does (`counted`), is
    in shares unless its cell prints a currency."""
    unit = _unit(view, v, j, col, pos)
    note = view.table.scale_note
    counted = counted or v.start in view.count_cells  # a dilutive step between two counts
    if (counted or is_share_count_row(label)) and not v.explicit:
        if own is None and note is not None:  # else "... (in thousands of shares)": its own
            own = note.share_scale if note.share_scale is not None else note.scale
        return {"unit": "share", "scale": own if own is not None or col is None else col.scale}
    if not v.explicit and names_percent(label):
        return {"unit": "percent", "scale": 0}  # "Weighted-average discount rate (%)"
    if own is not None and unit not in OTHER_UNITS:
        return {"unit": unit, "scale": own}  # "Aggregate intrinsic value ($000)": the row's
    if col is not None and col.category and is_award_price(col.category) and (
            note is not None or col.scale is not None):
        # "Shares | Ex. Price" sub-columns under "(in thousands)": one share's price
        return {"unit": unit, "scale": 0}
    if col is not None and col.scale is not None:
        return {"unit": unit, "scale": col.scale}
    if note is None:
        return {"unit": unit, "scale": view.table.intro_scale}
    if is_per_unit_amount(label, v.amount) or (unit is None and view.table.page_scale):
        return {"unit": unit, "scale": 0}
    if unit == "share":
        # a column headed "Shares" under "(in thousands, except per share data)": the counts
        # are at the scale the statement gives shares (its own, else the table's)
        return {"unit": unit, "scale": note.share_scale if note.share_scale is not None
                else note.scale}
    return {"unit": unit, "scale": note.scale if unit not in OTHER_UNITS else None}


def _unit(
    view: TableView, v: Value, j: int, col: TableColumn | None, pos: int = -1
) -> str | None:
    """A value's unit: its own mark, else its column's (from the header, else from the marks
    of the column's other cells), else the table's or the page's."""
    if (is_dash(v.cell.text) and view.col_units.get(j) == "percent") or (
            v.start in view.percent_cells):
        return "percent"
    if v.explicit and v.unit is not None:
        # "$ 7.22" under "Exercise Price (Canadian Dollars)": the viewer's "$" is the column's
        own = column_dollar(v.unit, col.unit if col else None, view.doc.text, v.start)
        return own or v.unit
    # a headerless table's columns too take the "$" of their first and total rows
    return first_unit(
        col.unit if col is not None else None,
        (view.position_units or {}).get(pos),  # "Rs. | ... | US$" on a headerless first row
        view.col_units.get(j),
        view.table.intro_unit,
        view.doc.unit,
    )


def is_money(unit: object) -> bool:
    return isinstance(unit, str) and unit not in OTHER_UNITS


def _all_percent(row: Row) -> bool:
    """Whether a row prints "%" on every one of its values (and has some)."""
    return bool(row.values) and all(v.explicit and v.unit == "percent" for v in row.values)


def percent_sections(rows: Sequence[Row]) -> frozenset[int]:
    """The unmarked values of a section whose first row prints "%" on every value ("Mix:"
    over "Commercial | 37 % | 31 %", "Commercial real estate | 26 | 30"): percentages, as a
    "$" printed on a block's first row only makes its later rows money. The starts of those
    values; a section whose first row marks no "%" or whose later rows print another unit
    ("$" on its total) keeps the table's units."""
    out: set[int] = set()
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j].section == rows[i].section:
            j += 1
        first, rest = rows[i], rows[i + 1 : j]
        if (rows[i].section or (rest and _all_percent(rest[-1]))) and _all_percent(first) and \
                rest and all(v.unit == "percent" or not v.explicit for r in rest for v in r.values):
            # a table's own first and closing rows in "%" ("Statutory rate | 21.0 % ...",
            # "Effective tax rate | 11.8 % ...") bracket a rate reconciliation's unmarked rows
            # a share of a whole is at most 100: "2,000" in such a block is a shifted amount
            out.update(v.start for r in rest for v in r.values
                       if not v.explicit and abs(float(v.amount)) <= 100)
        i = j
    # rows under a heading that states percent ("Weighted-average discount rate (%)" over
    # "Operating leases | 3.8"): their unmarked values
    out.update(v.start for r in rows if r.section and names_percent(r.section)
               for v in r.values if not v.explicit and abs(float(v.amount)) <= 100)
    return frozenset(out)


# money or per-share words: a row naming them is no step between two counts of shares
_MONEY_ROW = re.compile(
    r"\b(?:income|earnings|loss(?:es)?|dividends?|profit|revenues?|per\s+share|eps|"
    r"amount|value|price|cost|expense)\b", re.IGNORECASE)
_MAX_STEPS = 6


# a sentence before a table saying the table counts shares: "The following table shows the
# changes in shares of common stock (in thousands):", "... changes in each class of shares:"
_COUNTS_SHARES_INTRO = re.compile(
    r"\b(?:changes?|movements?|activity)\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?"
    r"(?:each\s+class\s+of\s+)?(?:(?:common|ordinary|outstanding|issued)\s+)?shares\b"
    r"(?![-\s]+(?:based|price|value|repurchase))",
    re.IGNORECASE,
)


def count_cells(table: Table) -> frozenset[int]:
    """The unmarked values that count shares by where they stand: the dilutive steps between
    two counts (`dilution_counts`), and every row naming no money of a table its intro says
    counts shares ("... the changes in shares of common stock (in thousands):" over "Common
    stock outstanding, beginning balances | 15,550,061")."""
    out = set(dilution_counts(table.rows))
    if _COUNTS_SHARES_INTRO.search(table.intro):
        out.update(v.start for r in table.rows if not _MONEY_ROW.search(r.label)
                   for v in r.values if not v.explicit)
    return frozenset(out)


def dilution_counts(rows: Sequence[Row]) -> frozenset[int]:
    """The unmarked values of rows that step one count of shares to the next ("Basic
    weighted average shares | 3,223" over "Stock-based awards | 296", "Warrants | —" and
    "Diluted weighted average shares | 3,519"): share counts, as the two counts they join
    are. Read only where the steps add up to the second count from the first (in some
    column), print no mark and name no money, so a block of money between two count rows
    keeps the table's units. The starts of those values."""
    out: set[int] = set()
    counts = [i for i, r in enumerate(rows) if r.values and is_share_count_row(r.label)]
    for a, b in itertools.pairwise(counts):
        steps = [r for r in rows[a + 1 : b] if r.values]
        if not steps or len(steps) > _MAX_STEPS or any(
                v.explicit or _MONEY_ROW.search(r.label) for r in steps for v in r.values):
            continue
        if _adds_up(rows[a], steps, rows[b]):
            out.update(v.start for r in steps for v in r.values)
    return frozenset(out)


def _adds_up(first: Row, steps: Sequence[Row], last: Row) -> bool:
    """Whether, at some place both counts fill (their k-th values, as the columns are not
    placed yet), the first count plus or minus the steps' k-th values is the last count, to
    the rounding of the printed digits."""
    for k, (v, w) in enumerate(zip(first.values, last.values, strict=False)):
        moved = sum(float(r.values[k].amount) for r in steps if k < len(r.values))
        slack = (0.05 if "." in v.amount else 1.0) * (len(steps) + 1)
        if moved and min(abs(float(v.amount) + s * moved - float(w.amount))
                         for s in (1, -1)) <= slack:
            return True
    return False
