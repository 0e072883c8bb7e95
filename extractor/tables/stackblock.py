"""Column headings the viewer printed over several pipe lines, lined up by column.

"Weighted | Weighted" over "Average | Average" over "Exercise | Number | Remaining | Exercise"
over "Prices | Outstanding at | Contractual Life | Prices" over "(CAD$) | Dec 31, 2020 |
(Number of Years) | (CAD$)", then rows of one value per column. The flattened text keeps
every cell, empty ones included, so the heading lines have a fixed width in cells: the last
lines hold one cell per value column at the same offsets, and a line above holds cells only
over the tall headings, at those offsets too. Each column's heading is the words of every
line over it, top to bottom ("Weighted Average Exercise Prices (CAD$)"), and its unit is the
one those words name (a currency mark, or shares for a count). Pure functions.
"""

from __future__ import annotations

from itertools import pairwise

from extractor.amounts import currency_code
from extractor.casefold import folded
from extractor.lifeterms import names_a_term
from extractor.tables.cells import Cell
from extractor.tables.header import TableColumn
from extractor.tables.headingunits import heading_unit, names_money
from extractor.tables.kinds import CellKind, is_prose, row_width
from extractor.tables.stackedheads import COUNT_WORDS, marked_values
from extractor.tables.values import clean_label

# the kinds a heading block is made of (a date cell "Dec 31, 2020" may head a column)
_HEAD_KINDS = frozenset({"text", "header", "date", "mark", "empty"})
_HEAD_WORDS = 6  # "Number of Shares Issued and Exercisable": a heading line, not a caption


def _title(text: str) -> bool:
    """Whether a cell is a caption or sentence over the table, not a heading line."""
    return is_prose(text) or len(text.split()) > _HEAD_WORDS or text.rstrip().endswith(":")


def _block_start(kinds: list[CellKind], end: int) -> int:
    """The first cell of the heading block that ends at `end` (the first row's first cell)."""
    j = end
    while j > 0 and kinds[j - 1] in _HEAD_KINDS:
        j -= 1
    return j


def _full_lines(heads: list[int], n: int) -> tuple[list[int], int] | None:
    """The column offsets and line width of the heading block's last lines, when its last
    2n or more heading cells are lines of n cells at the same offsets, one width apart, with
    empty cells between the columns (the viewer's padding, which is what lines them up) and
    a line's end set apart from the columns' spacing."""
    if n < 2 or len(heads) < 2 * n:
        return None
    lines = [heads[len(heads) - (r + 1) * n : len(heads) - r * n]
             for r in range(len(heads) // n)]
    offsets = [h - lines[0][0] for h in lines[0]]
    width = lines[0][0] - lines[1][0]
    if width <= offsets[-1] or [h - lines[1][0] for h in lines[1]] != offsets:
        return None
    steps = {b - a for a, b in pairwise(offsets)}
    if min(steps) < 2:
        return None  # cells side by side, no empty cell between: any n of them "line up"
    if steps == {width - offsets[-1]}:
        return None  # one evenly spaced run of headings: it could be cut into lines anywhere
    return offsets, width


def aligned_headings(cells: list[Cell], kinds: list[CellKind], end: int, values: int,
                     exact: bool = False) -> tuple[list[str], list[str | None]] | None:
    """The column headings of a heading block printed over several lines whose cells line
    up by column (lines of one width, the last two or more with a cell per column, as many
    columns as divide the `values` of the rows after it), each the words of every line over
    its column (`exact`: as many columns as values), and the currency mark over each ("RMB",
    not a word of the heading); None when the block is not that layout."""
    start = _block_start(kinds, end)
    heads = [j for j in range(start, end) if kinds[j] != "empty"]
    # the widest lines that fit: two short lines of a taller block line up by chance too
    sizes = [values] if exact else [n for n in range(len(heads) // 2, 1, -1) if values % n == 0]
    fits = [(n, f) for n in sizes if (f := _full_lines(heads, n)) is not None]
    if not fits:
        return None
    n, found = fits[0]
    offsets, width = found
    parts: list[list[str]] = [[] for _ in range(n)]
    marks: list[str | None] = [None] * n
    # read the lines upwards: each a line width above the last, its cells over columns
    line, taken = heads[-n], set()
    while True:
        cells_in = [h for h in heads if line <= h < line + width]
        if not cells_in or any(h - line not in offsets or _title(cells[h].text)
                               for h in cells_in):
            break
        for h in cells_in:
            k = offsets.index(h - line)
            if kinds[h] == "mark":
                marks[k] = marks[k] or cells[h].text.strip()
            else:
                parts[k].insert(0, cells[h].text.strip())
            taken.add(h)
        line -= width
    if len(taken) < 2 * n:
        return None
    return [clean_label(" ".join(p)) for p in parts], marks


def _label_before(kinds: list[CellKind], first: int) -> int | None:
    """The first row's label cell: the last text before its first value, if any."""
    j = first - 1
    while j >= 0 and kinds[j] == "empty":
        j -= 1
    return j if j >= 0 and kinds[j] == "text" else None


def stacked_block_columns(cells: list[Cell], kinds: list[CellKind], end: int,
                          columns: list[TableColumn], yen: str = "CNY"
                          ) -> tuple[list[TableColumn], int] | None:
    """The columns of a header run ending at `end` that is one line of a heading block
    lined up by column (`aligned_headings`) over rows with a value per column: each column
    named by its heading and taking the unit it names ("(CAD$)", or shares where it counts
    and the first row prints no mark), all of the header's one period; and the index of the
    first row's first cell. None when the layout is not that or the header names more than
    one period."""
    first = end
    while first < len(kinds) and kinds[first] in _HEAD_KINDS and kinds[first] != "mark":
        first += 1
    if first >= len(kinds) or kinds[first] not in ("value", "mark"):
        return None
    periods = {c.period for c in columns}
    if len(periods) > 1 or len(columns) == row_width(kinds, first):
        return None  # a header with a column per value is read by the header's readers
    # a text before the first value is its row's label when the block lines up without it
    # and has a column per value ("Warrants outstanding | 1,000 | $ | 0.50"); else the rows
    # have no labels and the last heading line ends just before them
    label = _label_before(kinds, first)
    found = None if label is None else aligned_headings(cells, kinds, label,
                                                        row_width(kinds, first), exact=True)
    if found is not None and label is not None:
        first = label
    else:
        found = aligned_headings(cells, kinds, first, row_width(kinds, first))
    if found is None:
        return None
    names, marks = found
    n = len(names)
    marked = marked_values(kinds, first if kinds[first] != "text" else first + 1)[:n]
    period = next(iter(periods), None)
    out = []
    base = columns[0].unit if columns else None
    for name, code, mark in zip(names, marks, marked + [False] * (n - len(marked)), strict=True):
        unit = (currency_code(code, yen) if code else None) or heading_unit(name, yen)
        if names_a_term(name):
            unit = "year"  # "Remaining Contractual Life": a duration, and so no fact (FACTS.md)
        elif unit is None and not mark and not names_money(name) and \
                COUNT_WORDS & {folded(w) for w in name.split()}:
            unit = "share"  # "Number Outstanding at Dec 31, 2020" over a bare count
        unit = unit or (base if mark else None)  # "$ 5.00" under the header's one currency
        out.append(TableColumn(period, unit, 0 if unit else None, name))
    return out, first
