"""Flattened tables of notes and (Tables) pages: header runs, rows, values -> facts.

The cells come in reading order: a header run (years, dates, "Year ended", currencies), then
rows, each a label cell followed by its value cells (with "$" marks, ")" closers, "%" signs and
footnote marks between them), possibly value runs with no label (subtotals), section headings
(rows with no values) and prose. Rows are placed on the columns of the last header; a row with
fewer values than columns is placed by the pipe-cell positions of the table's full rows where
the layout gives them, else from the left with a warning.

Stages: `kinds` classifies the cells; `GridReader` (here) walks them once into `model.Table`s
(`captions.new_table` starts each) and `Row`s (`gridrows.RowReader` builds them); `gridfacts`
makes facts; `read_grid` runs both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.periods import find_periods
from extractor.tables.captions import caption_period, new_table
from extractor.tables.cells import Cell
from extractor.tables.duerows import date_due_rows
from extractor.tables.edgecolumns import edge_period
from extractor.tables.gridrows import RowReader
from extractor.tables.headingcolumns import (
    heading_columns,
    headings_before,
    whole_table_period,
)
from extractor.tables.kinds import (
    cell_kind,
    followed_by_piped_value,
    followed_by_value,
    header_run,
    is_prose,
    opens_table,
)
from extractor.tables.model import Table
from extractor.tables.monthcolumns import month_header_kinds
from extractor.tables.negatives import negatives_in_value_places
from extractor.tables.quartercolumns import quarter_columns
from extractor.tables.scalenote import page_exception, scale_cell
from extractor.tables.subcolumns import heading_scale, sub_columns, unit_header
from extractor.tables.yearends import block_year

# "(91)": a footnote mark's shape, but after a currency mark's cell a negative number
_NEGATIVE_NOTE = re.compile(r"\(\d{1,2}\)$")

__all__ = ["GridReader", "is_prose"]


@dataclass
class GridReader(RowReader):
    """One pass over a note's cells that builds its tables and their rows (`gridrows.RowReader`
    holds the state and the row steps; here, the walk and the header runs)."""

    def __post_init__(self) -> None:
        kinds = negatives_in_value_places(self.cells, [cell_kind(c) for c in self.cells])
        self.kinds = month_header_kinds(self.cells, kinds)  # "February 2020 | February 2019"

    def read(self) -> list[Table]:
        """The tables of the cells, each with its rows."""
        i = 0
        while i < len(self.cells):
            i = self._step(i)
        self._finish_table()
        return self.tables

    def _step(self, i: int) -> int:
        k = self.kinds[i]
        if k in ("header", "date") or (k == "mark" and not self._slot_open()):
            run = header_run(self.cells, self.kinds, i)
            if run is not None:
                return self._on_header_run(i, run[0])
        if k == "empty":
            self.pos += 1
            return i + 1
        if k == "mark" and self.table is None and followed_by_piped_value(self.cells, self.kinds,
                                                                          i):
            # "￦" + "|204,545" with every label and header dropped: a headerless table's
            # unlabelled rows start at the mark (the old reading took the mark for a label)
            self._open_headerless()
        if k == "text" or (k in ("header", "date") and self.row is None) or self._dated_label(i) \
                or self._year_block(i):
            return self._on_text(i)
        if self.table is None:
            return i + 1
        if k == "mark":
            self._blank_at_mark()  # "$ | $": the first mark's cell is empty
            self.mark = self.cells[i].text
            self.mark_cell = self.cells[i] if self.row is not None else None
            self.mark_pos = self.pos + 1
            return self._claim_cell(i)
        if k == "footnote" and self.kinds[i - 1] == "mark" and self.mark_cell is not None \
                and _NEGATIVE_NOTE.match(self.cells[i].text):
            # "$ | (91)": a mark's own number in parentheses, a negative, not a footnote mark
            return self._on_value(i)
        if k in ("close", "percent", "footnote"):
            row = self.row
            if k == "percent" and row is not None and (row.values or row.extras):
                last = max([*row.values, *row.extras], key=lambda x: x.start)
                last.unit = "percent"
                last.explicit = True
            return self._claim_cell(i)
        if k in ("header", "date"):
            # A date inside a row ("Maturity date | February 13, 2024"): not an amount.
            return self._claim_cell(i)
        return self._on_value(i)

    def _year_block(self, i: int) -> bool:
        """A lone year after the rows of a block a lone year heads: the next block's heading."""
        return (self.block_period is not None and self.table is not None
                and not self.table.columns and block_year(self.cells[i].text) is not None
                and not followed_by_value(self.kinds, i))

    def _dated_label(self, i: int) -> bool:
        """A header-like cell that labels a row ("As at April 1, 2022 | - | 174,778")."""
        table, row = self.table, self.row
        return (
            self.kinds[i] in ("header", "date")
            and not (table is not None and table.wide)
            and (row is None or (table is not None and len(row.values) >= len(table.columns)))
            and followed_by_value(self.kinds, i)
        )

    def _on_header_run(self, i: int, end: int) -> int:
        self._finish_table()
        prev_table = self.tables[-1] if self.tables else None
        table = new_table(
            self.doc, self.cells[i:end], self.kinds[i:end], self.pending, self.prose_since,
            self.notes, self.year_ends,
        )
        above = headings_before(self.pending, self.cells, self.kinds, end, table.columns)
        if prev_table is not None and table.intro_scale is None and not page_exception(
                self.doc, prev_table, any(is_prose(c.text) for c in self.prose_since)):
            # "the following tables ($ in millions)": a note's later tables keep it
            table.intro_scale = prev_table.intro_scale
            table.intro_unit = table.intro_unit or prev_table.intro_unit
            table.scale_note, table.page_scale = prev_table.scale_note, prev_table.page_scale
        self._page_scale(table)
        date_due_rows(table, self.cells, self.kinds, i, end, self.doc.period)  # "2025 | $ | 85"
        lined = unit_header(self.doc, self.pending, self.cells, self.kinds, i, end)  # "US$ | RMB"
        table.columns = lined or table.columns
        words = [*table.header_texts, *(c.text for c in self.cells[i:end])]
        if (edge := edge_period(table.columns, words)) is not None:
            # "Balance | Additions | ... | Balance" over "1/1/2025 | 6/30/2025": the dates
            # bound a roll-forward laid across, they are not two columns of comparatives
            table.columns, table.edge_period = [], edge
        self.table = table
        self.block_period = self.section = None
        self.pending, self.prose_since, self.notes = [], [], []
        sub = sub_columns(self.cells, self.kinds, end, table.columns, self.doc.yen)
        if sub is not None:
            # "2019 | 2018" over "Actual | Constant | Actual | Constant": year groups
            table.columns, first_row = sub
            heading_scale(table, self.cells[end:first_row], self.doc.yen)  # "(In millions)"
            table.claimed.extend((c.start, c.end) for c in self.cells[end:first_row])
            return first_row
        heads = heading_columns(self.cells, self.kinds, end, table.columns)
        if heads is None and above is not None:
            # "Commercial | Consumer | Total" over "Three Months Ended ...": one column each
            table.columns = above
            return end
        first = None if heads else whole_table_period(table, self.cells, self.kinds, end)
        if first is not None:  # an equity statement's "Three Months Ended March 31, 2025"
            return first
        if heads is not None:
            # "Year ended March 31, 2017" over "Retail | Real Estate | Total": one column each
            table.columns, first_row, note = heads
            if note is not None:
                table.scale_note, table.intro_scale = note, note.scale
                table.intro_unit = note.unit or table.intro_unit
            table.claimed.extend((c.start, c.end) for c in self.cells[end:first_row])
            return first_row
        return end

    def _page_scale(self, table: Table) -> None:
        """A table that states no scale takes the page's "(Dollars in millions, except
        otherwise stated)", with its exceptions (per-share amounts stay in units)."""
        statement = self.doc.scale_statement
        note = scale_cell(statement, self.doc.yen) if statement else None
        if table.intro_scale is None and note is not None:
            table.scale_note, table.intro_scale, table.page_scale = note, note.scale, True
            table.intro_unit = table.intro_unit or note.unit

    def _open_headerless(self) -> None:
        """Start a table with no header run, dated by what stands before it."""
        self.table = new_table(
            self.doc, [], [], self.pending, self.prose_since, self.notes, self.year_ends
        )
        prev = self.tables[-1] if self.tables else None
        if (prev is not None and self.table.intro_scale is None and not self.prose_since
                and caption_period(self.pending, "instant")):
            # the next date's table of the same layout, no sentence between: the same scale
            self.table.intro_scale, self.table.scale_note = prev.intro_scale, prev.scale_note
            self.table.intro_unit = self.table.intro_unit or prev.intro_unit
        self._page_scale(self.table)
        if not self.table.columns:  # "2020 Quarters" over "First | Second | Third | Fourth"
            self.table.columns = quarter_columns(self.table.header_texts, self.doc.period) or []
        self.block_period = self.table.block_period
        self.prose_since = []
        self.notes = []

    def _on_text(self, i: int) -> int:
        c = self.cells[i]
        t = c.text
        # a sentence ending with ":" introduces the values after it, never labels them
        valued = followed_by_value(self.kinds, i) and not (is_prose(t) and t.endswith(":"))
        if is_prose(t) and not valued:
            self._finish_row()
            table = self.table  # "The following table ... as of January 31, 2024:" ends it;
            # "... are as follows:" too, but a pipe table (an R page) goes on under its header
            if table is not None and table.rows and (find_periods(t) or (
                    opens_table(t) and not table.rows[-1].values[0].cell.piped)):
                self._finish_table()
            self.prose_since.append(c)
            self.pending = []
            return i + 1
        table, row = self.table, self.row
        if not (table is not None and table.wide and row is not None and row.values
                and not valued):
            self._finish_row()
        if (table is not None and table.rows and not valued and table.default_instant
                and not table.columns and caption_period([c], "instant")):
            # "Fair value as of December 31, 2016" after the rows of a table its 2017 caption
            # dated: the next table's caption (`captions.caption_period`)
            self._finish_table()
        if self.table is None:
            # no header: only pipe tables of labelled values (useful lives, ownership %) count
            label = _piped_label(c)
            if (is_prose(t) and not label) or not followed_by_piped_value(self.cells,
                                                                            self.kinds, i):
                if not is_prose(t):
                    self.pending.append(c)
                    self.notes.append(c)
                return i + 1
            self._open_headerless()
        if not valued:
            self._on_unvalued_text(c)
            return i + 1
        self._start_row(c)
        return i + 1


def _piped_label(c: Cell) -> bool:
    """A pipe cell of a few words that ends no sentence: a row label even where its words
    read like a clause ("|Deferred tax assets to be recovered within 12 months" before
    "￦ | 398,329"), when it opens a table no header run started."""
    t = c.text
    return c.piped and len(t.split()) < 12 and not t.endswith((".", ":", ";"))
