"""Balance rows of a Details roll-forward that its labels do not call opening or closing.

Under a duration column ("12 Months Ended | Dec. 31, 2022") a roll-forward's balances are
instants (FACTS.md 1.1). Some pages name them otherwise: the opening row by the day the year
opens ("As of January 1, 2022, net of accumulated amortization", the filer's one label for every
column), the closing row by the measure alone ("Net carrying amount"), which the arithmetic
shows: it is the opening balance plus the movements between them, in every column they share;
the rows right after it that add up to it ("Cost", "Accumulated amortization") are its parts at
the same date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Protocol

from extractor.tables.rollforward import is_closing, is_opening, opening_instant
from extractor.tables.totals import agrees
from extractor.tables.values import Value
from extractor.vocabulary import MONTH, month_number

OPENING, CLOSING = "opening", "closing"

# "As of January 1, 2022, net of ...", "At 1 January 2021": the day a year opens, then more
_OPENS_ON = re.compile(
    rf"^(?:balance\s+)?(?:as\s+(?:of|at)|at)\s+(?:(?P<m>{MONTH})\s+1\b|1\s+(?P<m2>{MONTH})\b)",
    re.IGNORECASE,
)


class BalanceRow(Protocol):
    label: str
    values: list[Value]
    columns: list[int] | None
    group: int
    balance: str | None


def opens_on_first(label: str) -> int | None:
    """The month a row label opens on ("As of January 1, 2022, net of ..." -> 1), else None."""
    m = _OPENS_ON.match(label.strip())
    if m is None:
        return None
    return month_number(m.group("m") or m.group("m2"))


def opening_month(period: str) -> int | None:
    """The month a duration column's period starts in ("P12M/2022-12-31" -> 1)."""
    if not period.startswith("P"):
        return None
    before = opening_instant(period)
    y, m, d = (int(x) for x in before.split("-"))
    if d != calendar.monthrange(y, m)[1]:
        return None
    return m % 12 + 1


def _by_column(row: BalanceRow) -> dict[int, float]:
    return {j: float(v.amount) for v, j in zip(row.values, row.columns or [], strict=False)
            if j >= 0}


def mark_balances(rows: Sequence[BalanceRow], periods: Sequence[str | None]) -> None:
    """Set `balance` on each group's opening row named by its first day and on the closing row
    the arithmetic finds, with its parts."""
    groups: dict[int, list[BalanceRow]] = {}
    for r in rows:
        groups.setdefault(r.group, []).append(r)
    for group in groups.values():
        _mark_group(group, periods)


def _mark_group(group: list[BalanceRow], periods: Sequence[str | None]) -> None:
    start = next((k for k, r in enumerate(group) if is_opening(r.label)
                  or _opens_its_columns(r, periods)), None)
    if start is None:
        return
    opening = group[start]
    if not is_opening(opening.label):
        opening.balance = OPENING
    base = _by_column(opening)
    running = dict(base)
    for k in range(start + 1, len(group)):
        r = group[k]
        if is_opening(r.label) or is_closing(r.label):
            return  # the labels say where it closes
        here = _by_column(r)
        moved = k > start + 1
        if moved and here and all(j in running and agrees(running[j], x, 2)
                                  for j, x in here.items()) and len(here) >= 2:
            r.balance = CLOSING
            _mark_parts(group[k + 1 :], here)
            return
        for j, x in here.items():
            running[j] = running.get(j, 0.0) + x


def _opens_its_columns(r: BalanceRow, periods: Sequence[str | None]) -> bool:
    month = opens_on_first(r.label)
    if month is None or not r.columns:
        return False
    starts = [opening_month(periods[j] or "") for j in r.columns if 0 <= j < len(periods)]
    return bool(starts) and all(s == month for s in starts)


def _mark_parts(after: Sequence[BalanceRow], total: dict[int, float]) -> None:
    """The rows right after a closing balance that add up to it in every column: its parts."""
    sums: dict[int, float] = {}
    for k, r in enumerate(after):
        for j, x in _by_column(r).items():
            if j not in total:
                return
            sums[j] = sums.get(j, 0.0) + x
        if k >= 1 and all(agrees(total[j], sums.get(j, 0.0), k + 1) for j in total
                          if j in sums) and set(sums) <= set(total):
            for part in after[: k + 1]:
                part.balance = CLOSING
            return
