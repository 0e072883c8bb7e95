"""A roll-forward laid down the page under segment or component columns, its balance rows
named by a date alone ("December 31, 2022") or after the measure and a dash ("Goodwill -
January 1, 2023"): balances are instants, the movements between them the span they cover."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.daterows import balance_row_dates, dated_rows

GOODWILL = (
    "Changes in the carrying amount of goodwill for the years ended December 31, 2024 and 2023"
    " are as follows (in millions):\nNorth\nSouth\nTotal\n"
    "December 31, 2022\n$\n100\n$\n50\n$\n150\nAcquisitions\n10\n—\n10\n"
    "Adjustments\n(4)\n(2)\n(6)\nDecember 31, 2023\n106\n48\n154\nAcquisitions\n—\n5\n5\n"
    "December 31, 2024\n$\n106\n$\n53\n$\n159\n"
)


def _periods(text: str) -> list[tuple[str, str | None]]:
    return [(f.amount, f.period) for f in tables.extract_tables(read_document(text, "t")).facts]


def test_date_rows_of_a_roll_forward_are_instants_and_the_rows_between_their_span() -> None:
    got = _periods(GOODWILL)
    assert got[:3] == [("100", "2022-12-31"), ("50", "2022-12-31"), ("150", "2022-12-31")]
    assert ("10", "P12M/2023-12-31") in got and ("-6", "P12M/2023-12-31") in got
    assert got[-1] == ("159", "2024-12-31")
    assert ("5", "P12M/2024-12-31") in got


def test_a_first_of_the_month_after_the_measure_and_a_dash_is_the_day_before() -> None:
    labels = ["Goodwill - January 1, 2023", "Acquisition activity", "Goodwill - December 31, 2023"]
    assert balance_row_dates(labels, None, [300.0, 20.0, 320.0]) == {
        0: "2022-12-31", 2: "2023-12-31"}


def test_a_closing_date_row_may_add_a_total_change_row_alone() -> None:
    # opening + "Total change for the period" (the movements' subtotal) = closing
    labels = ["January 1, 2025", "Before reclassifications", "Reclassified", "Total change",
              "June 30, 2025"]
    assert dated_rows(labels, [-100.0, -5.0, 2.0, -3.0, -103.0]) == {
        0: "2025-01-01", 4: "2025-06-30"}


def test_date_rows_that_do_not_roll_forward_are_due_dates_not_balances() -> None:
    # a list of repaid notes by maturity date: no row is the one before plus the rows between
    labels = ["April 22, 2024", "Fixed", "July 8, 2024", "Fixed", "July 18, 2024"]
    assert dated_rows(labels, [1500.0, 1500.0, 990.0, 990.0, 253.0]) == {}
    assert dated_rows(labels) == {}


def test_date_rows_one_after_another_are_no_roll_forward() -> None:
    assert dated_rows(["December 31, 2023", "December 31, 2024"], [5.0, 5.0]) == {}
