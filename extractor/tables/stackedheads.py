"""Sub-column headings stacked one word per line and repeated under each year.

"Year Ended June 30, | 2012 | 2011 | 2010" over "Shares | Under | Options | Weighted |
Average | Exercise | Price" three times: the viewer put each word of each heading on a line
of its own. The first row's values per year say how many sub-columns each year spans; the
word run of one year is cut into that many headings where a word opens a heading
("Weighted", "Number", "Aggregate": "Shares Under Options | Weighted Average Exercise
Price"). Where the run cannot be cut into that many with confidence, no heading is
invented: the periods stay right and the cells keep what their marks say.
"""

from __future__ import annotations

from itertools import pairwise

from extractor.casefold import folded
from extractor.tables.kinds import CellKind

# A word run naming counts of shares or awards: its unmarked columns are counts.
_COUNT_WORDS = frozenset({"shares", "options", "units", "awards", "warrants", "number"})
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
            not _COUNT_WORDS & {folded(w) for w in words}:
        return [None] * per
    return [None if m else "share" for m in first]
