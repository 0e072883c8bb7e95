"""What can name a party: the words, documents, periods and standards that never do.

`is_party` is the one test every reader of entities applies (prose, tables, Details member
rows); `trim_name` cuts a captured proper name at the words that cannot belong to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.vocabulary import ACCOUNTING_ACRONYMS, CURRENCIES, CURRENCY_CODE, MARKS, MONTHS

_LOW_WORD = re.compile(r"[a-z&]+")

NOT_ENTITIES = {
    "company", "revised", "amended", "restated",  # "the Revised 2023 Plan": a document's name
    "group", "the company", "the group", "we", "us", "our", "prc", "rmb", "usd", "us$", "hkd",
    "hksar", "vie", "vies", "wfoe", "board", "management",
    "codm",  # the company's own chief operating decision maker, who reviews the segments
    "ipo", "sec", "gaap", "us gaap", "u.s. gaap", "ifrs", "asc", "asu", "fasb", "plan",
    "agreement", "the plan", "the agreement", "the bank", "renminbi", "jpy", "eur", "sgd", "krw",
    "myr", "mainland", "hong kong", "china",
    # whoever buys the company's own securities, unnamed ("one or more investors (the
    # “Investors”)"): the labelling gives such an offering no entity
    "investor", "investors", "purchaser", "purchasers", "subscriber", "subscribers", "holder",
    "holders",
}
# What an accounting standard's name opens with ("ASC Topic 842", "IFRS 16", "ASU 2016-02").
_STANDARDS = frozenset({"asc", "asu", "ifrs", "ias", "fasb", "sfas", "gaap", "topic", "iasb"})
# A name holding a year or a day of a month, or opening with "fiscal", is a period's name.
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|^fiscal\b|\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+\d{1,2}\b"
)
# Words of the statements and their line items: a name made only of them names no party
# ("of Income", "of Financial Position", "to Revenue", "Rule 10b5-1"); "Corporate and Other"
# is a segment, so "corporate" is not one of them.
_STATEMENT_WORDS = frozenset({
    "income", "operations", "operating", "revenue", "revenues", "net", "financial", "position",
    "statement", "statements", "cash", "flows", "flow", "other", "comprehensive", "loss",
    "losses", "earnings", "balance", "sheet", "sheets", "rule", "total", "inventories", "diluted",
    "basic", "activities", "instruments", "equity", "expense", "expenses", "assets",
    "liabilities", "aoci", "consolidated", "condensed", "of", "and", "&", "from", "to", "the",
})
NAME_WORD = (
    r"(?:[A-Z][\w&'’\-]*\.?|\([A-Z][\w ]*\)|&|of|and|de|la|Co\.,?|Ltd\.?|Inc\.?|L\.?L\.?C\.?)"
)

CURRENCY_WORDS = re.compile(rf"^{CURRENCY_CODE}(?![a-z])|.*\d")

_NOT_NAME_STARTS = frozenset({
    "The", "This", "These", "Such", "In", "On", "As", "For", "During", "Note", "Notes", "Level",
    "Under", "Pursuant", "Upon", "After", "Before", "Each", "All", "Any", "Total",
    # a class, series or tranche of the company's own securities ("the Class 5 Negotiable
    # Obligations", "Series B Preferred Stock"), and the board that decides ("authorized by
    # the Board of Directors"): never a party to the amounts in prose
    "Class", "Series", "Tranche", "Board",
})
# Documents, programmes and instruments are what an amount is under, not whom it is about.
DOCUMENT_NAME = re.compile(
    r"(?i)\b(?:program|programme|plan|scheme|agreement|facility|facilities|notes?|debentures?|"
    r"act|offering|options?|warrants?|awards?|units|forecast|scenario|policy|contract|"
    r"amendment|indenture|line of credit|credit line|loan|"
    # a law or code is what an amount is under, never a party ("the EIT Law", "PRC Company
    # Law", "Section 382 of the Internal Revenue Code")
    r"laws?|code|regulations?|rules|circular)$"
)


# An entity ending in one of these is a time, a programme, a scenario, a document or the
# company's own securities: no party ("Grant Date", "Less than One Year", "Line of Credit",
# "2021 Plan", "Forecast", "Common Stock", "Series A Preferred Stock").
NOT_PARTY_END = re.compile(
    r"(?i)\b(?:notes?|agreements?|facility|facilities|plans?|programs?|programmes?|schemes?|"
    r"forecast|scenario|credit|date|dates|period|periods|years?|quarters?|months?|days?|"
    r"time|closing|offering|transaction|merger|acquisitions?|combination|stock|shares|ADSs?|"
    r"total|totals|thereafter)\W*$"
)


@lru_cache(maxsize=4096)
def is_standard(name: str) -> bool:
    """Whether `name` is an accounting standard's ("ASC Topic 842", "IFRS 16", "IAS 17")."""
    words = name.strip().lower().split()
    return bool(words) and words[0].rstrip(".,") in _STANDARDS


_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=4096)
def is_party(name: str | None) -> bool:
    """Whether `name` can be an entity: not the company, a month or date, a period or a
    document word ("Grant Date", "Credit", "the Agreement", "April")."""
    if not name or not _LETTER.search(name):
        return False
    low = name.strip().lower()
    first = low.split()[0].rstrip(".,")
    if low in NOT_ENTITIES or low.removeprefix("the ") in NOT_ENTITIES:
        return False
    if low in ACCOUNTING_ACRONYMS:
        return False  # "Right of Use Asset (“ROU”)", "RSUs": what is measured, not whom
    if name.strip() in _CURRENCY_WORDS:
        return False  # "RM, respectively", "(NIS)": a currency, not a party
    if is_standard(name):
        return False  # "ASC Topic 842", "IFRS 16": a standard, not a party
    if all(w in _STATEMENT_WORDS for w in _LOW_WORD.findall(low)):
        return False  # "Statements of Operations", "Decrease to Revenue": no party
    if _DATED.search(low):
        return False  # "Balance June 30, 2023", "Equity - June 30, 2024", "Fiscal 2026"
    if first in MONTHS and re.fullmatch(r"[a-z]+\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?", low):
        return False  # "April", "May 5, 2021"; "May Holdings Ltd." is a party
    if _NAME_LIST.match(name) and not _LEGAL_FORM.search(name):
        return False  # "Industrial Automation, Flow Control and Aftermarket Services": several
    return not NOT_PARTY_END.search(name) and not DOCUMENT_NAME.search(name)


_CURRENCY_WORDS = frozenset(MARKS) | frozenset(CURRENCIES.values())
# Three proper names or more listed ("A, B and C"): several parties or segments, none of
# them one (a described list, "directors, executive officers and their related interests",
# stays)
_NAME_LIST = re.compile(r"^[A-Z][^,]*(?:,\s+[A-Z][^,]*)+,?\s+(?:and|&)\s+[A-Z][^,]*$")
_LEGAL_FORM = re.compile(
    r"(?i)\b(?:co|corp|inc|ltd|llc|llp|lp|l\.p|plc|limited|gmbh|s\.a|n\.a|n\.v|b\.v|ag|"
    r"partners|company)\b")


@lru_cache(maxsize=4096)
def trim_name(name: str) -> str | None:
    """Cut a captured proper name at words that cannot belong to it."""
    name = re.split(r"\s+(?:and|of)\s+(?=[a-z])|\s*\(“|\s*\(\"", name)[0]
    name = re.sub(r"\s+(?:of|and|&)$", "", name.strip()).rstrip(",")
    if re.search(r"[’']s\b", name):
        return None
    words = name.split()
    if not words:
        return None
    if words[0] in _NOT_NAME_STARTS or words[0].rstrip(".,").lower() in MONTHS:
        return None
    if DOCUMENT_NAME.search(name):
        return None  # "the Paycheck Protection Program", "the 2021 Plan": not a party
    if words[0].rstrip(",.").lower() in ("company", "group", "company’s", "group’s"):
        return None
    low = [w.lower().rstrip(".,;:") for w in words if w.lower() not in ("and", "&", "or")]
    if all(w in NOT_ENTITIES or w in ACCOUNTING_ACRONYMS for w in low):
        return None  # "RSAs and RSUs": the company's own awards
    if len(name) < 3 or not is_party(name):
        return None
    return name
