"""Two amounts that are one range: "3-5 years", "$9,479 to $9,625", "5% to 10%" -> one amount
with `value_max` (FACTS.md: a range is one fact). Not a change ("increased from 25% to 30%")
and not a name that runs downwards ("737-9")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from extractor.amounts import Amount

_RANGE_SEP = re.compile(r"\s?(?:-|–|—|~|to)\s?")  # "3.50 ~ 6.41": East Asian filers


# "of between $17.0 million and $19.0 million": "between" makes "and" a range's
_BETWEEN = re.compile(r"\bbetween\s+(?:approximately\s+|about\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")


def _same_scale_word(a: Amount, b: Amount) -> bool:
    """Whether both ends are money in one unit and scale, each with its scale word."""
    return (a.kind == b.kind == "money" and a.unit == b.unit and a.scale == b.scale != 0
            and a.explicit_unit and b.explicit_unit)


def _ascending(low: str, high: str) -> bool:
    """A range runs upwards: "737-9" (a model name) is not a range from 737 down to 9."""
    try:
        return Decimal(low) <= Decimal(high)
    except InvalidOperation:
        return False


# "increased from 25% to 30%", "increased the revolving commitments from $250.0 million to
# $350.0 million", "increased by $14.3 million to $38.9 million": two values of a change, not
# a range
_CHANGED_FROM = re.compile(
    r"\b(?:increas|decreas|chang|ris|ros|rais|fell|grew|declin|reduc|adjust|amend|mov|went|"
    r"expand|lower)\w*\s+(?:[\w-]+\s+){0,4}?(?:from|by)\s*$",
    re.IGNORECASE,
)


# The year of a date ("as of December 31, [2022] to $15,000 as of ..."): never a range's low end
_DATE_BEFORE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*$"
)


# "Shares issued: 2025 - 2,284,546,988", "shares issued: 2025 - 4,009.2, 2024 - 4,009.2":
# a year naming the amount after it, not the low end of a range up to a formatted number
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_FORMATTED = re.compile(r"\d[,.]\d")


def _year_labels(text: str, a: Amount, b: Amount) -> bool:
    """Whether `a` is a bare year that names `b` ("2025 - 4,009.2"), not a range's low end."""
    low = text[a.start : a.end]
    return (a.unit is None and _BARE_YEAR.fullmatch(low) is not None
            and _FORMATTED.search(text[b.start : b.end]) is not None)


def join_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """'3-5 years', '4-7 year', '$9,479 to $9,625', '5% to 10%' -> one amount with a max."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        if i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = text[a.end : b.token_start if b.token_start >= 0 else b.start]
            if (a.kind == "percent" or _same_scale_word(a, b)) and a.token_end > a.end:
                # "5% to 10%", "$2.1 million to $3.4 million": each end keeps its mark
                gap = text[a.token_end : b.token_start if b.token_start >= 0 else b.start]
            if (
                (_RANGE_SEP.fullmatch(gap) or (
                    _AND.fullmatch(gap) and _BETWEEN.search(text, max(0, a.token_start - 24),
                                                            a.token_start)))
                and not _CHANGED_FROM.search(text, max(0, a.token_start - 72), a.token_start)
                and not _DATE_BEFORE.search(text, max(0, a.start - 16), a.start)
                and a.value is not None
                and b.value is not None
                and not a.value.startswith("-")
                and not _year_labels(text, a, b)
                and _ascending(a.value, b.value)
                and (
                    a.kind == b.kind or a.kind == "count" or (a.unit is None and b.unit is not None)
                    # "exercise prices ranging from ₹118 to ₹246 per share": the unit word
                    # after the high end says what both ends are
                    or (a.kind == "money" and b.kind == "per_share" and a.unit == b.unit)
                )
                and b.kind in ("year", "month", "percent", "money", "share", "days", "count",
                               "per_share")
            ):
                unit = b.unit or a.unit
                out.append(
                    replace(
                        a,
                        end=b.end,
                        value_max=b.value,
                        unit=unit,
                        kind=b.kind,
                        scale=max(a.scale, b.scale),
                        token_end=b.token_end,
                        explicit_unit=a.explicit_unit or b.explicit_unit,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out
