"""Details members: which name a party, and which say which figures (a scenario, one of the
company's own instruments or programmes, a measurement basis) and so lead the label instead.
"""

from __future__ import annotations

import re

from extractor.measurebasis import measure_basis
from extractor.names import CURRENCY_WORDS, NOT_PARTY_END, is_standard
from extractor.vocabulary import MONTHS, PLACES

# Details members that are not parties. A scenario ("Forecast", "Scenario, Previously
# Reported", "Subsequent Event") says which figures, not about whom. One of the company's own
# instruments or programmes ("Promissory Note Feb 2012", "Convertible Notes Payable", "2019
# Equity Plan") is what the rows are under; a class of debt or asset ("Commercial Paper",
# "Unsecured Loans", "Vehicles") stays the entity, as gold/LABELLING.md records.
_SCENARIO_MEMBER = re.compile(
    r"(?i)^(?:scenario[,:]?\s*)?(?:forecast|scenario|plan|budget|pro ?forma|previously reported|"
    r"as reported|restatement(?: adjustment)?|adjustments?|revision|as revised|restated|"
    # the standard taxonomy's "Subsequent Event [Member]": when, not whom
    r"subsequent events?)$"
)
# Modifiers stack ("Convertible Promissory Note", "Senior Secured Notes"): all of them are
# the instrument's words, none a party's name. "Convertible Debt" is the company's own
# instrument as "Convertible Notes" is; a bare "Debt" or "Debt Securities" stays a class.
_INSTRUMENT_MEMBER = re.compile(
    r"(?i)(?<![\w-])(?:(?:promissory|convertible|senior|secured|unsecured|demand|term) )*"
    r"(?:notes?|debentures?|plan|program|programme|scheme|agreement|facility|"
    r"line of credit|credit line|(?<=convertible )debt(?! securit))(?:\s+payable)?\b"
    # the company's own equity and its awards ("Restricted Stock Units (RSUs)", "Employee
    # Stock Option", "Series A Preferred"): what the rows count, not whom they are about
    r"|(?<![\w-])(?:restricted stock(?: units?| awards?)?|(?:restricted|performance|deferred)"
    r"(?: stock| share)? units?|(?-i:RSUs?|PSUs?)\b|performance shares|(?:employee )?"
    r"(?:stock|share) options?|warrants?|(?:series [a-z]\w* )?preferred(?: stock| shares)?|"
    r"common stock|ordinary shares)"
)
_LOAN_MEMBER = re.compile(r"(?i)(?<![\w-])(?:(?:bank|term) )?loans?\b")
# (the labelling brief since round 8, gold/synthetic/s8/BRIEF.md)
# A loan of the company's own, named by its series ("Term Loan A", "Term Loan B", "Term
# loan IV") or as its one term loan: an instrument, not a class of debt
_OWN_LOAN = re.compile(r"(?i)^term\s+loan(?:\s+(?-i:[A-Z]|[IVX]{1,4}|\d{1,2}))?$")
# What an instrument's member may add that is not a party: a date, a number, a series mark.
_MEMBER_QUALIFIER = re.compile(
    r"(?i)^(?:#?\d[\d\-/.,]*|series|tranche|one|two|three|four|five|first|second|third|and|with|"
    r"to|from|the|of|by|dated|issued|granted|held|related|party|parties|equity|incentive|stock|"
    r"share|option|omnibus|"
    r"employee|purchase|compensation|long-term|short-term|award|revolving|credit|loan|bridge|"
    r"subordinated|exchangeable|payable|receivable|original|amended|restated|new|old|acquisition|"
    r"secured|unsecured|non|due|u\.s|u\.s\.\$|dollars?|yen|euros?|(?-i:[a-z]{1,3})\.?|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?$"
)


def member_party(member: str) -> tuple[str | None, str | None]:
    """The entity a Details member names, and the member as a label prefix when it names no
    party: 'Forecast' -> (None, 'Forecast'); 'Promissory Note IPIC' -> ('IPIC', 'Promissory
    Note IPIC'); 'Jingu' -> ('Jingu', None)."""
    m = member.strip()
    if _SCENARIO_MEMBER.match(m):
        return None, m
    if (basis := measure_basis(m)) is not None:
        return None, basis  # "Level 1", "Carrying Value": how it is measured, not whose
    if is_standard(m):
        return None, m  # "IFRS 16": the figures under a standard, about no one
    inst = _INSTRUMENT_MEMBER.search(m)
    if inst is None and _OWN_LOAN.match(m):
        return None, m
    if inst is None and _LOAN_MEMBER.search(m):
        # "K€35,000 EIB bank loan" -> EIB; "K€17,700 secured bank loans" (its own) -> none;
        # a class of debt ("Unsecured Short-term Loans") stays the entity
        party = _party_in(m, _LOAN_MEMBER)
        return (party, m) if party is not None or any(c.isdigit() for c in m) else (m, None)
    if inst is None:
        # a time bucket or a movement ("Less than One Year", "Granted during the year")
        # ("Management" is a party here: a member line names it as one)
        if m.split()[0].lower().rstrip(".,") in MONTHS:
            return None, None  # a date read as a member line: the period's, not the label's
        return (None, m) if NOT_PARTY_END.search(m) else (m, None)
    return _party_in(m, _INSTRUMENT_MEMBER), m


def _party_in(member: str, instrument: re.Pattern[str]) -> str | None:
    """The proper name beside an instrument's words: capitalised, not money, qualifier or
    series words ("Promissory Note IPIC" -> IPIC; "Convertible Notes Payable" -> none)."""
    rest = instrument.sub(" ", member).split()
    names = [w for w in rest if not _MEMBER_QUALIFIER.match(w)]
    names = [w for w in names if w[:1].isupper() and len(w) > 1 and not CURRENCY_WORDS.match(w)]
    party = " ".join(names)
    if not names or names == ["Bank"]:  # "Acquisition Bank Loan"
        return None
    # "Share Plan 2006 And India Share Plan 2006": a place the company names its own
    # programme after is no party (gold/LABELLING.md: the plan leads the label)
    return None if party.lower() in PLACES else party
