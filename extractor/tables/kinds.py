"""Cell kinds of a flattened table, and the look-ahead the grid reader decides by.

Each cell is one of a closed set of kinds (`CellKind`); the reader looks at the kinds after a
cell to tell a header run from a row label that names a date, or a row label from a heading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from extractor.periods import parse_header_date
from extractor.tables.cells import Cell, is_footnote, is_mark, is_value_text
from extractor.tables.header import parse_header_cell
from extractor.tables.scalenote import scale_cell
from extractor.tables.values import clean_label

CellKind = Literal[
    "empty", "close", "percent", "footnote", "mark", "date", "header", "value", "text", "end"
]

# The lookahead names the verbs' first letters: the scan skips other positions (twice as fast).
_VERB = re.compile(
    r"(?=[abcdefhilprsw])\b(?:is|are|was|were|has|have|had|be|been|consists?|represents?|"
    r"represented|includes?|follows|entered|presented|analy[sz]ed|recogni[sz]ed|"
    r"summari[sz]ed|provided|paid|drew|"
    r"signed|agreed|amounted|excludes?|shows?|sets?|lists?|comprises?|contains?|summari[sz]es|"
    r"details|following|follows|below)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_prose(t: str) -> bool:
    """A sentence rather than a label: a verb and some length, or long."""
    words = len(t.split())
    return words >= 20 or (words >= 6 and bool(_VERB.search(t)))


def has_verb(t: str) -> bool:
    """Whether a cell's text has a verb (a company's name has none)."""
    return bool(_VERB.search(t))


def cell_kind(c: Cell) -> CellKind:
    """What a cell is: empty, a closing bracket, a "%", a footnote mark, a currency mark, a
    date, another header cell, a value or text."""
    return _text_kind(c.text)


@lru_cache(maxsize=4096)  # a table's marks, years and dashes recur in cell after cell
def _text_kind(t: str) -> CellKind:
    if not t:
        return "empty"
    if t == ")":
        return "close"
    if t in ("%", ")%"):
        return "percent"  # ")%": a negative's closing bracket with its sign, "(21.0" | ")%"
    if is_footnote(t):
        return "footnote"
    if is_mark(t):
        return "mark"
    if parse_header_date(t) is not None:
        return "date"
    h = parse_header_cell(t)
    if h is not None:
        return "header"
    if is_value_text(t):
        return "value"
    return "text"


# a column head that ends in the word ("Percent Change", "$ Change", "Yr.-to-Yr. Percent
# Change"), not a row heading that goes on ("Change in benefit obligation")
_CHANGE = re.compile(
    r"^(?:[\w.$%/-]+\s+){0,3}(?:change|variance)s?$|^increase\s*/?\s*\(?decrease\)?$",
    re.IGNORECASE,
)


def is_change_header(t: str) -> bool:
    """A header cell over a column of changes ("Percent Change", "$ Change", "Increase
    (Decrease)")."""
    return bool(_CHANGE.match(t.strip()))


# "The following table reflects goodwill activity ...:": a sentence that opens a new table
_INTRODUCES = re.compile(r"\b(?:the\s+following|as\s+follows|below)\b[^.]*:$", re.IGNORECASE)


def opens_table(t: str) -> bool:
    """A sentence that introduces the table after it ("... are as follows:"): the rows before
    it belong to another table, even when it names no period."""
    return bool(_INTRODUCES.search(t))


def sig_before(kinds: list[CellKind], i: int) -> int | None:
    """The last cell before i that is not empty, or None."""
    j = i - 1
    while j >= 0 and kinds[j] == "empty":
        j -= 1
    return j if j >= 0 else None


def next_sig(kinds: list[CellKind], i: int) -> int:
    """Index of the next cell that is not empty nor a footnote mark (len(kinds) at the end)."""
    j = i + 1
    while j < len(kinds) and kinds[j] in ("empty", "footnote"):
        j += 1
    return j


def kind_at(kinds: list[CellKind], j: int) -> CellKind:
    """The kind of cell j, "end" past the last."""
    return kinds[j] if j < len(kinds) else "end"


_BALANCE_ROW = re.compile(r"\s*(?:balances?|equity)\b", re.IGNORECASE)


def header_run(cells: list[Cell], kinds: list[CellKind], i: int) -> tuple[int, int] | None:
    """If a header run starts at i, its end (exclusive) and its number of header cells."""
    j = i
    count = 0
    last_header = i
    while j < len(cells):
        k = kinds[j]
        nxt = kind_at(kinds, next_sig(kinds, j))
        unit_mark = k == "mark" and nxt != "value"
        if k in ("header", "date") and (nxt == "value" or nxt == "mark") and \
                followed_by_value(kinds, j) and _year_row(cells, kinds, i, j):
            # "Three Months Ended March 31 | Nine Months ... | Net Sales | ... | Beauty | 2025 |
            # $ | 3,490": the categories split evenly under the phrases head the columns; what
            # is left ("Beauty") is the first rows' section, the year their label
            texts = [t for t in range(i, j) if kinds[t] == "text"]
            keep = len(texts) - len(texts) % count
            last_header = texts[keep - 1] if keep else last_header
            break
        if k in ("header", "date") and nxt in ("value", "mark") and count \
                and _due_year_row(cells, kinds, i, j):
            # the header is its dates; the headings after them and the first row's due year
            # are read by tables/headingcolumns.py
            last_header = max(t for t in range(i, j) if kinds[t] == "date")
            count = sum(1 for t in range(i, j) if kinds[t] == "date")
            break
        if k in ("header", "date") and (nxt == "value" or (
                nxt == "mark" and _BALANCE_ROW.match(cells[j].text)
                and followed_by_value(kinds, j))):
            # "As at April 1, 2022 | - | 174,778", "Balance as of December 31, 2021 | $ |
            # 568": a row label that names a date
            break
        if k == "header" and _scale_under_groups(cells, kinds, i, last_header, j):
            pass  # "Jan 26, 2025 | Jan 28, 2024 | Gross | Net | Gross | Net | (In millions)":
            # the run ends at the dates; the sub-headings are read by tables/subcolumns.py
        elif k in ("header", "date") or unit_mark:
            count += 1
            last_header = j
        elif k in ("empty", "footnote") or (k == "percent" and count and nxt != "value"):
            pass  # ("June 28, | June 29, | %" over "2025 | 2024 | Change": a change column's "%")
        elif k == "text" and scale_cell(cells[j].text) is not None:
            pass  # "(Dollars in millions except per share amounts)" between header lines
        elif k == "text" and count and is_change_header(cells[j].text):
            last_header = j  # "2025 | 2024 | Percent Change": a column of the header
        elif k == "text" and len(cells[j].text.split()) <= 6 and not is_prose(cells[j].text) \
                and not cells[j].text.endswith(":"):
            pass  # a category cell, kept only if a header cell follows
        elif k == "text" and _phrase_waits(cells, kinds, i, j):
            pass  # "Three Months Ended | Statements of Operations (unaudited): | March 31, 2024"
        else:
            break
        j += 1
    end = last_header + 1
    if count >= 2:
        return end, count
    if count == 1 and kinds[i] in ("header", "date"):
        h = parse_header_cell(cells[i].text)
        nxt = kind_at(kinds, next_sig(kinds, i))
        if h is not None and h.year and (h.is_phrase or h.month) and nxt not in ("value", "mark"):
            return end, count
    return None


def _scale_under_groups(cells: list[Cell], kinds: list[CellKind], i: int, last: int,
                        j: int) -> bool:
    """A bare scale cell ("(In millions)") at j after sub-headings that follow two or more
    dates (i to `last`), as many under each date: the label column's heading, not a column."""
    t = cells[j].text.strip()
    dates = sum(1 for d in range(i, last + 1) if kinds[d] == "date")
    texts = sum(1 for d in range(last + 1, j) if kinds[d] == "text")
    return (t.startswith("(") and t.endswith(")") and scale_cell(t) is not None
            and dates >= 2 and texts >= 2 * dates and texts % dates == 0)


def _year_row(cells: list[Cell], kinds: list[CellKind], i: int, j: int) -> bool:
    """A bare year after a header of year-less phrases over categories ("Three Months Ended
    March 31 | Nine Months Ended March 31 | Net Sales | Net Earnings"): the first row's year."""
    h = parse_header_cell(cells[j].text)
    if h is None or h.year is None or h.month is not None or h.is_phrase:
        return False
    before = [parse_header_cell(cells[k].text) for k in range(i, j)
              if kinds[k] in ("header", "date")]
    return any(kinds[k] == "text" for k in range(i, j)) and bool(before) and all(
        b is not None and b.is_phrase and b.month is not None and b.year is None
        for b in before)


def _due_year_row(cells: list[Cell], kinds: list[CellKind], i: int, j: int) -> bool:
    """A bare year after dates of earlier years over category headings ("December 31, 2023 |
    Operating Leases | Finance Leases | (In thousands) | 2024 | $ 36,916"): a maturity
    schedule's first due year, the first row's label (FACTS.md 1.1: due years date nothing)."""
    h = parse_header_cell(cells[j].text)
    if h is None or h.year is None or h.month is not None or h.is_phrase:
        return False
    if not any(kinds[k] == "text" for k in range(i, j)):
        return False
    dates = [parse_header_cell(cells[k].text) for k in range(i, j) if kinds[k] == "date"]
    return bool(dates) and all(d is not None and d.month is not None and d.year is not None
                               and d.year < h.year for d in dates)


def _phrase_waits(cells: list[Cell], kinds: list[CellKind], i: int, j: int) -> bool:
    """A caption line between a duration phrase and the dates it spans: the run so far is
    only phrases ("Three Months Ended") and a date follows the caption."""
    if kind_at(kinds, next_sig(kinds, j)) != "date":
        return False
    heads = [parse_header_cell(cells[k].text) for k in range(i, j)
             if kinds[k] in ("header", "date")]
    return bool(heads) and all(h is not None and h.is_phrase and h.year is None for h in heads)


def followed_by_value(kinds: list[CellKind], i: int) -> bool:
    """Whether a value follows cell i, past empty cells, footnotes, closers and a mark."""
    j = i + 1
    while j < len(kinds) and kinds[j] in ("empty", "footnote", "mark", "close"):
        if kinds[j] == "mark" and kind_at(kinds, next_sig(kinds, j)) != "value":
            return False
        j += 1
    return j < len(kinds) and kinds[j] == "value"


_BARE_ROW_LABEL = re.compile(r"^[—–•-]?\s?(?:\(\w{1,4}\)\s)?[A-Z0-9]")
_OPEN_PHRASE = re.compile(
    r"\b(?:of|at|to|by|was|were|is|are|and|or|from|approximately|totall?ed|amounted)$"
    r"|[,(]$",
    re.IGNORECASE,
)


def followed_by_piped_value(cells: list[Cell], kinds: list[CellKind], i: int) -> bool:
    """True when the row label at i is followed by a value in the same layout: a piped value
    after a piped label, or a bare value line after a bare label line (a table rendered one
    cell per line; prose never leaves a number alone on its line)."""
    if not followed_by_value(kinds, i):
        return False
    j = i + 1
    while kinds[j] != "value":
        j += 1
    if cells[j].piped:
        return True
    # Bare lines: a one-cell-per-line table, or a sentence the viewer broke at its numbers
    # ("a discount rate of" / "12.5" / "% and a growth rate of" / "2"). A row label starts
    # like a name and does not stop mid-phrase.
    t = cells[i].text
    return not cells[i].piped and bool(_BARE_ROW_LABEL.match(t)) and not _OPEN_PHRASE.search(t)


# Cells a row's values stand among without being values ("$", ")", "%", footnote marks)
_BESIDE_VALUES: tuple[CellKind, ...] = ("empty", "mark", "close", "footnote", "percent")


def row_width(kinds: list[CellKind], i: int) -> int:
    """How many values the row whose first value cell is at or after i holds."""
    n = 0
    while i < len(kinds) and (kinds[i] == "value" or kinds[i] in _BESIDE_VALUES):
        n += kinds[i] == "value"
        i += 1
    return n


_DIGIT = re.compile(r"\d")
_MARKS_AND_YEARS = re.compile(r"\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)|\[\d+\]|\b(?:19|20)\d\d\b")


def is_note_number(t: str) -> bool:
    """"12." or "3": a note's number before its title, not a value."""
    return bool(re.fullmatch(r"\d{1,3}\.?", t))


def has_number(t: str) -> bool:
    """Whether a text holds a digit besides list marks, footnote marks and years."""
    if _DIGIT.search(t) is None:
        return False  # nothing to strip can leave a digit behind
    return bool(_DIGIT.search(_MARKS_AND_YEARS.sub("", t)))


def change_columns(run: list[Cell], kinds: list[CellKind]) -> list[tuple[int, str]]:
    """Where "Percent Change" columns stand among a header's date columns ("Three Months
    Ended | Six Months Ended" over "2025 | 2024 | % Change | 2025 | 2024 | % Change"): the
    number of date and change columns before each, and its text."""
    out: list[tuple[int, str]] = []
    dates = since = 0
    for c, k in zip(run, kinds, strict=True):
        if k == "text" and is_change_header(c.text):
            if dates - since >= 2:  # a change compares two periods at least
                out.append((dates + len(out), clean_label(c.text)))
                since = dates
        elif k in ("header", "date") and (h := parse_header_cell(c.text)) and h.year:
            dates += 1
    return out
