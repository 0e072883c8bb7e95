"""Details pages whose rows are one line each ("<label> $ 1,000 $ 2,000"): the label and
values are a row; the spacing (an empty cell is one space between single-space separators)
places a short row on its columns; a bare "$" under "SGD ($)" is the column's dollar."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.inlinerows import read_inline_row

HEADER = [
    "XML 12 R40.htm IDEA: XBRL DOCUMENT v3.24.1",
    "Income Taxes - Reconciliation (Details)",
    "$ in Thousands, $ in Thousands",
    "12 Months Ended",
    "Dec. 31, 2024",
    "USD ($)",
    "Dec. 31, 2024",
    "SGD ($)",
    "Dec. 31, 2023",
    "SGD ($)",
]


def _facts(rows: list[str]) -> list[tuple[str, str | None, str, str | None, int]]:
    text = "\n".join([*HEADER, "Reconciliation [abstract]      ", *rows]) + "\n"
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.label, f.period, f.amount, f.unit, f.scale) for f in part.facts]


def test_a_full_one_line_row_takes_the_columns_in_order_with_their_currencies() -> None:
    got = _facts(["Profit before tax $ 1,500 $ 2,000 $ 1,800"])
    assert got == [
        ("Profit before tax", "P12M/2024-12-31", "1500", "USD", 3),
        ("Profit before tax", "P12M/2024-12-31", "2000", "SGD", 3),
        ("Profit before tax", "P12M/2023-12-31", "1800", "SGD", 3),
    ]


def test_a_short_row_is_placed_by_its_spacing() -> None:
    # one empty cell (a space) before the values: the USD column is the empty one
    got = _facts(["Tax at the statutory rate   340 306"])
    assert got == [
        ("Tax at the statutory rate", "P12M/2024-12-31", "340", "SGD", 3),
        ("Tax at the statutory rate", "P12M/2023-12-31", "306", "SGD", 3),
    ]


def test_trailing_empty_cells_place_a_lone_value() -> None:
    got = _facts(["Utilisation of losses not recognised   (27)  "])
    assert got == [("Utilisation of losses not recognised", "P12M/2024-12-31", "-27", "SGD", 3)]


@pytest.mark.parametrize(
    ("line", "label", "values", "columns"),
    [
        ("Others [2]   5 7,300", "Others [2]", ["5", "7,300"], [1, 2]),
        ("Tax credit $ (2,131) $ (765) $ (1,022)", "Tax credit",
         ["$ (2,131)", "$ (765)", "$ (1,022)"], [0, 1, 2]),
        ("Losses expiring in 2037   648 ", "Losses expiring in 2037", ["648"], None),
    ],
)
def test_a_line_is_read_as_label_values_and_columns(
    line: str, label: str, values: list[str], columns: list[int] | None
) -> None:
    row = read_inline_row(line, 0, 3)
    assert row is not None
    assert line[row.label[0] : row.label[1]] == label
    assert [line[s:e] for s, e in row.values] == values
    assert row.columns == columns


@pytest.mark.parametrize(
    "line",
    [
        "The Company paid $ 5,000 to the lender and 1,000",  # a sentence's amounts
        "Reconciliation of tax [abstract]      ",  # a heading: no values
        "Balances 1,000 2,000 3,000 4,000",  # more values than columns
    ],
)
def test_a_line_that_is_not_a_row_is_left_alone(line: str) -> None:
    assert read_inline_row(line, 0, 3) is None
