"""Useful lives and other terms: which durations are facts.

The contract counts the duration of a useful life as a fact and no other duration (payment,
lease, option and warrant terms, expected lives of options: FACTS.md, "What counts as a
fact"). Prose and tables ask the same question here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.casefold import folded, has_any
from extractor.vocabulary import USEFUL_LIFE_WORDS

# What is amortized over a term in a sentence about debt is a payment term, not a useful life.
_DEBT_WORDS = re.compile(
    r"(?=[ldnpbf])\b(?:loans?|debt|notes?|discount|premium|borrowings?|financing|bonds?)\b", re.I
)
# A row that names its unit after its words: "Expected life (years)", "Remaining term (in
# years)", "Weighted average remaining lease term, in years", "Vesting period (months)"; not a
# heading alone, "(Number of Years)", that the viewer may have put over another column.
_UNIT_IN_LABEL = re.compile(
    r"\w[^/()]*?(?:\(\s*(?:in\s+)?(?P<u>years?|months?)\s*\)|,?\s\bin\s+(?P<v>years|months))"
    r"\s*(?:$|/)",
    re.IGNORECASE,
)


_UNIT_AT_END = re.compile(r"(?:years?|months?)\s*\)?\s*(?:$|/)", re.IGNORECASE)


# What names a duration that is no useful life: a term ("remaining lease term", "warrant
# term"; not "term deposits", "long-term"), the expected or contractual life of an option, a
# vesting or maturity period.
_TERM_WORDS = re.compile(
    r"(?<![-\w])terms?\b(?!\s+deposit)|\b(?:expected|contractual)\s+(?:option\s+)?li(?:fe|ves)\b|\bvesting\b|"
    r"\bmaturit|\bexpir",
    re.IGNORECASE,
)


def names_a_term(text: str) -> bool:
    """Whether a text names a duration that is no useful life (a lease, loan, option or
    warrant term, an expected life, a vesting period) and no useful life beside it."""
    return bool(_TERM_WORDS.search(text)) and not speaks_of_useful_lives(text)


def speaks_of_useful_lives(text: str) -> bool:
    """Whether a text (a sentence, a row label and its headings) states useful lives, so that
    its years and months are facts."""
    # literal words: substring tests of the folded text say what case-insensitive searches
    # for them would, without trying each position
    low = folded(text)
    if has_any(low, USEFUL_LIFE_WORDS):
        return True
    return "amortiz" in low and not _DEBT_WORDS.search(text)


@lru_cache(maxsize=4096)
def label_duration_unit(label: str) -> str | None:
    """The duration unit a row label names for its values ("Expected life (years)" -> "year"),
    None when it names none."""
    # the pattern needs "year" or "month": the lazy scan from every word start is skipped
    # for the labels that hold neither (most of them)
    low = folded(label)
    if "year" not in low and "month" not in low:
        return None
    # (a match ends on its unit word, a ")" at most, then the end or a "/": a cheap test of
    # that first spares the lazy scan from every word of a long label)
    m = _UNIT_IN_LABEL.search(label) if _UNIT_AT_END.search(label) else None
    if m is None:
        return None
    word = (m.group("u") or m.group("v")).lower()
    return "year" if word.startswith("year") else "month"


# A column heading over useful lives ("Useful Lives (Years)", "Weighted Average Useful Life
# (in years)", "Estimated Useful Lives"); not "Accumulated Depreciation" beside it.
_LIFE_HEADING = re.compile(r"\b(?:useful|estimated|economic)\s+li(?:fe|ves)\b", re.IGNORECASE)
_UNIT_TAIL = re.compile(r"\s*[,(]\s*(?:in\s+)?(?:years?|months?)\s*\)?\s*$", re.IGNORECASE)


def life_heading(heading: str) -> tuple[str, str] | None:
    """(the heading without its unit, the unit) when a column heading names useful lives
    ("Useful Lives (Years)" -> ("Useful Lives", "year"); years when it names no unit), else
    None: its bare numbers are lives, not the money of the columns beside it."""
    if not _LIFE_HEADING.search(heading) or names_a_term(heading):
        return None
    unit = label_duration_unit(heading) or "year"
    return _UNIT_TAIL.sub("", heading).strip() or heading, unit
