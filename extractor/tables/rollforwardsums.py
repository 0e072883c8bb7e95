"""Whether a roll-forward adds up: opening balance plus movements equals the closing balance,
column by column (the check that places short rows and dates balance rows)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from extractor.facts import ExtractionWarning
from extractor.tables.rollforward import is_closing, is_opening
from extractor.tables.totals import Placed, agrees, column_sums

_Row = TypeVar("_Row")


class _Ranked(Placed, Protocol):
    """A Details row whose column choices were scored (`detailsplacement.DetailsRow`)."""

    ranked: list[tuple[float, tuple[int, ...]]]
    columns: list[int] | None  # type: ignore[misc]  # settable here, read-only in Placed


def unit_groups(rows: Sequence[_Row]) -> list[list[_Row]]:
    """Details rows by their group and the unit their labels name: an option plan's counts
    ("Forfeited during the year | shares") roll forward apart from its prices ("... | ₨ /
    shares")."""
    groups: dict[tuple[int, str | None], list[_Row]] = {}
    for r in rows:
        key = (getattr(r, "group", 0), getattr(r, "count_unit", None))
        groups.setdefault(key, []).append(r)
    return list(groups.values())


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


def holds_tally(
    group: Sequence[Placed], n: int, closing: Sequence[bool]
) -> Callable[[], int]:
    """`roll_forward_holds(group, n, closing)` for a search that tries many placements of the
    same rows: the rows' roles (opening, movement, closing) and their values as floats are read
    once; each call reads only the rows' columns. The sums run over the same rows in the same
    order as `column_sums`, so every float and the count are the same."""
    if not any(closing):
        return lambda: 0
    first = next((k for k, r in enumerate(group) if is_opening(r.label)), 0)
    last = max(k for k, c in enumerate(closing) if c)
    close_row = [r for r, c in zip(group, closing, strict=True) if c][-1]
    close_vals = [float(v.amount) for v in close_row.values]
    body = [(r, _signed(r))
            for r, c in zip(group[first:last], closing[first:last], strict=True) if not c]

    def tally() -> int:
        close: list[float | None] = [None] * n
        for x, j in zip(close_vals, close_row.columns or range(len(close_vals)), strict=False):
            if 0 <= j < n:
                close[j] = (close[j] or 0.0) + x
        sums: list[float | None] = [None] * n
        support = [0] * n
        for r, vals in body:
            cols = r.columns
            for x, j in zip(vals, cols or range(len(vals)), strict=False):
                if 0 <= j < n:
                    sums[j] = (sums[j] or 0.0) + x
            for j in cols or []:
                if 0 <= j < n:
                    support[j] += 1
        return sum(
            support[j] for j in range(n)
            if (c := close[j]) is not None and agrees(c, sums[j] or 0.0, support[j])
        )

    return tally


# The movements an option or award table prints unsigned although they take options away
# ("Forfeited during the year | 238,926" between 458,912 and 219,986).
_TAKES_AWAY = re.compile(
    r"^(?:forfeit|expir|exercis|cancel|lapse|surrender|vested\b|repurchas|redeem)", re.IGNORECASE
)


def _signed(r: Placed) -> list[float]:
    """A row's values as they move the balance: an unsigned decrease counts negative."""
    vals = [float(v.amount) for v in r.values]
    if vals and all(x > 0 for x in vals) and _TAKES_AWAY.match(r.label.strip()):
        return [-x for x in vals]
    return vals


def roll_forward_misses(group: Sequence[Placed], n: int) -> list[int]:
    """The columns where a roll-forward group's opening plus movements is not its closing."""
    close, sums, support = _balance(group, n)
    return [
        j for j in range(n)
        if (c := close[j]) is not None and (s := sums[j]) is not None
        and not agrees(c, s, support[j])
    ]


def roll_forward_warnings(groups: Iterable[Sequence[Placed]], n: int) -> list[ExtractionWarning]:
    """A warning for each roll-forward among `groups` whose last closing balance is not its
    opening balance plus the movements in some column."""
    out: list[ExtractionWarning] = []
    for group in groups:
        if not is_roll_forward(group):
            continue
        bad = roll_forward_misses(group, n)
        if bad:
            r = [x for x in group if is_closing(x.label)][-1]
            entity = getattr(r, "entity", None)
            out.append(ExtractionWarning(
                code="table_total_mismatch",
                message=f"{r.label!r}" + (f" ({entity})" if entity else "")
                + f" is not the opening balance plus the movements in {len(bad)} column(s)",
                span=(r.values[0].start, r.values[-1].end),
            ))
    return out


def settle_roll_forwards(rows: Sequence[_Ranked], n: int) -> set[int]:
    """In a group with an opening and a closing balance, place its open rows so that the
    most columns roll forward (opening + movements = closing). Returns the rows so settled."""
    settled: set[int] = set()
    for group in unit_groups(rows):
        if not is_roll_forward(group):
            continue
        open_rows = [r for r in group if len(r.ranked) > 1]
        if not open_rows:
            continue
        choices = [[c for _, c in r.ranked[:4]] for r in open_rows]
        total = 1
        for c in choices:
            total *= len(c)
        if total > 4096:
            continue
        best_key: tuple[int, float] | None = None
        best_pick: tuple[tuple[int, ...], ...] | None = None
        # The labels stay while the columns are tried: their closing test and each choice's
        # score (its first in the ranking) are read once, not once per pick.
        closing = [is_closing(r.label) for r in group]
        scores = [_first_scores(r.ranked) for r in open_rows]
        tally = holds_tally(group, n, closing)
        for pick in itertools.product(*choices):
            for r, combo in zip(open_rows, pick, strict=True):
                r.columns = list(combo)
            holds = tally()
            score = sum(map(dict.__getitem__, scores, pick))
            key = (holds, score)
            if best_key is None or key > best_key:
                best_key, best_pick = key, pick
        assert best_pick is not None and best_key is not None
        for r, combo in zip(open_rows, best_pick, strict=True):
            r.columns = list(combo)
        if best_key[0] > 0:
            settled.update(id(r) for r in open_rows)
    return settled


def _first_scores(ranked: list[tuple[float, tuple[int, ...]]]) -> dict[tuple[int, ...], float]:
    """Each column choice's score, the first the ranking gives it."""
    out: dict[tuple[int, ...], float] = {}
    for sc, c in ranked:
        out.setdefault(c, sc)
    return out
