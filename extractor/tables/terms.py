"""Terms in tables: durations that are not useful lives are no facts (FACTS.md: "other
durations", lease and loan terms, are not).

Prose drops them where they are read (`prose/candidates`); table rows state them too ("Weighted
average remaining lease term (years) | 9.1 | 9.5", "Warrant term | 3", "Expected life (years)
| 5.5", an option grant's "10 years"), and every labelled set leaves them out. A table value is
a term when a value in years, months or no unit stands in a row that names a term ("term",
"expected life", "vesting period", "maturity", "(years)") and no useful life, or when it is in
years or months on a note that never speaks of useful lives, depreciation or amortisation.
Money stays whatever its row says (a "current maturities" row, a "(In years)" heading that
leaked into a label).
"""

from __future__ import annotations

import re

from extractor.casefold import folded, has_any
from extractor.facts import Fact
from extractor.vocabulary import DURATION_UNITS, USEFUL_LIFE_WORDS

_LIFE_WORDS = (*USEFUL_LIFE_WORDS, "useful", "amortiz", "amortis")
_TERM_LABEL = re.compile(
    r"\b(?:(?:lease|loan|contractual|remaining|expected|option|warrant|reimbursable|"
    r"repayment|vesting)\s+(?:term|life|period)s?|expected\s+(?:term|life)|vesting\s+period|"
    r"maturity|maturities)\b|\((?:in\s+)?(?:years?|months?)\)",
    re.IGNORECASE,
)


def drop_terms(facts: list[Fact], note: str) -> list[Fact]:
    """`facts` without the terms among them (`note`: the note's text, for whether it speaks of
    useful lives at all)."""
    lives: bool | None = None  # looked up once, and only when a duration needs it
    out: list[Fact] = []
    for f in facts:
        label = folded(f.label or "")
        if has_any(label, _LIFE_WORDS):
            out.append(f)
            continue
        if f.unit not in DURATION_UNITS and f.unit is not None:
            out.append(f)  # money, rates, shares: a "current maturities" row is money
            continue
        if _TERM_LABEL.search(f.label or "") and (f.unit is not None or " / " not in f.label):
            # "Warrant term | 3", "Expected life (years) | 5.5"; a value with no unit only
            # under its own row's words (a column heading joined to a count may misname it)
            continue
        if f.unit in DURATION_UNITS:
            if lives is None:
                lives = has_any(folded(note), _LIFE_WORDS)
            if not lives:
                continue  # years or months on a note that states no useful life
        out.append(f)
    return out
