"""A table with no column header whose rows all hold the same number of values.

The viewer can keep a table's values and drop both its header and the words of some rows:
"Purchase of equipment | Rs. 810.0 | — | — | 23.7 | 833.7 | US$ 11.0" then, for the next
row, six values with no label, read as six more values of the row before. When every
labelled row holds k values (k >= 3, three rows or more) and a few others each a different
multiple of k, each run of k values is one row, value i of a row stands in column i, and the
currency marks its first row prints give every column its unit.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from extractor.tables.header import TableColumn
from extractor.tables.model import Row, Table

_MIN_ROWS = 3


def width_of_rows(table: Table) -> int | None:
    """The number of values every row of a headerless table holds (or a multiple of), when
    its rows agree on one; None for a table with a header or rows of mixed widths."""
    if table.columns or table.intro_periods:
        return None
    widths = [len(r.values) for r in table.rows if r.values]
    if len(widths) < _MIN_ROWS:
        return None
    counts = Counter(widths)
    k, count = counts.most_common(1)[0]
    if k < 3 or count < _MIN_ROWS or any(w % k for w in widths):
        return None
    if any(n > 1 for w, n in counts.items() if w != k):
        # several rows of the same wider width: the table has more columns than its first
        # rows fill (a roll-forward whose last rows add columns), not rows run together
        return None
    return k


def split_headerless(table: Table) -> None:
    """Cut a headerless table's rows of m*k values into m rows (the first keeps the label,
    the others are unlabelled rows) and give the table k columns with no period, so that
    placement and currency marks work column by column."""
    k = width_of_rows(table)
    if k is None:
        return
    rows: list[Row] = []
    for row in table.rows:
        if len(row.values) <= k:
            rows.append(row)
            continue
        runs = [row.values[i : i + k] for i in range(0, len(row.values), k)]
        rows.append(replace(row, values=runs[0], columns=[], extras=list(row.extras)))
        for run in runs[1:]:
            rows.append(Row(label_cell=None, label="", values=run, section=row.section))
    table.rows = rows
    table.columns = [TableColumn(period=None, unit=None, scale=None) for _ in range(k)]
