"""A header cell that states both the currency and the scale of a table's cells.

"(EUR thousand)", "(RMB'000)", "(US$ million)", "In € thousands", "in EUR thousands",
"(HK$ in millions)": the mark and the scale word (singular or plural, or "'000") in one short
cell, with or without parentheses. `scalenote.scale_cell` reads the other spellings; this one
adds the forms that name a currency first and a singular scale word or "'000" after it.
Pure functions over text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.amounts import currency_code
from extractor.casefold import folded
from extractor.vocabulary import CURRENCIES, CURRENCY_SYMBOL, SCALE, SCALE_WORDS

_CELL = re.compile(
    rf"^\(?\s*(?:amounts\s+)?(?:in\s+)?(?P<cur>{CURRENCY_SYMBOL})\s*(?:in\s+)?"
    rf"(?:['’]\s?(?P<k>000)|(?P<w>{SCALE}))\s*\)?\s*:?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def currency_scale_cell(text: str, yen: str = "CNY") -> tuple[str | None, int] | None:
    """(currency code, scale) that a short cell states, or None when it is not such a cell
    ("(EUR thousand)" -> ("EUR", 3); "(RMB'000)" -> ("CNY", 3); "In € thousands" -> ("EUR",
    3); "(US$ million)" -> ("USD", 6); "EUR 5 thousand" -> None: that is an amount)."""
    t = text.strip()
    m = _CELL.match(t)
    if m is None or (m.group("k") and not t.startswith("(")):
        return None  # a bare "RMB'000" is a column's header cell, read with the header
    word = m.group("w")
    scale = 3 if m.group("k") else SCALE_WORDS[folded(word)]
    return currency_code(m.group("cur"), yen), scale


# Currencies a viewer may print as a bare "$" ("SGD ($)", "HKD ($)"): those with a "$" mark.
_DOLLARS = frozenset(code for mark, code in CURRENCIES.items() if "$" in mark)


def bare_dollar_unit(cell_text: str, column_unit: str | None) -> str | None:
    """The currency of a value printed with a bare "$" under a column of another dollar
    ("SGD ($)"): the column's; None when the mark is not a bare "$" or the column no dollar."""
    if column_unit not in _DOLLARS or not _BARE_DOLLAR.match(cell_text):
        return None
    return column_unit


_BARE_DOLLAR = re.compile(r"^\(?\s?\$")


def dollar_scale(header: str, scales: dict[str, int], unit: str | None) -> int | None:
    """The scale of a dollar currency the page header prints as "$" ("SGD ($)" under "$ in
    Thousands, $ in Thousands"), which the header's "$" entry gives; None otherwise."""
    if unit in scales or unit not in _DOLLARS or "USD" not in scales:
        return None
    return scales["USD"] if f"{unit} ($)" in header else None
