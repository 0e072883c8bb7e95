"""Which worded heading of a dateless table each value of a row sits under.

Stock-option and warrant tables often have no date columns, only worded headings: "Number of
Options Outstanding | Weighted Average Exercise Price Per Share | ... | Aggregate Intrinsic
Value". The viewer drops empty cells and prints "$" only before prices, so a row holds fewer
values than there are headings ("170,780 | $ | 3.05"). A value's heading is known when the row
holds one value per heading (by place), and for the first value when the first heading counts
shares or options: that column is always filled, and a count is never printed with a currency
mark, so a bare first value is the count. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.lifeterms import life_heading
from extractor.tables.captions import unit_line
from extractor.tables.headingunits import column_dollar, heading_unit
from extractor.tables.scalenote import find_scale_note
from extractor.tables.values import Value

# a heading over values of their own: prices, values, amounts, lives, terms, dates, ranges
_VALUE_HEADING = re.compile(
    r"\b(?:prices?|values?|amounts?|proceeds|costs?|life|lives|terms?|years|dates?|range)\b",
    re.IGNORECASE,
)

_SCALE_LINE = re.compile(r"(?i)in\s+(?:thousands|millions|billions)\b")


# "Units (in thousands)", "RSUs", a bare "Number": a count only beside a heading pricing
# awards (the heading alone, with at most its scale: "RSUs, PSUs and ... Outstanding" is a
# title; "Number" beside "Amount" or "Rate" is no count of awards)
_AWARD_UNITS = re.compile(r"^(?:units|rsus|psus|awards|number)\s*(?:\([^()]*\))?$",
                          re.IGNORECASE)
_AWARD_PRICE = re.compile(
    r"(?i)\b(?:grant[\s-]+date\s+fair\s+value|exercise\s+price|per\s+(?:share|unit)|"
    r"(?:weighted[\s-]+average|wt\.\s*avg\.)\s+fair\s+value)\b"
)


def is_count_heading(heading: str, headings: Sequence[str]) -> bool:
    """Whether `heading` counts shares, options, warrants or (beside a heading pricing
    awards, "Weighted Average Grant Date Fair Value") units."""
    if heading_unit(heading) == "share":
        return True
    return bool(_AWARD_UNITS.match(heading)) and any(_AWARD_PRICE.search(h) for h in headings)


def award_count_columns(categories: Sequence[str | None]) -> frozenset[int]:
    """The columns whose sub-heading counts awards beside a sibling pricing them ("2024" over
    "Units | Wt. Avg. Fair Value"): their values are counts, whatever mark the table prints."""
    named = [c for c in categories if c]
    return frozenset(j for j, c in enumerate(categories)
                     if c and _AWARD_UNITS.match(c) and is_count_heading(c, named))


def prices_awards(headings: Sequence[str]) -> bool:
    """Whether the headings count shares or awards and one prices them."""
    return counts_shares(headings) and any(_AWARD_PRICE.search(h) for h in headings)


def counts_shares(headings: Sequence[str]) -> bool:
    """Whether some heading names a count of shares, options, warrants or units."""
    return any(is_count_heading(h, headings) for h in headings)


def heading_scale(heading: str, headings: Sequence[str]) -> int | None:
    """The scale of a value under `heading` when the headings state their scales one by one
    ("Units (in thousands) | Weighted Average Grant Date Fair Value"): the heading's own, else
    0 for a price; None for a count stating none, when no heading states one, or when a scale
    line ("(In millions)") covers them all."""
    if any(unit_line(h) or _SCALE_LINE.match(h) for h in headings):
        return None
    notes = [find_scale_note(h) for h in headings]
    if not any(notes):
        return None
    own = find_scale_note(heading)
    if own is not None:
        return own.scale
    # a count heading stating none may be a group's ("Options" over "Options (in thousands)"):
    # its count keeps the table's scale; a price heading stating none is in units, and so is
    # a count when only other headings state a scale ("Aggregate Intrinsic Value (in
    # thousands)" beside "Options Outstanding")
    if not is_count_heading(heading, headings):
        return 0
    counted = any(n is not None and is_count_heading(h, headings)
                  for h, n in zip(headings, notes, strict=True))
    return None if counted else 0


def value_headings(headings: Sequence[str], values: Sequence[Value]) -> list[str | None]:
    """The heading each of a row's `values` sits under (None where the layout does not say),
    for a dateless table whose `headings` include a count column; else all None. The texts
    before the first count heading may be the table's title ("Stock option activity"): they
    are headings only when they name values of their own or the row fills them all."""
    out: list[str | None] = [None] * len(values)
    if stacked := _stacked(headings, len(values)):  # "Number of" over "Warrants"
        return list[str | None](stacked)
    # "(In millions, except number of shares ...)", "In thousands": a scale line, no column
    headings = [h for h in headings if not (unit_line(h) or _SCALE_LINE.match(h))]
    first = next((i for i, h in enumerate(headings) if is_count_heading(h, headings)), None)
    if first is None and len(values) == len(headings) >= 2 and any(
            life_heading(h) for h in headings):
        return list(headings)  # "Estimated Fair Value | Weighted Average Useful Life (years)"
    if first is not None and len(values) == len(headings) >= 1:
        return list(headings)  # a lone "Shares" over rows of one value each: the counts
    if first is None or len(headings) < 2 or not values:
        return out
    if any(_VALUE_HEADING.search(h) or heading_unit(h) for h in headings[:first]) and not (
            _fragments(headings[:first])):
        return out  # "Exercise price | Options outstanding": the first value is a price
    own = headings[first:]
    if len(values) == len(own) > 1:
        return list(own)
    if not values[0].explicit:
        out[0] = own[0]  # "170,780 | $ | 3.05": the bare first value is the count
    return out


# a heading line left open, continued on the next line: "Number of" over "Warrants"
_OPEN_END = re.compile(r"\b(?:of|in|per)$", re.IGNORECASE)
# a word broken at its hyphen over two heading lines: "Weighted-" over "Average"
_HYPHEN_END = re.compile(r"\w-$")


def _fragments(headings: Sequence[str]) -> bool:
    """Whether heading lines before the count heading are pieces of a taller heading printed
    over several lines ("Weighted-" over "Average" over "Grant-Date" over "Fair Value", then
    "Shares | Per Share"): one is left open at a hyphen, so they head no column of their own
    and the count heading still comes first on the line that holds every column."""
    return any(_HYPHEN_END.search(h.strip()) for h in headings)


def _stacked(headings: Sequence[str], n: int) -> list[str] | None:
    """Headings printed over two lines, one per value ("Number of | exercise price | ..."
    over "Warrants | (Canadian Dollars) | ..."): the columns' two parts joined, when a part
    of the upper line is left open ("Number of") and a joined heading counts shares; else
    None."""
    if n < 2 or len(headings) < 2 * n:
        return None
    upper, lower = headings[-2 * n : -n], headings[-n:]
    if not any(_OPEN_END.search(u.strip()) for u in upper):
        return None
    joined = [f"{u.strip()} {w.strip()}" for u, w in zip(upper, lower, strict=True)]
    return joined if counts_shares(joined) else None


def heading_currency(head: str | None, v: Value, text: str) -> str | None:
    """The currency a heading names for a value under it: a bare value's ("3.93" under
    "Weighted average exercise price (Canadian Dollars)"), or the dollar a bare "$" stands for
    there ("$ 7.34"); None when the heading names none or the value's mark says otherwise."""
    unit = heading_unit(head) if head is not None else None
    if unit is None or unit == "share":
        return None
    if not v.explicit:
        return unit
    return column_dollar(v.unit, unit, text, v.start)
