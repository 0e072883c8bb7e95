"""Blank slots of tables whose every amount the viewer dropped.

The viewer renders a table whose values are all gone as its row labels followed by empty
pipe cells, the currency marks still standing in some rows ("Obligations under finance leases
| | ¥ | | | | ¥ |"). Such a table has no value for the grid reader to build on, yet each of
its value cells is a fact whose amount is missing (FACTS.md: a blank is a slot where an
amount belongs). The marks say where: a mark stands in the cell before its value's, so every
row's cell after each mark position is a slot, the same in the rows that kept no mark (the
layout's spacer cells line up). Without a mark nothing says an amount belongs there, and
empty cells stay empty: the rule needs at least one mark row, every mark row agreeing on the
positions, and a row reaching the last slot.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from extractor.amounts import currency_code
from extractor.document import Document
from extractor.facts import Fact
from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind
from extractor.tables.values import clean_label

_QUOTE_CHARS = 80  # at most this much of the row before a slot is the blank's quote


@dataclass
class _Row:
    """A label cell and the cells after it up to the next label: pipe cells, empty or a
    lone mark (footnote marks and closers are not cells of the layout)."""

    label: Cell
    slots: list[Cell] = field(default_factory=list)
    marks: dict[int, Cell] = field(default_factory=dict)  # slot index -> its mark cell


def dropped_blanks(
    doc: Document, cells: list[Cell], kinds: list[CellKind], claimed: list[tuple[int, int]]
) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The blank facts of the valueless tables among `cells` (outside the `claimed` ranges
    the grid's tables hold), and the mark cells they claim."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for block in _blocks(cells, kinds, claimed):
        got = _block_blanks(doc, block)
        facts.extend(got)
        taken.extend((m.start, m.end) for r in block for m in r.marks.values())
    return facts, taken if facts else []


def _blocks(
    cells: list[Cell], kinds: list[CellKind], claimed: list[tuple[int, int]]
) -> list[list[_Row]]:
    """Runs of consecutive valueless rows: a value, a date or header cell, or a claimed
    cell ends a run."""
    blocks: list[list[_Row]] = []
    run: list[_Row] = []
    inside = _Claimed(claimed)
    for c, k in zip(cells, kinds, strict=True):
        if inside(c.start) or k in ("value", "date", "header", "percent", "end"):
            if run:
                blocks.append(run)
            run = []
            continue
        if k == "text":
            run.append(_Row(c))
        elif run and c.piped and k in ("empty", "mark"):
            row = run[-1]
            if k == "mark":
                row.marks[len(row.slots)] = c
            row.slots.append(c)
    if run:
        blocks.append(run)
    return blocks


class _Claimed:
    """Membership in a set of [start, end) ranges by bisection: a note's tables claim
    hundreds of ranges and the cells run into thousands, so a scan per cell is quadratic."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(r for r in ranges if r[0] < r[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __call__(self, at: int) -> bool:
        i = bisect_right(self._starts, at) - 1
        return i >= 0 and at < self._ends[i]


def _block_blanks(doc: Document, block: list[_Row]) -> list[Fact]:
    """The slots of a block whose mark rows agree on where the marks stand: each mark's
    next cell, in every row from the first mark row on that reaches the last slot."""
    marked = [i for i, r in enumerate(block) if r.marks]
    if not marked:
        return []
    layouts = {tuple(sorted(block[i].marks)) for i in marked}
    if len(layouts) != 1:
        return []
    positions = [p + 1 for p in layouts.pop()]
    units = {currency_code(m.text, doc.yen) for i in marked for m in block[i].marks.values()}
    unit = units.pop() if len(units) == 1 else None
    period = doc.period if len(positions) == 1 else None
    out: list[Fact] = []
    for row in block[marked[0]:]:
        label = clean_label(row.label.text)
        if not label or row.label.text.rstrip().endswith(":") or len(row.slots) <= positions[-1]:
            continue  # a heading, or a row the layout's cells do not reach
        for p in positions:
            mark = row.marks.get(p - 1)
            at = mark.end if mark is not None else row.slots[p].start
            own = currency_code(mark.text, doc.yen) if mark is not None else unit
            out.append(_blank(doc, row.label, at, label, own, period))
    return out


def _blank(
    doc: Document, label_cell: Cell, at: int, label: str, unit: str | None, period: str | None
) -> Fact:
    start = max(label_cell.start, at - _QUOTE_CHARS)
    return Fact(
        label=label,
        entity=None,
        period=period,
        amount=None,
        amount_max=None,
        scale=doc.scale_for(unit),
        unit=unit,
        blank=True,
        quote=doc.text[start:at],
        span=(at, at),
    )
