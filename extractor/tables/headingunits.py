"""The unit a column heading gives its cells, and the viewer's bare "$" under another dollar.

Sub-column headings often say what their cells count or are stated in: "Number of Shares
Issued and Exercisable" (shares), "Exercise Price (Canadian Dollars)" (CAD), "Amount (RMB)",
"US$". Such a heading is the unit of its column's cells; a heading that says neither gives
nothing (the column keeps the unit of the year or header above it). Pure functions over text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.amounts import currency_code
from extractor.tables.scalenote import is_share_count_row
from extractor.vocabulary import CURRENCIES, CURRENCY_NAMES, CURRENCY_SYMBOL

# (the lookahead: the names' first letters, so the scan skips the other positions)
_NAME = re.compile(
    "(?=[" + re.escape("".join(sorted({n[0].lower() for n in CURRENCY_NAMES}))) + r"])"
    r"\b(" + "|".join(re.escape(n) for n in sorted(CURRENCY_NAMES, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
# "(RMB)", "(US$)", "in HK$", or a heading that is only the mark: "RMB", "US$"
# ("(CAD$)", "(AUD$)": a code with the dollar sign after it)
_MARK = re.compile(
    rf"(?:^|\(|\bin\s+)\s*(?P<cur>{CURRENCY_SYMBOL})\$?\s*(?:\)|$)", re.IGNORECASE
)
# counts of equity instruments: "Number of options", "Number of Warrants", "Shares", "Units",
# "Number of Non-vested Restricted Shares"
_COUNT = re.compile(
    r"^(?:number\s+of\s+(?:[\w-]+\s+){0,2}(?:shares|options|warrants|units|rsus|psus|awards)|"
    r"(?:ordinary\s+|common\s+)?shares|options|warrants)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(r"\b(?:price|value|amount|proceeds|cost|paid|fair)\b", re.IGNORECASE)


# "Interest rate (%)", "Excess of fair value over book value (in percent)", "(in percentages)":
# the heading or row label states its values are percentages
_PERCENT = re.compile(r"\(\s*(?:in\s+)?(?:%|percent(?:ages?|s)?)\s*\)\s*:?\s*$", re.IGNORECASE)


def names_percent(heading: str) -> bool:
    """Whether a heading or row label ends by stating its values in percent ("Interest rate
    (%)", "Discount rate (in percent)"); "Rate" alone or "% of total" in the words is not."""
    return _PERCENT.search(heading) is not None


def names_money(heading: str) -> bool:
    """Whether a heading names an amount of money ("Exercise price", "Intrinsic value")."""
    return _MONEY_WORDS.search(heading) is not None


@lru_cache(maxsize=4096)
def heading_unit(heading: str, yen: str = "CNY") -> str | None:
    """The unit a column heading gives its cells: a currency it names ("Exercise Price
    (Canadian Dollars)" -> "CAD", "Amount (RMB)" -> "CNY"), "share" for a count of shares or
    options ("Number of Shares Issued and Exercisable", "Number of options"), "percent" for
    "Interest rate (%)", else None
    ("Exercise Price", "Total")."""
    if names_percent(heading):
        return "percent"
    if m := _NAME.search(heading):
        return CURRENCY_NAMES[m.group(1).lower()]
    if m := _MARK.search(heading.strip()):
        return currency_code(m.group("cur"), yen)
    if names_money(heading):
        return None
    if _COUNT.match(heading.strip()) or is_share_count_row(heading):
        return "share"
    return None


# Currencies a viewer may print as a bare "$": those with a "$" in their mark.
_DOLLARS = frozenset(code for mark, code in CURRENCIES.items() if "$" in mark)


def bare_dollar_before(text: str, start: int) -> bool:
    """Whether the mark before the amount at `start` is a bare "$" (not "US$", "C$", "HK$"),
    looking back over spaces, pipes, line breaks and an opening parenthesis."""
    i = start - 1
    while i >= 0 and text[i] in " \t\r\n|(":
        i -= 1
    return i >= 0 and text[i] == "$" and (i == 0 or not text[i - 1].isalpha())


def column_dollar(unit: str | None, column_unit: str | None, text: str, start: int) -> str | None:
    """A value marked with a bare "$" under a column of another dollar ("Exercise Price
    (Canadian Dollars)"): the column's dollar; None otherwise."""
    if unit != "USD" or column_unit not in _DOLLARS or column_unit == "USD":
        return None
    return column_unit if bare_dollar_before(text, start) else None
