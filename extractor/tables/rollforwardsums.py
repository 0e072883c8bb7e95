"""Whether a roll-forward adds up: opening balance plus movements equals the closing balance,
column by column (the check that places short rows and dates balance rows)."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.tables.rollforward import is_closing, is_opening
from extractor.tables.totals import Placed, agrees, column_sums


def is_roll_forward(group: Sequence[Placed]) -> bool:
    """Whether a group of rows has an opening and a closing balance."""
    return any(is_opening(r.label) for r in group) and any(is_closing(r.label) for r in group)


def _balance(
    group: Sequence[Placed], n: int, closing: Sequence[bool] | None = None
) -> tuple[list[float | None], list[float | None], list[int]]:
    """The last closing row's values, the sums of the other rows and how many values each
    column's sum holds. `closing`: `is_closing` of each row's label, when the caller has it."""
    if closing is None:
        closing = [is_closing(r.label) for r in group]
    closes = [r for r, c in zip(group, closing, strict=True) if c]
    # the rows from the opening balance to the closing one: a group's rows before or after
    # them (a threshold, the cash outflow for leases) are no movements of it
    first = next((k for k, r in enumerate(group) if is_opening(r.label)), 0)
    last = max((k for k, c in enumerate(closing) if c), default=len(group))
    body = [r for r, c in zip(group[first:last], closing[first:last], strict=True) if not c]
    support = [0] * n
    for r in body:
        for j in r.columns or []:
            if 0 <= j < n:
                support[j] += 1
    return column_sums(closes[-1:], n), column_sums(body, n), support


def roll_forward_holds(
    group: Sequence[Placed], n: int, closing: Sequence[bool] | None = None
) -> int:
    """How well the columns of a roll-forward group (opening + movements = closing) add up.
    `closing`: `is_closing` of each row's label, for a caller that tries many placements of
    the same rows (the labels stay, so the test is read once)."""
    if closing is None:
        closing = [is_closing(r.label) for r in group]
    if not any(closing):
        return 0
    close, sums, support = _balance(group, n, closing)
    # A column counts by how many values it ties together: a lone movement equal to the
    # closing balance proves less than an opening balance and two movements that add up.
    return sum(
        support[j] for j in range(n)
        if (c := close[j]) is not None and agrees(c, sums[j] or 0.0, support[j])
    )


def roll_forward_misses(group: Sequence[Placed], n: int) -> list[int]:
    """The columns where a roll-forward group's opening plus movements is not its closing."""
    close, sums, support = _balance(group, n)
    return [
        j for j in range(n)
        if (c := close[j]) is not None and (s := sums[j]) is not None
        and not agrees(c, s, support[j])
    ]
