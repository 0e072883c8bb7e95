"""Grid tables to facts: label the unlabelled rows, place rows on columns, date roll-forwards,
then one fact per value (through `valuefacts.value_fact`), and check the totals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.amounts import find_amounts
from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import find_periods
from extractor.tables import headingplaces as hp
from extractor.tables import rowsubjects as rs
from extractor.tables.captions import caption_text, rate_header, unit_line
from extractor.tables.columnmembers import class_heads, member_columns
from extractor.tables.daterows import balance_row_dates, movement_periods
from extractor.tables.headerless import split_headerless
from extractor.tables.mixedperiod import balance_sheet_section, intro_period
from extractor.tables.model import Row, Table
from extractor.tables.parties import (
    about_related_parties,
    about_segments,
    breakdown_rows,
    segment_rows,
)
from extractor.tables.placement import (
    headerless_positions,
    place,
    place_sparse_totals,
    share_positions,
    units_from_marks,
)
from extractor.tables.quartercolumns import column_year_period
from extractor.tables.rollforward import (
    across_for,
    across_periods,
    balance_instant,
    is_closing,
    is_opening,
    quarter_period,
    roll_forward_columns,
)
from extractor.tables.rowlabels import (
    column_label,
    date_row_facts,
    date_row_headings,
    heading_members,
    row_label,
)
from extractor.tables.scalenote import per_share_after, row_label_scale
from extractor.tables.tableview import TableView
from extractor.tables.totals import check_totals, label_unlabelled
from extractor.tables.valuefacts import lead_in, life_column_label, term_or_life, value_fact
from extractor.tables.values import Value, clean_label
from extractor.tables.valueunits import (
    count_cells,
    is_money,
    percent_sections,
    unit_scale,
)
from extractor.tables.yearends import bare_year
from extractor.weekyears import fiscal_year


def table_facts(doc: Document, table: Table) -> tuple[list[Fact], list[ExtractionWarning]]:
    """The facts of one table, with warnings for rows placed by a guess, unlabelled rows that
    total nothing and totals that do not add up."""
    title = table.caption or (caption_text(doc.title) if doc.title else None) or None
    split_headerless(table)
    n = len(table.columns)
    # a caption that is only a unit or scale line ("(CAD$)", "(In millions, except per
    # share data)") names no rows: an unlabelled row takes its column's heading instead
    warnings = label_unlabelled(table, None if unit_line(title) else title)
    placements = [place(table, row) for row in table.rows]
    place_sparse_totals(table, placements)
    labels = [r.label for r in table.rows]
    sums = [sum(float(v.amount) for v in r.values) for r in table.rows]
    positions = headerless_positions(table)
    col_units = units_from_marks(table, placements)
    segments = about_segments(title, doc.title, *table.header_texts)
    view = TableView(
        doc,
        table,
        title,
        col_units,
        movement_periods(labels, sums),
        roll_forward_columns(table.columns, labels),
        member_columns(table, doc.title),
        across_periods(table.rows, _across_intro(table, doc), table.header_texts)
        if n == 0 or _edge_headings(table) else None,
        _listed_fits(table),
        related=about_related_parties(title, doc.title, *table.header_texts),
        segments=segments,
        segment_of=segment_rows([r.label if r.label_cell is not None else None
                                 for r in table.rows]),
        breakdown=breakdown_rows(
            [(r.label if r.label_cell is not None and not r.section_colon else None,
              bool(r.values), r.is_total) for r in table.rows],
            " ".join(t for t in (title, doc.title, table.intro, *table.header_texts) if t),
            doc.text, table.intro),
        row_dates=balance_row_dates(labels, doc.period, sums),
        positions=positions,
        position_units=(units_from_marks(table, [(p, False) for p in positions])
                        if positions else None),
        share_places=share_positions(table, col_units),
        award_counts=hp.award_count_columns([c.category for c in table.columns]),
        headed_bare=_headed_bare(table),
        first_fiscal=_first_fiscal(table),
        life_context=" ".join([*table.header_texts, lead_in(doc.text, table.start)]),
        subjects=rs.row_subjects(doc.text, table.rows, rs.movement_subject(table.intro)),
        schedule=rs.maturity_schedule(table.intro, table.header_texts),
        member_heads=class_heads([c.category or "" for c in table.columns]),
        head_members=heading_members(table.header_texts) if segments and _unheaded(table)
        else (),
        percent_cells=percent_sections(table.rows),
        count_cells=count_cells(table),
        first_closing=next((i for i, r in enumerate(table.rows) if is_closing(r.label)), None),
    )
    facts: list[Fact] = []
    date_heads = date_row_headings(table) if _unheaded(table) else None
    for ri, (row, (cols, guess)) in enumerate(zip(table.rows, placements, strict=True)):
        row.columns = cols
        if guess and n:
            warnings.append(ExtractionWarning(
                code="table_row_ambiguous",
                message=f"row {row.label!r} has {len(row.values)} values for {n} columns; "
                "their columns are a guess (by position, else from the left)",
                span=(row.values[0].start, row.values[-1].end),
            ))
        facts.extend(date_row_facts(table, row, date_heads, _row_facts(view, ri, row)))
        facts.extend(_label_amount_facts(view, row))
    warnings.extend(check_totals(table.rows, n, [r.is_total for r in table.rows]))
    return facts, warnings


def _value_heads(view: TableView, row: Row) -> list[str | None]:
    """The worded heading each of a row's values sits under in a dateless table ("Number of
    Options Outstanding | ... Price"), also over the bare columns `split_headerless` cut, one
    per heading ("Shares | ... Price (per share) | ... Term (in years) | ... Value (in
    millions)" over rows of four values); else None for each."""
    if not view.table.columns or view.headed_bare:
        return hp.value_headings(view.table.header_texts, row.values)
    return [None] * len(row.values)


def _headed_bare(table: Table) -> bool:
    """Whether the table's columns are bare (no period, heading or unit) and as many as its
    worded headings, which count awards and price them ("Shares | Weighted Average Exercise
    Price"; an equity statement's "Shares | Amount" prices nothing): each heading is its
    column's."""
    cols = table.columns
    return bool(cols) and len(table.header_texts) == len(cols) and not any(
        c.period or c.category or c.unit for c in cols) and hp.prices_awards(table.header_texts)


def _unheaded(table: Table) -> bool:
    """Whether no column of a table has a heading or a date of its own (a headerless table,
    or the blank columns `split_headerless` gave one)."""
    return all(c.category is None and c.period is None for c in table.columns)


def _across_intro(table: Table, doc: Document) -> Sequence[str]:
    """The periods a headerless roll-forward laid across is read against: its intro's, else,
    where the intro names none ("The movement ... during the year is as follows:"), the
    page's duration (a (Tables) page's "12 Months Ended | Dec. 31, 2022")."""
    if table.edge_period is not None:  # "Balance 1/1/2025 | ... | Balance 6/30/2025"
        return (table.edge_period,)
    if table.intro_periods or table.named_periods:
        return table.intro_periods
    return (doc.period,) if doc.period and doc.period.startswith("P") else ()


def _edge_headings(table: Table) -> bool:
    """Whether undated columns (a headerless table's, `split_headerless`) are headed as a
    roll-forward laid across: a heading that opens it ("Balance at Beginning of Period") and
    one that closes it ("Balance at End of Period"). Segment or class headings ("North
    America | AWS | Consolidated") add up across the same way but name no edges."""
    if any(c.period is not None for c in table.columns):
        return False
    return table.edge_period is not None or (any(is_opening(h) for h in table.header_texts) and any(
        is_closing(h) for h in table.header_texts))


def _first_fiscal(table: Table) -> int | None:
    """The first fiscal year a heading over the table's blocks names ("Fiscal year 2025" under
    the column headings, then "Fiscal year 2024" over the next rows): the page's year."""
    for text in [*reversed(table.header_texts), *(r.section or "" for r in table.rows)]:
        if (fy := fiscal_year(text)) is not None:
            return fy
    return None


def _listed_fits(table: Table) -> bool:
    """Whether a headerless table's rows are one value per period its intro lists: most of
    its labelled rows hold that many (a table of segment columns under "for the years ended
    2024, 2023 and 2022" holds other counts, and its three-value rows are not years)."""
    k = len(table.intro_periods)
    # a rate beside the amounts ("5,800 | 5,800 | 3.3%") is no period's value
    labelled = [k in (len(r.values), sum(1 for v in r.values if v.unit != "percent"))
                for r in table.rows if r.label_cell is not None]
    return k > 0 and 2 * sum(labelled) > len(labelled)


def _block_period(row: Row) -> str | None:
    """The period of a row under a lone year heading ("2019" over a segment table's rows):
    the block's, a balance at its start or end being an instant ("Total assets at end of
    year" under a year block: its end, FACTS.md 1.1), the other rows the block's span."""
    if row.block_period is None:
        return None
    return balance_instant(row.label, row.block_period) or row.block_period


def _row_facts(view: TableView, ri: int, row: Row) -> list[Fact]:
    """One fact per value of a row (its rates beside the amounts included)."""
    table, doc = view.table, view.doc
    n = len(table.columns)
    label, entity = row_label(view, ri, row)
    if view.segment_of and ri in view.segment_of:
        # "Intelligent Spend Group" above "Total segment revenue for reportable segments"
        label, entity = f"{view.segment_of[ri]} / {row.label}", row.label
    row_period = view.row_dates.get(ri) or view.movement.get(ri) or _block_period(row)
    if row_period is None and table.intro_flow and not any(c.period for c in table.columns):
        # (also a headerless table cut into columns of no period, `split_headerless`)
        # balances at the year's edges are instants (FACTS.md 1.1), the movements the year;
        # the rows after the closing balance break it down ("Loans at period end:")
        flow = table.intro_flow
        closed = view.first_closing is not None and view.first_closing < ri
        row_period = balance_instant(row.label, flow) or (flow.split("/")[-1] if closed else flow)
    out: list[Fact] = []
    own = row_label_scale(row.label_cell.text if row.label_cell else "", row.values)
    # A headerless table whose rows hold one value per period its intro lists: in that order.
    listed: Sequence[str] = ()
    if n == 0 and len(row.values) == len(table.intro_periods) and view.listed_fits:
        listed = table.intro_periods
    elif view.across is not None:
        # "Year ended December 31, 2023" or "Fiscal year 2024" over the row: its own
        listed = across_for(row.label, view.across, row.section, view.first_fiscal,
                            row.block_period)
        listed = [*listed] * (len(row.values) // len(listed))  # rows run into this one
    heads = _value_heads(view, row)
    for k, (v, j) in enumerate(zip(row.values, row.columns, strict=True)):
        col = table.columns[j] if 0 <= j < n else None
        # "2025" under "Three Months Ended March 31" or a "Quarter | First | ..." heading
        period = column_year_period(col, bare_year(row.label)) or (
            col.period if col is not None and col.period else (listed[k] if listed else None))
        if period is None and row_period is None and table.intro_duration:
            # under "... for the year ended DATE was as follows:" (or one duration over
            # headings that do not count the values: `headingcolumns.whole_table_period`),
            # also across the undated columns `split_headerless` cut: the year, but a
            # balance at its start or end is an instant (FACTS.md 1.1)
            d = table.intro_duration
            period = balance_instant(row.label, d) or d
        if ri in view.rolled and 0 <= j < n and view.rolled[ri].get(j):
            period = view.rolled[ri][j]
        period = quarter_period(row.label, period) or period  # "First quarter" of the year
        if period and period.startswith("P") and balance_sheet_section(row.section):
            period = period.split("/")[-1]  # "... to the consolidated balance sheets": its end
        head = heads[k]
        flabel, fentity = column_label(view, label, entity, col, head, (k, len(row.values)))
        read_as = flabel if head is not None else label  # the heading says what it is
        counted = (head is not None and hp.is_count_heading(head, table.header_texts)) or (
            j in view.share_places) or (  # "Shares | Amount" sub-columns
            col is not None and j in view.award_counts)  # "Units | Wt. Avg. Fair Value"
        us = unit_scale(view, v, j, col, read_as, _position(view, ri, k), counted, own)
        us["unit"] = hp.heading_currency(head, v, doc.text) or us["unit"]  # "(Canadian Dollars)"
        if head is not None and (hs := hp.heading_scale(head, table.header_texts)) is not None:
            us["scale"] = hs  # "Units (in thousands)" beside a price heading stating none
        named = f"{row.section} / {read_as}" if row.section else read_as
        if life := life_column_label(col.category if col else head, v, label, named):
            flabel, named = life  # "Useful Lives (Years)" beside cost and net: undated lives
        term, us["unit"] = term_or_life(named, v, us["unit"], view.life_context)
        if term:
            continue  # a term ("Expected life (years)"), not a useful life: no fact
        dated = intro_period(table, label, period if period is not None else row_period)
        if dated is None and is_money(us["unit"]):
            dated = doc.period  # money nothing else dates takes the page's period (FACTS.md)
        out.append(value_fact(doc, v, label=flabel or (view.title or "Value"), entity=fentity,
                              period=dated, **us))
    out += _rate_facts(view, row, label, entity, row_period)
    return out


def _rate_facts(view: TableView, row: Row, label: str, entity: str | None,
                row_period: str | None) -> list[Fact]:
    """The rates a row prints beside its amounts: after each amount, that amount's column
    ("17,645 | 21.0% | 7,102 | 21.0%"); a lone rate, the first column."""
    table, n = view.table, len(view.table.columns)
    rate_col = rate_header(table) if row.extras else None  # read only for a row's rates
    paired = len(row.extras) == len(row.values) > 1
    out: list[Fact] = []
    for v in row.extras:
        before = [j for u, j in zip(row.values, row.columns, strict=True) if u.start < v.start]
        j = before[-1] if paired and before else 0
        first = table.columns[j].period if 0 <= j < n else None
        out.append(value_fact(
            view.doc,
            v,
            label=f"{label} / {rate_col}" if rate_col else label,
            entity=entity,
            # a useful life in its own column is no column's: undated (gold/LABELLING.md)
            period=None if v.unit in ("year", "month") else (
                first or row_period or table.default_instant),
            unit="percent" if v.unit == "percent" else v.unit,
            scale=0,
        ))
    return out


# the measure the amounts of a row label name, just before them
_LABEL_MEASURE = re.compile(r"([A-Za-z][\w\s/'’-]*?)\s+(?:of|totaling|was|were)\s*$")


def _label_amount_facts(view: TableView, row: Row) -> list[Fact]:
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
        us = unit_scale(view, v, j, col, label)
        if a.scale or per_share_after(c.text, a.end):
            us["scale"] = a.scale or 0  # "$21 million" says its own; "$0.001 par value": 0
        out.append(value_fact(view.doc, v, label=label, entity=None, period=col.period, **us))
    return out


def _position(view: TableView, ri: int, k: int) -> int:
    """The column of a headerless table's k-th value of row ri by its place (-1: none)."""
    return view.positions[ri][k] if view.positions is not None else -1

