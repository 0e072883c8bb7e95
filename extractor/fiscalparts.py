"""Parts of a fiscal year that does not end on December 31: where its quarters and halves end.

"The fourth quarter of 2024" on a page of the year ended September 28, 2024 is the quarter that
ends that day, as a bare "2024" there is that fiscal year (FACTS.md 1.1: a year is the calendar
year unless the page states another year end); "the second quarter of fiscal year 2026" on a
page of the six months ended July 27, 2025 ends that day. The page tells the fiscal calendar: a
year's page its end, a half-year's or nine months' page the end of its second or third quarter
(a 10-Q's year-to-date column starts the fiscal year; a three months' page says no quarter, so
it gives none, unless the text names the page's quarter with its fiscal year:
`months_by_quarter`). Quarters are three months on a calendar of month ends, 13 weeks on a
52/53-week one. Pure functions.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from extractor.weekyears import quarters_on, same_end_in, shifted_year, week_rule


@lru_cache(maxsize=4096)
def page_year_end(page_end: str | None, months: int | None) -> str | None:
    """The end of the fiscal year a page's period falls in, when the page says it: a year's
    page its own end, a half-year's or nine months' page (or a three months' page known to be
    its year's first quarter, `months_by_quarter`) its end moved on by the quarters left; None
    otherwise (an instant, no page period)."""
    if page_end is None or months not in (3, 6, 9, 12):
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


def months_by_quarter(page_end: str, quarters: list[tuple[int, int]],
                      by_start: bool) -> int | None:
    """A three months' page read as the first N quarters of its fiscal year (3N months, as a
    six or nine months' page gives its calendar) when one of the sentence's `quarters` ((N,
    fiscal year) of "the third quarter of fiscal 2025") is the page's own: the year that
    quarter opens ends in the calendar year that names the fiscal year (or the next, when
    `by_start`). "The third quarter of fiscal 2025" on the three months ended June 28, 2025 is
    a year ending September 27, 2025; "the first quarter of fiscal 2026" on the three months
    ended November 29, 2025, a year ending August 29, 2026. Of several that fit, the latest
    quarter (a quarter's note looks back on the year's earlier ones); None when none does:
    the page gives no calendar."""
    page = date.fromisoformat(page_end)
    fits = [n for n, year in quarters
            if 1 <= n <= 4 and int(quarters_on(page, 4 - n)[:4]) == year + (1 if by_start else 0)]
    return 3 * max(fits) if fits else None


def part_end_on_page(page_end: str, months: int, year: int, quarters: int) -> str | None:
    """`part_end` of fiscal year `year` on the calendar a page gives (`page_year_end`); on a
    52/53-week calendar the page's own end moved by whole 13-week quarters, as the year end
    derived from an interim page may fall on a month's last day and lose its weekday rule
    ("39 Weeks Ended Nov. 01, 2025": the year ends January 31, 2026, a Saturday)."""
    year_end = page_year_end(page_end, months)
    if year_end is None:
        return None
    base = date.fromisoformat(page_end)
    rule = week_rule([base])
    if months == 12 or rule is None:
        return part_end(year_end, year, quarters)
    # the page's quarter in the year asked for, on its weekday rule, then whole quarters on
    years = year - date.fromisoformat(year_end).year
    same = rule.end(base.year + years) if years else base
    return quarters_on(same, quarters - months // 3)


def interim_fiscal_years(page_end: str, months: int | None, years: list[int]) -> tuple[str, ...]:
    """"Fiscal 2025" on a half-year's or nine months' page: the years ending on the calendar
    the page gives (`page_year_end`), on a 52/53-week calendar by its weekday rule ("9 Months
    Ended Jun. 28, 2025": fiscal 2025 ends September 27, 2025, fiscal 2024 September 28,
    2024); () on any other page (a year's page ends its own fiscal year)."""
    year_end = page_year_end(page_end, months) if months in (6, 9) else None
    return tuple(f"P12M/{same_end_in(year_end, y)}" for y in years) if year_end else ()

