"""Column headers of flattened tables: years, dates, "Year ended", "As of", currencies, scales.

A header is a run of cells such as "RMB | RMB | US$ | December 31, | 2022 | 2023 | RMB | RMB |
US$" or "For the Quarters Ended | For the Nine Months Ended | June 26, 2015 | June 27, 2014 |
June 26, 2015 | June 27, 2014". `parse_header_cell` reads one cell; `build_columns` turns the
run into columns, each with its period, unit and scale.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.amounts import currency_code
from extractor.number_words import word_value
from extractor.periods import WEEK_COUNT, iso_date, real_date, week_months
from extractor.tables.scalenote import after_scale_lead
from extractor.tables.yearends import YearEnds, is_due_schedule, names_origination
from extractor.vocabulary import CURRENCY_SYMBOL, month_number
from extractor.vocabulary import MONTH as _MONTH

_PHRASE = (
    r"(?:(?:for\s+)?(?:the\s+)?(?:(?P<count>three|six|nine|twelve|3|6|9|12)[\s-]+months?"
    # a retail calendar's "Thirteen Weeks Ended", "39 Weeks Ended" (`periods.week_months`)
    rf"|(?P<weeks>{WEEK_COUNT})[\s-]+weeks?"
    r"|(?P<year>(?:fiscal\s+)?years?)|(?P<quarter>(?:fiscal\s+)?quarters?)|(?P<half>six-month|half[\s-]year))"
    r"(?:\s+periods?)?\s+ended(?:\s+on)?|(?P<inst>(?:balance\s+)?as\s+(?:of|at)"
    # "At June 30, 2025" over a balance sheet's column: a whole date after it ("At January 1"
    # alone is a roll-forward's row)
    rf"|at(?=\s+{_MONTH}\s*\d{{1,2}},?\s*(?:19|20)\d\d\s*$)))"
)
_UNIT = (
    rf"(?P<unit>{CURRENCY_SYMBOL}"
    r"(?:\s?['’]\s?(?P<uscale>000|million|thousand)s?)?"
    r"|\(?in\s+(?P<wscale>thousands|millions)\)?)"
)
# Month-day either way round ("December 31, 2023", "31 December 2023"), and an audit note
# after the date ("June 30, 2024 (unaudited)").
_HEADER_RE = re.compile(
    rf"^(?:{_PHRASE}\s*)?(?:(?P<month>{_MONTH})\s*(?P<day>\d{{1,2}})\s*,?\s*"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s*,?\s*"
    # a date split over two header lines: "September" over "30, 2019"
    # ("February 2025" is a maturity column's text, not a header)
    rf"|(?P<month3>{_MONTH})\s*,?\s*$|(?P<day3>\d{{1,2}}),\s*(?=(?:19|20)\d\d))?"
    rf"(?P<yr>(?:19|20)\d\d)?\s*,?\s*(?:\((?:un)?audited\)\s*)?(?:{_UNIT})?\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class HeaderCell:
    """What one header cell says (any part may be missing)."""

    months: int | None = None  # a duration phrase: "Year ended" -> 12
    instant: bool = False  # "As of", "As at"
    month: int | None = None
    day: int | None = None
    year: int | None = None
    unit_mark: str | None = None
    scale: int | None = None

    @property
    def is_phrase(self) -> bool:
        return self.months is not None or self.instant


def parse_header_cell(text: str) -> HeaderCell | None:
    """Read a header cell ("Year ended December 31,", "2019", "RMB’million", "As of
    December 31, 2024"), or None when the cell is not one."""
    # Several table stages ask about the same cells: the reading is cached by text, but each
    # call still gets its own object, as `build_columns` tells cells apart by identity.
    h = _read_header_cell(text)
    return None if h is None else replace(h)


# "6/30/2025", "12/31/24": a column dated month/day/year, as US filers print it
_FOOTNOTE_TAIL = re.compile(r"(?<=\d{4})\s*(?:\(\d{1,2}\)|\([a-hA-H]\)|\[\d{1,2}\]|\*{1,3})$")
_NUMERIC_DATE = re.compile(
    r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)"
)


def _spelled(t: str) -> str:
    """A numeric date cell in words ("6/30/2025" -> "June 30, 2025"); other text as it is."""
    m = _NUMERIC_DATE.fullmatch(t)
    if m is None:
        return t
    y = m.group("y")
    year = y if len(y) == 4 else "20" + y
    return f"{calendar.month_name[int(m.group('m'))]} {int(m.group('d'))}, {year}"


@lru_cache(maxsize=4096)
def _read_header_cell(text: str) -> HeaderCell | None:
    # a footnote mark after the date ("2024 (1)", "December 31, 2023 (a)", "2023*") is not
    # part of the header
    t = after_scale_lead(text.strip())
    if "  " in t or not t.isprintable():  # (runs of space made _HEADER_RE's scan quartic)
        t = " ".join(t.split())
    if ")" in t or "]" in t or "*" in t:  # (what every footnote mark ends on)
        t = _FOOTNOTE_TAIL.sub("", t)
    t = _spelled(t)
    if not t:
        return None
    m = _HEADER_RE.match(t)
    if not m or not any(m.group(g) for g in ("count", "weeks", "year", "quarter", "half", "inst",
                                                "month", "month2", "month3", "yr", "unit")):
        return None
    months: int | None = None
    if m.group("count"):
        months = word_value(m.group("count"))
    elif m.group("weeks"):
        months = week_months(m.group("weeks")) or None
        if months is None:
            return None
    elif m.group("year"):
        months = 12
    elif m.group("quarter"):
        months = 3
    elif m.group("half"):
        months = 6
    month_word = m.group("month") or m.group("month2") or m.group("month3")
    month = month_number(month_word) if month_word else None
    day_digits = m.group("day") or m.group("day2") or m.group("day3")
    day = int(day_digits) if day_digits else None
    year = int(m.group("yr")) if m.group("yr") else None
    scale = None
    if m.group("uscale"):
        scale = 3 if m.group("uscale").lower() in ("000", "thousand") else 6
    elif m.group("wscale"):
        scale = 3 if m.group("wscale").lower().startswith("thousand") else 6
    mark = m.group("unit") if m.group("unit") and not m.group("wscale") else None
    if mark:
        mark = re.split(r"\s?['’]", mark)[0]
    return HeaderCell(
        months=months,
        instant=bool(m.group("inst")),
        month=month,
        day=day,
        year=year,
        unit_mark=mark,
        scale=scale,
    )


@dataclass(frozen=True)
class TableColumn:
    """A value column of a flattened table."""

    period: str | None
    unit: str | None
    scale: int | None
    category: str | None = None
    template: str | None = None  # "P3M/{year}-03-31": a year-less phrase; rows give the year


def _repeated(seq: Sequence[object]) -> bool:
    h = len(seq) // 2
    return len(seq) >= 2 and len(seq) % 2 == 0 and seq[:h] == seq[h:]


_Date = tuple[int, int | None, int | None, HeaderCell]
"""A year, the month and day it pairs with, and the header cell it came from."""
_Unit = tuple[str, int | None]
"""A currency mark and the scale printed with it."""


def build_columns(
    cells: list[HeaderCell],
    categories: list[str],
    yen: str,
    default_instant: str | None,
    year_end: tuple[int, int] | None = None,
    year_ends: YearEnds | None = None,
    bare_months: int | None = None,
) -> list[TableColumn]:
    """Columns of a header run. Dates pair with the month-day before them (or the first one
    given); a run of duration phrases splits the columns evenly; currency cells give units in
    column order (one currency for all when it is the only one); a convenience column beyond
    the dates (RMB | RMB | US$ over 2022 | 2023) takes the last date. Bare years with no month
    and day in the header take the year end the note names for their year (`year_ends`),
    else `year_end` (the page header's); with neither, a year column is that calendar year,
    P12M to December 31 (or to the note's fiscal year end when only its "year ended" phrases
    name one). `bare_months` makes bare years durations of that many months (a page's flows
    over three years, or under a "for the years ended" sentence)."""
    if year_ends is not None and year_end is None:
        year_end = year_ends.default
    cells = _join_split_dates(cells)
    phrases = [c for c in cells if c.is_phrase]
    mds = [(c.month, c.day) for c in cells if c.month is not None and c.day is not None]
    dates = _dates(cells, mds, year_end, year_ends)
    units = [(c.unit_mark, c.scale) for c in cells if c.unit_mark is not None]
    scales = [c.scale for c in cells if c.scale is not None]
    date_keys = [(y, mo, d) for y, mo, d, _ in dates]
    if len(phrases) < 2 and _repeated(date_keys) and len(units) != len(dates):
        # "2022 | 2023 | December 31, | 2022 | 2023": the viewer repeated the header row
        # around its month-day line (years in a row with nothing between are columns)
        h = len(dates) // 2
        a = next(k for k, c in enumerate(cells) if c is dates[h - 1][3])
        b = next(k for k, c in enumerate(cells) if c is dates[h][3])
        if any(c.year is None and (c.month or c.is_phrase) for c in cells[a + 1 : b]):
            dates = dates[:h]
    mixed = len({u for u, _ in units}) > 1
    if (
        len(units) >= 4
        and _repeated(units)
        and (mixed or (len(dates) == len(units) // 2 and not categories))
    ):
        # "RMB | RMB | US$" printed above and below the dates
        units = units[: len(units) // 2]
    n = max(len(dates), len(units) if len(set(u for u, _ in units)) > 1 or len(units) > 1 else 0)
    if categories and (n == 0 or len(categories) == n):
        n = len(categories)
    if n == 0:
        n = 1 if (units or phrases or mds) else 0
    per = n // len(phrases) if phrases and n % len(phrases) == 0 else None
    date_of = _date_per_column(dates, units, n)
    cols: list[TableColumn] = []
    for i in range(n):
        period: str | None = default_instant
        if dates:
            y, mo, d, own = dates[date_of[i]]
            phrase: HeaderCell | None = own if own.is_phrase else None
            if phrase is None and phrases:
                phrase = phrases[i // per] if per else phrases[0]
            period = _period(y, mo, d, phrase, bare_calendar=not mds and year_end is None)
            months = 12 if year_ends is not None and year_ends.durations else bare_months
            if phrase is None and not mds and months and period is not None and "/" not in period:
                period = f"P{months}M/{period}"  # "2019" under "for the year ended 30 June 2019"
        unit, scale = _unit(units, i, n, yen, scales[0] if len(set(scales)) == 1 else None)
        cat = categories[i] if len(categories) == n else None
        template = _template(phrases[i // per]) if per and not dates else None
        cols.append(TableColumn(period=None if template else period, unit=unit, scale=scale,
                                category=cat, template=template))
    return cols


def _template(phrase: HeaderCell) -> str | None:
    """The period of a column whose phrase names a month-day but no year ("Three Months
    Ended March 31" over "Net Sales | Net Earnings"), with the year left to the row ("2025")."""
    if phrase.month is None or phrase.day is None:
        return None
    md = f"{phrase.month:02d}-{phrase.day:02d}"
    return f"P{phrase.months}M/{{year}}-{md}" if phrase.months else f"{{year}}-{md}"


def with_changes(cols: list[TableColumn], changes: list[tuple[int, str]]) -> list[TableColumn]:
    """Columns with the header's change columns put in their places: a "Percent Change"
    between date pairs is a column of its own (dated by the latest period of the dates before
    it), so the values after it do not shift one column to the left."""
    if not changes or not cols:
        return cols
    out = list(cols)
    start = 0
    for at, label in changes:
        if at > len(out):
            return cols
        unit = "percent" if re.search(r"percent|%", label, re.IGNORECASE) else None
        # the change over the group's periods is the latest period's (as filers tag it)
        group = [c.period for c in out[start:at] if c.period]
        latest = max(group, key=lambda p: p.split("/")[-1]) if group else None
        out.insert(at, TableColumn(period=latest, unit=unit, scale=0 if unit else None))
        start = at + 1
    return out


def _join_split_dates(cells: list[HeaderCell]) -> list[HeaderCell]:
    """A header whose dates the viewer split over two lines of cells ("March 31, | September |
    September 30," over "2019 | 30, 2019 | 2019"; "June 30, | December 31," over "2024 |
    2023"): the i-th month cell goes with the i-th year cell. Left as it is unless there are
    as many month cells as year cells, all before them, each pair giving a day."""
    heads = [i for i, c in enumerate(cells) if c.month is not None and c.year is None
             and not c.is_phrase]
    tails = [i for i, c in enumerate(cells) if c.year is not None and c.month is None]
    if len(heads) < 2 or len(heads) != len(tails) or max(heads) > min(tails):
        return cells
    pairs = dict(zip(tails, heads, strict=True))
    if any(cells[h].day is None and cells[t].day is None for t, h in pairs.items()):
        return cells
    out: list[HeaderCell] = []
    for i, c in enumerate(cells):
        if i in pairs:
            h = cells[pairs[i]]
            out.append(replace(c, month=h.month, day=h.day if h.day is not None else c.day))
        elif i not in heads:
            out.append(c)
    return out


def _dates(
    cells: list[HeaderCell],
    mds: list[tuple[int, int]],
    year_end: tuple[int, int] | None,
    year_ends: YearEnds | None = None,
) -> list[_Date]:
    """Each year of the header with the month and day it pairs with: its own, the last one
    before it, the first one given, else the page's year end."""
    dates: list[_Date] = []
    last_md: tuple[int, int] | None = None
    for c in cells:
        if c.month is not None and c.day is not None:
            last_md = (c.month, c.day)
        if c.year is not None:
            md = (c.month, c.day) if c.month is not None and c.day is not None else last_md
            if md is None and mds:
                md = mds[0]
            if md is None and year_ends is not None:
                md = year_ends.month_day(c.year)  # bare years: the year end the note names
            if md is None:
                md = year_end  # else the fiscal year end of the page's period header
            dates.append((c.year, md[0] if md else None, md[1] if md else None, c))
    return dates


def _period(
    y: int, mo: int | None, d: int | None, phrase: HeaderCell | None, bare_calendar: bool
) -> str | None:
    """A column's period from its date and the duration phrase over it."""
    if mo is not None and d is not None:
        if (date := real_date(mo, d, y)) is None:
            return None
        return f"P{phrase.months}M/{date}" if phrase and phrase.months else date
    if phrase and phrase.months == 12:
        return None  # a fiscal year whose end the header does not give
    if phrase is None and bare_calendar:
        # "2019 | 2018 | 2017" and nothing on the page gives a month or a day: a column
        # headed by a year is that year, read as a calendar year (as prose "in 2019" is).
        return f"P12M/{iso_date(12, 31, y)}"
    return None


def _unit(
    units: list[_Unit], i: int, n: int, yen: str, scale: int | None
) -> tuple[str | None, int | None]:
    """Column i's currency and scale. One currency cell covers every column; fewer cells than
    columns sit over the last columns (rate or count columns to their left carry none)."""
    u: _Unit | None = None
    if len(units) == 1 or len(units) == n:
        u = units[0] if len(units) == 1 else units[i]
    elif 1 < len(units) < n and i >= n - len(units):
        u = units[i - (n - len(units))]
    elif len(units) > n:
        u = units[i]
    if u is None:
        return None, scale
    mark, sc = u
    return (currency_code(mark, yen) if mark else None), (sc if sc is not None else scale)


def _date_per_column(dates: list[_Date], units: list[_Unit], n: int) -> list[int]:
    """Which date each of n columns takes. Dates go to columns in order, the last one covering
    any columns beyond. With fewer dates than currency columns and one currency printed once
    per date (RMB | RMB | US$, or US$ | RMB | RMB over 2023 | 2022), that currency's columns
    take the dates in order and the convenience columns the latest date, wherever they sit."""
    plain = [min(i, len(dates) - 1) for i in range(n)] if dates else [0] * n
    if not dates or len(dates) >= n or len(units) != n:
        return plain
    marks = [u for u, _ in units]
    main = [m for m in dict.fromkeys(marks) if marks.count(m) == len(dates)]
    if len(main) != 1 or len(dates) == 1:
        return plain
    latest = max(range(len(dates)), key=lambda k: (dates[k][0], dates[k][1] or 0, dates[k][2] or 0))
    out: list[int] = []
    k = 0
    for m in marks:
        if m == main[0]:
            out.append(k)
            k += 1
        else:
            out.append(latest)
    return out


def class_years(cols: list[TableColumn], hcells: list[HeaderCell], reference: str | None,
                texts: list[str]) -> list[TableColumn]:
    """Bare-year columns that are no periods take the date that dates the table: rising
    future years ("2025 | 2026 | ... | Thereafter" after "as of December 31, 2024") only say
    when the amounts fall due (FACTS.md 1.1), and years under "Year of Origination" are the
    loans' class, dated by the header's own "As of December 31, 2024" where it has one."""
    if not cols:
        return cols
    if names_origination(texts):
        own = [d for h in hcells if h.instant and h.month and h.day and h.year
               and (d := real_date(h.month, h.day, h.year)) is not None]
        reference = own[0] if len(own) == 1 else reference
    elif not is_due_schedule([h.year for h in hcells if h.year and not h.month], reference):
        return cols
    return [replace(c, period=reference) for c in cols]
