"""One-line Details rows: "<label> $ 111,068 $ 146,454" or "<label>   24,897 24,138".

Some R pages come as plain text with each table row on one line: the label, then its cells
joined by single spaces, an empty cell written as one space. So a run of spaces between two
cells is 1 + 2m characters for m empty cells between them, and a run after the last cell 2m
characters for m empty cells at the row's end ("label   (327)    " on a page of four columns:
one empty cell before the value, two after). Such a line is split into a label cell and its
value cells; when the runs account for exactly the page's columns, each value's column is
known (as an R page's HTML gives it), else the values are left to the Details placement
(currency marks, groups, undated with a warning). Pure functions over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractor.amounts import NUMBER
from extractor.tables.cells import Cell
from extractor.tables.kinds import is_prose
from extractor.vocabulary import CURRENCY_SYMBOL

# A value cell at the end of the text before it: "$ 111,068", "(8,009)", "¥ (18)", "2.5 %",
# "3 years", "—". It stands after a space or at the line's start.
_TOKEN = re.compile(
    rf"(?:(?<= )|^)(?:{CURRENCY_SYMBOL} ?)?(?:\(?[-−]?(?:{NUMBER})\)?(?: ?%)?"
    r"(?: (?:years?|months?))?|[—–-])$"
)
_LETTERS = re.compile(r"[A-Za-z]{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_IN_LABEL = re.compile(r"\d")
_YEARS_AND_MARKS = re.compile(r"\[\d{1,2}\]|\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)|\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class InlineRow:
    """A one-line row: its label's [start, end), its values' [start, end) in text order, and
    each value's column when the spacing gives it (None when it does not)."""

    label: tuple[int, int]
    values: list[tuple[int, int]]
    columns: list[int] | None


def read_inline_row(raw: str, base: int, ncols: int) -> InlineRow | None:
    """The row a line `raw` (starting at offset `base`, trailing spaces kept) holds on a page
    of `ncols` columns, or None when the line is not label-then-values."""
    pos = len(raw)
    cells: list[tuple[int, int] | None] = []  # from the right: None for an empty cell
    consistent = True
    while True:
        end = len(raw[:pos].rstrip(" "))
        run = pos - end
        at_end = not cells
        empties, odd = divmod(run if at_end else run - 1, 2)
        if odd or (not at_end and run < 1):
            consistent = False
        m = _TOKEN.search(raw, 0, end) if end else None
        if m is None or _YEAR.fullmatch(m.group()):
            break  # the label's last word ("expiring in 2037" is a year, not a value)
        cells.extend([None] * empties)
        cells.append((m.start(), m.end()))
        pos = m.start()
    values = [c for c in reversed(cells) if c is not None]
    label = raw[:end].strip()
    if not values or len(values) > ncols or not _LETTERS.search(label):
        return None
    if _NUMBER_IN_LABEL.search(_YEARS_AND_MARKS.sub("", label)):
        return None  # "... were $ 5,000 and": a sentence's amounts, prose's to read
    # the run between the label and the first value: its empty cells lead the row
    row_cells = [None] * empties + list(reversed(cells))
    given = consistent and len(row_cells) == ncols
    # a long label that reads as a sentence is one only when the spacing does not make it a
    # row of the page's columns
    if is_prose(label) and not (given and ncols >= 2):
        return None
    lead = len(raw) - len(raw.lstrip())
    spans = [(base + s, base + e) for s, e in values]
    columns = [j for j, c in enumerate(row_cells) if c is not None] if given else None
    return InlineRow((base + lead, base + end), spans, columns)


def split_inline_rows(
    text: str, cells: list[Cell], ncols: int
) -> Iterator[tuple[Cell, int | None]]:
    """The cells with each one-line row split into its label cell and value cells; with each
    value cell, its column when the spacing gives it (else None)."""
    for c in cells:
        row = None if c.piped or "\n" in text[c.start : c.end] else _row_of(text, c, ncols)
        if row is None:
            yield c, None
            continue
        s, e = row.label
        yield Cell(s, e, " ".join(text[s:e].split()), False, c.line_start, c.line_end), None
        for k, (vs, ve) in enumerate(row.values):
            value = Cell(vs, ve, " ".join(text[vs:ve].split()), False, c.line_start, c.line_end)
            yield value, row.columns[k] if row.columns is not None else None


def _row_of(text: str, c: Cell, ncols: int) -> InlineRow | None:
    raw = text[c.start : c.line_end]
    return read_inline_row(raw, c.start, ncols)
