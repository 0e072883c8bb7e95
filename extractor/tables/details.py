"""XBRL Details pages: rows of values under the columns the page header gives.

A Details page lists line items ("|Amounts due from related parties" then "|$ 501", "|¥ 3,235",
...) under member lines ("|Shandong ... | Senior employee" followed by "|... [Line Items]") that
name the entity of the rows beneath. The viewer drops empty cells, so a row may hold fewer
values than the page has columns: such a row is placed by the currency marks its values carry,
by the columns its group and the same line item elsewhere on the page use, and by the columns
of the page's main currency (convenience-translation columns are used less); when the choice
stays open, a warning names the row.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractor.document import Column, Document
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import parse_header_date
from extractor.tables.cells import Cell, is_dash, is_mark, value_match
from extractor.tables.kinds import is_prose
from extractor.tables.rollforward import (
    is_closing,
    is_roll_forward,
    roll_forward_holds,
    roll_forward_misses,
)
from extractor.tables.valuefacts import first_unit, value_fact
from extractor.tables.values import Value, clean_label, read_value
from extractor.vocabulary import RATE_UNITS

_STRUCTURAL = re.compile(r"\[(?:Line Items|Abstract|Table|Axis|Domain)\]\s*$", re.IGNORECASE)
# Footnote marks in cells of their own; "(1)" is not among them (it is a negative one here).
_FOOTNOTE = re.compile(r"^(?:\[\d{1,2}\]|\((?:[a-h]|[ivx]{1,5})\)|\*{1,3})$", re.I)
_PER_UNIT = re.compile(r"\bper\s+(?:unit|share)\b|\bprice\b|\bpar value\b", re.IGNORECASE)
_MAX_COMBOS = 5000
_MATURITY = re.compile(r"\bmatur|\bdue date\b|\bexpir", re.IGNORECASE)


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


@dataclass
class DetailsResult:
    facts: list[Fact]
    warnings: list[ExtractionWarning]
    claimed: list[tuple[int, int]]


def _is_value_cell(c: Cell) -> bool:
    t = c.text
    return bool(t) and (is_dash(t) or value_match(t) is not None or _looks_number(t))


def _looks_number(t: str) -> bool:
    return bool(re.fullmatch(r"[^\w]{0,4}\s?\(?[\d.,]+\)?\s?%?", t)) and any(
        ch.isdigit() for ch in t
    )


def _members(t: str) -> list[str]:
    return [p.strip().removesuffix("[Member]").strip() for p in t.split(" | ") if p.strip()]


@dataclass
class _Scan:
    """What a walk over a Details page's cells has found so far."""

    rows: list[DetailsRow] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    entity: str | None = None
    extra: str | None = None
    group: int = 0
    maturities: dict[int, str | None] = field(default_factory=dict)

    def claim(self, c: Cell) -> None:
        self.claimed.append((c.start, c.end))


def read_details(doc: Document, cells: list[Cell]) -> DetailsResult:
    """Facts of a Details page's rows."""
    scan = _Scan()
    sig = [c for c in cells if c.text]
    i = 0
    while i < len(sig):
        c = sig[i]
        t = c.text
        if not _label_has_number(t) and not is_prose(t):
            # a label stating a rate ("at tax rate of 29.825 %") and the sentences of a
            # narrative page (blank slots have no digits) stay for prose to read
            scan.claim(c)
        if _FOOTNOTE.match(t) or _is_value_cell(c) or parse_header_date(t) or is_mark(t):
            i += 1  # stray value with no row: nothing to attach it to
            continue
        # a text cell: a member line, a heading, or a row label
        j = i + 1
        while j < len(sig) and _FOOTNOTE.match(sig[j].text):
            j += 1
        k = j
        while k < len(sig) and is_mark(sig[k].text):
            k += 1  # "$" in a cell of its own before the value
        if not (k < len(sig) and (_is_value_cell(sig[k]) or parse_header_date(sig[k].text))):
            _group_line(scan, sig, i)
            i += 1
            continue
        row = DetailsRow(
            c, clean_label(t), entity=scan.entity, extra_label=scan.extra, group=scan.group
        )
        i = _read_values(doc, scan, sig, j, row)
        if row.values:
            scan.rows.append(row)
    rows = scan.rows
    for r in rows:
        r.matures = scan.maturities.get(r.group)
    warnings = _place_all(doc, rows)
    facts: list[Fact] = []
    for row in rows:
        assert row.columns is not None
        for v, j in zip(row.values, row.columns, strict=True):
            col = doc.columns[j] if 0 <= j < len(doc.columns) else None
            facts.append(_fact(doc, row, v, col))
    return DetailsResult(facts, warnings, scan.claimed)


def _group_line(scan: _Scan, sig: list[Cell], i: int) -> None:
    """A text line with no values: a member line (a new entity and group) or a heading."""
    t = sig[i].text
    if _STRUCTURAL.search(t):
        return
    nxt = sig[i + 1].text if i + 1 < len(sig) else ""
    nxt_is_text = bool(nxt) and not _is_value_cell(sig[i + 1])
    if (" | " in t or t.endswith("[Member]") or (nxt_is_text and _STRUCTURAL.search(nxt))
            or (nxt_is_text and _next_is_heading(sig, i + 1))):
        ms = _members(t)
        scan.entity = ms[0] if ms else None
        scan.extra = " / ".join(ms[1:]) or None
    # else a heading inside the member's rows: a new group, same entity
    scan.group += 1


def _read_values(doc: Document, scan: _Scan, sig: list[Cell], i: int, row: DetailsRow) -> int:
    """Read the value cells of `row` from sig[i]; the index of the first cell after them."""
    mark: str | None = None
    while i < len(sig):
        v_cell = sig[i]
        vt = v_cell.text
        last = row.values[-1] if row.values else None
        if _FOOTNOTE.match(vt):
            scan.claim(v_cell)
        elif parse_header_date(vt):
            # "Maturity date | February 13, 2024": a date, not an amount
            scan.claim(v_cell)
            if _MATURITY.search(row.label):
                scan.maturities[scan.group] = parse_header_date(vt)
        elif vt == "%" and last is not None and last.unit in (None, "percent"):
            # "2.75" + "%": a rate whose sign the viewer put in a cell of its own
            last.unit, last.explicit = "percent", True
            scan.claim(v_cell)
        elif vt in (")", ")%") and last is not None and last.open_paren:
            # "(18" + ")": the closing bracket of a negative split over two cells
            last.open_paren = False
            if vt == ")%":
                last.unit, last.explicit = "percent", True
            scan.claim(v_cell)
        elif is_mark(vt):
            mark = vt
            scan.claim(v_cell)
        elif not _is_value_cell(v_cell):
            break
        else:
            v = read_value(v_cell, doc.text, doc.yen, mark)
            mark = None
            scan.claim(v_cell)
            if v is not None:
                row.values.append(v)
        i += 1
    return i


def _label_has_number(t: str) -> bool:
    stripped = re.sub(r"\[\d{1,2}\]|\b(?:19|20)\d\d\b", "", t)
    return bool(re.search(r"\d", stripped)) and not _is_value_cell_text(t)


def _is_value_cell_text(t: str) -> bool:
    return is_dash(t) or _looks_number(t)


def _next_is_heading(sig: list[Cell], k: int) -> bool:
    """True when sig[k] is a value-less text line followed by a row label (a heading)."""
    if k + 1 >= len(sig):
        return False
    return not _is_value_cell(sig[k + 1]) and not _STRUCTURAL.search(sig[k + 1].text)


def _fact(doc: Document, row: DetailsRow, v: Value, col: Column | None) -> Fact:
    label = row.label
    if row.extra_label:
        label = f"{label} / {row.extra_label}"
    if col is not None and col.members:
        label = f"{label} / {' / '.join(col.members)}"
    return value_fact(
        doc,
        v,
        label=label,
        entity=row.entity,
        period=col.period if col is not None else doc.period,
        unit=first_unit(v.unit if v.explicit else None, col.unit if col else None, doc.unit),
        scale=0 if _PER_UNIT.search(row.label) else None,
    )


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

    cols: list[Column]
    main: str | None
    latest: str
    mixed: bool  # duration and instant columns side by side
    group_use: dict[int, set[int]] = field(default_factory=dict)
    label_use: dict[str, list[int]] = field(default_factory=dict)

    def feasible(self, row: DetailsRow, maturity: bool = True) -> list[tuple[int, ...]]:
        """Column choices that contradict none of the row's marks (nor its loan's maturity)."""
        n = len(self.cols)
        k = len(row.values)
        if k > n or _ncr(n, k) > _MAX_COMBOS:
            return []
        return [
            combo
            for combo in itertools.combinations(range(n), k)
            if all(self._fits(row, v, j, maturity) for v, j in zip(row.values, combo, strict=True))
        ]

    def _fits(self, row: DetailsRow, v: Value, j: int, maturity: bool) -> bool:
        cu = self.cols[j].unit
        money = v.unit is not None and v.unit not in RATE_UNITS
        if v.explicit and money and cu and cu != v.unit:
            return False
        end = (self.cols[j].period or "")[-10:]
        balance = v.unit not in RATE_UNITS
        # a balance after the loan matured: not this column
        return not (maturity and balance and row.matures and end and end > row.matures)

    def score(self, row: DetailsRow, combo: tuple[int, ...]) -> float:
        """How plausible a column choice is for a row that more than one choice fits."""
        cols, s = self.cols, 0.0
        for v, j in zip(row.values, combo, strict=True):
            if not v.explicit and self.main and cols[j].unit and cols[j].unit != self.main:
                s -= 1.0 if (cols[j].period or "")[-10:] == self.latest else 2.0
            if v.unit == "percent" and self.mixed and (cols[j].period or "").startswith("P"):
                s += 1.5  # a rate is a fact of a period: XBRL tags it with a duration
        used = self.group_use.get(row.group, set())
        s += sum(1.0 for j in combo if j in used)
        same = self.label_use.get(row.label)
        if same is not None:
            s += 2.0 if list(combo) == same else sum(0.5 for j in combo if j in same)
        gaps = (combo[-1] - combo[0] + 1 - len(combo)) if combo else 0
        return s - 0.5 * gaps

    def take(self, row: DetailsRow, columns: list[int], by_label: bool = True) -> None:
        row.columns = columns
        self.group_use.setdefault(row.group, set()).update(columns)
        if by_label:
            self.label_use.setdefault(row.label, columns)


def _place_all(doc: Document, rows: list[DetailsRow]) -> list[ExtractionWarning]:
    """Choose the columns of every row; rows that fill the page or are forced go first."""
    cols = doc.columns
    n = len(cols)
    page = _Page(
        cols,
        _main_unit(doc, rows),
        max((c.period or "")[-10:] for c in cols) if cols else "",
        len({(c.period or "").startswith("P") for c in cols}) == 2,
    )
    by_end = sorted(range(n), key=lambda j: ((cols[j].period or "")[-10:], -j), reverse=True)
    recency = {j: rank for rank, j in enumerate(by_end)}
    warnings: list[ExtractionWarning] = []
    options = [page.feasible(r) for r in rows]
    for r, opts in zip(rows, options, strict=True):
        if len(opts) == 1:
            # (a placement forced by this group's maturity says nothing of other groups)
            forced = not r.matures or len(page.feasible(r, maturity=False)) == 1
            page.take(r, list(opts[0]), by_label=forced)
    for r, opts in zip(rows, options, strict=True):
        if r.columns is not None:
            continue
        if not opts:
            r.columns = list(range(len(r.values)))[: n] + [-1] * max(0, len(r.values) - n)
            warnings.append(_warn(r, n, "more values than columns; extra values are undated"))
            continue
        # On a tie the latest columns win (the page's usual order puts them first, but the
        # choice must not depend on that order); then the leftmost.
        scored = sorted(
            ((page.score(r, c), c) for c in opts),
            key=lambda x: (-x[0], tuple(sorted(recency[j] for j in x[1])), x[1]),
        )
        r.ranked = scored
        page.take(r, list(scored[0][1]))
    settled = _settle_roll_forwards(rows, n)
    for r in rows:
        scored = r.ranked
        if not scored or id(r) in settled or len(scored) < 2:
            continue
        if scored[1][0] == scored[0][0] and list(scored[0][1]) == r.columns:
            alts = " or ".join("/".join(cols[j].label for j in c) for _, c in scored[:2])
            warnings.append(_warn(r, n, f"columns ambiguous ({alts}); took the first"))
    warnings.extend(_roll_forward_warnings(rows, n))
    return warnings


def _settle_roll_forwards(rows: list[DetailsRow], n: int) -> set[int]:
    """In a group with an opening and a closing balance, place its open rows so that the
    most columns roll forward (opening + movements = closing). Returns the rows so settled."""
    settled: set[int] = set()
    for group in _groups(rows).values():
        if not is_roll_forward(group):
            continue
        open_rows = [r for r in group if len(r.ranked) > 1]
        if not open_rows:
            continue
        choices = [[c for _, c in r.ranked[:4]] for r in open_rows]
        total = 1
        for c in choices:
            total *= len(c)
        if total > 4096:
            continue
        best_key: tuple[int, float] | None = None
        best_pick: tuple[tuple[int, ...], ...] | None = None
        for pick in itertools.product(*choices):
            for r, combo in zip(open_rows, pick, strict=True):
                r.columns = list(combo)
            holds = roll_forward_holds(group, n)
            score = sum(
                next(sc for sc, c in r.ranked if c == combo)
                for r, combo in zip(open_rows, pick, strict=True)
            )
            key = (holds, score)
            if best_key is None or key > best_key:
                best_key, best_pick = key, pick
        assert best_pick is not None and best_key is not None
        for r, combo in zip(open_rows, best_pick, strict=True):
            r.columns = list(combo)
        if best_key[0] > 0:
            settled.update(id(r) for r in open_rows)
    return settled


def _roll_forward_warnings(rows: list[DetailsRow], n: int) -> list[ExtractionWarning]:
    out: list[ExtractionWarning] = []
    for group in _groups(rows).values():
        if not is_roll_forward(group):
            continue
        bad = roll_forward_misses(group, n)
        if bad:
            r = [x for x in group if is_closing(x.label)][-1]
            out.append(ExtractionWarning(
                code="table_total_mismatch",
                message=f"{r.label!r}" + (f" ({r.entity})" if r.entity else "")
                + f" is not the opening balance plus the movements in {len(bad)} column(s)",
                span=(r.values[0].start, r.values[-1].end),
            ))
    return out


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


def _ncr(n: int, k: int) -> int:
    from math import comb

    return comb(n, k)
