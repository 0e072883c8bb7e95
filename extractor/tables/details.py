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
from extractor.tables.grid import is_prose
from extractor.tables.values import Value, clean_label, quote_for, read_value
from extractor.vocabulary import DURATION_UNITS, RATE_UNITS

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


def read_details(doc: Document, cells: list[Cell]) -> DetailsResult:
    """Facts of a Details page's rows."""
    text = doc.text
    rows: list[DetailsRow] = []
    claimed: list[tuple[int, int]] = []
    sig = [c for c in cells if c.text]
    entity: str | None = None
    extra: str | None = None
    group = 0
    maturities: dict[int, str | None] = {}
    i = 0
    while i < len(sig):
        c = sig[i]
        t = c.text
        if not _label_has_number(t) and not is_prose(t):
            # a label stating a rate ("at tax rate of 29.825 %") and the sentences of a
            # narrative page (blank slots have no digits) stay for prose to read
            claimed.append((c.start, c.end))
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
        has_values = k < len(sig) and (_is_value_cell(sig[k]) or parse_header_date(sig[k].text))
        if not has_values:
            nxt = sig[i + 1].text if i + 1 < len(sig) else ""
            nxt_is_text = bool(nxt) and not _is_value_cell(sig[i + 1])
            if not _STRUCTURAL.search(t) and (
                " | " in t or t.endswith("[Member]") or (nxt_is_text and _STRUCTURAL.search(nxt))
                or (nxt_is_text and _next_is_heading(sig, i + 1))
            ):
                ms = _members(t)
                entity = ms[0] if ms else None
                extra = " / ".join(ms[1:]) or None
                group += 1
            elif not _STRUCTURAL.search(t):
                group += 1  # a heading inside the member's rows: a new group, same entity
            i += 1
            continue
        row = DetailsRow(c, clean_label(t), entity=entity, extra_label=extra, group=group)
        i = j
        mark: str | None = None
        while i < len(sig):
            v_cell = sig[i]
            vt = v_cell.text
            if _FOOTNOTE.match(vt):
                claimed.append((v_cell.start, v_cell.end))
                i += 1
                continue
            if parse_header_date(vt):
                claimed.append((v_cell.start, v_cell.end))
                if _MATURITY.search(row.label):
                    maturities[group] = parse_header_date(vt)
                i += 1  # "Maturity date | February 13, 2024": a date, not an amount
                continue
            if vt == "%" and row.values and row.values[-1].unit in (None, "percent"):
                # "2.75" + "%": a rate whose sign the viewer put in a cell of its own
                row.values[-1].unit, row.values[-1].explicit = "percent", True
                claimed.append((v_cell.start, v_cell.end))
                i += 1
                continue
            if vt in (")", ")%") and row.values and row.values[-1].open_paren:
                # "(18" + ")": the closing bracket of a negative split over two cells
                row.values[-1].open_paren = False
                if vt == ")%":
                    row.values[-1].unit, row.values[-1].explicit = "percent", True
                claimed.append((v_cell.start, v_cell.end))
                i += 1
                continue
            if is_mark(vt):
                mark = vt
                claimed.append((v_cell.start, v_cell.end))
                i += 1
                continue
            if not _is_value_cell(v_cell):
                break
            v = read_value(v_cell, text, doc.yen, mark)
            mark = None
            claimed.append((v_cell.start, v_cell.end))
            if v is not None:
                row.values.append(v)
            i += 1
        if row.values:
            rows.append(row)
    for r in rows:
        r.matures = maturities.get(r.group)
    warnings = _place_all(doc, rows)
    facts: list[Fact] = []
    for row in rows:
        assert row.columns is not None
        for v, j in zip(row.values, row.columns, strict=True):
            col = doc.columns[j] if 0 <= j < len(doc.columns) else None
            facts.append(_fact(doc, row, v, col))
    return DetailsResult(facts, warnings, claimed)


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
    unit = v.unit if v.explicit else None
    if unit is None and col is not None:
        unit = col.unit
    if unit is None:
        unit = doc.unit
    scale = 0 if unit in RATE_UNITS or _PER_UNIT.search(row.label) else doc.scale_for(unit)
    period = col.period if col is not None else doc.period
    if unit in DURATION_UNITS:
        period = None
    label = row.label
    if row.extra_label:
        label = f"{label} / {row.extra_label}"
    if col is not None and col.members:
        label = f"{label} / {' / '.join(col.members)}"
    return Fact(
        label=label,
        entity=row.entity,
        period=period,
        amount=v.amount,
        amount_max=v.amount_max,
        scale=scale,
        unit=unit,
        blank=False,
        quote=quote_for(doc.text, v),
        span=(v.start, v.end),
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


def _place_all(doc: Document, rows: list[DetailsRow]) -> list[ExtractionWarning]:
    """Choose the columns of every row; rows that fill the page or are forced go first."""
    cols = doc.columns
    n = len(cols)
    main = _main_unit(doc, rows)
    latest = max((c.period or "")[-10:] for c in cols) if cols else ""
    kinds = {(c.period or "").startswith("P") for c in cols}
    mixed = len(kinds) == 2  # duration and instant columns side by side
    by_end = sorted(range(n), key=lambda j: ((cols[j].period or "")[-10:], -j), reverse=True)
    recency = {j: rank for rank, j in enumerate(by_end)}
    group_use: dict[int, set[int]] = {}
    label_use: dict[str, list[int]] = {}
    warnings: list[ExtractionWarning] = []

    def feasible(row: DetailsRow, maturity: bool = True) -> list[tuple[int, ...]]:
        k = len(row.values)
        if k > n or _ncr(n, k) > _MAX_COMBOS:
            return []
        out = []
        for combo in itertools.combinations(range(n), k):
            ok = True
            for v, j in zip(row.values, combo, strict=True):
                cu = cols[j].unit
                money = v.unit is not None and v.unit not in RATE_UNITS
                if v.explicit and money and cu and cu != v.unit:
                    ok = False
                    break
                end = (cols[j].period or "")[-10:]
                balance = v.unit not in RATE_UNITS
                if maturity and balance and row.matures and end and end > row.matures:
                    ok = False  # a balance after the loan matured: not this column
                    break
            if ok:
                out.append(combo)
        return out

    options = [feasible(r) for r in rows]
    for r, opts in zip(rows, options, strict=True):
        if len(opts) == 1:
            r.columns = list(opts[0])
            group_use.setdefault(r.group, set()).update(r.columns)
            if not r.matures or len(feasible(r, maturity=False)) == 1:
                # (a placement forced by this group's maturity says nothing of other groups)
                label_use.setdefault(r.label, r.columns)
    for r, opts in zip(rows, options, strict=True):
        if r.columns is not None:
            continue
        if not opts:
            r.columns = list(range(len(r.values)))[: n] + [-1] * max(0, len(r.values) - n)
            warnings.append(_warn(r, n, "more values than columns; extra values are undated"))
            continue

        def score(combo: tuple[int, ...], r: DetailsRow = r) -> float:
            s = 0.0
            for v, j in zip(r.values, combo, strict=True):
                if not v.explicit and main and cols[j].unit and cols[j].unit != main:
                    s -= 1.0 if (cols[j].period or "")[-10:] == latest else 2.0
                if v.unit == "percent" and mixed and (cols[j].period or "").startswith("P"):
                    s += 1.5  # a rate is a fact of a period: XBRL tags it with a duration
            used = group_use.get(r.group, set())
            s += sum(1.0 for j in combo if j in used)
            same = label_use.get(r.label)
            if same is not None:
                s += 2.0 if list(combo) == same else sum(0.5 for j in combo if j in same)
            gaps = (combo[-1] - combo[0] + 1 - len(combo)) if combo else 0
            s -= 0.5 * gaps
            return s

        # On a tie the latest columns win (the page's usual order puts them first, but the
        # choice must not depend on that order); then the leftmost.
        scored = sorted(
            ((score(c), c) for c in opts),
            key=lambda x: (-x[0], tuple(sorted(recency[j] for j in x[1])), x[1]),
        )
        r.columns = list(scored[0][1])
        r.ranked = scored  # type: ignore[attr-defined]
        group_use.setdefault(r.group, set()).update(r.columns)
        label_use.setdefault(r.label, r.columns)
    settled = _settle_roll_forwards(rows, n)
    for r in rows:
        scored = getattr(r, "ranked", None)
        if not scored or id(r) in settled or len(scored) < 2:
            continue
        if scored[1][0] == scored[0][0] and list(scored[0][1]) == r.columns:
            alts = " or ".join("/".join(cols[j].label for j in c) for _, c in scored[:2])
            warnings.append(_warn(r, n, f"columns ambiguous ({alts}); took the first"))
    warnings.extend(_roll_forward_warnings(rows, n))
    return warnings


_OPEN = re.compile(
    r"^(?:(?:balance\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?beginning\b|opening)",
    re.I,
)
_CLOSE = re.compile(
    r"^(?:(?:balance\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?end(?:ing)?\b"
    r"(?!\s+(?:of\s+)?(?:lease|term|contract))|closing)",
    re.I,
)


def _column_sums(rows: list[DetailsRow], n: int) -> list[float | None]:
    out: list[float | None] = [None] * n
    for r in rows:
        for v, j in zip(r.values, r.columns or [], strict=False):
            if 0 <= j < n:
                out[j] = (out[j] or 0.0) + float(v.amount)
    return out


def _roll_forward_holds(group: list[DetailsRow], n: int) -> int:
    """How well the columns of a roll-forward group (opening + movements = closing) add up."""
    closes = [r for r in group if _CLOSE.match(r.label)]
    if not closes:
        return 0
    close = _column_sums(closes[-1:], n)
    body = [r for r in group if not _CLOSE.match(r.label)]
    sums = _column_sums(body, n)
    support = [0] * n
    for r in body:
        for j in r.columns or []:
            if 0 <= j < n:
                support[j] += 1
    # A column counts by how many values it ties together: a lone movement equal to the
    # closing balance proves less than an opening balance and two movements that add up.
    return sum(
        support[j] for j in range(n)
        if close[j] is not None and abs((sums[j] or 0.0) - close[j]) < 0.5
    )


def _settle_roll_forwards(rows: list[DetailsRow], n: int) -> set[int]:
    """In a group with an opening and a closing balance, place its open rows so that the
    most columns roll forward (opening + movements = closing). Returns the rows so settled."""
    settled: set[int] = set()
    groups: dict[int, list[DetailsRow]] = {}
    for r in rows:
        groups.setdefault(r.group, []).append(r)
    for group in groups.values():
        if not any(_OPEN.match(r.label) for r in group) or not any(
            _CLOSE.match(r.label) for r in group
        ):
            continue
        open_rows = [r for r in group if len(getattr(r, "ranked", [])) > 1]
        if not open_rows:
            continue
        choices = [[c for _, c in r.ranked[:4]] for r in open_rows]  # type: ignore[attr-defined]
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
            holds = _roll_forward_holds(group, n)
            score = sum(
                next(sc for sc, c in r.ranked if c == combo)  # type: ignore[attr-defined]
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
    groups: dict[int, list[DetailsRow]] = {}
    for r in rows:
        groups.setdefault(r.group, []).append(r)
    for group in groups.values():
        closes = [r for r in group if _CLOSE.match(r.label)]
        if not closes or not any(_OPEN.match(r.label) for r in group):
            continue
        close = _column_sums(closes[-1:], n)
        sums = _column_sums([r for r in group if not _CLOSE.match(r.label)], n)
        bad = [j for j in range(n) if close[j] is not None and sums[j] is not None
               and abs(sums[j] - close[j]) >= 0.5]
        if bad:
            r = closes[-1]
            out.append(ExtractionWarning(
                code="table_total_mismatch",
                message=f"{r.label!r}" + (f" ({r.entity})" if r.entity else "")
                + f" is not the opening balance plus the movements in {len(bad)} column(s)",
                span=(r.values[0].start, r.values[-1].end),
            ))
    return out


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
