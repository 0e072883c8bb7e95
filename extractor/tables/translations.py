"""Convenience translations on a Details page: two columns of one date in two currencies
("Dec. 31, 2024 USD ($)" beside "Dec. 31, 2024 CNY (¥)"), the rate the full rows translate
at, and whether a short row's neighbouring values stand in them at that rate. The viewer drops
empty cells, so "3,118 | 22,758 | 20,311" under four columns is placed by that arithmetic:
22,758 is 3,118 at the page's 7.30, so the two stand in the USD and CNY columns of one date.
"""

from __future__ import annotations

import itertools

from extractor.document import Column
from extractor.tables.values import Value


def _number(v: Value) -> float | None:
    try:
        return float(v.amount)
    except ValueError:
        return None


def translation_rates(cols: tuple[Column, ...], rows: list[list[Value]]
                      ) -> dict[tuple[int, int], float]:
    """For two columns of one date in two currencies ("Dec. 31, 2024 USD ($)" beside "Dec. 31,
    2024 CNY (¥)"), the rate the rows that fill the page translate at, when they agree on it
    (within 1%): a short row's pair of values at that rate stands in those two columns."""
    out: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations(range(len(cols)), 2):
        if cols[a].period != cols[b].period or not cols[a].unit or cols[a].unit == cols[b].unit:
            continue
        seen = [y / x for r in rows if len(r) == len(cols)
                if (x := _number(r[a])) and (y := _number(r[b]))]
        if seen and max(seen) <= min(seen) * 1.01:
            out[(a, b)] = sum(seen) / len(seen)
    return out


def translated_pairs(rates: dict[tuple[int, int], float], values: list[Value],
                      combo: tuple[int, ...]) -> int:
    """How many neighbouring values of a row a choice puts in a translation's two columns at
    the page's rate ("3,118 | 22,758" at 7.30 in the USD and CNY columns of one date)."""
    n = 0
    for i in range(len(combo) - 1) if rates else ():
        if (rate := rates.get((combo[i], combo[i + 1]))) is None:
            continue  # (most pairs of columns are no translation: nothing to parse)
        x, y = _number(values[i]), _number(values[i + 1])
        if x and y and abs(y / x / rate - 1) < 0.01:
            n += 1
    return n

