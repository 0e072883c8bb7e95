"""Dated edges over a roll-forward laid across.

A roll-forward may be laid across with its two balances dated in the header: "Balance |
Additions | Divestitures | Adjustments | Balance" over "1/1/2025 | 6/30/2025" (goodwill by
segment, one row per segment). The two dates are not two columns of comparatives: they date
the first and the last column, and the headings between are the movements of the period they
bound. The table is read as a headerless roll-forward across (`rollforward.across_periods`,
which checks that each row's first value plus its movements is its last) over that period:
the opening balance the instant before it starts, the closing balance its end (FACTS.md 1.1).
Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from extractor.tables.header import TableColumn

# a heading naming a balance at an edge: "Balance", "Beginning Balance", "Balance at", "Ending
# balances", "Balance 1/1/2025", "January 1 2024 Balance"; a caption's "Condensed Balance
# Sheets" names no edge
_BALANCE = re.compile(
    r"^(?:[\w/,]+\s+){0,3}?(?:(?:opening|beginning|closing|ending)\s+)?balances?\b(?!\s+sheets?\b)(?:\s+(?:at|as\s+of)\b)?"
    r"(?:\s+[\w/,]+){0,3}$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]{3,}")


def _is_balance(heading: str) -> bool:
    return bool(_BALANCE.match(heading.strip()))


def edge_period(columns: Sequence[TableColumn], headings: Sequence[str]) -> str | None:
    """The duration two dated balance columns bound ("1/1/2025" and "6/30/2025" under
    "Balance | ... | Balance": `P6M/2025-06-30`), when the header holds exactly two instant
    columns, the earlier first, and its worded headings hold two balance headings with at
    least one movement heading between them. A first date on the first of a month opens the
    period that day ("1/1/2025": after 2024-12-31), another date is the period's opening
    instant itself ("December 31, 2024"). None for any other header: comparatives ("Balance
    at December 31, 2024 | Balance at December 31, 2023") have nothing between."""
    if len(columns) != 2:
        return None
    try:
        first, last = (date.fromisoformat(c.period or "") for c in columns)
    except ValueError:
        return None  # a duration or an undated column
    worded = [h for h in headings if _WORD.search(h)]
    edges = [k for k, h in enumerate(worded) if _is_balance(h)]
    if len(edges) < 2 or edges[-1] - edges[0] < 2:
        return None
    opening = first - timedelta(days=1) if first.day == 1 else first
    months = (last.year - opening.year) * 12 + last.month - opening.month
    if months <= 0 or last <= first:
        return None
    return f"P{months}M/{last.isoformat()}"
