"""Grid tables to facts: label the unlabelled rows, place rows on columns, date roll-forwards,
then one fact per value (through `valuefacts.value_fact`), and check the totals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from extractor.amounts import find_amounts
from extractor.document import Document
from extractor.entities import is_party
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import find_periods
from extractor.tables import headingplaces as hp
from extractor.tables import rowsubjects as rs
from extractor.tables.captions import caption_text, entity_of, rate_header, short_row, unit_line
from extractor.tables.cells import is_dash
from extractor.tables.columnmembers import column_member, member_columns
from extractor.tables.daterows import (
    balance_row_dates,
    movement_periods,
    names_only_a_date,
    row_date,
)
from extractor.tables.header import TableColumn
from extractor.tables.headerless import split_headerless
from extractor.tables.headingunits import column_dollar
from extractor.tables.mixedperiod import balance_sheet_section, intro_period
from extractor.tables.model import Row, Table
from extractor.tables.parties import (
    about_related_parties,
    about_segments,
    names_party,
    segment_column,
    segment_rows,
    title_case_name,
)
from extractor.tables.placement import (
    headerless_positions,
    place,
    place_sparse_totals,
    units_from_marks,
)
from extractor.tables.rollforward import (
    across_for,
    across_periods,
    balance_instant,
    quarter_period,
    roll_forward_columns,
)
from extractor.tables.scalenote import (
    is_per_unit_amount,
    is_share_count_row,
    per_share_after,
    row_label_scale,
)
from extractor.tables.totals import check_totals, label_unlabelled
from extractor.tables.valuefacts import (
    first_unit,
    lead_in,
    life_column_label,
    term_or_life,
    value_fact,
)
from extractor.tables.values import Value, clean_label
from extractor.tables.yearends import bare_year, in_year
from extractor.vocabulary import OTHER_UNITS


@dataclass(frozen=True)
class _TableView:
    """What every row of a table is read against."""

    doc: Document
    table: Table
    title: str | None
    col_units: dict[int, str]
    movement: dict[int, str]
    rolled: dict[int, dict[int, str]]
    members: bool = False  # column headings are segments: each the entity of its cells
    across: list[str] | None = None  # a headerless roll-forward laid across: its periods
    listed_fits: bool = False  # most labelled rows hold one value per period the intro lists
    related: bool = False  # a related-party table: its name headings are the parties
    segments: bool = False  # a segment table: its named columns are the segments
    segment_of: dict[int, str] | None = None  # rows naming the segments a total sums
    row_dates: dict[int, str] = field(default_factory=dict)  # balance rows named by a date
    positions: list[list[int]] | None = None  # a headerless table's value columns by place
    position_units: dict[int, str] | None = None  # their currencies, from the marks
    life_context: str = ""  # headings and lead-in: where a table names a term or useful lives
    subjects: list[str | None] | None = None  # what each row's roll-forward intro says moves
    schedule: rs.MaturitySchedule | None = None  # what a table of amounts by due year lists


def table_facts(doc: Document, table: Table) -> tuple[list[Fact], list[ExtractionWarning]]:
    """The facts of one table, with warnings for rows placed by a guess, unlabelled rows that
    total nothing and totals that do not add up."""
    title = table.caption or (caption_text(doc.title) if doc.title else None) or None
    split_headerless(table)
    n = len(table.columns)
    warnings = label_unlabelled(table, title)
    placements = [place(table, row) for row in table.rows]
    place_sparse_totals(table, placements)
    labels = [r.label for r in table.rows]
    sums = [sum(float(v.amount) for v in r.values) for r in table.rows]
    positions = headerless_positions(table)
    view = _TableView(
        doc,
        table,
        title,
        units_from_marks(table, placements),
        movement_periods(labels, sums),
        roll_forward_columns(table.columns, labels),
        member_columns(table, doc.title),
        across_periods(table.rows, table.intro_periods, table.header_texts) if n == 0 else None,
        _listed_fits(table),
        related=about_related_parties(title, doc.title, *table.header_texts),
        segments=about_segments(title, doc.title, *table.header_texts),
        segment_of=segment_rows([r.label if r.label_cell is not None else None
                                 for r in table.rows]),
        row_dates=balance_row_dates(labels, doc.period, sums),
        positions=positions,
        position_units=(units_from_marks(table, [(p, False) for p in positions])
                        if positions else None),
        life_context=" ".join([*table.header_texts, lead_in(doc.text, table.start)]),
        subjects=rs.row_subjects(doc.text, table.rows, rs.movement_subject(table.intro)),
        schedule=rs.maturity_schedule(table.intro, table.header_texts),
    )
    facts: list[Fact] = []
    for ri, (row, (cols, guess)) in enumerate(zip(table.rows, placements, strict=True)):
        row.columns = cols
        if guess and n:
            warnings.append(ExtractionWarning(
                code="table_row_ambiguous",
                message=f"row {row.label!r} has {len(row.values)} values for {n} columns; "
                "their columns are a guess (by position, else from the left)",
                span=(row.values[0].start, row.values[-1].end),
            ))
        facts.extend(_row_facts(view, ri, row))
        facts.extend(_label_amount_facts(view, row))
    warnings.extend(check_totals(table.rows, n, [r.is_total for r in table.rows]))
    return facts, warnings


def _listed_fits(table: Table) -> bool:
    """Whether a headerless table's rows are one value per period its intro lists: most of
    its labelled rows hold that many (a table of segment columns under "for the years ended
    2024, 2023 and 2022" holds other counts, and its three-value rows are not years)."""
    k = len(table.intro_periods)
    # a rate beside the amounts ("5,800 | 5,800 | 3.3%") is no period's value
    labelled = [k in (len(r.values), sum(1 for v in r.values if v.unit != "percent"))
                for r in table.rows if r.label_cell is not None]
    return k > 0 and 2 * sum(labelled) > len(labelled)


_WORDS = re.compile(r"[A-Za-z]{3}")
_AS_OF_DATE = re.compile(
    r",?\s+(?:as\s+of|as\s+at|at)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s*$"
)


def _row_label(view: _TableView, ri: int, row: Row) -> tuple[str, str | None]:
    """A row's label (under its section) and entity."""
    if (due := rs.due_row_label(row.label, view.schedule)) is not None:
        return due, None  # "2012" under "Years ending March 31": when, within what
    title = None if unit_line(view.title) else view.title
    # a "section" or label that is a currency mark or a number ("₨ 97", "5.00%-7.75%") is a
    # cell the viewer misplaced, not words of the table
    section = row.section if row.section and _WORDS.search(row.section) else None
    if unit_line(section):
        section = None  # "(RMB)", "(Number of Years)": a column's unit line, not a heading
    own, party = short_row(row.label) or (row.label, None)
    if own is None or not _WORDS.search(own):
        # the row is the party ("Kiraboshi Bank"): the measure is the section's or table's
        party = row.entity or party
        return section or title or row.label, party if is_party(party) else None
    label = own
    if section and row.label_cell is not None and section.lower() not in label.lower():
        label = f"{section} / {label}"
    elif row.label_cell is not None:  # "At January 1" under "Movement of X is as follows:"
        label = rs.with_subject(rs.total_of(label, view.table.header_texts, view.doc.title),
                                view.subjects[ri] if view.subjects else None)
    entity = row.entity or party or entity_of(own)
    if entity and entity == row.label:
        # a row that is a company's name: the measure is the section's or the table's
        label = section or title or label
    if entity is None and row.section_colon and title_case_name(row.label):
        entity = row.label  # "Net revenue:" over "Global Products": a segment's row
        if view.related:  # "Current:" over "Wen Qi": the party's row; the heading is the measure
            label = section or label
    if entity is None and view.related:
        entity, label = _related_party(row, section, label)
    if row_date(row.label) and names_only_a_date(row.label) and (row.section or title):
        label = row.section or title or label  # "As at April 1, 2022": the table's measure
    elif row_date(row.label):
        # "Outstanding as of December 31, 2022": the date is the value's period, not its words
        label = _AS_OF_DATE.sub("", label) or label
    return label, entity if is_party(entity) else None


def _related_party(row: Row, section: str | None, label: str) -> tuple[str | None, str]:
    """In a related-party table, the party a row is ("Due from related parties:" over
    "Advisor": the section is the measure) or the party heading it stands under ("Advisor:"
    over "Asset management fees", and the subtotal after them)."""
    if row.label_cell is not None and section and names_party(row.label):
        return row.label, section
    if section and names_party(section):
        return section, label
    return None, label


def _row_facts(view: _TableView, ri: int, row: Row) -> list[Fact]:
    """One fact per value of a row (its rates beside the amounts included)."""
    table, doc = view.table, view.doc
    n = len(table.columns)
    label, entity = _row_label(view, ri, row)
    if view.segment_of and ri in view.segment_of:
        # "Intelligent Spend Group" above "Total segment revenue for reportable segments"
        label, entity = f"{view.segment_of[ri]} / {row.label}", row.label
    row_period = view.row_dates.get(ri) or view.movement.get(ri) or row.block_period
    if row_period is None and n == 0 and table.intro_flow:
        # balances at the year's edges are instants (FACTS.md 1.1), the movements the year
        row_period = balance_instant(row.label, table.intro_flow) or table.intro_flow
    out: list[Fact] = []
    own = row_label_scale(row.label_cell.text if row.label_cell else "", row.values)
    # A headerless table whose rows hold one value per period its intro lists: in that order.
    listed: Sequence[str] = ()
    if n == 0 and len(row.values) == len(table.intro_periods) and view.listed_fits:
        listed = table.intro_periods
    elif n == 0 and view.across is not None:
        listed = across_for(row.label, view.across)  # "Year ended December 31, 2023": its own
    # a dateless table's worded headings ("Number of Options Outstanding | ... Price")
    heads = (hp.value_headings(table.header_texts, row.values) if n == 0
             else [None] * len(row.values))
    for k, (v, j) in enumerate(zip(row.values, row.columns, strict=True)):
        col = table.columns[j] if 0 <= j < n else None
        period = col.period if col is not None else (listed[k] if listed else None)
        if col is not None and col.template and (year := bare_year(row.label)) is not None:
            period = in_year(col.template, year)  # "2025" under "Three Months Ended March 31"
        if period is None and col is None and row_period is None and table.intro_duration:
            # under "... for the year ended DATE was as follows:": the year, but a balance
            # at its start or end is an instant (FACTS.md 1.1)
            d = table.intro_duration
            period = balance_instant(row.label, d) or d
        if ri in view.rolled and 0 <= j < n and view.rolled[ri].get(j):
            period = view.rolled[ri][j]
        period = quarter_period(row.label, period) or period  # "First quarter" of the year
        if period and period.startswith("P") and balance_sheet_section(row.section):
            period = period.split("/")[-1]  # "... to the consolidated balance sheets": its end
        head = heads[k]
        flabel, fentity = _column_label(view, label, entity, col, head)
        read_as = flabel if head is not None else label  # the heading says what it is
        counted = head is not None and hp.is_count_heading(head, table.header_texts)
        us = _unit_scale(view, v, j, col, read_as, _position(view, ri, k), counted, own)
        us["unit"] = hp.heading_currency(head, v, doc.text) or us["unit"]  # "(Canadian Dollars)"
        if head is not None and (hs := hp.heading_scale(head, table.header_texts)) is not None:
            us["scale"] = hs  # "Units (in thousands)" beside a price heading stating none
        named = f"{row.section} / {read_as}" if row.section else read_as
        if col is not None and (life := life_column_label(col.category, v, label, named)):
            flabel, named = life  # "Useful Lives (Years)" beside cost and net: undated lives
        term, us["unit"] = term_or_life(named, v, us["unit"], view.life_context)
        if term:
            continue  # a term ("Expected life (years)"), not a useful life: no fact
        dated = intro_period(table, label, period if period is not None else row_period)
        if dated is None and _is_money(us["unit"]):
            dated = doc.period  # money nothing else dates takes the page's period (FACTS.md)
        out.append(value_fact(doc, v, label=flabel or (view.title or "Value"), entity=fentity,
                              period=dated, **us))
    rate_col = rate_header(table) if row.extras else None  # read only for a row's rates
    paired = len(row.extras) == len(row.values) > 1  # "17,645 | 21.0% | 7,102 | 21.0%"
    for v in row.extras:
        # a rate after each amount takes that amount's column; a lone rate the first column
        before = [j for u, j in zip(row.values, row.columns, strict=True) if u.start < v.start]
        j = before[-1] if paired and before else 0
        first = table.columns[j].period if 0 <= j < n else None
        out.append(value_fact(
            doc,
            v,
            label=f"{label} / {rate_col}" if rate_col else label,
            entity=entity,
            period=first or row_period or table.default_instant,
            unit="percent" if v.unit == "percent" else v.unit,
            scale=0,
        ))
    return out


def _column_label(
    view: _TableView, label: str, entity: str | None, col: TableColumn | None,
    heading: str | None,
) -> tuple[str, str | None]:
    """A value's label and entity from its column: a segment or member heading is the
    entity, another category or a dateless table's worded heading joins the label."""
    n = len(view.table.columns)
    segment = segment_column(col.category) if view.segments and col is not None else None
    if col is not None and col.category and n > 1 and view.members:
        flabel, member = column_member(label, col.category)
        return flabel, member or entity
    if segment is not None and entity is None:
        return label, segment  # "Hyperimmune products" over a segment table's column
    if col is not None and col.category and n > 1:
        return f"{label} / {col.category}", entity
    if heading is not None:
        return f"{label} / {heading}", entity
    return label, entity


# "net of tax of $0, $0 and $0", "net of accumulated depreciation of $23,208 and $22,925":
# the measure the amounts of a row label name, just before them
_LABEL_MEASURE = re.compile(r"([A-Za-z][\w\s/'’-]*?)\s+(?:of|totaling|was|were)\s*$")


def _label_amount_facts(view: _TableView, row: Row) -> list[Fact]:
    """Amounts a row label lists one per column ("Property, net of accumulated depreciation of
    $23,208 and $22,925" over "2025 | 2024"): each takes its column's period, in order. The
    label is then the table's (prose does not read it again)."""
    cols, c = view.table.columns, row.label_cell
    if c is None or len(cols) < 2 or not any(ch.isdigit() for ch in c.text):
        return []
    found = [a for a in find_amounts(c.text, view.doc.yen) if not a.blank]
    if len(found) != len(cols) or not all(a.explicit_unit and a.unit for a in found):
        return []
    if find_periods(c.text):
        return []  # the label dates its own amounts: prose reads them
    m = _LABEL_MEASURE.search(c.text[: found[0].token_start])
    label = m.group(1).strip().capitalize() if m else clean_label(c.text)
    view.table.claimed.append((c.start, c.end))
    out = []
    for j, (a, col) in enumerate(zip(found, cols, strict=True)):
        v = Value(c, c.start + a.start, c.start + a.end, a.value or "0", a.value_max,
                  a.unit, True)
        us = _unit_scale(view, v, j, col, label)
        if a.scale or per_share_after(c.text, a.end):
            us["scale"] = a.scale or 0  # "$21 million" says its own; "$0.001 par value": 0
        out.append(value_fact(view.doc, v, label=label, entity=None, period=col.period, **us))
    return out


def _position(view: _TableView, ri: int, k: int) -> int:
    """The column of a headerless table's k-th value of row ri by its place (-1: none)."""
    return view.positions[ri][k] if view.positions is not None else -1


class _UnitScale(TypedDict):
    """A value's unit and scale, as `value_fact`'s keywords."""

    unit: str | None
    scale: int | None


def _unit_scale(
    view: _TableView, v: Value, j: int, col: TableColumn | None, label: str, pos: int = -1,
    counted: bool = False, own: int | None = None,
) -> _UnitScale:
    """A value's unit and scale: the column's scale, else the scale the table states once,
    with the exceptions it names (per-share amounts in units, share counts at their own
    scale). A row that counts shares, or a value under a heading that does (`counted`), is
    in shares unless its cell prints a currency."""
    unit = _unit(view, v, j, col, pos)
    note = view.table.scale_note
    if (counted or is_share_count_row(label)) and not v.explicit:
        if own is None and note is not None:  # else "... (in thousands of shares)": its own
            own = note.share_scale if note.share_scale is not None else note.scale
        return {"unit": "share", "scale": own if own is not None or col is None else col.scale}
    if own is not None and unit not in OTHER_UNITS:
        return {"unit": unit, "scale": own}  # "Aggregate intrinsic value ($000)": the row's
    if col is not None and col.scale is not None:
        return {"unit": unit, "scale": col.scale}
    if note is None:
        return {"unit": unit, "scale": view.table.intro_scale}
    if is_per_unit_amount(label, v.amount) or (unit is None and view.table.page_scale):
        return {"unit": unit, "scale": 0}
    return {"unit": unit, "scale": note.scale if unit not in OTHER_UNITS else None}


def _unit(
    view: _TableView, v: Value, j: int, col: TableColumn | None, pos: int = -1
) -> str | None:
    """A value's unit: its own mark, else its column's (from the header, else from the marks
    of the column's other cells), else the table's or the page's."""
    if is_dash(v.cell.text) and view.col_units.get(j) == "percent":
        return "percent"
    if v.explicit and v.unit is not None:
        # "$ 7.22" under "Exercise Price (Canadian Dollars)": the viewer's "$" is the column's
        own = column_dollar(v.unit, col.unit if col else None, view.doc.text, v.start)
        return own or v.unit
    # a headerless table's columns too take the "$" of their first and total rows
    return first_unit(
        col.unit if col is not None else None,
        (view.position_units or {}).get(pos),  # "Rs. | ... | US$" on a headerless first row
        view.col_units.get(j),
        view.table.intro_unit,
        view.doc.unit,
    )


def _is_money(unit: object) -> bool:
    return isinstance(unit, str) and unit not in OTHER_UNITS
