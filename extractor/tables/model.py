"""The rows and tables the grid reader builds, before they become facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.tables.cells import Cell
from extractor.tables.header import TableColumn
from extractor.tables.scalenote import ScaleNote
from extractor.tables.values import Value


@dataclass
class Row:
    """A row of a table: its label cell (None for an unlabelled run of values, a subtotal),
    its values, the section heading over it, and the column each value took."""

    label_cell: Cell | None
    label: str
    values: list[Value] = field(default_factory=list)
    section: str | None = None
    section_colon: bool = False
    entity: str | None = None
    is_total: bool = False
    columns: list[int] = field(default_factory=list)  # column index of each value
    extras: list[Value] = field(default_factory=list)  # rates beside the row's amounts
    block_period: str | None = None  # the period of the lone year heading over its block


@dataclass
class Table:
    """A table: its columns, what its caption and the sentence before it say (scale, unit,
    instant), and its rows."""

    start: int
    columns: list[TableColumn]
    caption: str | None
    intro_scale: int | None
    intro_unit: str | None
    header_texts: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    headings: list[Cell] = field(default_factory=list)  # section headings holding a number
    ref_positions: list[int] | None = None
    claimed: list[tuple[int, int]] = field(default_factory=list)
    wide: bool = False  # text columns beside the value columns (lender, maturity, guarantee)
    note_column: bool = False  # a "Note" column of references before the values
    lead_texts: int | None = None  # text cells before the first row's values (wide tables)
    default_instant: str | None = None
    default_flow: str | None = None  # "for the year ended/as at": the flows' period
    intro_flow: str | None = None  # a headerless table after "for the year ended ...": its year
    intro_periods: tuple[str, ...] = ()
    """The periods the sentence before a headerless table lists ("for the years ended December
    31, 2024, 2023 and 2022 is attributable to the following:"), in order."""
    intro_duration: str | None = None
    """The one duration the sentence before a headerless table names ("Stock option activity
    for the year ended December 31, 2024 was as follows:"): its flows' period."""
    scale_note: ScaleNote | None = None  # the scale said once above it, with its exceptions
    page_scale: bool = False  # scale_note is the page's, for money only ("except otherwise stated")
    named_periods: tuple[str, ...] = ()  # every period the sentence before it names
    block_period: str | None = None  # a lone year over a headerless table ("2024"): its period
    intro: str = ""  # the sentence right before it ("Movement of X is as follows:")
    edge_period: str | None = None  # "Balance 1/1/2025 | ... | Balance 6/30/2025": P6M
