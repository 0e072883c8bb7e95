"""Row labels hold only the measure's words: a caption that is only a unit or scale line names
no rows (an unlabelled row takes its column heading); a bracket stating other amounts goes."""

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


def test_a_bracket_stating_other_amounts_is_no_part_of_a_row_label() -> None:
    from extractor.tables.values import clean_label

    assert clean_label("Loans payable (net of debt discount $0 and $12,500 at June 30, 2024 "
                       "and 2023, respectively)") == "Loans payable"
    assert clean_label("Trade receivables (net of allowances of $19 in 2024 and $21 in 2023)"
                       ) == "Trade receivables"
    # a bracket without an amount, or a unit, is the row's own words
    plain = "Trade receivables (net of allowance)"
    assert clean_label(plain) == plain
    assert clean_label("Price per share (US$)") == "Price per share (US$)"
