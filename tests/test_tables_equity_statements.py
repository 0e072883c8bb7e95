"""Equity statements: the columns are equity components, the balance rows name their dates
("BALANCE JUNE 30, 2022", "Balance as of December 31, 2021", "Equity - April 1, 2025") and the
movements between two balance rows cover the span between their dates."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.daterows import row_date


def _periods(text: str) -> list[tuple[str, str | None]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.amount, f.period) for f in part.facts]


def test_a_balance_word_then_a_date_names_the_rows_instant() -> None:
    assert row_date("BALANCE JUNE 30, 2022") == "2022-06-30"
    assert row_date("Balances, Jan 28, 2024") == "2024-01-28"
    assert row_date("Equity - April 1, 2025") == "2025-04-01"
    assert row_date("Balance") is None
    assert row_date("Equity method investments") is None


HEAD = ("Statements of Equity\n(in millions)\nCommon\nStock\nRetained\nEarnings\nTotal\n"
        "Equity\n")


def test_movements_between_dated_balance_rows_take_the_year_between_them() -> None:
    text = HEAD + ("Balance as of December 31, 2021\n$\n100\n$\n50\n$\n150\n"
                   "Net income\n—\n20\n20\n"
                   "Balance as of December 31, 2022\n$\n100\n$\n70\n$\n170\n")
    assert _periods(text) == [
        ("100", "2021-12-31"), ("50", "2021-12-31"), ("150", "2021-12-31"),
        ("0", "P12M/2022-12-31"), ("20", "P12M/2022-12-31"), ("20", "P12M/2022-12-31"),
        ("100", "2022-12-31"), ("70", "2022-12-31"), ("170", "2022-12-31"),
    ]


def test_a_quarter_opening_on_the_first_of_a_month_is_three_months() -> None:
    text = HEAD + ("Equity - April 1, 2025\n$\n100\n$\n50\n$\n150\n"
                   "Net income\n—\n20\n20\n"
                   "Equity - June 30, 2025\n$\n100\n$\n70\n$\n170\n")
    got = dict(_periods(text)[3:5])
    assert got == {"0": "P3M/2025-06-30", "20": "P3M/2025-06-30"}


def test_a_year_column_header_followed_by_marked_values_stays_a_header() -> None:
    # only a balance row's date ends the header run at its "$": a bare date keeps its column
    text = ("Cash\nDecember 31, 2024\nDecember 31, 2023\nCash\n$\n5\n$\n4\n")
    assert _periods(text) == [("5", "2024-12-31"), ("4", "2023-12-31")]


QUARTER_HEAD = ("Statements of Equity\nThree Months Ended March 31, 2025\nDollars in millions;\n"
                "Common Stock\nRetained\nEarnings\nTotal\nEquity\nShares\nAmount\n")


def test_a_quarters_equity_statement_is_dated_by_its_one_period_over_the_components() -> None:
    # a 10-Q's "Three Months Ended ..." above component headings split over lines: the whole
    # table's period, not one column's; balance rows take the dates they name
    text = QUARTER_HEAD + ("BALANCE DECEMBER 31, 2024\n2,344\n$4,009\n$127,544\n$131,553\n"
                           "Net earnings\n3,769\n3,769\n"
                           "BALANCE MARCH 31, 2025\n2,344\n$4,009\n$131,313\n$135,322\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [
        ("2344", "2024-12-31"), ("4009", "2024-12-31"), ("127544", "2024-12-31"),
        ("131553", "2024-12-31"), ("3769", "P3M/2025-03-31"), ("3769", "P3M/2025-03-31"),
        ("2344", "2025-03-31"), ("4009", "2025-03-31"), ("131313", "2025-03-31"),
        ("135322", "2025-03-31")]
    assert {f.scale for f in facts if f.unit == "USD"} == {6}  # the headings' "in millions"


def test_a_balance_row_that_reads_as_a_header_still_opens_the_rows() -> None:
    text = QUARTER_HEAD.replace("March 31, 2025", "June 30, 2025") + (
        "Balance as of March 31, 2025\n$\n62\n$\n39,456\n$\n39,518\n"
        "Net income\n10\n10\nBalance as of June 30, 2025\n$\n62\n$\n39,466\n$\n39,528\n")
    assert [p for _, p in _periods(text)] == ["2025-03-31"] * 3 + ["P3M/2025-06-30"] * 2 + [
        "2025-06-30"] * 3
