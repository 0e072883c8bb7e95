"""Quarter columns: "2020 Quarters | 2019 Quarters" over "First | Second | Third | Fourth" x 2.

A quarterly-data table heads its columns with ordinal quarter words under one year heading per
group of four. Column q of year Y is the three months ending at that quarter's end: the fiscal
year's end the page states (moved to Y), stepped back by whole quarters — three months on a
calendar of month ends, 13 weeks on a 52/53-week calendar (the page's year end on a weekday,
not a month's last day: `weekyears`). Cells "First | Second" with no "quarter" anywhere in the
heading ("First lien | Second lien", or bare ordinals over tranches) are no quarters. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from extractor.casefold import folded
from extractor.tables.header import TableColumn
from extractor.tables.yearends import in_year
from extractor.weekyears import quarters_on, shifted_year

_QUARTER_CELL = re.compile(
    r"^(?:(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)(?P<q>\s+(?:fiscal\s+)?quarter)?"
    r"|(?P<n>q[1-4]))(?:\s*\([a-z\d]\))?$",
    re.IGNORECASE,
)
_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
           "4th": 4}
# "2020 Quarters", "Fiscal 2020 Quarters", "2020": a group's year heading
_YEAR_CELL = re.compile(r"^(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)(?P<q>\s+(?:fiscal\s+)?quarters?)?$",
                        re.IGNORECASE)
_YEAR_END = re.compile(r"P12M/(\d{4}-\d{2}-\d{2})")


def _quarter(text: str) -> tuple[int, bool] | None:
    """The quarter a cell names (1-4) and whether it says "quarter", else None."""
    m = _QUARTER_CELL.match(text.strip())
    if m is None:
        return None
    if m.group("n"):
        return int(m.group("n")[1]), True
    return _NUMBER[folded(m.group("w"))], bool(m.group("q"))


def quarter_end(year_end: str, q: int) -> str:
    """The end of quarter q of the fiscal year ending `year_end` ("2020-12-31", 2 ->
    "2020-06-30"; on a 52/53-week year 13 weeks a quarter: "2020-12-26", 1 -> "2020-03-28")."""
    return quarters_on(date.fromisoformat(year_end), q - 4)


def _run(texts: Sequence[str]) -> tuple[int, list[int], bool] | None:
    """Where the first run of quarter cells starts, their quarters, and whether a cell says
    "quarter"; None without a run of two or more counting 1, 2, ... in groups."""
    for i, t in enumerate(texts):
        if _quarter(t) is None:
            continue
        got: list[tuple[int, bool]] = []
        while i + len(got) < len(texts) and (x := _quarter(texts[i + len(got)])) is not None:
            got.append(x)
        qs = [q for q, _ in got]
        ok = len(qs) >= 2 and all(q == (k % 4) + 1 for k, q in enumerate(qs))
        return (i, qs, any(s for _, s in got)) if ok else None
    return None


def quarter_columns(texts: Sequence[str], page_period: str | None) -> list[TableColumn] | None:
    """Columns of a heading that names quarters under year groups (`texts`: the heading's
    cells in reading order), dated from the page's fiscal year (`page_period`, "P12M/..."),
    or None when the heading is no such one."""
    found = _run(texts)
    p = _YEAR_END.fullmatch(page_period or "")
    if found is None or p is None:
        return None
    start, qs, says = found
    years = [m for t in texts[:start] if (m := _YEAR_CELL.match(t.strip())) is not None]
    groups = sum(1 for q in qs if q == 1)
    says = says or any(m.group("q") for m in years) or any(
        "quarter" in t.lower() for t in texts[:start])
    if not says:
        return None
    if not years and groups == 1:
        # "Quarter | First | Second | Third | Fourth | Year" over rows labelled "2020", "2019":
        # each row's year gives the column its period (`year_period`)
        whole = start + len(qs) < len(texts) and _WHOLE.match(texts[start + len(qs)].strip())
        return [TableColumn(period=None, unit=None, scale=None, template=f"Q{q}/{page_period}")
                for q in [*qs, *([0] if whole else [])]]
    if len(years) != groups or (len(qs) != 4 * groups and groups > 1):
        return None
    cols: list[TableColumn] = []
    for g, m in enumerate(years):
        for q in qs[4 * g: 4 * g + 4]:
            if (period := _quarter_of(q, page_period or "", int(m.group("y")))) is None:
                return None
            cols.append(TableColumn(period=period, unit=None, scale=None))
    return cols


_WHOLE = re.compile(r"^(?:(?:(?:fiscal|full)\s+)?year|total)$", re.IGNORECASE)
_TEMPLATE = re.compile(r"Q(?P<q>[0-4])/(?P<fy>P12M/\d{4}-\d{2}-\d{2})")


def _quarter_of(q: int, page_period: str, year: int) -> str | None:
    """Quarter q (0: the whole year) of fiscal `year`, on the calendar of the page's fiscal
    year (`page_period`, "P12M/2020-12-26")."""
    fy = shifted_year(page_period, year - int(page_period[5:9]))
    if fy is None:
        return None
    return fy if q == 0 else f"P3M/{quarter_end(fy[5:], q)}"


def year_period(template: str, year: int | None) -> str | None:
    """A column's period template in the year a row names: a quarter column's ("Q2/P12M/
    2020-12-26" in 2019 -> "P3M/2019-06-29"; in the page's year when the row names none), else
    `yearends.in_year`'s ("P3M/{year}-03-31"; None when the row names no year)."""
    m = _TEMPLATE.fullmatch(template)
    if m is None:
        return None if year is None else in_year(template, year)
    fy = m.group("fy")
    return _quarter_of(int(m.group("q")), fy, int(fy[5:9]) if year is None else year)


def column_year_period(col: TableColumn | None, year: int | None) -> str | None:
    """The period of a column with a year template (`year_period`) in the row's year (None
    for a column without one)."""
    return year_period(col.template, year) if col is not None and col.template else None
