"""The order of a Details page's currency marks: which columns a sparse row's values stand in.

The SEC viewer prints a column's currency mark ("$", "HK$" as "$", "₩") on the first and the
last value of each run of money in the column (amounts per share are a run of their own) and
leaves the values between them bare. The viewer also drops empty cells, so a row shorter than
the header does not say which columns its values are in; the marks narrow it: a bare value
cannot open a column, and nothing follows a column's marked last value. A page's rows are read
in order and, when the placement the other evidence chose breaks this, the placement that
breaks it the least is kept (then the most plausible of those). Only pages whose columns name
two currencies or more are read so: a page of one currency may mark every value of a
narrative row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from extractor.tables.scalenote import is_per_share_row, is_share_count_row
from extractor.tables.values import Value
from extractor.vocabulary import RATE_UNITS

_OPEN = 0
_MAX_COLUMNS = 8
_MAX_STATES = 256


class PlacedRow(Protocol):
    label: str
    values: list[Value]
    columns: list[int] | None
    ranked: list[tuple[float, tuple[int, ...]]]


_Mark = tuple[bool, int] | None  # (carries a mark, its kind: money or per-share), None: no money


def _marks(row: PlacedRow) -> list[_Mark]:
    """Per value: whether it carries a currency mark and whether it is an amount per share (a
    run of its own), or None when it is no money (a rate, a term, a count of shares): the
    marks say nothing of."""
    if is_share_count_row(row.label):
        return [None] * len(row.values)
    kind = 1 if is_per_share_row(row.label) else 0
    out: list[_Mark] = []
    for v in row.values:
        if v.unit in RATE_UNITS or v.unit == "share":
            out.append(None)
        else:
            out.append((bool(v.explicit and v.unit), kind))
    return out


# A column's state: _OPEN, or its run's kind k as 2k+1 (started) and 2k+2 (closed: its last
# value came, a marked one).
def _step(state: tuple[int, ...], marks: Sequence[_Mark],
          combo: Sequence[int]) -> tuple[int, tuple[int, ...]]:
    """The breaks of one row placed on `combo`, and the columns' state after it."""
    s = list(state)
    breaks = 0
    for mark, j in zip(marks, combo, strict=True):
        if mark is None or not 0 <= j < len(s):
            continue
        marked, kind = mark
        if s[j] == _OPEN or (s[j] - 1) // 2 != kind:  # (a run of another kind ends there)
            breaks += 0 if marked else 1  # a run's first value carries its mark
            s[j] = 2 * kind + 1
        elif s[j] % 2 == 1:
            if marked:
                s[j] += 1  # the run's last value
        else:
            breaks += 1  # a value after the run's last
    return breaks, tuple(s)


def mark_breaks(rows: Sequence[PlacedRow], n: int) -> int:
    """How often the rows, as placed, break the order of the marks."""
    state = (_OPEN,) * n
    total = 0
    for r in rows:
        b, state = _step(state, _marks(r), r.columns or [])
        total += b
    return total


_Picks = tuple[tuple[int, ...], "_Picks"] | None  # the choices so far, the last first
_Best = tuple[int, float, _Picks]  # breaks, -score, the choices so far


def _merge(items: Iterable[tuple[tuple[int, ...], _Best]]) -> dict[tuple[int, ...], _Best]:
    out: dict[tuple[int, ...], _Best] = {}
    for st, v in items:
        if st not in out or v[:2] < out[st][:2]:
            out[st] = v
    return out


def place_by_marks(rows: Sequence[PlacedRow], units: Sequence[str | None]) -> list[PlacedRow]:
    """Re-place the rows that have a choice when the placement chosen breaks the marks' order
    and another breaks it less (then, the most plausible of those); the rows changed.
    `units`: each column's currency (the page must name two or more)."""
    n = len(units)
    if (n > _MAX_COLUMNS or len({u for u in units if u}) < 2
            or not any(any(m and m[0] for m in _marks(r)) for r in rows)):
        return []
    before = mark_breaks(rows, n)
    if before == 0:
        return []
    states: dict[tuple[int, ...], _Best] = {(_OPEN,) * n: (0, 0.0, None)}
    for r in rows:
        marks = _marks(r)
        # (a row of rates or counts is placed by the other evidence alone)
        ranked = r.ranked if any(marks) else []
        options = [(sc, c) for sc, c in ranked] or [(0.0, tuple(r.columns or []))]
        nxt = _merge(
            (after, (breaks + b, neg - sc, (combo, picks)))
            for state, (breaks, neg, picks) in states.items()
            for sc, combo in options
            for b, after in [_step(state, marks, combo)]
        )
        states = dict(sorted(nxt.items(), key=lambda kv: kv[1][:2])[:_MAX_STATES])
    best = min(states.values(), key=lambda x: x[:2])
    if best[0] >= before:
        return []
    picked: list[tuple[int, ...]] = []
    node = best[2]
    while node is not None:
        picked.append(node[0])
        node = node[1]
    changed: list[PlacedRow] = []
    for r, combo in zip(rows, reversed(picked), strict=True):
        if r.ranked and list(combo) != r.columns:
            r.columns = list(combo)
            top = r.ranked[0][0]
            r.ranked = [(top + 1.0, combo), *[x for x in r.ranked if x[1] != combo]]
            changed.append(r)
    return changed
