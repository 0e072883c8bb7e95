"""The year ends a note names, per year, for its bare-year columns ("2024 | 2023").

A fiscal year that does not end on December 31 moves: a 52/53-week year ends on September 28,
2024 and September 30, 2023. The page header gives one of those dates; the note's sentences
("as of September 28, 2024 and September 30, 2023", "for the year ended 30 June 2019") give
the others. A bare-year column takes the date the note names for its year, else the page's
month-day. Pure functions over text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from extractor.periods import find_periods
from extractor.vocabulary import MONTH
from extractor.weekyears import WeekRule, fiscal_year, week_rule

_AS_OF = re.compile(r"as\s+(?:of|at)\b", re.IGNORECASE)  # not "on March 3, 2024": an event
_NEAR_DAYS = 7  # a 52/53-week year ends within a week of the same month-day
_FOUR_DIGITS = re.compile(r"\d{4}")
# Only a one-year duration ("year(s) ended", "twelve months ended", "during December 31,
# 2023", "in January and December 2023") or, with a page period, an "as of"/"as at" instant
# names a year end: a line with none of these words has none, and skips the full period scan
# (the same ends, found without it).
_ENDED = re.compile(r"end(?:ed|ing)", re.IGNORECASE)
_ONE_YEAR = re.compile(r"year|12|twelve", re.IGNORECASE)
# "during" then a date ("during March 31, 2009"), or a month pair that spans the year
_DURING = re.compile(rf"during\s+(?:\d|{MONTH})|\bin\s+jan", re.IGNORECASE)
_AS_OF_ANYWHERE = re.compile(r"as\s+(?:of|at)", re.IGNORECASE)
_PERIOD_END = re.compile(r"\d{4}-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class YearEnds:
    """Month-day per year as the note names them, the month-day for other years, and whether
    bare years are durations (true when only the note's "year ended" phrases date them)."""

    by_year: dict[int, tuple[int, int]] = field(default_factory=dict)
    default: tuple[int, int] | None = None
    durations: bool = False
    weeks: WeekRule | None = None  # a 52/53-week year's rule, from the ends named

    def month_day(self, year: int) -> tuple[int, int] | None:
        """The month-day a bare `year` column ends on: the one the note names for it, else
        (a 52/53-week year) its weekday rule's, else the page's."""
        if year in self.by_year:
            return self.by_year[year]
        if self.weeks is not None and (end := self.weeks.end(year)).year == year:
            return end.month, end.day
        return self.default


def year_ends(text: str, page_period: str | None) -> YearEnds:
    """The year ends `text` names. With a page period, the dates within a week of its
    month-day (its fiscal year's ends in other years); without one, the ends of the one-year
    durations the note names ("for the year ended 30 June 2019") when they share a month-day
    (near enough) and that is not December 31."""
    page = _month_day(page_period)
    ends: list[tuple[str, bool]] = []
    for line in text.splitlines():
        if len(line) < 12 or not _FOUR_DIGITS.search(line) or not _may_name_end(line, page):
            continue
        for p in find_periods(line):
            if p.kind == "duration":
                ends.extend((q.split("/")[1], True) for q in p.periods if q.startswith("P12M/"))
            elif p.kind == "instant" and page is not None and _AS_OF.match(line, p.start):
                ends.extend((q, False) for q in p.periods)
    if page is None:
        years = [d for d, dur in ends if dur]
        common = Counter(d[5:] for d in years).most_common(1)
        if not common or common[0][0] == "12-31":
            return YearEnds()
        page = (int(common[0][0][:2]), int(common[0][0][3:]))
        found = _near(years, page)
        return YearEnds(found, page, durations=True)
    found = _near([d for d, _ in ends], page)
    return YearEnds(found, page, weeks=_weeks(page_period, found))


def _weeks(page_period: str | None, found: dict[int, tuple[int, int]]) -> WeekRule | None:
    """The 52/53-week rule the page's end and the year ends the note names follow."""
    try:
        page_end = date.fromisoformat((page_period or "").split("/")[-1])
        named = [date(y, m, d) for y, (m, d) in found.items()]
    except ValueError:
        return None
    return week_rule([page_end, *(d for d in named if d != page_end)])


def _may_name_end(line: str, page: tuple[int, int] | None) -> bool:
    """Whether `line` holds the words a phrase `year_ends` reads needs."""
    if _ENDED.search(line) and _ONE_YEAR.search(line):
        return True
    return bool(_DURING.search(line) or (page is not None and _AS_OF_ANYWHERE.search(line)))


def _near(dates: list[str], md: tuple[int, int]) -> dict[int, tuple[int, int]]:
    """Per year, the most named of `dates` that fall within a week of `md` in that year."""
    per: dict[int, Counter[tuple[int, int]]] = {}
    for d in dates:
        y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:10])
        try:
            # the same year only: "as of January 1, 2023" is no year end of a December filer
            gap = abs((date(y, m, dd) - _anchor(y, md)).days)
        except ValueError:
            continue
        if gap <= _NEAR_DAYS:
            per.setdefault(y, Counter())[(m, dd)] += 1
    return {y: c.most_common(1)[0][0] for y, c in per.items()}


def _anchor(year: int, md: tuple[int, int]) -> date:
    m, d = md
    try:
        return date(year, m, d)
    except ValueError:  # February 29 in a common year
        return date(year, m, d - 1)


def _month_day(period: str | None) -> tuple[int, int] | None:
    """(month, day) of a period's end ("P12M/2024-09-28" -> (9, 28))."""
    ym = _PERIOD_END.search(period) if period else None
    return (int(ym.group(1)), int(ym.group(2))) if ym else None


_BARE_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*:?\s*")


@lru_cache(maxsize=4096)
def bare_year(text: str) -> int | None:
    """A cell that is only a year ("2024"), as a table's or a block's heading."""
    m = _BARE_YEAR.fullmatch(text)
    return int(m.group(1)) if m else None


def block_year(text: str) -> int | None:
    """A cell that heads a block of rows with its year alone: "2024", or the fiscal year
    ("Fiscal 2024", "Fiscal year 2023", "FY2022") a 52/53-week filer heads its blocks with."""
    year = bare_year(text)
    return year if year is not None else fiscal_year(text)


def year_period(year: int, named: tuple[str, ...], ends: YearEnds,
                page: str | None = None) -> str | None:
    """The period a table block headed by a lone year ("2024" over "Adjusted Cost | Fair
    Value ...") covers, from the periods the sentence before the table names ("as of
    September 28, 2024 and September 30, 2023"): the one in that year, else a period of the
    same kind on the year end the note names for it. Where the sentence names none, the
    page's period header ("12 Months Ended | Dec. 31, 2020") says the kind for the years up
    to its own (blocks "2020", "2019", "2018" of a segment table: the page's year, then the
    same span a year and two back, as a column headed "2019" is that year); a year after it
    or no page period leaves the block undated: a year alone does not say whether the block
    holds balances or flows."""
    if not named and page is not None and year <= int(page[-10:-6]):
        named = (page,)
    for p in named:
        if p[-10:-6] == str(year):
            return p
    if not named:
        return None
    md = ends.month_day(year) or _month_day(named[0])
    if md is None:
        return None
    try:
        day = date(year, md[0], md[1]).isoformat()
    except ValueError:
        return None
    head = named[0].split("/")[0] + "/" if "/" in named[0] else ""
    return head + day


def is_due_schedule(years: list[int], reference: str | None) -> bool:
    """Bare-year columns that only say when amounts fall due: two or more years in rising
    order, all after the year of the date that dates the table ("as of December 31, 2024", or
    the page's period) - a maturity schedule's "2025 | 2026 | 2027", never comparatives."""
    if len(years) < 2 or reference is None:
        return False
    ref = int(reference[-10:-6])
    return all(a < b for a, b in itertools.pairwise(years)) and years[0] > ref


# "Year of Origination", "Term Loans by Origination Year", "Amortized Cost Basis by Vintage"
_ORIGINATION = re.compile(r"\b(?:year\s+of\s+origination|origination\s+year|vintage)\b",
                          re.IGNORECASE)


def names_origination(texts: list[str]) -> bool:
    """Whether a header heads its year columns as the years loans were originated: a class
    of the balances ("2020 | 2019 | ... | Prior" under "Year of Origination"), not their
    periods, which the date over the table gives (a bank's credit quality by vintage)."""
    return any(_ORIGINATION.search(t) for t in texts)


def in_year(template: str, year: int) -> str | None:
    """A column's period template ("P3M/{year}-03-31") in `year`; None where that day does
    not exist (February 29 in a common year)."""
    period = template.format(year=year)
    try:
        date.fromisoformat(period.split("/")[-1])
    except ValueError:
        return None
    return period
