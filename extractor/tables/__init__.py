"""Flattened pipe tables and Details pages -> cells -> facts.

`extract_tables(doc)` reads every table of a note: policy-note pipe tables (cells split over
lines, multi-line headers, split negatives), tables rendered one cell per line, and the XBRL
Details pages whose columns the page header gives. It returns the facts, the warnings (sparse
rows it could not place for certain, totals that do not add up) and the text ranges the tables
occupy, so that the prose reader skips them and reads only the sentences around.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from extractor.contain import guarded
from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact
from extractor.tables.cells import Cell, tokenise
from extractor.tables.dropped import dropped_blanks
from extractor.tables.emptyrows import fill_empty_rows
from extractor.tables.grid import GridReader
from extractor.tables.gridfacts import table_facts
from extractor.tables.mixedperiod import row_label_dates
from extractor.tables.model import Table
from extractor.tables.namedamounts import row_name_facts
from extractor.tables.terms import drop_terms
from extractor.tables.textrows import split_text_rows

if TYPE_CHECKING:  # read_details is imported where a Details page needs it
    from extractor.tables.details import DetailsResult


@dataclass
class TablePart:
    """What the table reader found: facts, warnings, and the text ranges it claims as tables
    (prose reading skips them)."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    # row labels stating amounts the prose reader reads, with the dates of their columns
    label_dates: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)


def extract_tables(doc: Document) -> TablePart:
    """Facts of the document's tables, with the ranges they occupy."""
    # (a Details page's member lines, "|Term Loan [Member] | Lender [Member]", are no rows)
    cells = tokenise(doc.text, doc.lines(), rows=not doc.columns)
    res: DetailsResult | GridResult
    if doc.columns:
        from extractor.tables.details import read_details

        res = read_details(doc, cells)
    else:
        res = read_grid(doc, split_text_rows(doc.text, cells))
    # terms in years or months that are no useful lives are no facts (FACTS.md)
    facts = drop_terms(res.facts, doc.text[doc.body_start : doc.body_end])
    return TablePart(
        facts=facts, warnings=res.warnings, claimed=merge_ranges(doc.text, res.claimed),
        label_dates=res.label_dates if isinstance(res, GridResult) else [],
    )


@dataclass
class GridResult:
    """The facts and warnings of a note's tables, and the text ranges the tables occupy."""

    facts: list[Fact]
    warnings: list[ExtractionWarning]
    claimed: list[tuple[int, int]]
    label_dates: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)


def read_grid(doc: Document, cells: list[Cell]) -> GridResult:
    """Facts of the flattened tables among `cells` (a note's body)."""
    reader = GridReader(doc, cells)
    tables = reader.read()
    facts: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    claimed: list[tuple[int, int]] = []
    label_dates = [d for t in tables for d in row_label_dates(t)]
    for t in tables:
        # what a piece that fails gives (typed: an empty list alone says nothing of its items)
        no_facts: tuple[list[Fact], list[ExtractionWarning]] = ([], [])
        no_claims: tuple[list[Fact], list[tuple[int, int]]] = ([], [])
        # value-less rows that cannot be headings ("Beginning balance" with its cells dropped)
        guarded(warnings, "table", _extent(t),
                partial(fill_empty_rows, doc, t, cells, reader.kinds), None)
        f, w = guarded(warnings, "table", _extent(t), partial(table_facts, doc, t), no_facts)
        facts.extend(f)
        warnings.extend(w)
        claimed.extend(t.claimed)
        # amounts the row labels state ("$25,000 Promissory Note"): facts of their own
        f, taken = guarded(warnings, "table names", _extent(t),
                           partial(row_name_facts, doc, t, f), no_claims)
        facts.extend(f)
        claimed.extend(taken)
    # tables whose every amount the viewer dropped: their blank slots, by the marks left
    no_blanks: tuple[list[Fact], list[tuple[int, int]]] = ([], [])
    f, taken = guarded(warnings, "table", None,
                       partial(dropped_blanks, doc, cells, reader.kinds, claimed), no_blanks)
    facts.extend(f)
    claimed.extend(taken)
    return GridResult(facts, warnings, claimed, label_dates)


def _extent(t: Table) -> tuple[int, int] | None:
    """Where a table stands in the text: from its first claimed cell to its last."""
    if not t.claimed:
        return None
    return min(c[0] for c in t.claimed), max(c[1] for c in t.claimed)


def merge_ranges(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, merged ranges; two ranges join when only pipes and whitespace lie between."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(r for r in ranges if r[1] > r[0]):
        if out and (s <= out[-1][1] or not text[out[-1][1] : s].strip(" \t\r\n|")):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
