"""The sentence before a table dates it: a new sentence that names a period starts a new table
(the rows before it are done), an activity table "for the year ended ..." takes the year for
its movements and the year's edges for its opening and closing rows, and money nothing dates
takes the page's period."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.cells import is_value_text


def _periods(text: str) -> list[tuple[str, str | None]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.amount, f.period) for f in part.facts]


def test_a_sentence_naming_another_date_starts_the_next_table() -> None:
    block = "Description\nLevel 1\nLevel 2\nTime deposits\n$\n{a}\n$\n{b}\n"
    text = ("The following table presents assets measured as of January 31, 2025 (in "
            "millions):\n" + block.format(a=1, b=2)
            + "The following table presents assets measured as of January 31, 2024 (in "
            "millions):\n" + block.format(a=3, b=4))
    assert _periods(text) == [("1", "2025-01-31"), ("2", "2025-01-31"),
                              ("3", "2024-01-31"), ("4", "2024-01-31")]


def test_an_activity_table_for_a_year_dates_movements_and_balances_at_its_edges() -> None:
    text = ("Stock option activity for the year ended December 31, 2024 was as follows:\n"
            "Shares\nWeighted Average Exercise Price\n"
            "Outstanding at beginning of year\n792,662\n$180.10\n"
            "Granted\n124,374\n$200.00\n"
            "Outstanding at end of year\n903,999\n$185.00\n")
    assert _periods(text) == [
        ("792662", "2023-12-31"), ("180.10", "2023-12-31"),
        ("124374", "P12M/2024-12-31"), ("200.00", "P12M/2024-12-31"),
        ("903999", "2024-12-31"), ("185.00", "2024-12-31"),
    ]


PAGE = "|\nPensions\n|12 Months Ended\nJun. 30, 2025\n|\n"


def test_money_in_a_table_nothing_dates_takes_the_page_period() -> None:
    text = PAGE + "Expected payments are as follows:\nPension\nOther\nPayments\n$\n657\n$\n40\n"
    assert _periods(text) == [("657", "P12M/2025-06-30"), ("40", "P12M/2025-06-30")]


def test_counts_and_rates_nothing_dates_stay_undated() -> None:
    text = PAGE + "Holdings:\nShares\nRate\nPlan A\n657\n4.5%\n"
    assert {p for _, p in _periods(text)} == {None}


def test_a_range_of_percentages_is_one_value_cell() -> None:
    assert is_value_text("2.70%-4.30%") and is_value_text("1.5% to 2.5%")
    assert not is_value_text("5%-")


def test_amounts_a_row_label_lists_one_per_column_take_the_columns_periods() -> None:
    text = ("Balance Sheets\n(In millions)\nDecember 31, 2024\nDecember 31, 2023\n"
            "Property, net of accumulated depreciation of $23,208 and $22,925\n"
            "$\n10,000\n$\n9,000\n")
    part = tables.extract_tables(read_document(text, "t"))
    got = [(f.amount, f.period, f.scale, f.label) for f in part.facts]
    assert ("23208", "2024-12-31", 6, "Net of accumulated depreciation") in got
    assert ("22925", "2023-12-31", 6, "Net of accumulated depreciation") in got
    at = text.index("Property")
    # the label is the table's: prose does not read its amounts again
    assert any(s <= at < e for s, e in part.claimed)


def test_a_label_amount_that_is_not_one_per_column_is_left_to_prose() -> None:
    text = ("Balance Sheets\nDecember 31, 2024\nDecember 31, 2023\n"
            "Preferred stock, $0.001 par value\n$\n1\n$\n1\n")
    assert ("0.001", "2024-12-31") not in _periods(text)


def test_money_under_category_columns_without_dates_takes_the_page_period() -> None:
    # "US$ | US$" head two money columns that no date heads
    text = PAGE + "Plan assets by category:\nUS$\nUS$\nEquity funds\n10\n20\n"
    assert _periods(text) == [("10", "P12M/2025-06-30"), ("20", "P12M/2025-06-30")]
