"""Sub-column headings stacked one word per line and repeated under each year.

"Year Ended June 30, | 2012 | 2011 | 2010" over "Shares | Under | Options | Weighted |
Average | Exercise | Price" three times: the viewer put each word of each heading on a line
of its own. The first row's values per year say how many sub-columns each year spans; the
word run of one year is cut into that many headings where a word opens a heading
("Weighted", "Number", "Aggregate": "Shares Under Options | Weighted Average Exercise
Price"). Where the run cannot be cut into that many with confidence, no heading is
invented: the periods stay right and the cells keep what their marks say.

The same family without years: "Weighted average | Aggregated" (the tall headings' first
lines) over "Employees | Total | exercise price | intrinsic value" over "(in thousands)" and
"US$ | RMB": a lowercase line continues a tall heading, the marks go to the headings that
name money, the scale and "share" to the counts (`continued_headings`, `unit_columns`).
"""

from __future__ import annotations

from itertools import pairwise

from extractor.casefold import folded
from extractor.lifeterms import names_a_term
from extractor.tables.header import TableColumn
from extractor.tables.headingunits import names_money
from extractor.tables.kinds import CellKind

# A word run naming counts of shares or awards: its unmarked columns are counts.
COUNT_WORDS = frozenset({"shares", "options", "units", "awards", "warrants", "number"})
# Words that open a column heading of an option or award table, never end one.
_OPENERS = frozenset({"weighted", "number", "aggregate", "total", "intrinsic"})


def year_runs(words: list[str], k: int) -> int | None:
    """The length of one year's word run when `words` are k identical runs, else None."""
    if k < 2 or len(words) % k:
        return None
    size = len(words) // k
    low = [folded(w) for w in words]
    if size < 2 or any(low[g * size : (g + 1) * size] != low[:size] for g in range(1, k)):
        return None
    return size


def cut_headings(run: list[str], per: int) -> list[str] | None:
    """The run of one year's words cut into `per` headings at the words that open one, or
    None when those cuts do not give exactly `per` headings."""
    starts = [0] + [i for i, w in enumerate(run) if i > 0 and folded(w) in _OPENERS
                    and folded(run[i - 1]) not in _OPENERS]
    if len(starts) != per:
        return None
    bounds = [*starts, len(run)]
    return [" ".join(run[a:b]) for a, b in pairwise(bounds)]


def stacked_names(words: list[str], k: int, n: int) -> list[str | None] | None:
    """The heading of each of the n sub-columns under k years whose headings are stacked
    word by word (`words`, k identical runs), None per sub-column that cannot be named with
    confidence; None when the words are not that layout."""
    if n <= k or n % k or len(words) <= n:
        return None
    size = year_runs(words, k)
    if size is None:
        return None
    per = n // k
    if size <= per:
        return None
    names: list[str | None] | None = list(cut_headings(words[:size], per) or []) or None
    return names * k if names is not None else [None] * n


def marked_values(kinds: list[CellKind], i: int) -> list[bool]:
    """Whether each value of the row whose first value cell is at or after i follows a
    currency mark ("45,000 | $ | 54.21" -> [False, True])."""
    out: list[bool] = []
    mark = False
    while i < len(kinds) and kinds[i] in ("value", "mark", "close", "percent", "footnote",
                                          "empty"):
        if kinds[i] == "mark":
            mark = True
        elif kinds[i] == "value":
            out.append(mark)
            mark = False
        i += 1
    return out


def unnamed_units(words: list[str], marked: list[bool], per: int) -> list[str | None]:
    """The unit of each sub-column of one year that could not be named: where the first
    row marks some of a year's values "$" and the words name shares or options, the
    unmarked ones are counts of shares; else nothing is said."""
    first = marked[:per]
    if len(first) < per or not any(first) or all(first) or \
            not COUNT_WORDS & {folded(w) for w in words}:
        return [None] * per
    return [None if m else "share" for m in first]


def continued_headings(lines: list[str], n: int) -> list[str] | None:
    """The n column headings of a heading block printed line by line, where the block's first
    lines hold only the tall headings' opening words ("Weighted average | Remaining |
    Aggregated") and the next n lines every column's last line, a lowercase one continuing a
    tall heading in order ("Employees | Consultants | Total | exercise price | contractual
    life | intrinsic value"); None when the lines do not fit that count."""
    low = [i for i, t in enumerate(lines) if t[:1].islower()]
    tall = len(low)
    if not tall or len(lines) != n + tall or low[0] < tall or n < 2:
        return None
    tops = iter(lines[:tall])
    return [f"{next(tops)} {t}" if t[:1].islower() else t for t in lines[tall:]]


def unit_columns(heads: list[str], marks: list[str], scaled: int, scale: int | None,
                 counts: bool) -> list[TableColumn] | None:
    """The columns under `heads` when the header below them holds only scale cells ("(in
    thousands)", `scaled` of them) and currency marks ("US$ | RMB", as codes): the marks go
    in order to the headings that name money, the scale to the others that name no term
    ("contractual life") when there are as many, and those are shares when the table counts
    options or shares (`counts`). When the marks do not match the money headings, those
    take no unit rather than a guessed one."""
    money = [names_money(h) for h in heads]
    if sum(money) != len(marks):
        marks = [""] * sum(money)
    plain = [not m and not names_a_term(h) for h, m in zip(heads, money, strict=True)]
    if scaled not in (0, sum(plain)):
        return None
    codes = iter(marks)
    out: list[TableColumn] = []
    for h, m, c in zip(heads, money, plain, strict=True):
        # a term ("Remaining contractual life") is a duration, and so no fact (FACTS.md)
        unit = (next(codes) or None) if m else ("share" if counts else None) if c else "year"
        # the scale cells stand over the counts only: the money and terms are in units
        out.append(TableColumn(None, unit, (scale if c else 0) if scaled else None, h))
    return out
