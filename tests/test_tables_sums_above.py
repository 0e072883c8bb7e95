"""Which run of rows an unlabelled total adds up: the same answer however the rows are read."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from extractor.tables.cells import Cell
from extractor.tables.totals import agrees, row_stats, sums_above
from extractor.tables.values import Value

_CELL = Cell(0, 1, "1", True, 0, 1)


@dataclass
class _Row:
    label: str
    values: list[Value] = field(default_factory=list)
    columns: list[int] | None = None


def _row(*amounts: str) -> _Row:
    return _Row("", [Value(_CELL, 0, 1, a) for a in amounts])


def _reference(rows: list[_Row], idx: int) -> int | None:
    """The definition: the nearest start whose rows, summed top down as the text reads, agree
    with the total in every column (rounding: `agrees`); none past a row of another width."""
    want = [float(v.amount) for v in rows[idx].values]
    for start in range(idx - 1, -1, -1):
        if len(rows[start].values) != len(want):
            return None
        sums = [0.0] * len(want)
        for r in rows[start:idx]:
            for j, v in enumerate(r.values):
                sums[j] += float(v.amount)
        if all(agrees(w, x, idx - start) for x, w in zip(sums, want, strict=True)):
            return start
    return None


def _all_ways(rows: list[_Row], idx: int) -> set[int | None]:
    floats = [[float(v.amount) for v in r.values] for r in rows]
    stats = [row_stats(vec) for vec in floats]
    return {_reference(rows, idx), sums_above(rows, idx), sums_above(rows, idx, floats),
            sums_above(rows, idx, floats, stats)}


def test_a_total_of_the_two_rows_above_is_found_from_the_first_of_them() -> None:
    rows = [_row("7", "1"), _row("3", "4"), _row("5", "6"), _row("8", "10")]
    assert _all_ways(rows, 3) == {1}


def test_a_row_no_run_above_adds_up_to_is_no_total() -> None:
    rows = [_row("3", "4"), _row("5", "6"), _row("100", "10")]
    assert _all_ways(rows, 2) == {None}


def test_decimal_rows_and_huge_rows_give_one_answer_however_read() -> None:
    rng = random.Random(11)
    for _ in range(300):
        n = rng.randint(2, 7)
        rows = []
        for _ in range(n):
            if rng.random() < 0.3:
                rows.append(_row(*(f"{rng.randint(0, 99)}.{rng.randint(0, 9)}" for _ in range(2))))
            elif rng.random() < 0.1:
                rows.append(_row(*(str(rng.randint(10**15, 10**16)) for _ in range(2))))
            else:
                rows.append(_row(*(str(rng.randint(-50, 50)) for _ in range(2))))
        start = rng.randint(0, n - 1)
        total = [sum(float(r.values[j].amount) for r in rows[start:]) for j in range(2)]
        rows.append(_row(*(repr(round(x, 1)) for x in total)))
        answers = _all_ways(rows, n)
        assert len(answers) == 1, answers


def test_decimal_rows_are_summed_top_down_as_the_text_reads() -> None:
    # 0.1 + 0.2 + 2.2 is 2.5 top down (1.5 from the total: within the tolerance of three
    # rows) but 2.5000000000000004 bottom up (beyond it)
    rows = [_row("0.1"), _row("0.2"), _row("2.2"), _row("1.0")]
    assert _all_ways(rows, 3) == {0}
