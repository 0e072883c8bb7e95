"""The rows of a grid table: the state of `grid.GridReader`'s one pass and its row steps.

A label cell starts a row and the value cells after it fill it (a "$" mark that no value takes
is an empty cell of its column; a rate after an amount is the row's extra); a text cell no
value follows is a heading, a wide table's text column or a scale cell ("(In millions)"). The
walk that decides which cell is which, and the header runs that open tables, are `grid.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extractor.document import Document
from extractor.tables.captions import is_caption, lead_texts, percent_header
from extractor.tables.cells import Cell
from extractor.tables.kinds import CellKind, has_number, is_note_number, kind_at, next_sig
from extractor.tables.model import Row, Table
from extractor.tables.placement import split_stacked_rows
from extractor.tables.rollforward import is_closing, is_opening
from extractor.tables.rowparties import entity_of
from extractor.tables.rowrates import life_before_amounts, rate_after_amount
from extractor.tables.scalenote import scale_cell
from extractor.tables.values import blank_after_mark, clean_label, read_value
from extractor.tables.yearends import YearEnds, block_year, year_ends, year_period

# a word standing in a value's cell ("indefinite" lives, "n/a"): no heading of the rows after
_VALUE_WORD = re.compile(r"indefinite|n/?a|N/?A|not\s+applicable|various")


@dataclass
class RowReader:
    """The state of one pass over a note's cells, and the steps that build its rows.

    Each `_on_*` method reads the cell at `i` and returns the index of the next cell to read.
    """

    doc: Document
    cells: list[Cell]
    kinds: list[CellKind] = field(init=False)
    tables: list[Table] = field(default_factory=list)
    table: Table | None = None
    row: Row | None = None
    section: str | None = None
    section_colon: bool = False
    wide_run: list[Cell] = field(default_factory=list)  # leading text cells of a wide row
    pending: list[Cell] = field(default_factory=list)  # value-less short texts since a row
    prose_since: list[Cell] = field(default_factory=list)  # prose and captions since a table
    notes: list[Cell] = field(default_factory=list)  # short texts: a caption's "(in thousands)"
    mark: str | None = None
    mark_cell: Cell | None = None  # the lone mark no value has taken yet, and its position
    mark_pos: int = 0
    pos: int = 0
    block_period: str | None = None  # the lone year heading over the rows being read

    @cached_property
    def year_ends(self) -> YearEnds:
        """What the note names, for bare-year columns: read at the first table that asks."""
        return year_ends(self.doc.text, self.doc.period)

    def _claim(self, c: Cell) -> None:
        assert self.table is not None
        self.table.claimed.append((c.start, c.end))

    def _claim_cell(self, i: int) -> int:
        """A cell of the table that is not a value: claimed, and counted in the row."""
        self._claim(self.cells[i])
        self.pos += 1
        return i + 1

    def _slot_open(self) -> bool:
        """Whether the row being read has values and still an empty column to fill."""
        row, table = self.row, self.table
        return (
            row is not None and table is not None and bool(row.values)
            and len(row.values) < len(table.columns)
        )

    def _blank_at_mark(self) -> None:
        """A lone mark followed by another mark or by the row's end: an empty cell of its own
        column (the viewer dropped the amount and left "$"), so later values keep theirs."""
        c, self.mark_cell = self.mark_cell, None
        if c is None or not self._slot_open():
            return
        assert self.row is not None
        v = blank_after_mark(c, self.doc.yen)
        v.pos = self.mark_pos + 1
        self.row.values.append(v)

    def _finish_row(self) -> None:
        self._blank_at_mark()  # a mark ending the row
        if self.row is not None and self.table is not None and self.row.values:
            self.table.rows.append(self.row)
        self.row = None

    def _finish_table(self) -> None:
        self._finish_row()
        if self.table is not None and self.table.rows:
            split_stacked_rows(self.table)
            self.tables.append(self.table)
        self.table = None

    def _on_unvalued_text(self, c: Cell) -> None:
        """A text cell no value follows: a wide table's text column, or a heading."""
        table, row = self.table, self.row
        assert table is not None
        if table.wide and table.lead_texts != 0 and (row is None or row.values):
            # text columns before a wide table's values (lender | type | maturity): the
            # row's own cells, the first naming the party
            self._finish_row()
            self.wide_run.append(c)
            self._claim(c)
            return
        if table.wide and row is not None and row.values:
            # a text column of a wide table ("Guaranteed by ..."): the row's attribute
            self._claim(c)
            self._finish_row()
            return
        note = scale_cell(c.text, self.doc.yen)
        if note is not None and table.rows:
            # "(in thousands)" under column headings after a table's rows: the scale of the
            # table those headings open, not a row heading of the one before
            self._finish_table()
            self.section = None
            self.pending.append(c)
            self.notes.append(c)
            return
        if note is not None:
            # "(In millions)" between the header and the first row: the table's scale
            table.scale_note = note
            table.intro_scale, table.intro_unit = note.scale, note.unit or table.intro_unit
            self._claim(c)
            return
        year = block_year(c.text) if not table.columns else None
        if year is not None and self.block_period is not None:
            # "2023" after the 2024 block of a headerless table: the next block's year
            self.block_period = year_period(year, table.named_periods, self.year_ends,
                                            self.doc.period)
            self._claim(c)
            return
        if ((row is not None and row.values) or table.rows) and _VALUE_WORD.fullmatch(
                c.text.strip()):
            self._claim(c)  # "indefinite" under a useful-life heading: the row's cell
            return
        # A heading (or a cell of a multi-cell label such as "PRC" beside a name).
        if self._owner_before(c.text) is not None:
            return  # an attribute cell of the entity row before ("PRC", "HK")
        self.pending.append(c)
        # "Beginning balance" whose values the viewer dropped: a row, never a section heading
        if not is_caption(c.text) and not is_opening(c.text) and not is_closing(c.text):
            self.section = clean_label(c.text)
            self.section_colon = c.text.rstrip().endswith(":")
            if has_number(c.text):  # "€40 million Nordbank facility:": namedamounts.py
                table.headings.append(c)
        self._claim(c)

    def _owner_before(self, t: str) -> str | None:
        """The entity a short cell describes when the text before it names one ("PRC")."""
        if self.pending and len(t.split()) <= 3:
            owner = clean_label(self.pending[-1].text)
            if entity_of(owner):
                return owner
        return None

    def _start_row(self, c: Cell) -> None:
        """A row label followed by its values."""
        table = self.table
        assert table is not None
        t = c.text
        label = clean_label(t)
        lead_entity = None
        if table.wide:
            label, lead_entity = lead_texts(table, self.wide_run, label)
            self.wide_run = []
        owner = self._owner_before(t)
        section = self.section
        row = Row(label_cell=c, label=label, section=None if lead_entity else section,
                  section_colon=bool(section and self.section_colon), entity=lead_entity,
                  block_period=self.block_period)
        if owner:
            row.entity = owner
            row.label = percent_header(table) or label
            row.section = None
        self.row = row
        self.pending = []
        self.pos = 0
        self.mark = None
        self.mark_cell = None
        if not has_number(t):
            self._claim(c)

    def _on_value(self, i: int) -> int:
        table = self.table
        assert table is not None
        c = self.cells[i]
        v = read_value(c, self.doc.text, self.doc.yen, self.mark)
        self.mark = None
        self.mark_cell = None
        self.pos += 1
        if v is None:
            return i + 1
        v.pos = self.pos
        ncols = len(table.columns)
        if table.wide and not any(c.period or c.category for c in table.columns):
            # "US$ | In Years | US$ | US$" under five worded headings: the unit cells do not
            # count the columns, so the row's values do not wrap at them
            ncols = 0
        row = self.row
        starts_row = row is None or bool(ncols and len(row.values) >= ncols)
        next_kind = kind_at(self.kinds, next_sig(self.kinds, i))
        if starts_row and is_note_number(c.text) and next_kind == "text":
            return i + 1  # "15 | Investments accounted for ...": a note number before a title
        first_of_row = row is None or starts_row or not row.values
        if table.note_column and first_of_row and re.fullmatch(r"\d{1,2}", c.text):
            self._claim(c)
            return i + 1  # the "Note" column's reference, not an amount
        is_pct = v.unit == "percent" or next_kind == "percent"
        if is_pct and row is not None and row.label_cell is not None and (
                starts_row or rate_after_amount(table, row, self.cells, self.kinds, i)):
            row.extras.append(v)  # a rate beside the amounts ("1.6 %" in a loans table)
            self._claim(c)
            return i + 1
        if (first_of_row and not starts_row and row is not None and row.label_cell is not None
                and v.unit in ("year", "month") and ncols
                and life_before_amounts(self.kinds, i, ncols)):
            row.extras.append(v)  # "Buildings | 20 - 40 years | 28,410 | 27,985": a life column
            self._claim(c)
            return i + 1
        if starts_row or row is None:
            self._finish_row()
            row = Row(label_cell=None, label="", section=self.section,
                      block_period=self.block_period)
            self.row = row
            self.section = None  # rows after an unlabelled (sub)total start afresh
            self.pos = 1
            v.pos = 1
        row.values.append(v)
        self._claim(c)
        return i + 1

