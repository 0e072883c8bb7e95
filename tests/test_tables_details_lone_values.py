"""A lone value nothing places on a Details page of three or more periods is undated; the
column a tie gave it only for a moment says nothing of the same line item elsewhere."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

WIDE = ["|", "Widget Loans (Details Narrative) - USD ($)", "|12 Months Ended",
        "|", "Dec. 31, 2023", "|", "Dec. 31, 2022", "|", "Dec. 31, 2021"]


def _periods(*rows: str) -> list[tuple[str, str | None]]:
    doc = read_document("\n".join([*WIDE, *rows]), "t")
    return [(f.amount, f.period) for f in tables.extract_tables(doc).facts]


def test_the_same_measure_in_another_member_stays_undated_too() -> None:
    got = _periods(
        "|Loans [Line Items]", "|Notional amount", "|$ 50,000",
        "|Alpha Bank Loan [Member]", "|Loans [Line Items]", "|Notional amount", "|$ 35,000",
        "|Beta Bank Loan [Member]", "|Loans [Line Items]", "|Notional amount", "|$ 28,000",
    )
    assert got == [("50000", None), ("35000", None), ("28000", None)]


def test_a_row_that_fills_the_page_still_places_its_line_item() -> None:
    got = _periods(
        "|Loans [Line Items]", "|Borrowings", "|$ 64", "|$ 80", "|$ 99",
        "|Alpha Bank Loan [Member]", "|Loans [Line Items]", "|Borrowings", "|$ 21", "|$ 27",
        "|$ 33",
    )
    assert [p for _, p in got] == ["P12M/2023-12-31", "P12M/2022-12-31", "P12M/2021-12-31"] * 2
