"""A negative rate printed with its "%" inside the parentheses ("(33.14%)") is one value of
its row, as "(33.14)%" is: not a text cell that starts a new row and leaves the row short.
Every text is made up for the test."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.cells import Cell
from extractor.tables.kinds import cell_kind
from extractor.tables.values import read_value

PAGE = ["|", "Income Taxes - Rates (Details)", "|12 Months Ended", "|", "Dec. 31, 2024",
        "|", "Dec. 31, 2023", "|", "Dec. 31, 2022"]


def _value(text: str):
    return read_value(Cell(0, len(text), text, True, 0, len(text)), text, "CNY")


def test_a_rate_with_its_sign_and_percent_inside_the_parentheses_is_negative() -> None:
    for text in ("(33.14%)", "(4 %)", "(33.14)%"):
        v = _value(text)
        assert v is not None and v.unit == "percent", text
        assert v.amount.startswith("-"), text


def test_a_row_of_such_rates_fills_the_page_columns() -> None:
    doc = read_document("\n".join(
        [*PAGE, "|Change in valuation allowance", "|(12.50%)", "|3.25%", "|(8.75%)"]), "t")
    got = [(f.label, f.amount, f.period) for f in tables.extract_tables(doc).facts]
    assert got == [
        ("Change in valuation allowance", "-12.50", "P12M/2024-12-31"),
        ("Change in valuation allowance", "3.25", "P12M/2023-12-31"),
        ("Change in valuation allowance", "-8.75", "P12M/2022-12-31"),
    ]


def test_a_footnote_mark_or_words_after_the_rate_stay_no_value() -> None:
    assert cell_kind(Cell(0, 3, "(2)", True, 0, 3)) == "footnote"
    for text in ("(12% of sales)", "(a %)"):
        assert cell_kind(Cell(0, len(text), text, True, 0, len(text))) == "text", text
