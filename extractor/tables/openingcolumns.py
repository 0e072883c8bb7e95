"""Columns that open a year on a Details page, and the rows that may stand in them.

A page may show, beside its year columns ("12 Months Ended | Dec. 31, 2020"), the balances on
the day each year opens ("Jan. 01, 2020"; `headerspans` makes them instants). Such a column
holds balances at that day only: the opening balance of a roll-forward and rows that name its
day ("Loss allowance as at January 1 under IFRS 9"). The movements of the roll-forward and its
closing balance belong to the year columns, so a row with as many values as the year columns
is placed on them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from extractor.document import Column
from extractor.tables.rollforward import is_closing, is_opening, opening_instant
from extractor.vocabulary import MONTH, month_number

_MONTH_DAY = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b(?!\s*%)", re.IGNORECASE)


def opening_columns(cols: Sequence[Column]) -> set[int]:
    """Instant columns dated the first day of another column's duration."""
    starts: set[str] = set()
    for c in cols:
        p = c.period or ""
        if p.startswith("P"):
            day = date.fromisoformat(opening_instant(p)) + timedelta(days=1)
            starts.add(day.isoformat())
    return {j for j, c in enumerate(cols) if c.period and not c.period.startswith("P")
            and c.period in starts}


def named_month_days(label: str) -> set[tuple[int, int]]:
    """The (month, day) pairs a row label names ("as at January 1" -> {(1, 1)})."""
    out: set[tuple[int, int]] = set()
    for m in _MONTH_DAY.finditer(label):
        d = int(m.group("d"))
        if 1 <= d <= 31:
            out.add((month_number(m.group("m")), d))
    return out


def column_month_day(col: Column) -> tuple[int, int]:
    end = (col.period or "")[-10:]
    return int(end[5:7]), int(end[8:10])


class RowKind:
    """What a row of a roll-forward is, for the columns that open a year."""

    OPENING = "opening"
    DATED = "dated"  # names the day an opening column stands for
    FLOW = "flow"  # a movement or the closing balance: the year columns


def roll_forward_kinds(labels: Sequence[str], entities: Sequence[str | None],
                       days: set[tuple[int, int]]) -> list[str | None]:
    """Per row, what it is for the opening columns whose days are `days`: a row naming one of
    those days is DATED; inside a roll-forward stretch (from an opening row to the next
    closing row of the same entity) the opening row is OPENING and the others FLOW; None
    otherwise."""
    out: list[str | None] = []
    inside, owner = False, None
    for label, entity in zip(labels, entities, strict=True):
        opens = is_opening(label)
        if opens or (inside and entity != owner):
            inside, owner = opens, entity
        if named_month_days(label) & days:
            out.append(RowKind.DATED)
        elif opens:
            out.append(RowKind.OPENING)
        else:
            out.append(RowKind.FLOW if inside else None)
            if is_closing(label):
                inside = False
    return out
