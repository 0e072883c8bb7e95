"""Rows whose every value the viewer dropped, inside a table whose other rows kept theirs.

The grid reader takes a label with no values after it for a heading over the rows below.
Some such labels cannot head anything: a roll-forward's balance ("Beginning balance", "Ending
balance": a balance is a measure, never a section), or a line right before a total or net row
that follows rows of values ("Income tax benefit" between "Total expense" and "Net expense":
a heading is followed by its items, not by a total) when the figures say the line held a nil
(the net row repeats the row before it, the total adds up without it). The same holds for the
balance sheet's "Commitments and contingencies (Note 8)" line, which filers leave empty and
tag nil. Those are rows of blank slots, one per column (FACTS.md: a blank is a slot where an
amount belongs), dated like any cell of their column; the rows after a balance the grid had
put under it get their real heading back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extractor.document import Document
from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind
from extractor.tables.model import Row, Table
from extractor.tables.rollforward import is_closing, is_opening
from extractor.tables.scalenote import scale_cell
from extractor.tables.totals import sums_above
from extractor.tables.values import Value, clean_label

_ADJUSTMENT = re.compile(r"^(?:less|add|plus)\b\s*:?\s*\w", re.IGNORECASE)
_TOTAL_OR_NET = re.compile(r"^(?:total|net)\b", re.IGNORECASE)
_VALUE_LIKE = re.compile(r"^(?:[A-Z]{0,3}\$|[€£¥₩]|\(?[\d,.]+\)?$)")  # "CDN$ 0.22", "(1,200"
_WORD = re.compile(r"[a-z]{3}")  # a label has a word in lower case ("NA", "N/A" do not)
_SPACE_LINE = re.compile(r"\n([ \t\u00a0]+)(?=\n)")
# The balance sheet's line item that filers leave empty (tagged nil): "Commitments and
# contingencies (Note 8)", "Commitments and contingent liabilities (Notes 11 and 12)"
_NIL_LINE = re.compile(
    r"^commitments\s+and\s+contingen(?:cies|t\s+liabilities)"
    r"(?:\s*[-–—]?\s*\((?:see\s+)?notes?\s+[\w\s,&]{1,30}\))?\s*$",
    re.IGNORECASE,
)


def fill_empty_rows(doc: Document, table: Table, cells: list[Cell],
                    kinds: list[CellKind]) -> None:
    """Insert into `table.rows` a row of blanks for each value-less label of the table that
    cannot be a heading (see the module's docstring)."""
    n = len(table.columns)
    if (n == 0 or table.wide or not table.rows or not table.claimed
            or not any(c.period for c in table.columns)):
        return
    labels = {id(r.label_cell) for r in table.rows if r.label_cell is not None}
    claimed = set(table.claimed)
    # only the table's own cells are read, and rows are found by their start: linear work
    lo = bisect_left(cells, table.start, key=_start)
    hi = bisect_right(cells, max(e for _, e in claimed), key=_start)
    starts = [_row_start(r) for r in table.rows]
    kept: str | None = None  # the last heading that stays one: the section it restores
    for k in range(lo, hi):
        c = cells[k]
        if kinds[k] != "text" or id(c) in labels or (c.start, c.end) not in claimed:
            continue
        label = clean_label(c.text)
        at = bisect_right(starts, c.start)
        nil = bool(_NIL_LINE.match(label))  # a heading may follow it ("Shareholders' equity:")
        if not (_ends_row(cells, kinds, k, labels, claimed, nil)
                and _cannot_head(doc, c.text, label, table.rows, at)):
            kept = label if scale_cell(c.text, doc.yen) is None else kept
            continue
        for r in table.rows[at:]:
            if r.section != label:
                break
            r.section = kept  # "Beginning balance" headed nothing
        row = Row(label_cell=c, label=label, values=_blanks(doc.text, c, n, cells, k), section=kept)
        table.rows.insert(at, row)
        starts.insert(at, c.start)
        labels.add(id(c))


def _start(c: Cell) -> int:
    return c.start


def _row_start(r: Row) -> int:
    """Where a row starts: its label, else its first value."""
    first = r.label_cell if r.label_cell is not None else r.values[0].cell
    return first.start


def _ends_row(cells: list[Cell], kinds: list[CellKind], k: int, labels: set[int],
              claimed: set[tuple[int, int]], heading_ok: bool = False) -> bool:
    """Whether nothing but empty cells stands between cell `k` and the next row's label (or
    the table's end, or with `heading_ok` a heading): no cell the grid could not read ("CDN$
    0.22") that may be its value."""
    for j in range(k + 1, len(cells)):
        if kinds[j] == "empty":
            continue
        c = cells[j]
        if _VALUE_LIKE.match(c.text):
            return False  # a row "labelled" by a value the grid could not read
        return (id(c) in labels or (c.start, c.end) not in claimed
                or (heading_ok and kinds[j] == "text"))
    return True


def _cannot_head(doc: Document, raw: str, label: str, rows: list[Row], at: int) -> bool:
    """A balance of a roll-forward, or a line between rows of values and a total or net row."""
    if (not _WORD.search(label) or raw.rstrip().endswith(":") or _TOTAL_OR_NET.match(label)
            or scale_cell(raw, doc.yen) is not None):
        return False  # "NA" in a value's place, a heading, a "Total" the row after repeats
    if is_opening(label) or is_closing(label) or _NIL_LINE.match(label):
        return True
    if at == 0 or at >= len(rows) or not rows[at - 1].values or rows[at].label_cell is None:
        return False
    following = rows[at].label
    if not _TOTAL_OR_NET.match(following):
        return False
    # The figures say the line held a nil: the net row repeats the row before the line
    # ("Total expense 315 | Income tax benefit | Net expense 315"), or the rows above add up
    # to the total without it, or the line is an adjustment ("Less: ..."). (A segment's
    # heading over its "Net sales" row is none of these.)
    if _ADJUSTMENT.match(label):
        return True  # "Less: earnings available to participating securities": a line's words
    if following[:3].lower() == "net":
        return _amounts(rows[at]) == _amounts(rows[at - 1])
    return sums_above(rows, at) is not None


def _amounts(row: Row) -> list[str]:
    return [v.amount for v in row.values]


def _blanks(text: str, c: Cell, n: int, cells: list[Cell], k: int) -> list[Value]:
    """One blank per column: at the empty lines the layout left after the label, when it left
    one per column ("Income tax benefit | | | |"), else all right after the label."""
    end = cells[k + 1].start if k + 1 < len(cells) else len(text)
    spaces = [m.end(1) for m in _SPACE_LINE.finditer(text, c.end, end)]
    at = spaces[:n] if len(spaces) >= n else [c.end] * n
    return [Value(c, p, p, "0", blank=True, pos=i + 1) for i, p in enumerate(at)]
