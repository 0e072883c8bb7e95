"""A grid row's label and entity: under its section or the table's subject, the party a row
or its heading names, and what its column adds (a member or segment heading is the entity,
another category joins the label)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.facts import Fact
from extractor.names import is_party
from extractor.tables import rowsubjects as rs
from extractor.tables.captions import unit_line
from extractor.tables.columnmembers import column_member, is_whole
from extractor.tables.daterows import bare_date, names_only_a_date, row_date
from extractor.tables.header import TableColumn
from extractor.tables.model import Row, Table
from extractor.tables.parties import names_party, names_place, segment_column, title_case_name
from extractor.tables.rowparties import entity_of, short_row
from extractor.tables.tableview import TableView
from extractor.tables.totals import UNLABELLED

_WORDS = re.compile(r"[A-Za-z]{3}")
# a bare year heading a block of rows under the column headings ("2017"): no column
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_AS_OF_DATE = re.compile(
    r",?\s+(?:as\s+of|as\s+at|at)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s*$"
)


def row_label(view: TableView, ri: int, row: Row) -> tuple[str, str | None]:
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
        party = row.entity or party or _carried_party(view, ri)
        return section or title or row.label, party if is_party(party) else None
    label = own
    if section and row.label_cell is not None and section.lower() not in label.lower():
        label = f"{section} / {label}"
    elif row.label_cell is not None:  # "At January 1" under "Movement of X is as follows:"
        label = rs.with_subject(rs.total_of(label, view.table.header_texts, view.doc.title),
                                view.subjects[ri] if view.subjects else None)
    entity = row.entity or party or entity_of(own)
    if entity is None and row.label_cell is None:
        entity = _carried_party(view, ri)  # a piece of a party's broken line
    if entity and entity == row.label:
        # a row that is a company's name: the measure is the section's or the table's
        label = section or title or label
    if entity is None and row.section_colon and (title_case_name(row.label)
                                                 or names_place(row.label)):
        entity = row.label  # "Net revenue:" over "Global Products": a segment's row
        if view.related:  # "Current:" over "Wen Qi": the party's row; the heading is the measure
            label = section or label
    if entity is None and view.related:
        entity, label = _related_party(row, section, label)
    if entity is None and ri in view.breakdown:
        # "Germany" above "Total revenue": the area is the entity, the total's measure the label
        label, entity = view.breakdown[ri], row.label
        if section and section.lower() not in label.lower() and label.lower() not in \
                section.lower():
            label = f"{section} / {label}"
        return label, entity  # an area ("PRC", "Hong Kong") is the row's member here
    if row_date(row.label) and names_only_a_date(row.label) and (row.section or title):
        label = row.section or title or label  # "As at April 1, 2022": the table's measure
    elif row_date(row.label):
        # "Outstanding as of December 31, 2022": the date is the value's period, not its words
        label = _AS_OF_DATE.sub("", label) or label
    return label, entity if is_party(entity) else None


def _carried_party(view: TableView, ri: int) -> str | None:
    """The named party ("Wintrust Capital Trust III") of the row a label-less or word-less
    row continues: the viewer broke one wide line of amounts, rates and dates into several
    rows, and the pieces after the party's row have no label of their own ("", "L+3.25").
    A label-less piece is that row's only where each value is the sum of the party row's
    values (its total column); a total over several parties' rows names none of them, and a
    label-less row that adds nothing up is a row of its own."""
    rows = view.table.rows
    here = rows[ri]
    for prev in reversed(rows[:ri]):
        if prev.label_cell is not None and _WORDS.search(prev.label):
            party = entity_of(prev.label)
            if party is None or prev.is_total:
                return None
            whole = sum(float(v.amount) for v in prev.values)
            if here.label_cell is None and not all(float(v.amount) == whole
                                                   for v in here.values):
                return None  # a row of its own whose name the viewer dropped ("| 10 | —")
            return party
    return None


def _related_party(row: Row, section: str | None, label: str) -> tuple[str | None, str]:
    """In a related-party table, the party a row is ("Due from related parties:" over
    "Advisor": the section is the measure) or the party heading it stands under ("Advisor:"
    over "Asset management fees", and the subtotal after them)."""
    if row.label_cell is not None and section and names_party(row.label):
        return row.label, section
    if section and names_party(section):
        return section, label
    return None, label



def column_label(
    view: TableView, label: str, entity: str | None, col: TableColumn | None,
    heading: str | None, place: tuple[int, int] = (-1, 0),
) -> tuple[str, str | None]:
    """A value's label and entity from its column: a segment or member heading is the
    entity, another category or a dateless table's worded heading joins the label. `place`
    is the value's index among its row's and their count: a row holding one value per
    heading of a headerless segment table takes the k-th segment."""
    n = len(view.table.columns)
    k, count = place
    if heading is None and 0 <= k < count == len(view.head_members):
        return label, view.head_members[k] or entity
    segment = segment_column(col.category) if view.segments and col is not None else None
    if col is not None and col.category and n > 1 and view.members:
        flabel, member = column_member(label, col.category)
        return flabel, member or entity
    if segment is not None and entity is None:
        return label, segment  # "Hyperimmune products" over a segment table's column
    if col is not None and col.category and n > 1:
        if entity is None and col.category.strip() in view.member_heads:
            entity = col.category.strip()  # "Employees" beside "Weighted average ..." columns
        return _joined(label, col.category), entity
    if heading is not None:
        return _joined(label, heading), entity
    return label, entity


def _joined(label: str, heading: str) -> str:
    """A row's label with its column's heading; a row with no words of its own (the
    placeholder `UNLABELLED`) is the heading alone."""
    return heading if label == UNLABELLED else f"{label} / {heading}"


def heading_members(headings: Sequence[str]) -> tuple[str | None, ...]:
    """The entity of each column of a headerless segment table, from the headings the grid
    reader left over its rows ("Oilfield Technologies and Services | Environmental Products
    and Services | Total" over "($ in thousands)" and a block year "2017"): each segment's
    name, None for the whole ("Total", "Consolidated"). Empty unless every heading left (unit
    and scale lines and bare years dropped) is a segment or the whole and two or more name
    segments; a row with as many values as there are headings takes them in order."""
    heads = [h.strip() for h in headings
             if not unit_line(h) and not _BARE_YEAR.fullmatch(h.strip())]
    members = [None if is_whole(h) else segment_column(h) for h in heads]
    named = sum(1 for m in members if m)
    if named < 2 or named + sum(1 for h in heads if is_whole(h)) != len(heads):
        return ()
    return tuple(members)


def date_row_headings(table: Table) -> list[str] | None:
    """The worded headings of a headerless table whose rows are dates, one heading per value
    ("Maximum Aggregate Principal | Outstanding | Weighted Average Rate" over rows "December
    31, 2020" and "December 31, 2019"): the measures are the columns, the rows their dates.
    A first heading over the date column ("Date") is dropped, a last one the grid reader took
    for the caption restored. None unless two or more rows, and two thirds of the labelled
    rows, name only a date (a roll-forward's "December 31, 2022" rows sit among movements)
    and the dated rows hold one value per heading."""
    labelled = [r for r in table.rows if r.label_cell is not None]
    dated = [r for r in labelled if bare_date(r.label)]
    if len(dated) < 2 or 3 * len(dated) < 2 * len(labelled):
        return None
    heads = [h.strip() for h in table.header_texts if not unit_line(h)]
    if heading_members(heads):
        return None  # segments or classes side by side: the entities, not the measures
    caption = table.caption.strip() if table.caption else None
    tries = [heads, heads[1:]]
    if caption and caption not in heads and not unit_line(caption):
        tries.append([*heads, caption])
    for cand in tries:
        if len(cand) >= 2 and all(len(r.values) == len(cand) for r in dated) and all(
                _WORDS.search(h) and not bare_date(h) for h in cand):
            return cand
    return None


def date_row_facts(table: Table, row: Row, heads: list[str] | None,
                   facts: list[Fact]) -> list[Fact]:
    """A date row's facts under `date_row_headings`. Where the intro lists the row's date
    ("... at December 31, 2020 and 2019, respectively") it is their period: each value's
    heading is its label, no entity. Another date (an issue or expiry date, "May 12, 2022")
    says which row: the label is the date with the heading ("May 12, 2022 / Number of
    warrants")."""
    day = bare_date(row.label) if heads and row.label_cell is not None else None
    if heads is None or day is None or len(row.values) != len(heads):
        return facts
    by_start = {v.start: h for v, h in zip(row.values, heads, strict=True)}
    out = []
    for f in facts:
        head = by_start.get(f.span[0]) if f.span else None
        if head is None:
            out.append(f)
            continue
        if day in table.intro_periods:
            out.append(f.model_copy(update={"label": head, "entity": None, "period": day}))
        elif head.lower() not in f.label.lower():
            out.append(f.model_copy(update={"label": f"{row.label} / {head}"}))
        else:
            out.append(f)
    return out
