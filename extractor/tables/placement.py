"""Placing a table's rows on its columns: full rows, sparse rows, sparse totals, and the
currency a column takes from the marks some of its cells carry."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from extractor.tables.cells import is_dash
from extractor.tables.model import Row, Table
from extractor.tables.totals import TOTAL, agrees
from extractor.tables.values import Value
from extractor.vocabulary import RATE_UNITS

Placement = tuple[list[int], bool]
"""The column of each value of a row, and whether that is a guess."""


def place(table: Table, row: Row) -> Placement:
    """Column index of each value of the row, and whether the placement is a guess."""
    n = len(table.columns)
    k = len(row.values)
    if n == 0:
        return [-1] * k, False
    if k == n:
        if row.label_cell is not None and table.ref_positions is None:
            table.ref_positions = [v.pos for v in row.values]
        return list(range(n)), False
    if k > n:
        return [min(j, n - 1) for j in range(k)], True
    ref = table.ref_positions
    if ref is not None and row.label_cell is not None and all(v.cell.piped for v in row.values):
        out: list[int] = []
        for v in row.values:
            lo = out[-1] + 1 if out else 0
            best = min(range(lo, n), key=lambda j: abs(ref[j] - v.pos), default=None)
            if best is None:
                break
            out.append(best)
        if len(out) == k and all(
            abs(ref[j] - v.pos) <= 1 for j, v in zip(out, row.values, strict=True)
        ):
            return out, False
    if ref is not None and row.values and row.values[0].pos > ref[0] + 1:
        return list(range(n - k, n)), True  # a leading run of empty cells: the last columns
    grouped = _in_groups(table, row)
    if grouped is not None:
        return grouped, True
    return list(range(k)), True


def _in_groups(table: Table, row: Row) -> list[int] | None:
    """A short row under date groups of equal sub-columns ("Total | Level 1 | Level 2" under
    each of two dates): as many values in each group, from its left, when they divide evenly;
    a row's empty sub-columns are the same under each date far more often than not. A row
    that prints dashes for its empty cells is short by whole columns ("1,076 | 1,076 | — | —
    | Not applicable"): those stay from the left; a dash after a "$" is an amount."""
    k = len(row.values)
    if any(is_dash(v.cell.text) and not v.explicit for v in row.values):
        return None  # ("$ | — | $ | 190": a dash after a mark is a printed nil, not a gap)
    periods = [c.period for c in table.columns]
    runs = [len(list(g)) for _, g in itertools.groupby(periods)]
    size, groups = runs[0], len(runs)
    if groups < 2 or size < 2 or any(r != size for r in runs) or len(set(periods)) != groups:
        return None
    if k % groups or k // groups >= size:
        return None
    per = k // groups
    return [g * size + i for g in range(groups) for i in range(per)]


def split_stacked_rows(table: Table) -> None:
    """Unlabelled rows the viewer ran into the row before them. In a headerless table whose
    intro lists n periods and whose labelled rows hold n values each in the same cells, a row
    of k x n values (k >= 2) whose first n stand in those cells is k rows: the label's own n
    values, then k - 1 unlabelled runs of n (rows whose label cell the viewer left empty),
    read like any unlabelled row."""
    n = len(table.intro_periods)
    if table.columns or n < 2:
        return
    labelled = [r for r in table.rows if r.label_cell is not None]
    layouts = {_layout(r.values) for r in labelled if len(r.values) == n}
    full = sum(1 for r in labelled if len(r.values) == n)
    if full < 2 or full * 2 <= len(labelled) or len(layouts) != 1:
        return  # the rows do not hold one value per listed period, all in the same cells
    layout = layouts.pop()
    out: list[Row] = []
    for row in table.rows:
        k = len(row.values)
        if k <= n or k % n or _layout(row.values[:n]) != layout:
            out.append(row)
            continue
        runs = [row.values[i : i + n] for i in range(0, k, n)]
        row.values = runs[0]
        out.append(row)
        out.extend(Row(label_cell=None, label="", values=run, section=row.section)
                   for run in runs[1:])
    table.rows = out


def _layout(values: list[Value]) -> tuple[int, ...]:
    """Where a row's values stand, relative to its first (the spacer cells between them)."""
    return tuple(v.pos - values[0].pos for v in values)


def place_sparse_totals(table: Table, placements: list[Placement]) -> None:
    """A total row with fewer values than columns goes where it is the sum of the rows above
    it (since the last total), when exactly one placement says so."""
    n = len(table.columns)
    start = 0
    for idx, row in enumerate(table.rows):
        if not (row.label_cell is None or row.is_total or TOTAL.match(row.label)):
            continue
        k = len(row.values)
        if 0 < k < n:
            sums = [0.0] * n
            seen = [False] * n
            for r, (cols, _) in zip(table.rows[start:idx], placements[start:idx], strict=True):
                for v, j in zip(r.values, cols, strict=True):
                    if 0 <= j < n:
                        sums[j] += float(v.amount)
                        seen[j] = True
            fits = [
                combo for combo in itertools.combinations(range(n), k)
                if all(seen[j] and agrees(float(v.amount), sums[j], idx - start)
                       for v, j in zip(row.values, combo, strict=True))
            ]
            if len(fits) == 1:
                placements[idx] = (list(fits[0]), False)
        start = idx + 1


def units_from_marks(table: Table, placements: list[Placement]) -> dict[int, str]:
    """A column's currency from the marks some of its cells carry ("$" on the first and total
    rows only), when they all agree."""
    seen: dict[int, set[str]] = {}
    pct: dict[int, bool] = {}
    marked: dict[int, set[str]] = {}  # every mark a column's cells carry, rates included
    for row, (cols, _) in zip(table.rows, placements, strict=True):
        for v, j in zip(row.values, cols, strict=True):
            if v.explicit and v.unit and v.unit not in RATE_UNITS:
                seen.setdefault(j, set()).add(v.unit)
            if v.explicit and v.unit:
                marked.setdefault(j, set()).add(v.unit)
            if not is_dash(v.cell.text):
                pct[j] = pct.get(j, True) and v.unit == "percent"
    out = {j: next(iter(u)) for j, u in seen.items() if len(u) == 1}
    # a column of rates: its dashes are zero rates, whatever mark stands in the row
    out.update({j: "percent" for j, p in pct.items() if p})
    # a column headed "Ratio" whose only marks are "%" (on its first row): all rates
    out.update({j: "percent" for j, u in marked.items() if u == {"percent"}
                and 0 <= j < len(table.columns) and _rate_heading(table.columns[j].category)})
    return out


_RATE_HEAD = re.compile(r"(?:^|/)\s*(?:ratios?|rates?|%|percent(?:age)?)\s*$", re.IGNORECASE)


def _rate_heading(category: str | None) -> bool:
    """Whether a column's last heading names rates ("Actual / Ratio", "Rate", "%")."""
    return bool(category and _RATE_HEAD.search(category))


def headerless_positions(table: Table) -> list[list[int]] | None:
    """The value column of each value of a headerless table, by its place in the row: when
    most labelled rows hold the same number w >= 2 of values, the i-th value of a row of w
    (or of k x w: rows the viewer ran together) stands in column i mod w, so a mark on the
    first row ("Rs. | Rs. | ... | US$") says each column's currency. -1 where a row holds
    another count. None for a table with columns or rows of no common width."""
    if table.columns:
        return None
    widths = Counter(len(r.values) for r in table.rows if r.label_cell is not None)
    if not widths:
        return None
    w, count = widths.most_common(1)[0]
    if w < 2 or count < 2 or 2 * count <= sum(widths.values()):
        return None
    return [[i % w for i in range(len(r.values))] if len(r.values) % w == 0
            else [-1] * len(r.values) for r in table.rows]


# a sub-column heading that counts shares ("Shares | Amount" under "Common Stock")
_SHARES_HEAD = re.compile(r"(?:number\s+of\s+)?shares", re.IGNORECASE)


def share_positions(table: Table, units: dict[int, str]) -> frozenset[int]:
    """The columns of a headerless table's share counts: an equity statement's "Shares |
    Amount | ... | Shares | Amount | Total" sub-headings over rows cut into anonymous columns
    (`headerless.split_headerless`) whose first and total rows print "$" on every amount: as
    many columns without a mark as there are "Shares" headings (counts carry no "$")."""
    cols = table.columns
    if not cols or any(c.period or c.category or c.unit for c in cols):
        return frozenset()
    heads = sum(1 for h in table.header_texts if _SHARES_HEAD.fullmatch(h.strip()))
    bare = [j for j in range(len(cols)) if j not in units]
    return frozenset(bare) if heads and len(bare) == heads < len(cols) else frozenset()
