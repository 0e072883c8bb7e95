"""52/53-week years: the end of a fiscal year in a year the note does not date.

A filer whose year ends on "the last Saturday of September" (September 28, 2024; September
30, 2023; September 24, 2022) or "the Friday closest to November 30" (November 29, 2024;
December 1, 2023; December 2, 2022) never ends two years on the same month-day, so a bare
"2022" on a page headed "Sep. 28, 2024" does not end on September 28. The year ends the page
and the note do give (all on one weekday, none a month's last day) tell the rule: the last
such weekday of the month, or, when one of them falls in the first days of the next month,
the one nearest the month's last day. Pure functions.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


@dataclass(frozen=True)
class WeekRule:
    """A 52/53-week year end: `weekday` (Monday 0) last in `month`, or nearest its last day."""

    month: int
    weekday: int
    nearest: bool

    def end(self, year: int) -> date:
        """The year's end in `year` ("last Saturday of September" 2022 -> 2022-09-24)."""
        last = date(year, self.month, calendar.monthrange(year, self.month)[1])
        back = (last.weekday() - self.weekday) % 7
        if self.nearest and back > 3:
            return last + timedelta(days=7 - back)
        return last - timedelta(days=back)


def is_month_end(day: date | str) -> bool:
    """Whether a date (a `date` or an ISO string) is the last day of its month."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _like_day(like: date, year: int, month: int) -> date:
    """`like`'s day in another month: a month's last day staying one, a later day than the
    month has clipped to its end."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, last if is_month_end(like) else min(like.day, last))


def week_rule(ends: list[date]) -> WeekRule | None:
    """The rule every one of `ends` follows (the first, the page's, on no month's last day:
    a later one may be, "September 30, 2023"), or None when they are no 52/53-week year's
    (the first a month's end, two weekdays, or no month they all close)."""
    if not ends or is_month_end(ends[0]) or len({d.weekday() for d in ends}) > 1:
        return None
    early = [d for d in ends if d.day <= 3]
    months = {(d.month - 2) % 12 + 1 if d.day <= 3 else d.month for d in ends}
    if len(months) != 1:
        return None
    rule = WeekRule(months.pop(), ends[0].weekday(), nearest=bool(early))
    return rule if all(rule.end(d.year if d.day > 3 or d.month != 1 else d.year - 1) == d
                       for d in ends) else None


_FISCAL_YEAR = re.compile(r"\s*(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d\d)\s*:?\s*", re.I)


def fiscal_year(text: str) -> int | None:
    """The year a heading that is only a fiscal year names ("Fiscal year 2024", "FY2023")."""
    m = _FISCAL_YEAR.fullmatch(text)
    return int(m.group(1)) if m else None


def shifted_year(period: str, years: int) -> str | None:
    """A one-year duration ("P12M/2025-01-26") moved by `years` whole fiscal years: on the
    same weekday rule for a 52/53-week year ("P12M/2024-01-28", the last Sunday of January),
    else on the same month-day (a month's last day staying one). None for another period."""
    m = re.fullmatch(r"P12M/(\d{4}-\d{2}-\d{2})", period)
    if m is None:
        return None
    end = date.fromisoformat(m.group(1))
    year = end.year + years
    rule = week_rule([end])
    if rule is not None:
        # a January end closes the year named by the one before it in the rule's terms
        return f"P12M/{rule.end(year if end.day > 3 or end.month != 1 else year - 1)}"
    return f"P12M/{_like_day(end, year, end.month)}"


@lru_cache(maxsize=4096)
def quarters_on(end: date, quarters: int) -> str:
    """`end` moved by whole quarters (back when negative): 13 weeks each on a 52/53-week
    calendar, else three months, a month's last day staying one."""
    if quarters == 0:
        return end.isoformat()
    if week_rule([end]) is not None:
        return (end + timedelta(weeks=13 * quarters)).isoformat()
    y, m = divmod(end.year * 12 + end.month - 1 + 3 * quarters, 12)
    return _like_day(end, y, m + 1).isoformat()


def same_end_in(day: str, year: int) -> str:
    """A period end moved to another year: on a 52/53-week calendar by its weekday rule ("Nov.
    01, 2025", the Saturday nearest October 31, is November 2 in 2024), else the same
    month-end (a month's last day staying one)."""
    d = date.fromisoformat(day)
    rule = week_rule([d])
    if rule is None:
        return _like_day(d, year, d.month).isoformat()
    # (a rule's month is the one the end closes: "Nov. 01" closes October)
    return rule.end(year - (1 if d.month < rule.month else 0)).isoformat()


_FISCAL_NAMED = re.compile(r"\bfiscal\s+(?:years?\s+)?((?:19|20)\d\d)\b", re.I)


def _named_by_start(text: str, page_period: str | None) -> bool:
    """Whether a note on a year ending in January or the first days of February names its
    fiscal years by the calendar year they start in (the retail calendar: "fiscal 2024" ended
    February 1, 2025): the latest fiscal year it names is the one before the page's end year,
    so the page's own year is named by its start (on an interim page, the end of the fiscal
    year it runs in). (A filer naming years by their end, "fiscal
    2025" for the year ended January 31, 2025, names the page's year.)"""
    if not page_period or not page_period.startswith(("P12M/", "P6M/", "P9M/")):
        return False
    end = date.fromisoformat(page_period.split("/")[1])
    if not page_period.startswith("P12M/"):
        # an interim page's year ends the quarters it has not run yet later (a 10-Q's
        # year-to-date column starts the fiscal year): "39 Weeks Ended Nov. 01, 2025" -> the
        # year ending January 31, 2026
        end = date.fromisoformat(quarters_on(end, (12 - int(page_period[1:].split("M")[0])) // 3))
    if not (end.month == 1 or (end.month == 2 and end.day <= 7)):
        return False
    years = {int(y) for y in _FISCAL_NAMED.findall(text)}
    return bool(years) and max(years) == end.year - 1


# kept by content (the text's hash is cached by the string): every sentence of a note asks
fiscal_named_by_start = lru_cache(maxsize=32)(_named_by_start)

