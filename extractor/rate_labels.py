"""The measures of rates and per-share prices, which a sentence names in shapes of its own.

"annual interest rate of 3.5%", "with interest at 3.45%", "Profits tax has been provided at
the rate of 16.5%", "a 6% unsecured demand note"; "an option to purchase 400,000 shares ... at
$.04 per share", "par value $.001 per share".
"""

from __future__ import annotations

import re

from extractor.amounts import Amount
from extractor.measure import instrument_rate, tidy

_PRICE = re.compile(r"(?P<np>(?:[a-z\-]+\s+){0,2}(?:price|value|fair value))\b", re.IGNORECASE)
# "an option to purchase 400,000 shares ... at $.04 per share": what the holder pays
_TO_PURCHASE_AT = re.compile(
    r"(?i)\b(?:options?|warrants?|rights?)\b(?:[^.;]|\.(?=\d)){0,160}?\bto\s+"
    r"(?:purchase|acquire|buy)\b(?:[^.;]|\.(?=\d)){0,160}?\bat\s+(?:an?\s+)?"
    r"(?:exercise\s+price\s+of\s+)?$"
)


# "<measure> of $X per share": "cash dividend", "liquidation preference", "conversion price"
_OF_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?P<np>(?!(?:the|a|an|of|at|to|and|or|for|with|in|by)\b)[a-z][a-z\-]+"
    r"(?:\s+(?!(?:of|at|to|and|or|for|with|in|by)\b)[a-z][a-z\-]+){0,3})\s+of\s+"
    r"(?:approximately\s+|about\s+)?$"
)


# A later item of a per-share list ("dividends of $0.66 per share on February 28, 2024 and
# [$0.63] per share on February 28, 2023"): the measure of the list's first item.
_LIST_OF_BEFORE = re.compile(
    _OF_BEFORE.pattern.removesuffix("$")
    + r"[^\s\d]{0,4}\d[\d,]*(?:\.\d+)?\s+per\s+(?:common\s+|ordinary\s+)?share\b"
    r"(?:\s+(?:paid\s+|payable\s+)?on\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*(?:,\s*and|,|and)\s+$"
)


# The act a per-share measure's clause states before it ("we will pay dividends of", "the Board
# declared cash dividends of", "which represents an increase of"): the measure is after it.
_ACT_WORD = re.compile(
    r"(?i)^(?:will|shall|may|pay|pays|paid|declare|declares|declared|represent|represents|"
    r"represented|approve|approves|approved|announce|announces|announced|has|have|had|was|"
    r"were|is|are|made|make|makes|received|recorded|recognized)$"
)


def _after_act(np: str) -> str:
    """The words of `np` after the last act word in it ("Board declared cash dividends" ->
    "cash dividends")."""
    words = np.split()
    cut = max((k + 1 for k, w in enumerate(words) if _ACT_WORD.match(w)), default=0)
    return " ".join(words[cut:])


def per_share_label(text: str, a: Amount) -> str:
    """A per-share amount's measure: the exercise price of the option or warrant to purchase
    shares "at" it, else the price or value the sentence names."""
    before = text[max(0, a.token_start - 320) : a.token_start]
    if _TO_PURCHASE_AT.search(before):
        return "Exercise price per share"
    if (np := _OF_BEFORE.search(before)) is not None and (
        measure := tidy(_after_act(np.group("np")))
    ):
        return f"{measure} per share"  # "a cash dividend of $0.10 per share"
    if (np := _LIST_OF_BEFORE.search(before)) is not None and (
        measure := tidy(_after_act(np.group("np")))
    ):
        return f"{measure} per share"
    pm = _PRICE.search(text)
    measure = tidy(pm.group("np")) if pm else None  # "at a price" -> "Price"
    return f"{measure} per share" if measure else "Price per share"


_RATE_BEFORE = re.compile(
    r"(?P<np>(?:\b(?!with\b|at\b|of\b|and\b|bearing\b|bears?\b|carrying\b|carries\b)[a-z][\w\-]*\s+){0,2}\b(?:rate|interest|margin|yield))\b"
    # "bear interest ranging from 6.37% to 8.59%": the range is of the rate
    r"(?:\s+(?:of|at|is|was|ranging\s+from))?"
    r"\s*(?:approximately\s*)?$",
    re.IGNORECASE,
)
# "Hong Kong profits tax has been provided at the rate of 16.5%": the rate of the subject.
_AT_RATE = re.compile(
    r"^\s*(?:the\s+)?(?P<np>[A-Z][\w\-]*(?:\s+[\w\-’']+){0,6}?)\s+"
    r"(?:(?:has|have|had)\s+been|is|are|was|were|will\s+be)\s+"
    r"(?:provided|calculated|computed|charged|levied|assessed|applied|accrued)\s+"
    r"(?:for\s+)?at\s+(?:the|a)\s+(?:\w+\s+)?rates?\s+of\s*$"
)
_BARE_RATES = frozenset({"rate", "the rate", "a rate", "rates", "the rates"})
_INTEREST_AT = re.compile(r"(?i)\binterest\s+at\s+(?:the|a)\s+(?:\w+\s+)?rates?\s+of\s*$")


def rate_measure(left: str, after: str) -> str | None:
    """A rate's measure: the rate phrase before it ("annual interest rate of 3.5%", "with
    interest at 3.45%"), else the instrument right after it ("a 6% unsecured demand note")."""
    rate = _RATE_BEFORE.search(left, max(0, len(left) - 60))
    if rate is not None:
        return _rate_label(rate.group("np"), left)
    return instrument_rate(after[:80])


def _rate_label(np: str, left: str) -> str:
    """The measure a rate phrase names: "annual interest" -> "annual interest rate"; a bare
    "the rate" takes what is charged at it ("Hong Kong profits tax has been provided at the
    rate of" -> "Hong Kong profits tax rate"; "bears interest at the rate of" -> "Interest
    rate")."""
    if np.lower().endswith("interest"):
        return f"{np} rate"
    if np.lower() in _BARE_RATES:
        if (taxed := _AT_RATE.search(left)) is not None:
            return f"{taxed.group('np')} rate"
        if _INTEREST_AT.search(left):
            return "Interest rate"
    return np


# "using a 10% discount rate", "an 8% incremental borrowing rate": the rate the percentage
# modifies, named right after it (a determiner before the percentage marks the shape)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|our)\s*$")
_RATE_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?P<np>(?:(?!(?:of|per|and|or|on|for|to|in)\b)[a-z][\w\-]*\s+){1,3}rate)\b"
)


def attributive_rate(left: str, after: str) -> str | None:
    """The rate a percentage modifies ("a 10% discount rate" -> "discount rate"), or None."""
    if not _DETERMINER_BEFORE.search(left[-8:]):
        return None
    m = _RATE_NOUN_AFTER.match(after[:80])
    return " ".join(m["np"].split()) if m else None


# "3-month LIBOR plus 1.3%", "the Province's cost of funds plus 1%": a margin over a base
# rate, named by the base. Where the base begins: after the rate's own "of", "at", "equal
# to", a verb of bearing, a comma or a list marker.
_SPREAD_BASE = re.compile(
    r"(?i)(?:\b(?:rates?|interest)\s+of|\bat|\bequal\s+to|\bto|\bon|\bover|\bbears?|"
    r"\bbearing|\bis|\bwas|\bwere|\bbe|,|;|\(\w{1,3}\))\s+"
)
_PLUS_END = re.compile(r"(?i)\s+plus\s*$")
_BASE_DETERMINERS = re.compile(r"(?i)^(?:(?:the|a|an|its|our|their|then|applicable)\s+)+")


def spread_label(left: str) -> str | None:
    """A margin's measure, "Margin over <base rate>", when the words before a percentage end
    in "<base rate> plus"; None otherwise."""
    tail = left[-120:]
    end = _PLUS_END.search(tail)
    if end is None:
        return None
    head = tail[: end.start()]
    cuts = list(_SPREAD_BASE.finditer(head))
    base = _BASE_DETERMINERS.sub("", head[cuts[-1].end() :] if cuts else head).strip(" ()")
    words = base.split()
    if not 1 <= len(words) <= 6 or not re.search(r"[A-Za-z]{3}", base) or base[-1].isdigit():
        return None
    return f"Margin over {' '.join(words)}"

