"""A sentence that introduces a table ("The following table reflects goodwill activity ...:")
ends the table before it, though it names no period: the next rows are the new table's."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

FIRST = ("Property and equipment were as follows:\nJanuary 31, 2025\nJanuary 31, 2024\n"
         "Buildings\n$\n117,973\n$\n111,767\nLand\n19,342\n19,562\n")
GOODWILL = ("{intro}\nNorth\nSouth\nTotal\nBalances as of February 1, 2023\n$\n3,374\n$\n321\n"
            "$\n3,695\nAcquisitions\n7\n—\n7\nBalances as of January 31, 2024\n$\n3,381\n$\n321\n"
            "$\n3,702\n")


def _periods(text: str, amount: str) -> list[str | None]:
    facts = tables.extract_tables(read_document(text, "t")).facts
    return [f.period for f in facts if f.amount == amount]


def test_a_sentence_opening_a_table_ends_the_one_before() -> None:
    text = FIRST + GOODWILL.format(
        intro="The following table reflects goodwill activity, by segment, for fiscal 2025:")
    assert _periods(text, "3374") == ["2023-01-31"]  # the day before February 1
    assert _periods(text, "7") == ["P12M/2024-01-31", "P12M/2024-01-31"]
    assert _periods(text, "117973") == ["2025-01-31"]


def test_a_section_heading_ending_with_a_colon_does_not_end_the_table() -> None:
    text = FIRST + "Adjustments to reconcile the carrying amounts to the totals:\nOther\n5\n6\n"
    assert _periods(text, "5") == ["2025-01-31"]
