"""Totals: which rows a total adds up, with the one tolerance grid and Details pages share.

A value printed rounded is off by up to half a unit, so a sum of n printed parts may miss its
printed total by n/2 (at least 1): `agrees` is that test, used to find what an unlabelled row
totals, to place a sparse total row, to check totals and to check roll-forwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from extractor.facts import ExtractionWarning
from extractor.tables.model import Table
from extractor.tables.rowsubjects import in_running_text
from extractor.tables.values import Value

TOTAL = re.compile(
    r"^(?:total\b|.*,\s*net$|(?:balance\s*,?\s*)?(?:at\s+)?(?:the\s+)?end\s+of\b|"
    r"(?:balance\s+)?at\s+(?:the\s+)?end\b|closing\s+balance|"
    r"at\s+(?:december|june|march|september)\s+\d|"
    r"balance\s+as\s+(?:of|at)\s+(?:the\s+)?end|ending\s+balance)",
    re.IGNORECASE,
)
"""A row label that names a total or a closing balance."""


class Placed(Protocol):
    """A row with its values and the column each took (grid and Details rows)."""

    label: str
    values: list[Value]

    @property
    def columns(self) -> list[int] | None: ...


def agrees(total: float, parts: float, n_parts: int) -> bool:
    """Whether `parts`, the sum of n printed values, is `total` up to their rounding."""
    return abs(parts - total) <= max(1.0, 0.5 * n_parts)


def column_sums(rows: Sequence[Placed], n: int) -> list[float | None]:
    """Per column, the sum of the rows' values there (None where no row has one)."""
    out: list[float | None] = [None] * n
    for r in rows:
        for v, j in zip(r.values, r.columns or range(len(r.values)), strict=False):
            if 0 <= j < n:
                out[j] = (out[j] or 0.0) + float(v.amount)
    return out


def _row_vector(r: Placed, n: int) -> list[float | None]:
    vec: list[float | None] = [None] * n
    for v, j in zip(r.values, r.columns or range(len(r.values)), strict=False):
        if 0 <= j < n:
            vec[j] = float(v.amount)
    return vec


def adds_up(parts: Sequence[Placed], total: Placed, n: int) -> bool:
    """Whether the rows `parts` add up to `total` in every column the total has a value."""
    if not parts:
        return False
    sums = column_sums(parts, n)
    tv = _row_vector(total, n)
    if all(x is None for x in tv):
        return False
    return all(x is None or agrees(x, sums[j] or 0.0, len(parts)) for j, x in enumerate(tv))


def sums_above(
    rows: Sequence[Placed], idx: int, floats: Sequence[list[float]] | None = None,
    stats: Sequence[tuple[float, bool]] | None = None,
) -> int | None:
    """Where the run of rows that adds up to row idx (value by value, before any placement)
    starts, if any. `floats`: each row's values as floats, for a caller that asks of many
    rows of one table (each row is then read once, not once per row below it); `stats`: with
    them, `row_stats` of each row's floats."""
    total = rows[idx]
    width = len(total.values)
    want = floats[idx] if floats is not None else [float(v.amount) for v in total.values]
    above: list[list[float]] = []  # rows[start:idx]'s values, nearest first, read once each
    sums = [0.0] * width
    exact, mass = True, 0.0
    for start in range(idx - 1, -1, -1):
        values = rows[start].values
        if len(values) != width:
            return None  # every run from here up holds this row, so none adds up
        vec = floats[start] if floats is not None else [float(v.amount) for v in values]
        above.append(vec)
        if exact:  # (once a sum is inexact it stays so: the mass is no longer needed)
            row_mass, whole = stats[start] if stats is not None else row_stats(vec)
            mass += row_mass
            exact = mass < _EXACT and whole
        if exact:
            # Whole numbers below 2**52: every partial sum is exact, so adding the new row to
            # the sum of the rows below it gives the very floats summing top down would.
            for j, x in enumerate(vec):
                sums[j] += x
        else:
            sums = _top_down(above, width)
        # agrees(w, sums[j], len(above)) for every column, its tolerance computed once per run
        tol = max(1.0, 0.5 * len(above))
        # (the first column alone rules out most runs, before the test of every column)
        if (not width or abs(sums[0] - want[0]) <= tol) and all(
            abs(x - w) <= tol for x, w in zip(sums, want, strict=True)
        ):
            return start
    return None


def row_stats(vec: list[float]) -> tuple[float, bool]:
    """A row's mass (the sum of its values' sizes) and whether every value is whole."""
    return sum(abs(x) for x in vec), all(x.is_integer() for x in vec)


_EXACT = float(2**52)


def _top_down(above: list[list[float]], width: int) -> list[float]:
    """The column sums of rows given nearest first, added top down as the text reads."""
    sums = [0.0] * width
    for vec in reversed(above):
        for j, x in enumerate(vec):
            sums[j] += x
    return sums


def is_total(row: Placed, flagged: bool = False) -> bool:
    """A total row: one the reader found to be a sum (`flagged`), or labelled as a total."""
    return flagged or bool(TOTAL.match(row.label))


def check_totals(
    rows: Sequence[Placed], n: int, flagged: Sequence[bool]
) -> list[ExtractionWarning]:
    """Warn where a total row is not the sum of the rows it totals (a column shift or a lost
    negative shows there first). Values are never changed.

    Rows are kept in an open list; a total must equal some run of open rows right above it
    (its parts, subtotals included), which it then replaces, so that a grand total is checked
    against the subtotals and the rows no subtotal took.
    """
    if n == 0:
        return []
    out: list[ExtractionWarning] = []
    open_rows: list[Placed] = []
    for r, flag in zip(rows, flagged, strict=True):
        if not is_total(r, flag):
            open_rows.append(r)
            continue
        matched = next(
            (k for k in range(1, len(open_rows) + 1) if adds_up(open_rows[-k:], r, n)), 0
        )
        if matched:
            del open_rows[-matched:]
        elif open_rows:
            names = ", ".join(repr(x.label) for x in open_rows[-8:])
            out.append(ExtractionWarning(
                code="table_total_mismatch",
                message=f"total {r.label!r} is not the sum of the rows above ({names}): a "
                "column shift or a lost sign may have crept in",
                span=(r.values[0].start, r.values[-1].end),
            ))
        open_rows.append(r)
    return out


# The label of a row with no words of its own under no title: a placeholder a column
# heading replaces ("Exercise Prices (CAD$)" over a grant table's first column).
UNLABELLED = "Unlabelled row"


def label_unlabelled(table: Table, title: str | None) -> list[ExtractionWarning]:
    """Unlabelled value runs: a total when the rows above add up to them, else a part."""
    warnings: list[ExtractionWarning] = []
    floats: list[list[float]] | None = None  # read once, when a row has no label
    stats: list[tuple[float, bool]] | None = None
    for idx, row in enumerate(table.rows):
        if row.label_cell is not None:
            continue
        if floats is None:
            floats = [[float(v.amount) for v in r.values] for r in table.rows]
            stats = [row_stats(vec) for vec in floats]
        first = sums_above(table.rows, idx, floats, stats)
        row.is_total = first is not None
        if first is not None:
            parts = table.rows[first:idx]
            if row.section and all(p.section == row.section for p in parts):
                what = row.section
            elif first == 0 and title:
                what = title
            else:
                what = parts[0].label
            row.label = total_label(what)
        else:
            row.label = row.section or title or UNLABELLED
            warnings.append(ExtractionWarning(
                code="table_row_unlabelled",
                message=f"values with no row label that are not the sum of the rows above "
                f"(labelled {row.label!r}): a label the viewer dropped, or values that "
                "belong to the row before",
                span=(row.values[0].start, row.values[-1].end),
            ))
    return warnings


def total_label(what: str) -> str:
    """The label of an unlabelled total of `what`: "Total" plus it ("Net revenue" -> "Total
    net revenue"), but a total over rows that start with a total ("Total available-for-sale
    securities" above, its value run split off) is that total again, never "Total total"."""
    if re.match(r"(?i)total\b", what.strip()):
        return what.strip()
    return f"Total {_lower_first(what)}".strip()


def _lower_first(s: str) -> str:
    """'Net revenue' -> 'net revenue' for "Total net revenue"; acronyms ("PRC ...") stay; a
    title's capitals go ("Related Party Transactions" -> "related party transactions")."""
    if len(s.split()) > 1 and all(w[:1].isupper() or not w[:1].isalpha() for w in s.split()):
        return in_running_text(s)
    return s if s[:2].isupper() else s[:1].lower() + s[1:]
