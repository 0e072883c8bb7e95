"""Placing a Details page's rows on the page's columns.

The viewer drops empty cells, so a row may hold fewer values than the page has columns: such a
row is placed by the currency marks its values carry, by the columns its group and the same
line item elsewhere on the page use, and by the columns of the page's main currency
(convenience-translation columns are used less); a group with an opening and a closing balance
is placed so that it rolls forward. When the choice stays open, a warning names the row.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from math import comb

from extractor.document import Column, Document
from extractor.facts import ExtractionWarning
from extractor.tables.cells import Cell
from extractor.tables.markorder import place_by_marks
from extractor.tables.openingcolumns import (
    RowKind,
    column_month_day,
    opening_columns,
    roll_forward_kinds,
)
from extractor.tables.rollforwardsums import roll_forward_warnings, settle_roll_forwards
from extractor.tables.rowtime import time_columns, time_kind
from extractor.tables.shortrows import (
    column_ends,
    has_event_columns,
    is_comparative_run,
    is_open_tie,
    is_wide,
    sum_columns,
)
from extractor.tables.translations import translated_pairs, translation_rates
from extractor.tables.unitscale import bare_dollar_unit
from extractor.tables.values import Value
from extractor.vocabulary import RATE_UNITS

_MAX_COMBOS = 5000
_FORECAST = re.compile(r"\bforecast", re.IGNORECASE)
UNDATED = -2
"""The column of a value that nothing places: its fact has no period."""


@dataclass
class DetailsRow:
    label_cell: Cell
    label: str
    values: list[Value] = field(default_factory=list)
    entity: str | None = None
    extra_label: str | None = None
    group: int = 0
    columns: list[int] | None = None
    matures: str | None = None  # the group's maturity date: no balance at a later date
    ranked: list[tuple[float, tuple[int, ...]]] = field(default_factory=list)
    """The column choices scored, best first, when more than one fits."""
    count_unit: str | None = None
    """The unit of no money the row's label names ("loan"): only the columns whose header
    lists it hold the row's values."""



def _main_unit(doc: Document, rows: list[DetailsRow]) -> str | None:
    counts: dict[str, int] = {}
    for c in doc.columns:
        if c.unit:
            counts[c.unit] = counts.get(c.unit, 0) + 10
    for r in rows:
        for v in r.values:
            if v.explicit and v.unit:
                counts[v.unit] = counts.get(v.unit, 0) + 1
    return max(counts, key=lambda u: counts[u]) if counts else None


@dataclass
class _Page:
    """What a row's placement is scored against: the page's columns, its main currency, its
    latest date, and the columns other rows of a group or of a line item already took."""

    cols: tuple[Column, ...]
    main: str | None
    latest: str
    mixed: bool  # duration and instant columns side by side
    priced: bool = False  # every column but one names its currency
    group_use: dict[int, set[int]] = field(default_factory=dict)
    label_use: dict[str, list[int]] = field(default_factory=dict)
    opening: set[int] = field(default_factory=set)  # instant columns that open a year
    kinds: dict[int, str | None] = field(default_factory=dict)  # id(row) -> its RowKind
    events: bool = False  # a wide page with event columns ("1 Months Ended" over issue dates)
    times: dict[int, str] = field(default_factory=dict)  # id(row) -> balance or flow, by label
    time_columns: dict[str, set[int]] = field(default_factory=dict)  # kind -> its columns
    # (a, b) -> b's value over a's on the rows that fill the page: a translation's rate
    rates: dict[tuple[int, int], float] = field(default_factory=dict)

    def feasible(self, row: DetailsRow, maturity: bool = True) -> list[tuple[int, ...]]:
        """Column choices that contradict none of the row's marks (nor its loan's maturity)."""
        n = len(self.cols)
        k = len(row.values)
        if k > n or comb(n, k) > _MAX_COMBOS:
            return []
        # whether value i may stand in column j, read once for every choice that puts it there
        fits = [[self._fits(row, v, j, maturity) for j in range(n)] for v in row.values]
        return [
            combo
            for combo in itertools.combinations(range(n), k)
            if all(f[j] for f, j in zip(fits, combo, strict=True))
        ]

    def _fits(self, row: DetailsRow, v: Value, j: int, maturity: bool) -> bool:
        if row.count_unit and row.count_unit not in self.cols[j].counts:
            return False  # "Number of loans | loan": the columns that list "loan"
        cu = self.cols[j].unit
        money = v.unit is not None and v.unit not in RATE_UNITS
        if v.explicit and money and cu and cu != v.unit and not bare_dollar_unit(v.cell.text, cu):
            return False  # (a bare "$" under "HKD ($)" is that column's dollar)
        if v.explicit and money and cu is None and self.priced:
            return False  # the one column the header gives no currency holds no money
            # ("Apr. 01, 2014" beside "Mar. 31, 2015 JPY (¥)": a stock split's date)
        end = (self.cols[j].period or "")[-10:]
        balance = v.unit not in RATE_UNITS
        # a balance after the loan matured: not this column
        return not (maturity and balance and row.matures and end and end > row.matures)

    def score(self, row: DetailsRow, combo: tuple[int, ...]) -> float:
        """How plausible a column choice is for a row that more than one choice fits."""
        return self.scores(row, [combo])[0]

    def scores(self, row: DetailsRow, combos: list[tuple[int, ...]]) -> list[float]:
        """`score` of each choice; what a value scores in a column (with what the column
        scores for the row's kind and group), and the row's line item, are read once for all
        of them. Every term is a multiple of 0.5, so the sums are exact in any order."""
        used = self.group_use.get(row.group, set())
        opening = self._opening_weight(row)
        time = self.times.get(id(row))
        part: list[list[float]] = []  # what value i scores in column j
        for v in row.values:
            part.append([])
            for j, c in enumerate(self.cols):
                s = 0.0
                if time and v.unit not in RATE_UNITS and j in self.time_columns[time]:
                    # a flow on a duration, a balance on a balance date (more than the columns
                    # the row's group took: a group holds both)
                    s += 1.5
                if not v.explicit and self.main and c.unit and c.unit != self.main:
                    s -= 1.0 if (c.period or "")[-10:] == self.latest else 2.0
                if v.unit == "percent" and self.mixed and (c.period or "").startswith("P") \
                        and j in self.time_columns.get("duration", (j,)):
                    # a rate is a fact of a period: XBRL tags it with a duration (the page's
                    # periods, not an event's month beside them)
                    s += 1.5
                if j in self.opening:
                    s += opening
                if j in used:
                    s += 1.0
                part[-1].append(s)
        # a forecast's row is not the actual's: the columns its line item took say nothing
        same = None if _is_forecast(row) else self.label_use.get(row.label)
        out: list[float] = []
        for combo in combos:
            s = sum(p[j] for p, j in zip(part, combo, strict=True))
            s += 2.0 * translated_pairs(self.rates, row.values, combo)
            if same is not None:
                s += 2.0 if list(combo) == same else sum(0.5 for j in combo if j in same)
            gaps = (combo[-1] - combo[0] + 1 - len(combo)) if combo else 0
            out.append(s - 0.5 * gaps)
        return out

    def _opening_weight(self, row: DetailsRow) -> float:
        """What each column that opens a year adds to a row's choice: those columns hold the
        rows naming their day, never a roll-forward's movements or its closing balance
        (those are the year columns')."""
        kind = self.kinds.get(id(row))
        if kind == RowKind.FLOW:
            return -2.0
        if kind == RowKind.DATED:
            return 2.0
        return 0.0

    def take(self, row: DetailsRow, columns: list[int], by_label: bool = True) -> None:
        row.columns = columns
        if row.count_unit:
            return  # placed by its unit's column: it says nothing of where the group's money sits
        if not (self.events and len(row.values) == 1):
            # (beside event columns, a lone value's column says nothing of its group's)
            self.group_use.setdefault(row.group, set()).update(columns)
        if by_label:
            self.label_use.setdefault(row.label, columns)


def _given_columns(doc: Document, row: DetailsRow) -> list[int] | None:
    """The columns of a row's values when the input gives each cell's column, else None."""
    if not doc.cell_columns:
        return None
    starts = [c[0] for c in doc.cell_columns]
    out: list[int] = []
    for v in row.values:
        k = bisect.bisect_right(starts, v.start) - 1
        if k < 0 or not doc.cell_columns[k][0] <= v.start < doc.cell_columns[k][1]:
            return None
        j = doc.cell_columns[k][2]
        if not 0 <= j < len(doc.columns) or (out and j <= out[-1]):
            return None
        out.append(j)
    return out


def place_all(doc: Document, rows: list[DetailsRow]) -> list[ExtractionWarning]:
    """Choose the columns of every row; rows that fill the page or are forced go first."""
    cols = doc.columns
    n = len(cols)
    page = _Page(
        cols,
        _main_unit(doc, rows),
        max((c.period or "")[-10:] for c in cols) if cols else "",
        len({(c.period or "").startswith("P") for c in cols}) == 2,
        len(cols) >= 3 and sum(1 for c in cols if c.unit is None) == 1,
    )
    page.rates = translation_rates(cols, [r.values for r in rows])
    page.opening = opening_columns(cols)
    page.events = is_wide(cols) and has_event_columns(cols)
    if page.mixed:
        page.time_columns = time_columns(cols, page.events)
        if page.time_columns:
            page.times = {id(r): k for r in rows if (k := time_kind(r.label)) is not None
                          # beside event columns only a row that fills its kind's columns
                          # (an event's own row may stand in an event's column)
                          and (not page.events or len(r.values) == len(page.time_columns[k]))}
    if page.opening:
        days = {column_month_day(cols[j]) for j in page.opening}
        kinds = roll_forward_kinds([r.label for r in rows], [r.entity for r in rows], days)
        page.kinds = {id(r): k for r, k in zip(rows, kinds, strict=True)}
    # the latest columns first; but on a page that opens with its report date and has earlier
    # columns after it, the columns later than that date (a forecast's years) come last
    ends = [(c.period or "")[-10:] for c in cols]
    first = ends[0] if ends and any(e < ends[0] for e in ends[1:]) else "9999"
    by_end = sorted(range(n), key=lambda j: (ends[j] <= first, ends[j], -j), reverse=True)
    recency = {j: rank for rank, j in enumerate(by_end)}
    latest = sorted(range(n), key=lambda j: (ends[j], -j), reverse=True)
    ahead = {j: rank for rank, j in enumerate(latest)}  # a forecast's rows: its years first
    rank_of = {True: ahead, False: recency}
    warnings: list[ExtractionWarning] = []
    options = [page.feasible(r) for r in rows]
    fixed: list[tuple[DetailsRow, bool]] = []  # (row, its columns speak for its line item)
    for r, opts in zip(rows, options, strict=True):
        given = _given_columns(doc, r)
        if given is not None:  # the HTML said which column each cell stands in
            page.take(r, given)
            fixed.append((r, True))
        elif len(opts) == 1:
            # (a placement forced by this group's maturity says nothing of other groups)
            forced = not r.matures or len(page.feasible(r, maturity=False)) == 1
            page.take(r, list(opts[0]), by_label=forced)
            fixed.append((r, forced))
    _choose(page, rows, options, rank_of, warnings)
    # the viewer's marks open and close each column: a bare value opens none; the rows the
    # marks move are then what the other rows of their group and line item follow
    units = [c.unit for c in cols]
    by_marks = {id(r) for r in place_by_marks(rows, units)}
    if by_marks:
        page.group_use, page.label_use = {}, {}
        for r, by_label in fixed:
            page.take(r, list(r.columns or []), by_label=by_label)
        for r in rows:
            if id(r) in by_marks:
                page.take(r, list(r.columns or []))
            elif r.ranked:
                r.columns = None
        _choose(page, rows, options, rank_of, [])
        by_marks |= {id(r) for r in place_by_marks(rows, units)}
    settled = settle_roll_forwards(rows, n) | by_marks
    warnings.extend(_resolve_ties(page, rows, settled))
    warnings.extend(roll_forward_warnings(_groups(rows).values(), n))
    return warnings


def _resolve_ties(page: _Page, rows: list[DetailsRow], settled: set[int]
                  ) -> list[ExtractionWarning]:
    """Rows whose best columns tie and that nothing settled: lone values that add up to one
    value of their group take its column, other lone values on a wide page are undated,
    the rest keep the first choice; each with a warning but those the sums place."""
    cols, n = page.cols, len(page.cols)
    warnings: list[ExtractionWarning] = []
    ties: list[tuple[DetailsRow, str]] = []
    for r in rows:
        scored = r.ranked
        if not scored or id(r) in settled or len(scored) < 2:
            continue
        if scored[1][0] == scored[0][0] and list(scored[0][1]) == r.columns:
            ties.append((r, " or ".join("/".join(cols[j].label for j in c)
                                        for _, c in scored[:2])))
    # lone values that add up to one value of their group take its column
    summed = sum_columns(rows, {id(r) for r, _ in ties if _lone_tie(page, r)})
    for r, alts in ties:
        if id(r) in summed:
            r.columns = [summed[id(r)]]
        elif _lone_tie(page, r) or is_open_tie(page.cols, r.ranked):
            # a lone value (or a short row) nothing places on a wide page: undated, never "the
            # first column(s)"
            r.columns = [UNDATED] * len(r.values)
            what = ("column unknown", "value is") if len(r.values) == 1 else (
                "columns ambiguous", "values are")
            warnings.append(_warn(r, n, f"{what[0]} ({alts}); the {what[1]} undated"))
        else:
            warnings.append(_warn(r, n, f"columns ambiguous ({alts}); took the first"))
    return warnings


def _choose(page: _Page, rows: list[DetailsRow], options: list[list[tuple[int, ...]]],
            rank_of: dict[bool, dict[int, int]], warnings: list[ExtractionWarning]) -> None:
    """Place the rows not placed yet, in page order, each on its most plausible columns."""
    n = len(page.cols)
    ends = column_ends(page.cols)
    for r, opts in zip(rows, options, strict=True):
        if r.columns is not None:
            continue
        if not opts:
            r.columns = list(range(len(r.values)))[: n] + [-1] * max(0, len(r.values) - n)
            warnings.append(_warn(r, n, "more values than columns; extra values are undated"))
            continue
        # On a tie the latest columns win (the page's usual order puts them first, but the
        # choice must not depend on that order); then the leftmost.
        rank = rank_of[_is_forecast(r)]
        # of choices that score alike, comparatives (consecutive years) come first
        scored = sorted(
            zip(page.scores(r, opts), opts, strict=True),
            key=lambda x: (-x[0], not is_comparative_run(ends, x[1]),
                           tuple(sorted(rank[j] for j in x[1])), x[1]),
        )
        r.ranked = scored
        if _lone_tie(page, r) or is_open_tie(page.cols, r.ranked):
            # a lone value (or a short row) nothing places, to be undated, lends its line item
            # and its group no columns: the same measure elsewhere on the page stays as open
            r.columns = list(scored[0][1])
            continue
        page.take(r, list(scored[0][1]))


def _lone_tie(page: _Page, r: DetailsRow) -> bool:
    """A lone value whose best columns tie on a page of three periods or more."""
    s = r.ranked
    return len(r.values) == 1 and len(s) > 1 and s[0][0] == s[1][0] and is_wide(page.cols)


def _groups(rows: list[DetailsRow]) -> dict[int, list[DetailsRow]]:
    groups: dict[int, list[DetailsRow]] = {}
    for r in rows:
        groups.setdefault(r.group, []).append(r)
    return groups


def _warn(r: DetailsRow, n: int, what: str) -> ExtractionWarning:
    return ExtractionWarning(
        code="details_row_ambiguous",
        message=f"row {r.label!r}"
        + (f" ({r.entity})" if r.entity else "")
        + f" has {len(r.values)} values for {n} columns: {what}",
        span=(r.values[0].start, r.values[-1].end),
    )


def _is_forecast(r: DetailsRow) -> bool:
    """A row of a scenario member "Forecast": its values are of the years ahead."""
    return bool(_FORECAST.search(f"{r.label} {r.extra_label or ''} {r.entity or ''}"))

