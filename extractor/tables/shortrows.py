"""Short rows on a Details page: which column choices are a comparative run, and the
columns that sums give lone values.

The viewer drops empty cells, so a row of k values on a page of n > k columns could sit in
many k columns. A statement's comparative columns are one period length ending on the same
day of consecutive years, so among choices that score alike, on a page of one column length or
with event columns ("1 Months Ended" over issue dates), k values take k such columns:
"€ 261,514 | € 200,349 | € 180,671" under "12 Months Ended Dec. 31, 2020 | 2019 | 2017 | 2016 |
2015" are 2017, 2016 and 2015 (the 2020 and 2019 columns, apart from the years the row could
fill in a run, hold only the rates enacted for later years), never 2020, 2019 and 2017.
Lone values that nothing else places but that add up to one value of their group (the
expiry buckets of a balance) stand in that value's column; other lone values, and rows of more
values that leave two or more columns of a wide page empty and tie between no comparative run
(`is_open_tie`), are undated. Beside event columns ("1 Months
Ended" over issue dates) each column holds one note's events, so a lone value's column, a
guess, lends the rest of its group nothing (they stay undated unless something places them).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from extractor.document import Column
from extractor.tables.values import Value
from extractor.vocabulary import RATE_UNITS


class SumRow(Protocol):
    """A Details row as `sum_columns` reads it."""

    values: list[Value]
    group: int
    columns: list[int] | None


WIDE = 3
"""Distinct column periods from which a lone value that nothing places is left undated."""


def is_wide(cols: Sequence[Column]) -> bool:
    """Whether a page has three or more distinct column periods."""
    return len({c.period for c in cols}) >= WIDE


_EVENT = "P1M"
"""The length of an event's column ("1 Months Ended" over a note's issue date): no
comparative, whatever the dates beside it."""


def has_event_columns(cols: Sequence[Column]) -> bool:
    """Whether a page has an event's column beside columns of another length."""
    lengths = {(c.period or "").rpartition("/")[0] for c in cols}
    return _EVENT in lengths and len(lengths) > 1


def column_ends(cols: Sequence[Column]) -> list[tuple[str, int, str]] | None:
    """Each column's end as (month-day, year, length) on a page whose columns are all of one
    length, or that has event columns ("1 Months Ended | 12 Months Ended" over issue dates
    and two year ends: the page's balances are the year ends'); None on other pages (beside
    a "6 Months Ended" column, a 10-Q's balances are the report date's and the last year
    end's: no run of years says which)."""
    out: list[tuple[str, int, str]] = []
    for c in cols:
        length, _, end = (c.period or "").rpartition("/")
        if len(end) != 10 or not end[:4].isdigit():
            return None
        out.append((end[5:], int(end[:4]), length))
    lengths = {x[2] for x in out}
    return out if len(lengths) == 1 or _EVENT in lengths else None


def is_comparative_run(ends: list[tuple[str, int, str]] | None,
                       combo: tuple[int, ...]) -> bool:
    """Whether the columns of a choice of two or more (`ends` from `column_ends`) are of one
    length, no event's, and end on the same day of consecutive years, latest first or
    earliest first."""
    if ends is None or len(combo) < 2:
        return False
    if len({ends[j][0] for j in combo}) != 1 or len({ends[j][2] for j in combo}) != 1:
        return False
    if ends[combo[0]][2] == _EVENT and len({x[2] for x in ends}) > 1:
        return False
    steps = {ends[b][1] - ends[a][1] for a, b in itertools.pairwise(combo)}
    return steps in ({1}, {-1})


def is_open_tie(cols: Sequence[Column], ranked: Sequence[tuple[float, tuple[int, ...]]]) -> bool:
    """Whether a short row whose two best column choices (`ranked`: scored, best first) tie is
    left undated: a row of two values or more that leaves two or more columns of a wide page
    empty, whose choices date its values differently and whose first is no comparative run
    ("$ 24,675 | $ 10,000 | $ 11,021" under "1 Months Ended" over three issue dates and "12
    Months Ended" over two year ends): nothing says which columns hold it, as for a lone
    value. One column short, the choices are few and the first stands (as on a page of two
    periods). Such a row, to be undated, lends its group no columns either: the rows after it
    would otherwise tie no more, placed by nothing but its guess."""
    if len(ranked) < 2 or ranked[0][0] != ranked[1][0]:
        return False
    best = [c for _, c in ranked[:2]]
    if not is_wide(cols) or len(cols) - len(best[0]) < 2 or len(best[0]) < 2:
        return False
    if is_comparative_run(column_ends(cols), best[0]):
        return False
    return len({tuple(cols[j].period for j in c) for c in best}) > 1


def sum_columns(rows: Sequence[SumRow], lone: set[int]) -> dict[int, int]:
    """Runs of two or more consecutive lone values that nothing else places (`lone`: their
    rows' ids) whose sum is a value of one column of another row of their group ("Losses
    expire in 2025 | ¥ 55,000", "... 2026 | 53,000", "... 2027 | 48,000", "... after 2027 |
    ¥ 252,000" under "Accumulated operating losses | ¥ 408,000 | ¥ 298,000"): that column
    places them. Returns row id -> column; a sum found in no column, or in two, places none."""
    out: dict[int, int] = {}
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and id(rows[j]) in lone and rows[j].group == rows[i].group:
            j += 1
        run = rows[i:j]
        i = max(j, i + 1)
        if len(run) < 2 or any(r.values[0].unit in RATE_UNITS for r in run):
            continue
        total = sum((Decimal(r.values[0].amount) for r in run), Decimal(0))
        if total == 0:
            continue
        hits = {
            c
            for r in rows
            if r.group == run[0].group and id(r) not in lone and r.columns
            for v, c in zip(r.values, r.columns, strict=False)
            if c >= 0 and v.unit not in RATE_UNITS and Decimal(v.amount) == total
        }
        if len(hits) == 1:
            out.update((id(r), next(iter(hits))) for r in run)
    return out
