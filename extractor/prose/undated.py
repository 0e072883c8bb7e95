"""What an amount no period phrase dates is given: the page's period for money and share
counts (FACTS.md names money; gold/LABELLING.md counts shares with it), none for rates, prices
and terms, for money stated per month (a rate, as round 9 decided for rents) and for a rate
that is a threshold ("customers that accounted for more than 10% of consolidated revenue")."""

from __future__ import annotations

import re

from extractor.amounts import Amount
from extractor.document import Document
from extractor.periods import PeriodPhrase
from extractor.vocabulary import RATE_UNITS


def default_period(doc: Document, phrase: PeriodPhrase | None, a: Amount,
                   text: str = "") -> str | None:
    """A monetary amount or a share count that nothing dates takes the page's period (FACTS.md
    names money; gold/LABELLING.md counts shares with it); rates, prices and terms take none,
    and so does money stated per unit of time ("$2,000 per month", "a monthly rent of ¥1,250
    thousand": a rate, as round 9 decided for rents; `text` is the amount's sentence)."""
    if phrase is not None and len(phrase.periods) == 1:
        return phrase.periods[0]
    if a.kind in ("money", "zero") and a.unit not in RATE_UNITS and not (
            text and (_PER_TIME_AFTER.match(text, a.token_end) or _MONTHLY_BEFORE.search(
                text, max(0, a.token_start - 80), a.token_start))):
        return doc.period
    if a.unit == "share":
        return doc.period
    return None


# "$2,000 per month", "HK$18,000 (approximately $2,300) per month", "$3,000 a month" (not "per
# year": "recognizing expense of $488 per year" is the year's flow)
_PER_TIME_AFTER = re.compile(
    r"[\s)]*(?:\([^()]{0,48}\)\s*)?(?:per\s+(?:calendar\s+)?(?:month|week|day)|a\s+month|"
    r"each\s+month)\b",
    re.IGNORECASE,
)


# "customers that accounted for more than 10% of consolidated revenue", "10% or more of net
# sales": a threshold that says which items a sentence counts, not a measure of any period
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:more\s+than|greater\s+than|in\s+excess\s+of|at\s+least|exceed(?:s|ed|ing)?|"
    r"less\s+than|over)\s+(?:approximately\s+)?(?:[a-z-]+\s+percent\s*\()?$", re.IGNORECASE)
# (after a restatement "ten percent (10%)" or its closing parenthesis)
_RESTATED = r"\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)|\))?"
_THRESHOLD_AFTER = re.compile(
    _RESTATED + r"\s*(?:or\s+(?:more|greater|higher)\s+)?of\s+(?:the\s+)?"
    r"(?:(?:Company|Group)[’']s\s+|our\s+|its\s+)?(?:total\s+|consolidated\s+|net\s+|gross\s+)*(?:revenues?|sales|receivables|accounts\s+"
    r"receivable|purchases)\b", re.IGNORECASE)
_OR_MORE_AFTER = re.compile(
    _RESTATED + r"\s*or\s+(?:more|greater|higher)\s+of\s", re.IGNORECASE)


def is_threshold(text: str, a: Amount) -> bool:
    """Whether a rate is a threshold ("more than 10% of consolidated revenue", "10% or more of
    net sales"): no period's measure, so undated."""
    if a.unit != "percent" or a.blank:
        return False
    before = _THRESHOLD_BEFORE.search(text, max(0, a.start - 32), a.start)
    after = _THRESHOLD_AFTER.match(text, a.token_end)
    return after is not None and (before is not None
                                  or _OR_MORE_AFTER.match(text, a.token_end) is not None)


# "a monthly rent of ¥1,250 thousand", "The monthly rent is NIS 182 thousand"
_MONTHLY_BEFORE = re.compile(
    r"(?i)\bmonthly\s+(?:base\s+)?(?:rent(?:al)?|fees?|payments?|charges?)\s+(?:of|is|was|at|"
    r"amounts?\s+to)\s+(?:approximately\s+)?"
    # (or its translation: "is NIS 182 thousand (approximately $49 thousand)")
    r"(?:\S{0,4}\s?[\d.,]+(?:\s(?:thousand|million))?\s\((?:approximately\s+)?)?\S{0,4}\s?$")
