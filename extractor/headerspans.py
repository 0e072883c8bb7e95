"""Which Details columns a viewer's duration header ("12 Months Ended") covers.

The viewer prints the duration headers of a page over its dated columns but drops their column
spans, so the spans are read back from the columns' dates: one header covers the columns that
share a month and day, several take the runs of columns by month and day (when they are not
as many, the last "12 Months Ended" takes the year ends of consecutive years past the first
column's). A column dated the day after another column ("Jan. 01, 2020" beside "Dec. 31,
2019") opens a year: it is the balance at that day (an instant), however the header above it
reads, since two year ends are never a day apart.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import NotRequired, TypedDict

from extractor.weekyears import is_month_end

__all__ = ["ColumnDraft", "opening_month_days", "spread_durations"]

_EVENT_MONTHS = 1
"""The length of an event's column ("1 Months Ended" over a note's issue date)."""


class ColumnDraft(TypedDict):
    """A Details column as the header reader gathers it, line by line, before it becomes a
    `document.Column`: its date, the duration header over it, its unit and members, and the
    units of no money ("shares") listed under its date."""

    date: str
    months: int | None
    unit: str | None
    members: list[str]
    counts: NotRequired[list[str]]


def opening_month_days(dates: list[str]) -> set[str]:
    """The month-days ("01-01") of columns that open a year: the first of a month dated the day
    after another column's month-end date, and every column on that month-day with them."""
    given = set(dates)
    out: set[str] = set()
    for d in dates:
        if not d.endswith("-01"):
            continue
        before = (date.fromisoformat(d) - timedelta(days=1)).isoformat()
        if before in given and is_month_end(before):
            out.add(d[5:])
    return out


def _duration_anchor(columns: list[ColumnDraft], mds: list[str]) -> str:
    """The month and day a lone duration header covers: the first column's, unless that
    column alone falls mid-month (an event's date) while most columns share a month end, or
    the first column opens a year (then the columns it opens)."""
    openers = opening_month_days([c["date"] for c in columns])
    rest = [md for md in mds if md not in openers]
    if mds[0] in openers and rest:
        return rest[0]
    common = max(set(mds), key=mds.count)
    first, other = columns[0]["date"], next(
        c["date"] for c, md in zip(columns, mds, strict=True) if md == common
    )
    if (mds.count(mds[0]) == 1 and mds.count(common) * 2 > len(mds)
            and not is_month_end(first) and is_month_end(other)):
        return common
    return mds[0]


def spread_durations(columns: list[ColumnDraft], durations: list[int]) -> None:
    """Give each column the duration header above it ("6 Months Ended" over "Jun. 30, 2024 |
    Dec. 31, 2023": the June column is P6M, the December one an instant).

    The viewer drops the headers' column spans. One header covers the columns that share the
    first column's month and day (see `_duration_anchor`); several headers take the runs of
    columns by month and day when they are as many, else an even share of the columns each.
    """
    if not columns or not durations:
        return
    if _runs_then_balances(columns, durations):
        return
    mds = [c["date"][5:] for c in columns]
    if len(durations) == 1:
        # The first column's month and day, unless it stands alone and most columns share
        # another ("12 Months Ended" over "Apr. 01, 2014 | Mar. 31, 2015 | Mar. 31, 2014 |
        # Mar. 31, 2013": a split's date, then three fiscal years).
        anchor = _duration_anchor(columns, mds)
        cut = _balances_after_years(columns)
        for k, (c, md) in enumerate(zip(columns, mds, strict=True)):
            c["months"] = durations[0] if md == anchor and k < cut else None
        return
    if durations[0] == _EVENT_MONTHS and len(durations) >= 3 and len(columns) > len(durations) \
            and _by_date_runs(columns[1:], durations[1:]):
        # "1 Months Ended | 3 Months Ended | 6 Months Ended" over an event's day, then the
        # quarters' and the half-years' comparatives and the balance dates: the event's
        # header takes its one column, the others the runs after it
        columns[0]["months"] = durations[0]
        return
    if _event_then_pair(columns, durations):
        return
    if not _by_date_runs(columns, durations):
        _by_month_days(columns, durations, mds)


def _falling_runs(columns: list[ColumnDraft]) -> list[int]:
    """Where each run of falling dates starts: a date no earlier than the column before it
    opens a run, except the same date in another currency (a translation's column)."""
    return [k for k, c in enumerate(columns) if k == 0 or c["date"] > columns[k - 1]["date"]
            or (c["date"] == columns[k - 1]["date"] and c["unit"] == columns[k - 1]["unit"])]


def _runs_then_balances(columns: list[ColumnDraft], durations: list[int]) -> bool:
    """One run of falling dates per header, in the headers' order, then one run of balance
    dates that opens on a period end of the runs before it ("3 Months Ended" over "Mar. 31,
    2025 | Mar. 31, 2024 | Mar. 31, 2025 | Dec. 31, 2024"; "1 Months Ended | 12 Months Ended"
    over "Mar. 31, 2025 | Feb. 01, 2025 | Feb. 03, 2024 | Jan. 28, 2023 | Feb. 01, 2025 | Feb.
    03, 2024"): the last run is instants, whatever month-days the years end on. True when
    that reading applies. (Columns naming members are left to the month-day reading: a second
    block of dates may be another member's periods.)"""
    if any(c["members"] for c in columns):
        return False
    runs = _falling_runs(columns)
    if len(runs) == len(durations) and durations[0] == _EVENT_MONTHS and runs[1:2] != [1]:
        runs = [0, 1, *runs[1:]]  # the event's day, later than the years' ends after it
    if len(runs) != len(durations) + 1 or len(columns) - runs[-1] < 2:
        return False
    bounds = [*runs, len(columns)]
    lists = [[c["date"] for c in columns[a:b]] for a, b in itertools.pairwise(bounds)]
    repeats = [d for d, dates in zip(durations, lists[:-1], strict=False) if dates == lists[-1]]
    if lists[-1][0] not in {dates[0] for dates in lists[:-1]} or any(d != 12 for d in repeats) \
            or len(lists[-1]) > max(len(dates) for dates in lists[:-1]):
        # (balance dates open on a period's end, repeat no header's dates but a year's, the
        # year ends of a 10-K's balances, and are no more than the longest header's: one per
        # comparative, the year end before them)
        return False
    for months, a, b in zip(durations, bounds, bounds[1:], strict=False):
        days = [date.fromisoformat(c["date"]) for c in columns[a:b]]
        if (b - a > 1 and months == _EVENT_MONTHS) or any(
                _days_apart(days[0], d) > _WEEK for d in days[1:]):
            return False  # an event's several days, or a header over dates of no one period
    for k, c in enumerate(columns):
        run = next(r for r in range(len(runs)) if bounds[r] <= k < bounds[r + 1])
        c["months"] = durations[run] if run < len(durations) else None
    return True


_WEEK = 7
"""How far apart the ends of one kind of period may fall in two years: a 52/53-week year's."""


def _days_apart(a: date, b: date) -> int:
    """Days between two dates' places in their years ("Feb. 01" and "Jan. 28": 4)."""
    d = abs(a.timetuple().tm_yday - b.timetuple().tm_yday)
    return min(d, 365 - d)


def _balances_after_years(columns: list[ColumnDraft]) -> int:
    """Where a lone duration header's columns end when the balance dates follow them ("12
    Months Ended |" over "Dec. 31, 2024 | Dec. 31, 2023 | Dec. 31, 2022 | Dec. 31, 2024 |
    Dec. 31, 2023": three years, then the two year ends as instants): the second run of
    falling dates, when the first holds two or more and the second only dates of the
    first; else the number of columns (the header takes its month-day throughout)."""
    dates = [c["date"] for c in columns]
    starts = [k for k in range(1, len(dates)) if dates[k] > dates[k - 1]]
    if len(starts) != 1 or starts[0] < 2 or not set(dates[starts[0]:]) <= set(dates[:starts[0]]):
        return len(columns)
    return starts[0]


def _event_then_pair(columns: list[ColumnDraft], durations: list[int]) -> bool:
    """"1 Months Ended | 3 Months Ended" over an event's day, the quarter's comparative pair
    and then balance dates ("Feb. 28, 2025 | Mar. 31, 2025 | Mar. 31, 2024 | Mar. 31, 2025 |
    Dec. 31, 2024"): the event's header takes its column, the other the pair (one month-day,
    falling years), the rest are instants. True when that reading applies."""
    if len(durations) != 2 or durations[0] != _EVENT_MONTHS or durations[1] in (
            _EVENT_MONTHS, 12) or len(columns) < 4:
        return False
    dates = [c["date"] for c in columns]
    run = 2
    while run < len(dates) and dates[run][5:] == dates[1][5:] and dates[run] < dates[run - 1]:
        run += 1
    if run < 3:
        return False
    for k, c in enumerate(columns):
        c["months"] = durations[0] if k == 0 else durations[1] if k < run else None
    return True


def _by_month_days(columns: list[ColumnDraft], durations: list[int], mds: list[str]) -> None:
    """Two or more headers by the runs of columns sharing a month and day, when as many; an
    event's header and a year's over an issue date and year ends; else an even share."""
    runs: list[int] = []
    for k, md in enumerate(mds):
        if k == 0 or md != mds[k - 1]:
            runs.append(k)
    if len(runs) == len(durations):
        bounds = [*runs, len(columns)]
        for d, a, b in zip(durations, bounds, bounds[1:], strict=False):
            for c in columns[a:b]:
                c["months"] = d
    elif durations[0] == _EVENT_MONTHS and durations[-1] == 12 \
            and len(_year_end_run(columns, mds)) >= 2:
        # "1 Months Ended | 12 Months Ended" over an issue date, year ends of consecutive
        # years (a translation's column repeating one) and an event's day: the first header
        # takes the first column's month-day, the year header the year ends, the rest are
        # instants (an even share would give the year ends to the event's header)
        run = set(_year_end_run(columns, mds))
        for k, (c, md) in enumerate(zip(columns, mds, strict=True)):
            c["months"] = 12 if k in run else durations[0] if md == mds[0] else None
    elif len(columns) % len(durations) == 0:
        per = len(columns) // len(durations)
        for k, c in enumerate(columns):
            c["months"] = durations[k // per]
    else:
        for c, md in zip(columns, mds, strict=True):
            c["months"] = durations[0] if md == mds[0] else None
        if durations[-1] == 12:
            # "1 Months Ended | 12 Months Ended" over issue dates and "Dec. 31, 2018 | Dec. 31,
            # 2017": the year header covers the year ends of consecutive years
            for k in _year_end_run(columns, mds):
                columns[k]["months"] = 12


def _by_date_runs(columns: list[ColumnDraft], durations: list[int]) -> bool:
    """Spread two or more duration headers by the runs of falling dates the viewer prints
    under each (a later date than the column before it opens the next header's columns);
    True when that reading applies.

    The viewer orders a page's headers as it orders their columns, the columns of the
    balance dates no duration heads last: "3 Months Ended | 9 Months Ended |" over "Sep. 30,
    2020 | Sep. 30, 2019 | Sep. 30, 2020 | Sep. 30, 2019 | Dec. 31, 2019" is two quarters,
    two nine months and the year end before them (an instant). So one column more than the
    headers take, when it stands alone at the end in a run of its own, no later than the
    run before it starts, is that balance date; so is a last run of other dates after one
    comparative block per header (`_balance_run`: the quarter's end and the year end before
    it). The headers then take one run each; with more
    runs than headers, only when the last runs repeat one list of dates (a comparative block
    under each header) does the first header also take the runs before them (an event's
    columns ahead of its quarters'). Otherwise the month-day reading of `spread_durations`
    stands.
    """
    if len(durations) < 2 or durations[0] == _EVENT_MONTHS:
        # (an event page's "1 Months Ended" over issue dates keeps the month-day reading:
        # its columns' order follows the notes, not the dates)
        return False
    dates = [c["date"] for c in columns]
    runs = [k for k in range(len(dates)) if k == 0 or dates[k] > dates[k - 1]]
    if _blocks_first(columns, durations, runs):
        return True
    instants = 0
    if (len(runs) > len(durations) and runs[-1] == len(dates) - 1
            and dates[-1] <= dates[runs[-2]]):
        instants, runs = 1, runs[:-1]
    elif _balance_run(dates, runs, len(durations)):
        instants, runs = len(dates) - runs[-1], runs[:-1]
    if len(runs) < len(durations):
        return False
    ends = [*runs[1:], len(dates) - instants]
    last = [tuple(dates[a:b]) for a, b in zip(runs, ends, strict=True)][-len(durations):]
    if len(runs) > len(durations) and len(set(last)) > 1:
        return False  # more runs than headers, and no comparative block repeated under them
    # the first header takes the runs ahead of the last headers' one run each
    starts = [0, *runs[len(runs) - len(durations) + 1:]]
    bounds = [*starts, len(columns) - instants]
    for d, a, b in zip(durations, bounds, bounds[1:], strict=False):
        for c in columns[a:b]:
            c["months"] = d
    for c in columns[len(columns) - instants:]:
        c["months"] = None
    return True


def _blocks_first(columns: list[ColumnDraft], durations: list[int], runs: list[int]) -> bool:
    """One comparative block per header first ("Sep. 30, 2025 | Sep. 30, 2024" twice under "3
    Months Ended | 9 Months Ended"), then other dates, balance dates and an event's day after
    them ("Sep. 30, 2025 | Dec. 31, 2024 | Oct. 14, 2025", the first no later than the blocks'
    end): each header takes its block, the columns after the blocks are instants. True when
    that reading applies."""
    h = len(durations)
    if len(runs) <= h:
        return False
    bounds = [*runs[: h + 1]]
    blocks = {tuple(c["date"] for c in columns[a:b]) for a, b in itertools.pairwise(bounds)}
    rest = tuple(c["date"] for c in columns[bounds[-1]:])
    if len(blocks) != 1 or runs[1] - runs[0] < 2 or rest in blocks \
            or columns[bounds[-1]]["date"] > columns[0]["date"]:
        # (a later date right after the blocks is no balance date printed last, nor is a
        # third copy of the block)
        return False
    for d, a, b in zip(durations, bounds, bounds[1:], strict=False):
        for c in columns[a:b]:
            c["months"] = d
    for c in columns[bounds[-1]:]:
        c["months"] = None
    return True


def _balance_run(dates: list[str], runs: list[int], headers: int) -> bool:
    """Whether the last run of falling dates is the page's balance dates ("Sep. 30, 2024 |
    Dec. 31, 2023" after two quarters' and two nine months' "Sep. 30, 2024 | Sep. 30, 2023"):
    the runs before it repeat one list of dates, one run per header, and it is another list
    that starts no later than the run before it."""
    if len(runs) <= headers:
        return False
    ends = [*runs[1:], len(dates)]
    lists = [tuple(dates[a:b]) for a, b in zip(runs, ends, strict=True)]
    block, last = lists[-headers - 1:-1], lists[-1]
    # (a subsequent event's day may lead the balance date: "Jul. 24, 2025 | Jun. 29, 2025")
    return (len(set(block)) == 1 and len(last) >= 2 and last != block[0]
            and min(last) <= block[-1][0])


def _translations_dropped(years: list[tuple[int, str | None]]) -> list[int]:
    """The years of a run's columns, a year repeated in another currency counted once."""
    out: list[int] = []
    for (y, unit), nxt in itertools.zip_longest(years, years[1:]):
        if nxt is None or nxt[0] != y or nxt[1] == unit:
            out.append(y)
    return out


def _year_end_run(columns: list[ColumnDraft], mds: list[str]) -> list[int]:
    """The columns, past the first column's month-day, that end on one month's last day in
    consecutive years (two or more): the most such columns; none when no month-day has them."""
    best: list[int] = []
    for md in dict.fromkeys(mds):
        if md == mds[0]:
            continue
        ks = [k for k, m in enumerate(mds) if m == md]
        # (a translation's column repeats its year in another currency: "Dec. 31, 2024 USD |
        # Dec. 31, 2024 CNY"; the same year twice in one currency is no run)
        years = _translations_dropped(sorted(
            ((int(str(columns[k]["date"])[:4]), columns[k]["unit"]) for k in ks),
            key=lambda yu: (yu[0], yu[1] or "")))
        if (len(years) >= 2 and is_month_end(str(columns[ks[0]]["date"]))
                and all(b - a == 1 for a, b in itertools.pairwise(years))
                and len(ks) > len(best)):
            best = ks
    return best
