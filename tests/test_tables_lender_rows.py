"""Table rows that are a lender's name: the bank is the entity, a footnote mark is not part of
its name, and the words after a dash are the measure."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.rowparties import lender_row, short_row


@pytest.mark.parametrize(
    ("row", "lender"),
    [
        ("Bank of Foochow (a)", "Bank of Foochow"),
        ("Bank Fooland", "Bank Fooland"),
        ("Foo Commercial Bank of Barland, Qux Branch (b)",
         "Foo Commercial Bank of Barland, Qux Branch"),
        ("Banco Foo y Bar S.A.", "Banco Foo y Bar S.A."),
        ("Fooshire Bank [1]", "Fooshire Bank"),
    ],
)
def test_a_row_that_is_a_banks_name_is_the_lender(row: str, lender: str) -> None:
    assert short_row(row) == (None, lender)


def test_a_lenders_name_then_a_dash_gives_the_measure_and_the_lender() -> None:
    assert lender_row("PT Bank Foo (Persero) Tbk – term loan facility") == (
        "Term loan facility", "PT Bank Foo (Persero) Tbk")
    assert lender_row("Foo Trading Co., Ltd. — trade payables") == (
        "Trade payables", "Foo Trading Co., Ltd.")


@pytest.mark.parametrize(
    "row",
    ["Bank loans", "Bank Borrowings", "Bank acceptance notes", "Short-term bank loans",
     "Total bank borrowings", "Cash at bank", "Long-term debt – current portion",
     "Secured bank loans (a)"],
)
def test_line_items_about_banks_name_no_lender(row: str) -> None:
    assert lender_row(row) is None


BORROWINGS = "\n".join([
    "|", "BORROWINGS (Tables)", "|SCHEDULE OF BORROWINGS",
    "|December 31, 2024", "|", "|December 31, 2023", "|",
    "|Bank of Foochow (a)", "|", "|500", "|", "|600",
    "|Barland Bank, Qux Branch – revolving loan", "|", "|70", "|", "|—",
    "|Total borrowings", "|", "|570", "|", "|600",
])


def test_lender_rows_in_a_table_take_the_bank_as_entity() -> None:
    facts = tables.extract_tables(read_document(BORROWINGS, "t")).facts
    got = [(f.label, f.entity, f.amount) for f in facts]
    assert got[:4] == [
        ("Borrowings", "Bank of Foochow", "500"),
        ("Borrowings", "Bank of Foochow", "600"),
        ("Revolving loan", "Barland Bank, Qux Branch", "70"),
        ("Revolving loan", "Barland Bank, Qux Branch", "0"),
    ]
    assert all(f.entity is None for f in facts[4:])
