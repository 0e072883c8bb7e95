"""A rate range in a table cell whose "%" follows only its low end ("5.00%-7.75", "77.72% -
79.56" with the sign on the next line) is one percent range, not a rate and a bare number.
Every text is made up for the test."""

from __future__ import annotations

import extractor
from extractor.tables.cells import Cell
from extractor.tables.values import read_value


def _value(text: str):
    return read_value(Cell(0, len(text), text, True, 0, len(text)), text, "CNY")


def test_a_range_marked_after_its_low_end_is_a_percent_range() -> None:
    for text in ("5.00%-7.75", "77.72% - 79.56", "2.70%-4.30%"):
        v = _value(text)
        assert v is not None and v.unit == "percent", text
        assert (v.amount, v.amount_max) == tuple(
            x.strip(" %") for x in text.replace("%", "").split("-")), text


def test_a_bare_number_range_stays_untyped() -> None:
    assert _value("2019-2020") is None
    assert _value("1-2") is None


def test_a_rates_table_reads_the_range_in_its_column() -> None:
    text = ("Note\nInterest rates for the years ended December 31, 2024 and 2023 were:\n"
            "|\n|2024\n|2023\n|Bank loans\n|5.00%-7.75\n|4.50%-6.25\n")
    got = [(f.amount, f.amount_max, f.unit, f.period) for f in extractor.extract(text).facts]
    assert ("5.00", "7.75", "percent", "P12M/2024-12-31") in got
    assert ("4.50", "6.25", "percent", "P12M/2023-12-31") in got


def test_a_range_written_with_a_tilde_is_a_range_without_a_unit_of_its_own() -> None:
    # "0.50~0.75": East Asian filers' range sign, never a span of years
    for text in ("0.50~0.75", "3.50 ~ 6.41"):
        v = _value(text)
        assert v is not None and (v.amount, v.amount_max) == tuple(
            x.strip() for x in text.split("~")), text
        assert v.unit is None and not v.explicit, text
    assert _value("2019-2020") is None  # a hyphen still needs a unit


def test_a_tilde_range_takes_its_column_and_leaves_the_next_values_theirs() -> None:
    text = ("Note\nBorrowings as of December 31, 2024 and 2023 were:\n"
            "|\n|2024\n|2023\n|Call money\n|0.00~6.85\n|0.00~6.20\n|Bill sold\n|0.75~1.70\n"
            "|0.65~3.26\n")
    got = [(f.amount, f.amount_max, f.period) for f in extractor.extract(text).facts]
    assert got == [("0.00", "6.85", "P12M/2024-12-31"), ("0.00", "6.20", "P12M/2023-12-31"),
                   ("0.75", "1.70", "P12M/2024-12-31"), ("0.65", "3.26", "P12M/2023-12-31")]
