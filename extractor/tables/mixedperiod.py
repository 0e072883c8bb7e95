"""Tables introduced for a year and its end at once ("transactions and balances ... for the
year ended/as at March 31, 2020"): flows take the year, balances its end.

The period reader sees the instant ("as at March 31, 2020") nearest the date; here the same
sentence is read again without the "as at" to get the duration, and a row whose label names
a balance ("Amounts receivable ...", "Balance due", "Outstanding ...") keeps the instant.
"""

from __future__ import annotations

import re

from extractor.periods import find_periods
from extractor.tables.kinds import has_number
from extractor.tables.model import Table

_BOTH = re.compile(
    r"\bended\s*(?:/\s*|,?\s+(?:and|or)\s+)(?P<asat>as\s+(?:at|of)\s+)", re.IGNORECASE
)
_BALANCE = re.compile(
    r"^(?:amounts?\s+(?:receivable|payable|due|outstanding)|balances?\b|outstanding\b)"
    r"|\b(?:receivables?|payables?)\b(?!\s+(?:written|collected|paid))",
    re.IGNORECASE,
)


def flow_period(intro: str) -> str | None:
    """The duration of an intro that names a period and its end together ("for the year
    ended/as at March 31, 2020" -> P12M/2020-03-31), else None."""
    m = _BOTH.search(intro)
    if m is None:
        return None
    # "for the year ended/as at March 31, 2020" read as "for the year ended March 31, 2020"
    joined = intro[: m.start()] + "ended " + intro[m.end("asat"):]
    for p in find_periods(joined):
        if p.kind == "duration" and len(set(p.periods)) == 1:
            return p.periods[0]
    return None


def is_balance_label(label: str) -> bool:
    """Whether a row label names a balance at a date rather than a flow over a period."""
    return bool(_BALANCE.search(label))


# "Reconciliation of cash, cash equivalents, and restricted cash to the consolidated balance
# sheets", "Amounts recognized in Consolidated Statements of Financial Position consist of:"
_ON_BALANCE_SHEET = re.compile(
    r"\b(?:balance\s+sheets?|statements?\s+of\s+financial\s+(?:position|condition))\b",
    re.IGNORECASE)


def balance_sheet_section(section: str | None) -> bool:
    """A section of balance-sheet amounts under duration columns: balances at the columns'
    end, as a roll-forward's closing row (FACTS.md 1.1)."""
    return bool(section and _ON_BALANCE_SHEET.search(section))


def intro_period(table: Table, label: str, period: str | None) -> str | None:
    """A value's period where its column or row gives none, or gives only the intro's date:
    the intro's instant, but its year for the flows of a table "for the year ended/as at"
    that date (balances keep the date)."""
    period = period or table.default_instant
    if table.default_flow and period == table.default_instant and not is_balance_label(label):
        return table.default_flow
    return period


def row_label_dates(table: Table) -> list[tuple[int, int, tuple[str, ...]]]:
    """Row labels that state amounts of their own under two or more columns of distinct
    instants (a balance sheet's "15,116,786 and 15,550,061 shares issued and outstanding,
    respectively", "Treasury stock, at cost (160 and 146 shares)"): each label's span and
    the columns' dates in order, for the prose reader to date the label's list by (the
    "respectively" points at the columns)."""
    periods = tuple(c.period or "" for c in table.columns)
    if len(periods) < 2 or len(set(periods)) != len(periods) or any(
            not p or p.startswith("P") for p in periods):
        return []
    return [(r.label_cell.start, r.label_cell.end, periods) for r in table.rows
            if r.label_cell is not None and has_number(r.label_cell.text)]
