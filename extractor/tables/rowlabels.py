"""A grid row's label and entity: under its section or the table's subject, the party a row
or its heading names, and what its column adds (a member or segment heading is the entity,
another category joins the label)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.entities import is_party
from extractor.tables import rowsubjects as rs
from extractor.tables.captions import entity_of, short_row, unit_line
from extractor.tables.columnmembers import column_member, is_whole
from extractor.tables.daterows import names_only_a_date, row_date
from extractor.tables.header import TableColumn
from extractor.tables.model import Row
from extractor.tables.parties import names_party, segment_column, title_case_name
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
