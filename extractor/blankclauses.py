"""Blank slots between a word that introduces an amount and the clause that goes on without it.

The viewer drops the number and the sentence reads on: "accrued interest of were outstanding",
"gross decreases ofrelated to prior-year positions", "a gain ofthat was recorded", "gains
were in 2024 and $0.2 million in 2023", "past due loans totaled at both December 31, 2024 and
2023", "$4.1 million paid in the United States and paid in other countries", "legal fees of and
paid a placement fee". The word before the gap wants an amount and the word after it cannot
begin one: the gap is the slot. Each shape needs both sides; one side alone ("the sale of
related products", "were in compliance") is no slot.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.casefold import has_any
from extractor.vocabulary import CURRENCY, MONTH, RELATIVE_PERIOD, YEAR

if TYPE_CHECKING:
    from extractor.blanks import _Slots

_FINITE = r"(?:was|were|is|are|had|has|have)"
# "of were outstanding", "totaled were", "ofrelated to", "of that was recorded": an auxiliary,
# "related to" or a relative clause straight after a word that wants its amount ("as of",
# "instead of", "all of" and the like are no lead)
_LEAD_BEFORE_CLAUSE = re.compile(
    r"(?=[ota])(?<=[a-z]{3}[\s-])(?<!\bas\s)(?<!instead\s)(?<!because\s)(?<!\bout\s)(?<!\ball\s)"
    r"(?<!\bsome\s)(?<!\bmost\s)(?<!\beach\s)(?<!\bnone\s)(?<!\bboth\s)(?<!\bmany\s)"
    r"(?<!\bone\s)(?<!\bany\s)"
    rf"(?:of|totall?ed|amounted\s+to|aggregated)(?P<w>)\s?(?=\b{_FINITE}\b|relat(?:ed|ing)\s+to\b"
    # "declared a dividend of to its parent"
    rf"|that\s+{_FINITE}\b|(?<=of\s)to\s+(?:its|their|our|the)\s)"
)
# "gross realized gains were in 2024 and $0.2 million in 2023": a copula, then the first year
# of a list whose next amount is stated
_COPULA_BEFORE_YEAR_LIST = re.compile(
    rf"\b(?:was|were)(?P<w>)(?=\s+in\s+(?:fiscal\s+|FY\s?)?{YEAR}\s*(?:,\s*(?:and\s+)?|and\s+)"
    rf"(?:{CURRENCY})?\s?\d)"
)
# "impairments of equity investments were in fiscal 2024.": a copula, then a year ending its
# clause
_COPULA_BEFORE_YEAR_STOP = re.compile(
    rf"\b(?:was|were)(?P<w>)(?=\s+in\s+(?:fiscal\s+|FY\s?)?{YEAR}\s*[.;](?:\s|$))")
# "other comprehensive loss were for the three months and $0.3 million for the nine months":
# a copula before the period phrase of a reporting period
_COPULA_BEFORE_PERIOD = re.compile(
    r"(?=w[ae])\b(?:was|were)(?P<w>)(?=\s+(?:for|during)\s+the\s+(?:three|six|nine|twelve|first|second|"
    r"third|fourth|fiscal|year|quarter)\b)"
)
# "loans past due 90 days and still accruing totaled at both December 31, 2024 and 2023"
_TOTAL_AT_DATE = re.compile(
    rf"\b(?:totall?ed|amounted\s+to|aggregated|(?<=[a-z] )(?:was|were))(?P<w>)"
    # ("... as of December 31, 2024 and 2023, respectively; guarantees totalled at both dates")
    rf"(?=\s+(?:at|as\s+of)\s+both\s+(?:{MONTH}|dates\b))"
)
# "$4.1 million paid in the United States and paid in other countries": the second amount of
# the same participle and preposition dropped before it ("paid in cash and paid out" is none)
_AND_SAME_PARTICIPLE = re.compile(
    r"\d(?:\s(?:million|thousand|billion))?\s+(?:(?:was|were)\s+)?(?P<verb>[a-z]{3,}ed|paid|held|"
    r"made)\s+(?P<prep>in|to|as|within|under|by|for|from)\b[^.;$]{0,60}?"
    r"\sand(?P<w>)(?=\s+(?P=verb)\s+(?P=prep)\b)"
)
# "reimbursed the lender's legal fees of and paid a placement fee": "of", then "and" and the
# verb of the next clause ("as of and for", "the end of and" are no slot)
_OF_BEFORE_AND_VERB = re.compile(
    r"(?=of\s+and\s)(?<!\bas\s)(?<!\bend\s)\bof(?P<w>)(?=\s+and\s+(?:paid|made|drew|repaid|received|incurred|"
    r"recorded|recogni[sz]ed|issued|granted|sold|purchased|borrowed|reimbursed)\b)"
)
# "$0.4 million in the quarter then ended andin the comparable prior-year period": "and"
# glued to the period phrase of the list's next amount (no word, so always a seam)
_AND_GLUED_PHRASE = re.compile(
    rf"\band(?P<w>)(?=(?:in|for|during)\s+the\s+"
    rf"(?:{RELATIVE_PERIOD}|year[- ]ago|(?:first|second|third|fourth)\s+quarter|"
    rf"(?:three|six|nine)[- ]month)\b)"
)
# "$13.9 million of customer relationships andof trade names", "increased goodwill byand
# reduced": two function words glued where the amount between them was dropped
_GLUED_AROUND_AND = re.compile(r"\band(?P<w>)(?=(?:of|to|by)\s)|\bby(?P<v>)(?=and\s)")
# "lease termination charges of, both within restaurant closure costs": "of" before a comma,
# after a measure's noun only ("a process consisting of, depending on the risk, ..." is none)
_OF_BEFORE_COMMA = re.compile(
    r"\b(?:charges?|costs?|fees?|expenses?|gains?|loss(?:es)?|income|revenues?|proceeds|"
    r"payments?|benefits?|provisions?|impairments?|reserves?|balances?|credit|deposits?|"
    r"interest|borrowings|repayments)\s+of(?P<w>)(?=,\s)")
# "..., respectively, and and shares of Series A preferred": "and" twice, a count gone after each
_AND_AND = re.compile(r"\band(?P<w>)(?=\s+and\b)")
_AND_AND_SHARES = re.compile(r"(?<=\band )and(?P<w>)(?=\s+(?:[A-Z][\w-]*\s+){0,3}shares\b)")
# "(2022: and )", "(fiscal 2024: gain of )": a comparative whose amounts are all gone
_EMPTY_COMPARATIVE_ITEMS = re.compile(
    r"(?:(?:19|20)\d\d\s?:(?P<w>)(?=\s+and\s?\))|(?<=[a-z]{3}\s)of(?P<v>)(?=\s?\)))"
)
# "warrants forshares were exercised": a count dropped between the word and its unit
_GLUED_SHARES = re.compile(r"\b(?:for|of|to|approximately|totall?ing)(?P<w>)(?=shares\b)")


def clause_slots(found: _Slots, low: str) -> None:
    """Add to `found` the slots a dropped amount left between its lead word and a clause that
    cannot begin an amount (`low`, the folded text, skips scans whose words it lacks)."""
    text = found.text
    for pattern, needs in ((_LEAD_BEFORE_CLAUSE, ("of", "total", "amount", "aggregat")),
                           (_COPULA_BEFORE_YEAR_LIST, (" in ",)),
                           (_COPULA_BEFORE_YEAR_STOP, (" in ",)),
                           (_COPULA_BEFORE_PERIOD, (" the ",)), (_TOTAL_AT_DATE, ("both",)),
                           (_AND_SAME_PARTICIPLE, (" and ",)), (_OF_BEFORE_AND_VERB, (" and ",)),
                           (_EMPTY_COMPARATIVE_ITEMS, (")",)),
                           (_AND_GLUED_PHRASE, ("andin", "andfor", "andduring")),
                           (_GLUED_AROUND_AND, ("andof", "andto", "andby", "byand")),
                           (_OF_BEFORE_COMMA, ("of,",)), (_AND_AND, ("and and",))):
        if not has_any(low, needs):
            continue
        for m in pattern.finditer(text):
            at = m.start("w") if m.group("w") is not None else m.start("v")
            if found.free(at) and found.free(max(0, at - 1)):
                found.slot(at, None, 0, "money", (at, at))
    for m in _GLUED_SHARES.finditer(text) if "shares" in low else ():
        at = m.start("w")
        if found.free(at):
            found.slot(at, "share", 0, "share", (at, at + len("shares")), explicit=True)
    for m in _AND_AND_SHARES.finditer(text) if "and and" in low else ():
        at = m.start("w")
        if found.free(at):
            found.slot(at, "share", 0, "share", (at, at), explicit=True)
