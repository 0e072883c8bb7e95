"""Whether a Details row's line item is a balance or a flow, by the words of its label.

A 10-Q Details page often holds, side by side, the quarter's and the year-to-date's duration
columns and the two balance dates ("3 Months Ended | 9 Months Ended |" over "Sep. 30, 2024 |
Sep. 30, 2023 | Sep. 30, 2024 | Sep. 30, 2023 | Sep. 30, 2024 | Dec. 31, 2023"). The viewer
drops the empty cells, so "Long-term debt, gross | $ 1,842,500 | $ 1,905,000" shows two values
and nothing says which two columns. XBRL gives every concept one period type: a balance
("debt", "payable", "outstanding", "carrying amount") stands on instants, a flow ("expense",
"incurred", "proceeds", "granted") on durations. The label's words tell which, often enough to
weigh a row's choice between the two kinds of column (never to force it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from extractor.document import Column
from extractor.tables.rollforward import is_closing, is_opening
from extractor.weekyears import is_month_end

TimeKind = Literal["instant", "duration"]

# Words that make a line item a balance whatever else it names: "Deferred revenue",
# "Unrecognized compensation cost", "Accrued interest", "Interest payable".
_BALANCE_FIRST = re.compile(
    r"(?i)\b(?:deferred|unrecogni[sz]ed|unamorti[sz]ed|accrued|accumulated|payables?|at cost|"
    r"receivables?|outstanding|balances?|carrying|capacity|remaining|unused|available|"
    r"fair value|aggregate principal|principal amount|face amount|gross unrealized|"
    r"non-?current|end of (?:the )?(?:period|year|quarter)|due (?:to|from)|authori[sz]ed|"
    r"issuable|reserved)\b|,\s*current$"
)
# A movement over the period: these name a flow even of a balance's noun ("Liabilities
# incurred", "Loans charged off", "Proceeds from borrowings").
_FLOW = re.compile(
    r"(?i)\b(?:expenses?|income|revenues?|sales|costs?|incurred|accretion|settled|obtained|"
    r"settlements?|paid|payments?|proceeds|repayments?|repaid|granted|exercised|forfeited|"
    r"vested|issued|issuance|exercises?|provisions? for|charge-?offs?|charged off|recoveries|"
    r"amorti[sz]ation|depreciation|impairment|purchases?|dividends|gains?|losses? on|"
    r"earnings|compensation|repurchase[ds]?|redeemed|fees|"
    r"additions|disposals|write-?offs?|written off|contributions|distributions|"
    r"borrowings under|draw(?:n|downs?)|net (?:income|loss)|during the (?:period|year))\b"
)
# A movement of a balance, whatever the balance's words: "Change in fair value", "Net decrease
# in deposits", "Increase (decrease) in accrued liabilities"
_CHANGE_IN = re.compile(
    r"(?i)^(?:net\s+)?(?:changes?|increases?|decreases?|movements?)(?:\s*\(decrease\))?\s+in\b")
# Nouns of a balance when no flow word is there: "Long-term debt, gross", "Deposits".
_BALANCE_NOUN = re.compile(
    r"(?i)\b(?:debt|liabilit(?:y|ies)|obligations?|assets?|deposits?|borrowings?|loans?|"
    r"notes?|reserves?|allowance|inventor(?:y|ies)|goodwill|equity|investments?|"
    r"commitments?|guarantees?|collateral|letters? of credit)\b"
)


def time_columns(cols: Sequence[Column], events: bool = False) -> dict[str, set[int]]:
    """The columns a flow's and a balance's values stand in, on a page of durations beside
    balance dates that are period ends (a month's, a 52/53-week year's, a duration's own day,
    or a subsequent event's after every duration; no event's day among them): flows on the
    durations; balances on the instant columns when one of them is a day a duration also
    ends on (else the viewer prints the balances of a duration's last day under the
    duration, and the instant columns hold other days' only). Empty when the page is not of
    that kind. `events`: the page heads an event's day "1 Months Ended"; a flow there is read
    as the other durations' (the event's own row names its event) and an event's instant day
    is allowed."""
    durations = {j for j, c in enumerate(cols) if (c.period or "").startswith("P")
                 and not (events and (c.period or "").startswith("P1M/"))}
    ends = {(cols[j].period or "")[-10:] for j in durations}
    instants = {j: c.period for j, c in enumerate(cols)
                if c.period and not c.period.startswith("P")}
    latest = max(ends) if ends else ""
    # (a subsequent event's day after every duration, "Oct. 14, 2025", is no event page's)
    if not ends or not instants or not (events or all(
            p in ends or _near_month_end(p) or p > latest for p in instants.values())):
        return {}
    return {"duration": durations,
            "instant": set(instants) if ends & set(instants.values()) else set()}


def _near_month_end(day: str) -> bool:
    """A month's end, or a 52/53-week year's end within a week of one ("Dec. 28, 2024"), not
    an event's day ("May 17, 2017")."""
    return is_month_end(day) or int(day[8:10]) >= 24 or int(day[8:10]) <= 3


def time_kind(label: str) -> TimeKind | None:
    """"instant" for a balance's label, "duration" for a flow's and for a roll-forward's
    opening or closing balance (the viewer prints it in the duration column it opens or
    closes), None when the words say neither (or both without one that decides)."""
    if is_opening(label) or is_closing(label):
        return "duration"  # a roll-forward's edge stands in the duration it opens or closes
    if _CHANGE_IN.search(label):
        return "duration"  # "Change in fair value", "Net increase in deposits": a movement
    balance, flow = _BALANCE_FIRST.search(label), _FLOW.search(label)
    if balance and not (flow and _leads(flow, balance, label)):
        return "instant"
    if flow:
        return "duration"
    if _BALANCE_NOUN.search(label):
        return "instant"
    return None


_OBJECT_AFTER = re.compile(r"(?i)\s*(?:of|from|on|for|to|in)\b")


def _leads(flow: re.Match[str], balance: re.Match[str], label: str) -> bool:
    """Whether a flow word leads the balance's words as the head of a phrase ("Proceeds from
    long-term debt", "Payments of accrued interest", "Amortization of deferred costs")."""
    return flow.start() < balance.start() and _OBJECT_AFTER.match(label, flow.end()) is not None
