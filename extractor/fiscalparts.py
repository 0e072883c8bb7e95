"""Parts of a fiscal year that does not end on December 31: where its quarters and halves end.

"The fourth quarter of 2024" on a page of the year ended September 28, 2024 is the quarter that
ends that day, as a bare "2024" there is that fiscal year (FACTS.md 1.1: a year is the calendar
year unless the page states another year end); "the second quarter of fiscal year 2026" on a
page of the six months ended July 27, 2025 ends that day. The page tells the fiscal calendar: a
year's page its end, a half-year's or nine months' page the end of its second or third quarter
(a 10-Q's year-to-date column starts the fiscal year; a three months' page says no quarter, so
it gives none). Quarters are three months on a calendar of month ends, 13 weeks on a 52/53-week
one. Pure functions.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from extractor.weekyears import is_month_end, shifted_year, week_rule


def page_year_end(page_end: str | None, months: int | None) -> str | None:
    """The end of the fiscal year a page's period falls in, when the page says it: a year's
    page its own end, a half-year's or nine months' page its end moved on by the quarters
    left; None otherwise (a three months' page, an instant, no page period)."""
    if page_end is None or months not in (6, 9, 12):
        return None
    return quarters_on(date.fromisoformat(page_end), (12 - months) // 3)


def part_end(year_end: str, year: int, quarters: int) -> str:
    """The end of the first `quarters` quarters of fiscal year `year` on the calendar of the
    fiscal year ending `year_end` (a year ends in the calendar year that names it: fiscal
    2025 ending January 26, 2025)."""
    base = date.fromisoformat(year_end)
    moved = shifted_year(f"P12M/{year_end}", year - base.year)
    end = date.fromisoformat(moved[5:]) if moved else base
    return quarters_on(end, quarters - 4)


def quarters_on(end: date, quarters: int) -> str:
    """`end` moved by whole quarters (back when negative): 13 weeks each on a 52/53-week
    calendar, else three months, a month's last day staying one."""
    if quarters == 0:
        return end.isoformat()
    if week_rule([end]) is not None:
        return (end + timedelta(weeks=13 * quarters)).isoformat()
    total = end.year * 12 + end.month - 1 + 3 * quarters
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    day = last if is_month_end(end) else min(end.day, last)
    return date(y, m + 1, day).isoformat()
