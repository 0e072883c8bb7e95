"""Numbers written as words: "two percent", "five to 10 years", "one to six years".

FACTS.md counts a number in words wherever the same number in digits would be a fact, so the
amounts reader takes these beside its digit tokens. Only words that measure something are
read: a percentage, or a number of years or months (whether a duration is a fact, a useful
life, is decided later, as for digits). Counts that only describe a party ("three loans",
"two directors") are never read here.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_UNIT_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_WORD = "|".join(_TENS)
WORD_NUMBER = rf"(?:(?:{_TENS_WORD})(?:[\s-](?:{_UNIT_WORD}))?|{_UNIT_WORD})"
"""A whole number from one to ninety-nine in words ("seven", "twenty-five", "forty two")."""

_NUM = rf"(?:\d+(?:\.\d+)?|{WORD_NUMBER})"
# The lookahead on the words' initials lets the scan skip other positions quickly.
_INITIALS = "[" + "".join(sorted({w[0] for w in [*_UNITS, *_TENS]})) + "]"
WORD_AMOUNT = re.compile(
    rf"(?={_INITIALS})(?<![\w-])(?P<low>{WORD_NUMBER})(?:\s*(?:to|-|–)\s*(?P<high>{_NUM}))?"
    rf"(?:\s+\(\d+(?:\.\d+)?\s*%?\))?"  # "five (5) years": the digits are a restatement
    rf"\s*(?:-\s*)?(?P<unit>percent\b|per\s?cent\b|years?\b|months?\b)"
    rf"(?!\s+(?:period\s+)?end(?:ed|ing)\b)",  # "three months ended ...": a period, not a term
    re.IGNORECASE,
)
"""A number in words before a unit word, optionally the low end of a range ("three to 12")."""


_WORD_PARTS = re.compile(r"[\s-]+")


def word_value(word: str) -> int | None:
    """'seven' -> 7, 'twenty-five' -> 25, '12' -> 12; None for anything else."""
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in _UNITS:
        return _UNITS[w]
    parts = _WORD_PARTS.split(w)
    if parts and parts[0] in _TENS:
        tail = parts[1:]
        if not tail:
            return _TENS[parts[0]]
        if len(tail) == 1 and tail[0] in _UNITS and _UNITS[tail[0]] < 10:
            return _TENS[parts[0]] + _UNITS[tail[0]]
    return None


def unit_of(word: str) -> str:
    """The contract unit of a unit word ('percent' -> 'percent', 'years' -> 'year')."""
    w = word.lower()
    if w.startswith("per"):
        return "percent"
    return "year" if w.startswith("year") else "month"
