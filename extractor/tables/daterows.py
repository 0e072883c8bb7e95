"""Balance rows that name their date: "As at April 1, 2022", "Balance, June 30, 2022",
"BALANCE JUNE 30, 2022", and in a roll-forward laid down the page under segment columns
"December 31, 2022" or "Goodwill - January 1, 2023"; the instant each names and the span of
the movement rows between two of them (FACTS.md 1.1)."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from extractor.periods import parse_date, parse_header_date
from extractor.tables.totals import agrees
from extractor.vocabulary import MONTH
from extractor.weekyears import is_month_end

# what a balance row holds ("Balance", "Outstanding", "Unvested"): rollforward.py reads it too
HELD = r"(?:balances?|outstanding|exercisable|(?:non|un)?vested)"

_DATE_ONLY = re.compile(
    r"^(?:balance\s+)?(?:as\s+(?:at|of)|at)\s+\w+\.?\s+\d{1,2},?\s+\d{4}$", re.IGNORECASE
)


def names_only_a_date(label: str) -> bool:
    """'As at April 1, 2022': a balance row whose label is only its date."""
    return bool(_DATE_ONLY.match(label))


_AS_AT_TAIL = re.compile(r"\b(?:as\s+(?:at|of)|at)\s+(.+)$", re.IGNORECASE)


# "Reserve June 30, 2023", "Balance, December 31, 2022": a balance row named by its date alone
_HELD_ON = re.compile(rf"^(?:{HELD}|reserves?|accruals?)\s*,?\s+(?P<date>{MONTH}.+)$",
                      re.IGNORECASE)


# An equity statement's balance rows name their date after the balance word alone:
# "BALANCE JUNE 30, 2022", "Balances, Jan 28, 2024", "Equity - April 1, 2025".
_BALANCE_THEN_DATE = re.compile(
    r"^(?:balances?|(?:total\s+)?(?:stockholders[’']?\s+|shareholders[’']?\s+)?equity)"
    r"\s*[,:–—-]?\s+(?=\w)(.+)$",
    re.IGNORECASE,
)


# A balance row named by its date alone or after its measure and a dash, in a roll-forward
# laid down the page under segment or component columns: "December 31, 2022", "January 1,
# 2025", "Goodwill - January 1, 2023"
_DASH_DATE = re.compile(r"^(?:[A-Za-z][\w ,'’]{0,40}?\s+[-–—]\s+)?(?P<date>.+)$")


@lru_cache(maxsize=4096)
def bare_date(label: str) -> str | None:
    """'December 31, 2020', 'Goodwill - January 1, 2023': the instant a row label that is a
    date names; None for other labels."""
    m = _DASH_DATE.match(label.strip())
    return parse_header_date(m.group("date")) if m else None


def dated_rows(labels: Sequence[str], sums: Sequence[float] | None = None) -> dict[int, str]:
    """Per row index, the instant a balance row names (`row_date`). Rows that are a date
    alone or a measure and a dash before it ("December 31, 2022", "Goodwill - January 1,
    2023") count only as a roll-forward's: two or more, in rising order, each the one before
    plus the rows between (`sums`: each row's values added up; without them, none count;
    `_rolls`).
    Dates whose rows do not roll forward are a list of due or issue dates ("April 22, 2024 |
    $1,500 | Fixed | 3.300%")."""
    named = {k: d for k, label in enumerate(labels) if (d := row_date(label)) is not None}
    bare = {k: d for k, label in enumerate(labels) if k not in named and (d := bare_date(label))}
    keys = sorted(bare)
    if sums is None or len(keys) < 2:
        return named
    for a, b in itertools.pairwise(keys):
        if not (bare[a] < bare[b] and b - a >= 2 and _rolls(sums, a, b)):
            return named
    return {**named, **bare}


def _rolls(sums: Sequence[float], a: int, b: int) -> bool:
    """Row b is row a plus the rows between, or plus the last of them alone (a "Total change
    for the period" row after the movements it adds up)."""
    n = b - a + 1
    return agrees(sums[b], sum(sums[a:b]), n) or agrees(sums[b], sums[a] + sums[b - 1], n)


@lru_cache(maxsize=4096)
def row_date(label: str) -> str | None:
    """'As at April 1, 2022' / 'Balance as of December 31, 2023' / 'Balance, June 30, 2022' /
    'Reserve June 30, 2023'
    -> the instant it names."""
    m = _AS_AT_TAIL.search(label)
    if m is None:
        m = _BALANCE_THEN_DATE.match(label.strip())
    if m:
        return parse_date(m.group(1))
    m = _HELD_ON.match(label)
    if m:
        return parse_date(m.group("date"))
    return None


# "As at April 1, 2022": the date alone, no balance named
_JUST_A_DATE = re.compile(r"^\s*(?:as\s+(?:at|of)|at)\s", re.IGNORECASE)


def _month_end(iso: str) -> bool:
    try:
        return is_month_end(iso)
    except ValueError:
        return True  # no date to say otherwise


def balance_row_dates(labels: Sequence[str], page_period: str | None = None,
                      sums: Sequence[float] | None = None) -> dict[int, str]:
    """Per row index, the instant of a balance row named by its date. "Balance at January 1,
    2024" is the balance the day opens with, so the instant of the day before (2023-12-31),
    as the contract dates "Balance, January 1" (FACTS.md 1.1) and filers tag it; other days
    are their own ("Balance at December 31, 2024"), and so is a row that is its date alone
    ("As at April 1, 2022", which the labelled notes keep as written). Where the page's period
    or another dated row ends on a day that is no month's last (52/53-week years: "Nov. 29,
    2024", "Balances at December 2, 2022"), a first of the month can end a year ("Balances at
    December 1, 2023"): every date stays as written."""
    named = dated_rows(labels, sums)
    ends = [d for d in named.values() if not d.endswith("-01")]
    if page_period is not None:
        ends.append(page_period.split("/")[-1])
    if not all(_month_end(d) for d in ends):
        return named
    out = dict(named)
    for k, d in named.items():
        if d.endswith("-01") and not _JUST_A_DATE.match(labels[k]):
            with contextlib.suppress(ValueError):
                out[k] = (date.fromisoformat(d) - timedelta(days=1)).isoformat()
    return out


def movement_periods(labels: list[str], sums: Sequence[float] | None = None) -> dict[int, str]:
    """In a roll-forward whose balance rows name their dates ("As at April 1, 2022" ... "As at
    March 31, 2023"), the movement rows between two such rows cover the span between them
    ("P12M/2023-03-31")."""
    dated = sorted(dated_rows(labels, sums).items())
    out: dict[int, str] = {}
    for (a, start), (b, end) in itertools.pairwise(dated):
        y1, m1, d1 = (int(x) for x in start.split("-"))
        y2, m2, _ = (int(x) for x in end.split("-"))
        months = (y2 - y1) * 12 + (m2 - m1) + (1 if d1 == 1 else 0)
        if months <= 0:
            continue
        for k in range(a + 1, b):
            out[k] = f"P{months}M/{end}"
    return out
