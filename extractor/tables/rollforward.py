"""Roll-forwards: an opening balance, movements, a closing balance.

What opens and closes one is decided here for grid tables and Details pages alike; grid tables
date the movement rows from the balances' dates, Details pages check that opening plus
movements is the closing balance (with the tolerance of `totals.agrees`).
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from extractor.casefold import folded
from extractor.periods import find_periods, iso_date
from extractor.tables.daterows import HELD, row_date
from extractor.tables.header import TableColumn
from extractor.tables.kinds import has_verb
from extractor.tables.totals import Placed, agrees
from extractor.vocabulary import MONTH, month_number
from extractor.weekyears import fiscal_year, shifted_year

# "Balance at the beginning of the year", "Balance, beginning of year", "Beginning of period",
# "Balance as of beginning of year", "At January 1", "Opening balance"; the same for the end.
_HELD = HELD
_OPENING = re.compile(
    rf"^(?:(?:{_HELD}\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?beginning\b"
    r"|at\s+january\s+1|opening)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    rf"^(?:(?:{_HELD}\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?end(?:ing)?\b"
    r"(?!\s+(?:of\s+)?(?:lease|term|contract))|closing)",
    re.IGNORECASE,
)

# The XBRL standard label's tail ("Net book value, Beginning balance", "Goodwill, ending
# balance", "Total shareholders' equity, beginning balances"): the measure first, the balance
# after a comma.
_OPENING_TAIL = re.compile(
    r",\s*(?:beginning|opening)(?:\s+of\s+(?:year|period))?\s+balances?$", re.IGNORECASE)
_CLOSING_TAIL = re.compile(
    r",\s*(?:ending|closing)(?:\s+of\s+(?:year|period))?\s+balances?$", re.IGNORECASE)


# The measure first, the edge of the period after it: "Benefit obligation at beginning of
# year", "Cash and cash equivalents, end of period", "Deferred revenue — beginning of period",
# "FAIR VALUE OF PLAN ASSETS AT END OF YEAR", "Accrued warranty—beginning of period" (a
# footnote mark or a short aside may follow: "(1)", "(including restricted)").
_EDGE_TAIL = (
    r"(?:,\s*|\s*[-–—‑]\s*|\s+at\s+|\s+as\s+of\s+|\s+)(?:the\s+)?{edge}\s+of\s+(?:the\s+)?"
    r"(?:fiscal\s+)?(?:year|period|quarter)\s*(?:\([^()]{{1,30}}\))?$"
)
_OPENING_EDGE = re.compile(r"\w" + _EDGE_TAIL.format(edge="beginning"), re.IGNORECASE)
_CLOSING_EDGE = re.compile(r"\w" + _EDGE_TAIL.format(edge="end"), re.IGNORECASE)
# "Allowance for credit losses at period end", "Options exercisable at year end"
_AT_PERIOD_END = re.compile(
    r"\w\s+(?:at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period|quarter)[\s-]end"
    r"\s*(?:\([^()]{1,30}\))?$", re.IGNORECASE)


def _edge(pattern: re.Pattern[str], label: str) -> bool:
    """A measure named at the period's edge; not a clause about another measure ("Net sales
    that was included in deferred revenue as of the beginning of the period": a flow). A
    participle that opens the measure's name is no clause's verb ("Paid memberships at end
    of period")."""
    m = pattern.search(label)
    head = label[: m.start() + 1].split() if m is not None else []
    return m is not None and len(head) <= 10 and not has_verb(" ".join(head[1:]))


@lru_cache(maxsize=4096)
def is_opening(label: str) -> bool:
    """A row label that opens a roll-forward."""
    return bool(_OPENING.match(label) or _OPENING_TAIL.search(label)
                or _edge(_OPENING_EDGE, label))


@lru_cache(maxsize=4096)
def is_closing(label: str) -> bool:
    """A row label that closes a roll-forward."""
    return bool(_CLOSING.match(label) or _CLOSING_TAIL.search(label)
                or _edge(_CLOSING_EDGE, label) or _edge(_AT_PERIOD_END, label))


_YEAR_WORD = re.compile(r"\byear\b", re.IGNORECASE)
# "Funded status", "Net funded status of the plans", "FUNDED STATUS": a balance at the end
_FUNDED = re.compile(r"(?:net\s+)?funded\s+status\b", re.IGNORECASE)


def roll_forward_columns(
    columns: list[TableColumn], labels: list[str]
) -> dict[int, dict[int, str]]:
    """Periods of a roll-forward's rows (opening balance ... closing balance), per row index
    and column. Each column covers a duration: its own, or (columns that name only their
    dates) back to the column before it with an earlier date, else a year when the opening
    row says so ("At beginning of the year"). Movements take that duration; the opening
    balance is the instant of the day before it starts, the closing balance the instant of
    its end (FACTS.md 1.1)."""
    if not columns:
        return {}
    periods = [c.period or "" for c in columns]
    durations = all(p.startswith("P") for p in periods)
    if not durations and any(p.startswith("P") or not p for p in periods):
        return {}
    def opens(m: int) -> bool:
        return is_opening(labels[m]) or _balance_on(labels[m], periods, opening=True)

    def closes(m: int) -> bool:
        return is_closing(labels[m]) or _balance_on(labels[m], periods, opening=False)

    out: dict[int, dict[int, str]] = {}
    k = 0
    closed = False  # a roll-forward closed above this row
    while k < len(labels):
        if not opens(k):
            # A closing row no opening row leads ("Total shareholders' equity, ending
            # balances" after the last section of an equity statement) is still the
            # balance at its column's end, and so is the funded status that follows a
            # pension plan's closing rows (the obligation less the assets at that end)
            if durations and (closes(k) or (closed and _FUNDED.match(labels[k]))):
                out[k] = {j: p.split("/")[-1] for j, p in enumerate(periods)}
            closed = closed or closes(k)
            k += 1
            continue
        # A run ends at its closing row; an opening row before it starts the next run
        # ("Total equity, beginning balances" above the sections' own "Beginning balances")
        end = next((m for m in range(k + 1, len(labels)) if closes(m) or opens(m)), None)
        if end is not None and not closes(end):
            last, end = end - 1, None  # an open run: it ends before the next opening row
        else:
            last = end if end is not None else len(labels) - 1
        yearly = bool(_YEAR_WORD.search(labels[k]))
        spans = dict(enumerate(periods)) if durations else _spans(periods, yearly)
        openings = _opening_instants(spans)
        for m in range(k, last + 1):
            if m == k:
                out[m] = openings
            elif m == end:
                out[m] = {j: p.split("/")[-1] for j, p in spans.items()}
            elif not durations:
                out[m] = spans
        closed = closed or end is not None
        k = last + 1
    return out


def _opening_instants(spans: dict[int, str]) -> dict[int, str]:
    """The opening instant of each column's duration; where a neighbouring column ends within
    a week of it, that column's end date (52/53-week years: "P12M/2023-09-30" opens after
    the year before's "2022-09-24", not after 2022-09-30)."""
    ends = {p.split("/")[-1] for p in spans.values() if p.startswith("P")}
    out: dict[int, str] = {}
    for j, p in spans.items():
        naive = opening_instant(p)
        out[j] = naive
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(naive)
            near = [e for e in ends if 0 < abs((date.fromisoformat(e) - day).days) <= 7]
            if len(near) == 1:
                out[j] = near[0]
    return out


# (a day before its month too, as foreign filers write it: "Balance at 1 July", "At 31 March")
_MONTH_DAY = rf"(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}))"
_AT_MONTH_DAY = re.compile(
    rf"^(?:balances?\s*,?\s*)?(?:at|as\s+(?:of|at))\s+{_MONTH_DAY},?$",
    re.IGNORECASE,
)
# the measure first: "Unrecognized tax benefits at January 1", "Cash, cash equivalents and
# restricted cash at June 30", "Unrecognized tax benefits – January 1", "Outstanding at 1 April"
_MEASURE_AT_MONTH_DAY = re.compile(
    rf"^[A-Za-z][^:;]{{0,80}}?(?:\s+(?:at|as\s+(?:of|at))|\s*[–—-])\s+{_MONTH_DAY},?$",
    re.IGNORECASE,
)


def _month_day(iso: str, after: bool = False) -> tuple[int, int]:
    """The month and day of an ISO date (of the day after it)."""
    y, mo, d = (int(x) for x in iso.split("-"))
    if after:
        return (mo % 12 + 1, 1) if d == calendar.monthrange(y, mo)[1] else (mo, d + 1)
    return mo, d


def _balance_on(label: str, periods: list[str], *, opening: bool) -> bool:
    """"At January 1" opens and "Balance at December 31" closes duration columns whose
    periods start (end) on that month-day; a month-day alone says which. A measure may come
    first ("Unrecognized tax benefits at January 1"); an opening may name the day before the
    start ("Balance as of December 31" over six months ended June 30) when that is not also
    the columns' end."""
    # (both patterns end on the day's digits, a comma and a line end at most after them)
    last = label.rstrip("\n,.")[-1:]
    m = (_AT_MONTH_DAY.match(label) or _MEASURE_AT_MONTH_DAY.match(label)
         if last.isdecimal() or last.isalpha() else None)
    if m is None or not all(p.startswith("P") for p in periods):
        return False
    md = (month_number(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2")))
    for p in periods:
        end = _month_day(p.split("/")[-1])
        if not opening:
            if end != md:
                return False
            continue
        before = opening_instant(p)
        if md != _month_day(before, after=True) and (md != _month_day(before) or md == end):
            return False
    return True


# A row naming only what is held, no measure and no edge ("Vested/exercisable", "Exercisable",
# "Outstanding", "Nonvested"), closes an option or award roll-forward: the balance at the
# period's end. "Vested" alone is a movement (the awards that vested during it).
_HELD_ALONE = re.compile(
    r"^(?:(?:(?:fully\s+)?vested\s*(?:/|and|&)\s*)?(?:exercisable|outstanding)"
    r"|(?:non-?|un)vested)\s*(?:\(\d\))?$",
    re.IGNORECASE,
)


def balance_instant(label: str, period: str | None) -> str | None:
    """The instant of a lone balance row under a duration column (a Details page's "Balance
    at beginning of year" under "12 Months Ended Dec. 31, 2024" -> "2023-12-31"), or None
    when the row is no balance or the column no duration."""
    if not period or not period.startswith("P"):
        return None
    if is_opening(label) or _balance_on(label, [period], opening=True):
        return opening_instant(period)
    if is_closing(label) or _balance_on(label, [period], opening=False):
        return period.split("/")[-1]
    if _HELD_ALONE.match(label.strip()):
        return period.split("/")[-1]
    return None


_DURATION_PARTS = re.compile(r"P(\d+)M/(\d{4})-(\d{2})-(\d{2})")


def opening_instant(period: str) -> str:
    """The instant before a duration starts: "P12M/2024-12-31" -> "2023-12-31",
    "P12M/2024-09-28" -> "2023-09-28"; an instant is its own."""
    m = _DURATION_PARTS.fullmatch(period)
    if m is None:
        return period
    n, y, mo, d = (int(x) for x in m.groups())
    total = y * 12 + (mo - 1) - n
    py, pm = divmod(total, 12)
    last = calendar.monthrange(py, pm + 1)[1]
    month_days, end = calendar.monthrange(y, mo)[1], date(y, mo, d)
    if d == month_days or 7 < d < month_days - 6 or n % 3 or end.weekday() < 4:
        return iso_date(pm + 1, last if d == month_days else min(d, last), py)
    # A quarter or year ending on a Friday to Sunday in a month's last or first week (not its
    # last day) is a 52/53-week calendar's: whole weeks, so the day before it starts is its
    # end's weekday ("P12M/2024-09-28", a Saturday, opens after Saturday 2023-09-30)
    naive = date(py, pm + 1, min(d, last))
    back = (naive.weekday() - end.weekday()) % 7
    return (naive - timedelta(days=back) if back <= 3 else
            naive + timedelta(days=7 - back)).isoformat()


def across_periods(
    rows: Sequence[Placed], intro: Sequence[str], headings: Sequence[str] = ()
) -> list[str] | None:
    """Periods of a headerless roll-forward laid across: every row holds w values (w >= 3,
    and not one per period its intro lists), the first plus the ones between is the last.
    Under an intro of durations ("changes ... for the years ended December 31, 2024 and
    2023 are as follows:"), the first listed duration is the table's: the first value is the
    opening balance (the instant before it starts), the last the closing one (its end), the
    others its movements (FACTS.md 1.1). None when the rows are not that, when they roll
    forward down the table, or when the last heading is "Total" (parts across and their total
    add up the same way)."""
    if len(rows) < 2 or not intro or not intro[0].startswith("P"):
        return None
    if headings and re.match(r"total\b", headings[-1], re.IGNORECASE):
        return None
    if any(is_opening(r.label) or is_closing(r.label) or row_date(r.label) for r in rows):
        return None
    w = min(len(r.values) for r in rows)
    # a row of m*w values is m rows the viewer ran together (their labels dropped)
    if w < 3 or w == len(intro) or any(len(r.values) % w for r in rows) or all(
            len(r.values) > w for r in rows):
        return None
    moved = False
    for r in rows:
        for at in range(0, len(r.values), w):
            amounts = [float(v.amount) for v in r.values[at : at + w]]
            if not agrees(amounts[-1], sum(amounts[:-1]), w - 1):
                return None
            moved = moved or any(amounts[1:-1])
    if not moved:
        return None
    period = intro[0]
    return [opening_instant(period), *[period] * (w - 2), period.split("/")[-1]]


def across_for(label: str, across: list[str], section: str | None = None,
               first_fiscal: int | None = None, block: str | None = None) -> list[str]:
    """The periods of one row of a roll-forward laid across (`across_periods`): the row's own
    when its label or the section heading over it names one duration ("Year ended December 31,
    2023" in a schedule of valuation accounts, one year per row or per block), or a fiscal
    year ("Fiscal year 2024" under a page of fiscal 2025: the year before, on the page's
    year-end rule, `first_fiscal` being the table's first fiscal year, the page's), or the
    duration of the year block the row stands in (`block`), else the table's."""
    if block is not None and block.startswith("P") and len(across) > 2 and not any(
            p.kind == "duration" for p in find_periods(label)):
        return [opening_instant(block), *[block] * (len(across) - 2), block.split("/")[-1]]
    for text in (label, section or ""):
        said = {q for p in find_periods(text) if p.kind == "duration" for q in p.periods}
        own = said.pop() if len(said) == 1 else None
        fy = fiscal_year(text)
        if own is None and fy is not None and first_fiscal is not None and len(across) > 2:
            own = shifted_year(across[1], fy - first_fiscal)
        if own is not None:
            return [opening_instant(own), *[own] * (len(across) - 2), own.split("/")[-1]]
    return across


def _spans(dates: list[str], yearly: bool) -> dict[int, str]:
    """Per column, the duration back to the latest earlier column date (a year if none and
    the opening row says "year")."""
    spans: dict[int, str] = {}
    for j, d in enumerate(dates):
        earlier = [e for e in dates if e < d]
        months = None
        if earlier:
            e = max(earlier)
            months = (int(d[:4]) - int(e[:4])) * 12 + int(d[5:7]) - int(e[5:7])
        elif yearly:
            months = 12
        if months and months > 0:
            spans[j] = f"P{months}M/{d}"
    return spans


_QUARTER_ROW = re.compile(
    r"^(?:(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|q(?P<n>[1-4]))\b",
    re.IGNORECASE,
)
_MONTHS_PERIOD = re.compile(r"P(\d+)M/(\d{4}-\d{2}-\d{2})")
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                   "3rd": 3, "4th": 4}


@lru_cache(maxsize=4096)
def quarter_period(label: str, period: str | None) -> str | None:
    """A row that names a quarter ("First quarter", "Q3") in a column covering a longer
    duration ("P12M/2024-12-31"): that quarter of the column's period ("P3M/2024-03-31").
    None when the row names no quarter or the column's period does not hold it."""
    m = _QUARTER_ROW.match(label.strip())
    if m is None:  # most rows name no quarter: the column's period is not read for them
        return None
    p = _MONTHS_PERIOD.fullmatch(period or "")
    if p is None:
        return None
    q = _QUARTER_NUMBER[folded(m.group("w"))] if m.group("w") else int(m.group("n"))
    months, end = int(p.group(1)), p.group(2)
    if months <= 3 or 3 * q > months:
        return None
    rest = months - 3 * q
    return f"P3M/{opening_instant(f'P{rest}M/{end}') if rest else end}"

