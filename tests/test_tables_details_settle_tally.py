"""The roll-forward search's tally (values read once) counts as `roll_forward_holds` does."""

from __future__ import annotations

import itertools
import random

from extractor.tables.cells import Cell
from extractor.tables.detailsplacement import DetailsRow
from extractor.tables.rollforward import is_closing
from extractor.tables.rollforwardsums import holds_tally, roll_forward_holds
from extractor.tables.values import Value


def _row(label: str, amounts: list[str], columns: list[int] | None = None) -> DetailsRow:
    cell = Cell(0, len(label), label, True, 0, len(label))
    values = [Value(cell, 0, 1, a) for a in amounts]
    return DetailsRow(cell, label, values, columns=columns)


def _group() -> list[DetailsRow]:
    # a threshold row before the opening balance and a cash-outflow row after the closing one
    # are no movements; decimals make the order of the float sums matter
    return [
        _row("Threshold", ["5"], [0]),
        _row("Balance at beginning of year", ["10.1", "20.2", "30.3"], [0, 1, 2]),
        _row("Additions", ["0.1", "0.2"]),
        _row("Disposals", ["-0.3"]),
        _row("Transfers", ["1.7", "2.6"]),
        _row("Balance at end of year", ["11.6", "22.8"]),
        _row("Cash outflow for leases", ["4"], [2]),
    ]


def test_the_tally_counts_what_roll_forward_holds_counts_on_every_placement() -> None:
    group = _group()
    n = 3
    closing = [is_closing(r.label) for r in group]
    tally = holds_tally(group, n, closing)
    open_rows = [r for r in group if r.columns is None]
    choices = [list(itertools.combinations(range(n), len(r.values))) for r in open_rows]
    counts = set()
    for pick in itertools.product(*choices):
        for r, combo in zip(open_rows, pick, strict=True):
            r.columns = list(combo)
        expected = roll_forward_holds(group, n, closing)
        assert tally() == expected, pick
        counts.add(expected)
    assert len(counts) > 2  # the placements tried do not all count alike


def test_the_tally_of_rows_with_columns_left_open_and_out_of_range() -> None:
    rng = random.Random(7)
    group = _group()
    n = 3
    closing = [is_closing(r.label) for r in group]
    tally = holds_tally(group, n, closing)
    for _ in range(200):
        for r in group:
            r.columns = (None if rng.random() < 0.2 else
                         [rng.choice([-2, -1, 0, 1, 2, 3]) for _ in r.values])
        assert tally() == roll_forward_holds(group, n, closing)


def test_a_group_with_no_closing_row_holds_nothing() -> None:
    group = [_row("Balance at beginning of year", ["1"], [0]), _row("Additions", ["1"], [0])]
    closing = [is_closing(r.label) for r in group]
    assert holds_tally(group, 1, closing)() == 0 == roll_forward_holds(group, 1, closing)
