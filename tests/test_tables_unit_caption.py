"""A caption that is only a unit or scale line names no rows: an unlabelled row takes its
column's heading, while a worded caption still names the rows it heads."""

from __future__ import annotations

from pathlib import Path

from extractor import tables
from extractor.document import read_document

FIXTURES = Path(__file__).parent / "fixtures"


def _read(text: str) -> tables.TablePart:
    return tables.extract_tables(read_document(text, "t"))


def test_grant_rows_under_a_currency_line_take_their_column_heading_alone() -> None:
    # one row per grant, no row labels, "(CAD$)" the last line above the values (made-up
    # figures in the stacked-heading layout of a real options note)
    part = _read((FIXTURES / "grant_table_unit_caption.txt").read_text())
    labels = [f.label for f in part.facts if f.amount == "0.25"]
    assert labels == ["Exercise Prices (CAD$)", "Weighted Average Exercise Prices (CAD$)",
                      "Weighted Average Exercise Prices (CAD$)"]
    assert not any("(CAD$) /" in f.label or f.label.startswith("Unlabelled row")
                   for f in part.facts)


def test_a_unit_line_caption_is_no_label_of_an_unlabelled_row() -> None:
    text = "\n".join(["|(In thousands of US$)", "|", "|2024", "|2023",
                      "Revenue", "|100", "|90", "Expenses", "|40", "|30", "|7", "|8"])
    part = _read(text)
    seven = [f for f in part.facts if f.amount == "7"]
    assert seven and not any("thousands" in f.label.lower() for f in seven)


def test_a_worded_caption_still_names_an_unlabelled_row() -> None:
    text = "\n".join(["|Schedule of other income", "|", "|2024", "|2023",
                      "Revenue", "|100", "|90", "Expenses", "|40", "|30", "|7", "|8"])
    part = _read(text)
    seven = [f for f in part.facts if f.amount == "7"]
    assert [f.label for f in seven] == ["Other income"]
