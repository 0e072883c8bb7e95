"""A "(12)" in a flattened table: a negative amount or a footnote mark.

The viewer prints negatives in parentheses and footnote marks the same way, "(1)"; which one a
cell is depends on where it stands (among values, after a row label, before a sentence) and on
whether the note prints a footnote of that number. `cell_kind` reads every such cell as a
footnote; `negatives_in_value_places` turns the ones standing in value places into values.
"""

from __future__ import annotations

import re

from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind, is_prose, kind_at, sig_before

_PAREN_NUMBER = re.compile(r"^\(\d{1,2}\)$")


def negatives_in_value_places(cells: list[Cell], kinds: list[CellKind]) -> list[CellKind]:
    """Kinds with "(3)" cells read as negatives where they stand among values: after a value
    or a currency mark ("$ | (3)", "73 | (31) | 72"), or in a run of such cells ("Payments |
    (30) | (15)"), or after a row label when the note has no footnote of that number
    ("Unbilled receivables | (60) | 321", "Decreases ... | (12) | Increases ..."). Before a
    value, after a label, a "(1)" whose footnote the note prints ("(1) Includes ...") stays a
    footnote mark, as does one before the sentence it marks below a table."""
    out = list(kinds)
    notes = _footnote_numbers(cells)
    for i, c in enumerate(cells):
        if out[i] != "footnote" or not _PAREN_NUMBER.match(c.text):
            continue
        prev = sig_before(out, i)
        nxt = i + 1
        while nxt < len(kinds) and kinds[nxt] == "empty":
            nxt += 1
        run = nxt < len(cells) and _PAREN_NUMBER.match(cells[nxt].text) is not None
        if nxt < len(cells) and is_prose(cells[nxt].text):
            continue  # "(1)" + "Leases with a term of one year or less...": a footnote's text
        if _label_marks(cells, out, i, notes):
            continue  # "Total (1)(2)", "Transfers out (2) (3)": the label's footnote marks
        among = (prev is not None and out[prev] in ("value", "mark")) or run
        if among and _marked_note(cells, out, i, notes):
            continue  # "$ | 151 | (2) | $ | (178)": the unmarked "(2)" marks its footnote
        if among or _first_value(cells, out, i, notes):
            out[i] = "value"
    return out


def _label_marks(cells: list[Cell], kinds: list[CellKind], i: int, notes: set[str]) -> bool:
    """Whether the "(2)" at i is one of two or more marks printed on its label's own line
    ("Total (1)(2)", "Transfers out (2) (3)", the line ending with them), each of a footnote
    the note prints: marks on a heading or row label, not a run of negatives, which stand on
    lines of their own or beside values."""
    line = cells[i].line_start
    j = i
    while j > 0 and cells[j - 1].line_start == line and _PAREN_NUMBER.match(cells[j - 1].text):
        j -= 1
    k = i
    while k + 1 < len(cells) and cells[k + 1].line_start == line and _PAREN_NUMBER.match(
            cells[k + 1].text):
        k += 1
    if k == j or j == 0 or cells[j - 1].line_start != line or kinds[j - 1] != "text":
        return False
    if k + 1 < len(cells) and cells[k + 1].line_start == line:
        return False  # something follows the marks on the line: they are no label's tail
    return all(c.text.strip() in notes for c in cells[j : k + 1])


def _marked_note(cells: list[Cell], kinds: list[CellKind], i: int, notes: set[str]) -> bool:
    """Whether a "(2)" after a value is a footnote mark in a row whose values each follow a
    currency mark: the value before it has its mark, the next cell is a mark again ("$ |
    151 | (2) | $ | (178)"), and the note prints footnote (2). A negative there would carry
    its own "$" like its neighbours."""
    prev = sig_before(kinds, i)
    if prev is None or kinds[prev] != "value" or cells[i].text.strip() not in notes:
        return False
    before = sig_before(kinds, prev)
    nxt = i + 1
    while nxt < len(kinds) and kinds[nxt] == "empty":
        nxt += 1
    return before is not None and kinds[before] == "mark" and kind_at(kinds, nxt) == "mark"


_BESIDE_A_VALUE = ("mark", "close", "percent", "empty")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _header_widths(cells: list[Cell], kinds: list[CellKind], i: int) -> tuple[int, int]:
    """For the first row under a header, the dated columns over its label at i - 1 (0 for a
    later row: rows before may be sparse); and the values after cell i up to the next label."""
    before, j = 0, i - 2
    while j >= 0 and kinds[j] in ("header", "date", "empty"):
        before += bool(_A_YEAR.search(cells[j].text))
        j -= 1
    after, j = 0, i + 1
    while j < len(kinds) and (kinds[j] == "value" or kinds[j] in _BESIDE_A_VALUE):
        after += kinds[j] == "value"
        j += 1
    return before, after


def _first_value(cells: list[Cell], kinds: list[CellKind], i: int, notes: set[str]) -> bool:
    """Whether a "(12)" right after a row label is the row's first value, not a footnote mark:
    the note prints no footnote (12), and, in a table's first row, the values after it are not
    already one per date over it ("2024 | 2023" + "Derivative assets | (1) | 8,022 | 1,423").
    An empty cell beside it (an R page's label with a mark before its emptied cells) keeps
    the mark."""
    prev = i - 1
    if prev < 0 or kinds[prev] != "text" or is_prose(cells[prev].text) \
            or kind_at(kinds, i + 1) == "empty":
        return False
    before, after = _header_widths(cells, kinds, i)
    if before and before == after:
        return False
    return cells[i].text.strip() not in notes


_FOOTNOTE_TEXT = re.compile(r"^\s*(\(\d{1,2}\))\s*[A-Za-z]")


def _footnote_numbers(cells: list[Cell]) -> set[str]:
    """The footnote marks whose text the note prints: a line opening with the mark ("(1)
    Includes ...", "(2)Primarily ...") or the mark alone before a sentence."""
    out = set()
    for i, c in enumerate(cells):
        if "(" not in c.text:  # (both patterns open on one: most cells are not read)
            continue
        m = _FOOTNOTE_TEXT.match(c.text)
        if m:
            out.add(m.group(1))
        elif _PAREN_NUMBER.match(c.text) and i + 1 < len(cells) and is_prose(cells[i + 1].text):
            out.add(c.text.strip())
    return out
