"""What every row of a grid table is read against: `TableView`, built once per table by
`gridfacts.table_facts` (its title, column units, roll-forward periods, segments, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document import Document
from extractor.tables import rowsubjects as rs
from extractor.tables.model import Table


@dataclass(frozen=True)
class TableView:
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
    breakdown: dict[int, str] = field(default_factory=dict)  # area/segment rows: the measure
    row_dates: dict[int, str] = field(default_factory=dict)  # balance rows named by a date
    positions: list[list[int]] | None = None  # a headerless table's value columns by place
    position_units: dict[int, str] | None = None  # their currencies, from the marks
    share_places: frozenset[int] = frozenset()  # columns under "Shares" sub-headings
    award_counts: frozenset[int] = frozenset()  # "Units" sub-columns beside award prices
    headed_bare: bool = False  # bare columns, one per worded heading (`value_headings`)
    life_context: str = ""  # headings and lead-in: where a table names a term or useful lives
    subjects: list[str | None] | None = None  # what each row's roll-forward intro says moves
    schedule: rs.MaturitySchedule | None = None  # what a table of amounts by due year lists
    member_heads: frozenset[str] = frozenset()  # class headings among measure columns
    first_fiscal: int | None = None  # its first "Fiscal year 2025" heading: the page's year
    head_members: tuple[str | None, ...] = ()  # a headerless segment table's column entities
    percent_cells: frozenset[int] = frozenset()  # unmarked values of a "%" section, by start
    count_cells: frozenset[int] = frozenset()  # dilutive steps between two share counts
    first_closing: int | None = None  # the first closing balance row ("Balance at end of year")
