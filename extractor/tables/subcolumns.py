"""Year groups over sub-columns: "2019 | 2018 | 2017" over "Actual Currency | Constant Currency"
headings, one cell per line, with more value columns than years.

The header run ends at the last year; the sub-headings follow as short text cells (on one
line of cells, or split over two: "Actual | Constant | Actual" + "Currency | Currency |
Currency"), then the first row. When the first row has n values, n greater than the k years,
and the headings are n cells (or 2n, joined pairwise), each year spans the next ceil(n / k)
sub-columns from the left (the last year may span fewer: filers drop the constant-currency
column of the earliest year), and each sub-column takes its heading as its category, and the
unit the heading names, if any ("Number of Shares", "Exercise Price (Canadian Dollars)").
"""

from __future__ import annotations

import math
import re

from extractor.amounts import currency_code
from extractor.casefold import folded
from extractor.document import Document
from extractor.tables.cells import Cell
from extractor.tables.flowbalance import flow_balance_columns
from extractor.tables.header import TableColumn
from extractor.tables.headingunits import heading_unit, names_money
from extractor.tables.kinds import CellKind, followed_by_value, is_prose, row_width
from extractor.tables.model import Table
from extractor.tables.scalenote import scale_cell
from extractor.tables.stackblock import stacked_block_columns
from extractor.tables.stackedheads import (
    continued_headings,
    marked_values,
    stacked_names,
    unit_columns,
    unnamed_units,
)
from extractor.tables.values import clean_label

_HEAD_WORDS = 6  # "Number of Shares Issued and Exercisable": a heading, not a row label
_NOTE_MARK = re.compile(r"(?<=[A-Za-z])\d\)$")  # "Currency1)": a footnote mark glued on


def sub_columns(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn],
    yen: str = "CNY",
) -> tuple[list[TableColumn], int] | None:
    """The columns of year groups spanning the sub-headings after a header run ending at
    `end`, and the index of the first row's label; None when the layout is not that."""
    # headings over several pipe lines, lined up by column ("Weighted" over "Average" over
    # "Exercise | Number" over "Prices | Outstanding" over "(CAD$) | Dec 31, 2020")
    return stacked_block_columns(cells, kinds, end, columns, yen) or \
        _year_sub_columns(cells, kinds, end, columns, yen)


def _year_sub_columns(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn], yen: str,
) -> tuple[list[TableColumn], int] | None:
    k = len(columns)
    if k < 2 or not all(c.period for c in columns):
        return None
    mixed = flow_balance_columns(cells, kinds, end, columns)
    if mixed is not None:  # "Incurred | Receivable | Payable" under each pair of dates
        return mixed
    heads, j, stop, lead = _sub_headings(cells, kinds, end, k, yen)
    if stop is not None:
        return _by_headings(cells, heads, columns, yen, stop)
    # the first row's label: words, or a date ("May 8, 2021" in an "Expiration" column)
    if j >= len(cells) or not heads or not (
        kinds[j] == "text" or (kinds[j] in ("date", "header") and followed_by_value(kinds, j))
    ):
        return None
    n = row_width(kinds, j + 1)
    if len(heads) == n + 1 and _repeated_groups(cells, heads[:-1], k) == n:
        # "Amortized Cost | ... | Fair Value" under each date, then "Available-for-sale
        # securities" over the first row: the sub-headings and a section heading
        return _by_headings(cells, heads, columns, yen, j)
    if lead and len(heads) == n + 1:
        return None  # a label column's heading after the scale: not read with confidence
    if len(heads) == n + 1:
        heads = heads[1:]  # "Expiration | Shares | Price | Shares | Price": the label column's
    middle = _middle_level(cells, heads, k, n)  # "Actual | Target" over "Amount | Ratio"
    heads = heads[len(middle):] if middle is not None else heads
    group = math.ceil(n / k) if n else 0
    stacked = None if len(heads) in (n, 2 * n) else _stacked(cells, kinds, heads, columns, j,
                                                                 n, yen)
    if stacked is not None:
        return stacked, j  # "Shares | Under | Options | Weighted | ..." under each year
    if n <= k or len(heads) not in (n, 2 * n) or (k - 1) * group >= n:
        return _by_headings(cells, heads, columns, yen, j)
    names = [_name(cells, heads, i, n) for i in range(n)]
    names = _with_middle(names, middle, k)
    out = []
    for i, name in enumerate(names):
        base = columns[i // group]
        category = f"{base.category} / {name}" if base.category else name
        # "Number of Shares" / "Exercise Price (Canadian Dollars)": the heading's unit
        unit = heading_unit(name, yen) or base.unit
        out.append(TableColumn(base.period, unit, base.scale, category))
    return out, j



def _sub_headings(cells: list[Cell], kinds: list[CellKind], end: int, k: int, yen: str
                  ) -> tuple[list[int], int, int | None, bool]:
    """The heading cells after a header run of k dates ending at `end`, the index of the
    cell that ended them, a section heading among them ("Derivatives designated as hedging
    instruments:", else None) and whether a scale cell came before them ("(Dollars in
    millions) | Assets")."""
    heads: list[int] = []
    j = end
    lead = False
    while j < len(cells) and (kinds[j] in ("text", "empty") or _scale_head(cells, kinds, j, yen)):
        if _scale_head(cells, kinds, j, yen):
            lead = lead or not heads  # "(In millions)": the table's scale, not a heading
        elif kinds[j] == "text":
            if followed_by_value(kinds, j):
                break
            if _section_like(cells, j, k):
                return heads, j, j, lead
            heads.append(j)
        j += 1
    return heads, j, None, lead


def _section_like(cells: list[Cell], j: int, k: int) -> bool:
    """Whether cell j ends the sub-headings as a section heading or prose: a colon, a
    sentence or a long text, unless the same text stands again within 2k cells of it
    ("To Be Well Capitalized by Regulatory Definition" under each of k dates: a heading)."""
    t = cells[j].text
    if t.endswith(":"):
        return True
    near = [*cells[max(0, j - 2 * k) : j], *cells[j + 1 : j + 1 + 2 * k]]
    if any(c.text == t for c in near):
        return False  # repeated under each date: a heading however long
    return is_prose(t) or len(t.split()) > _HEAD_WORDS


def _middle_level(cells: list[Cell], heads: list[int], k: int, n: int) -> list[str] | None:
    """The m headings of a level between the k years and the n sub-headings, each over n / m
    sub-columns ("Actual | To Be Well Capitalized" under each date over "Amount | Ratio"; "Wt.
    Avg." once per year over "Shares | Ex. Price"), or None when the headings are not m cells
    and then n (m a multiple of k dividing n), each level one run repeated under the level
    above it."""
    m = len(heads) - n
    if k < 2 or m < k or n < m or m % k or n % m:
        return None
    texts = [cells[h].text.strip() for h in heads]
    middle, subs = texts[:m], texts[m:]
    if subs[0] in middle or not _runs_repeat(subs, n // m) or not _runs_repeat(middle, m // k):
        return None  # each level repeats under the one above it, or it is not this layout
    return middle


def _runs_repeat(texts: list[str], size: int) -> bool:
    """Whether `texts` is one run of `size` texts said again and again."""
    return all(texts[i] == texts[i % size] for i in range(len(texts)))


def _with_middle(names: list[str], middle: list[str] | None, k: int) -> list[str]:
    """Sub-headings under their middle heading ("Actual / Amount"). A word once per year
    ("Wt. Avg.") stands over one sub-column of its group: it joins the one heading of each
    group that names money ("Wt. Avg. Ex. Price", not "Shares"), none when not exactly one."""
    if middle is None:
        return names
    if len(middle) > k or len(set(middle)) > 1:
        span = len(names) // len(middle)
        return [f"{middle[i // span]} / {name}" for i, name in enumerate(names)]
    out, group = list(names), len(names) // k
    for g in range(0, len(names), group):
        money = [i for i in range(g, g + group) if names_money(names[i])]
        if len(money) == 1:
            out[money[0]] = f"{middle[0]} {names[money[0]]}"
    return out


def heading_scale(table: Table, cells: list[Cell], yen: str = "CNY") -> None:
    """The scale a cell among the sub-headings states ("(In millions)" in the label column's
    heading) is the table's: it stands outside the header run (`tables/kinds.header_run`)."""
    note = next((n for c in cells if (n := scale_cell(c.text, yen)) is not None), None)
    if note is not None:
        table.scale_note, table.intro_scale = note, note.scale
        table.intro_unit = note.unit or table.intro_unit


def _scale_head(cells: list[Cell], kinds: list[CellKind], j: int, yen: str) -> bool:
    """A scale cell ("(In millions)", "(in thousands)") between the sub-headings and the
    first row: filers put it in the label column's heading cell, once or once per group."""
    t = cells[j].text.strip()  # bare: "Amount (in millions)" is a heading with a scale
    return kinds[j] in ("text", "header") and t.startswith("(") and t.endswith(")") \
        and scale_cell(t, yen) is not None


def _stacked(cells: list[Cell], kinds: list[CellKind], heads: list[int],
             columns: list[TableColumn], label: int, n: int, yen: str
             ) -> list[TableColumn] | None:
    """Sub-columns under headings stacked one word per line and repeated under each year
    (`tables/stackedheads.py`); a sub-column it cannot name takes no category."""
    words = [cells[h].text for h in heads]
    marked = marked_values(kinds, label + 1)
    names = stacked_names(words, len(columns), n)
    if names is None:
        return None
    per = n // len(columns)
    # a "$" column is money, the other (under words naming shares) shares
    counts = unnamed_units(words, marked, per) if names[0] is None else [None] * per
    out = []
    for i, name in enumerate(names):
        base = columns[i // per]
        category = (f"{base.category} / {name}" if base.category else name) if name else \
            base.category
        unit = heading_unit(name, yen) if name else counts[i % per] or base.unit
        out.append(TableColumn(base.period, unit, base.scale, category))
    return out


def _by_headings(cells: list[Cell], heads: list[int], columns: list[TableColumn], yen: str,
                 after: int) -> tuple[list[TableColumn], int] | None:
    """Sub-columns the headings alone say, where the first row does not: "December 31, 2024 |
    December 31, 2023" over "Total | Level 1 | Level 2" twice, then a section heading ("Assets",
    "Derivatives designated as hedging instruments:") or a row with empty cells. The headings
    after the k runs are the first rows' labels (`after` is the cell that ended them)."""
    m = _repeated_groups(cells, heads, len(columns))
    if m is None:
        return None
    grouped = _grouped(cells, heads[:m], columns, yen)
    rest = heads[m:]
    if len(rest) >= 2 * m and _repeated_groups(cells, rest, m) == len(rest):
        # a third level: "Actual | Well Capitalized" under each date over "Amount | Ratio"
        # under each of those, then the first row (`after`)
        return _grouped(cells, rest, grouped, yen), after
    return grouped, heads[m] if m < len(heads) else after


def _repeated_groups(cells: list[Cell], heads: list[int], k: int) -> int | None:
    """How many of the headings are k identical runs of two or more ("Assets | Liabilities |
    Assets | Liabilities" under two dates), the rest being the first rows' labels; None when
    they are not."""
    texts = [folded(_NOTE_MARK.sub("", cells[h].text)) for h in heads]
    for m in range(len(texts) - len(texts) % k, 2 * k - 1, -k):
        size = m // k
        runs = [texts[g * size : (g + 1) * size] for g in range(k)]
        if all(r == runs[0] for r in runs) and len(set(runs[0])) == size:
            return m
    return None


def _grouped(cells: list[Cell], heads: list[int], columns: list[TableColumn], yen: str
             ) -> list[TableColumn]:
    size = len(heads) // len(columns)
    out = []
    for i, h in enumerate(heads):
        base = columns[i // size]
        name = clean_label(_NOTE_MARK.sub("", cells[h].text))
        category = f"{base.category} / {name}" if base.category else name
        out.append(TableColumn(base.period, heading_unit(name, yen) or base.unit, base.scale,
                               category))
    return out


def _name(cells: list[Cell], heads: list[int], i: int, n: int) -> str:
    parts = [cells[heads[i]].text]
    if len(heads) == 2 * n:
        parts.append(cells[heads[n + i]].text)
    return clean_label(" ".join(_NOTE_MARK.sub("", p) for p in parts))


def unit_header(doc: Document, pending: list[Cell], cells: list[Cell], kinds: list[CellKind],
                i: int, end: int) -> list[TableColumn] | None:
    """The columns of a header run of only scale cells and currency marks ("(in thousands) |
    US$ | RMB", cells i..end) under one heading block the viewer printed line by line
    (`stackedheads.continued_headings`), when the first row holds one value per heading;
    None when the layout is not that."""
    run, text, yen = cells[i:end], doc.text, doc.yen
    if not pending or any(k not in ("header", "mark") for k in kinds[i:end]):
        return None
    scales = [s for c in run if (s := scale_cell(c.text, yen)) is not None]
    marks = [currency_code(c.text.strip(), yen) for c, k in zip(run, kinds[i:end], strict=True)
             if k == "mark"]
    if len(scales) + len(marks) != len(run) or not marks or not all(marks) or end >= len(cells):
        return None
    lines = [t.strip() for t in text[pending[-1].start:pending[-1].end].split("\n") if t.strip()]
    heads = continued_headings(lines, row_width(kinds, end + 1))
    if heads is None:
        return None
    said = " ".join(c.text for c in pending)
    counts = bool(re.search(r"\b(?:options?|shares?|units|awards|warrants)\b", said, re.I))
    return unit_columns([clean_label(h) for h in heads], [m for m in marks if m], len(scales),
                        scales[0].scale if scales else None, counts)
