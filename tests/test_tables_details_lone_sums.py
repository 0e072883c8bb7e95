"""Lone values on a Details page of three periods that nothing else places, but that add up
to one value of another row ("Losses expiring in 2026 | 2027 | after 2027" summing to the 2024
"Tax losses carried forward"), stand in that value's column; a sum found in no column or in
two, and a value alone, stay undated with a warning. Every text is made up for the test."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

PAGE = ["|", "Widget Taxes (Details) - CNY (¥)", "¥ in Thousands", "|12 Months Ended", "|",
        "Dec. 31, 2024", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022"]


def _periods(*rows: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    doc = read_document("\n".join([*PAGE, *rows]), "t")
    part = tables.extract_tables(doc)
    return [(f.amount, f.period) for f in part.facts], [w.message for w in part.warnings]


def test_expiry_buckets_that_add_up_to_a_balance_take_its_column() -> None:
    got, warnings = _periods(
        "|Tax losses carried forward", "|¥ 400", "|¥ 300", "|¥ 250",
        "|Losses expiring in 2026", "|¥ 100", "|Losses expiring in 2027", "|120",
        "|Losses expiring after 2027", "|¥ 180")
    assert got[3:] == [("100", "P12M/2024-12-31"), ("120", "P12M/2024-12-31"),
                       ("180", "P12M/2024-12-31")]
    assert not any("undated" in w for w in warnings)


def test_a_sum_that_two_columns_hold_places_nothing() -> None:
    got, warnings = _periods(
        "|Tax losses carried forward", "|¥ 400", "|¥ 400", "|¥ 250",
        "|Losses expiring in 2026", "|¥ 100", "|Losses expiring after 2026", "|¥ 300")
    assert [p for _, p in got[3:]] == [None, None]
    assert sum("undated" in w for w in warnings) == 2


def test_a_sum_that_no_column_holds_and_a_value_alone_stay_undated() -> None:
    got, _ = _periods(
        "|Tax losses carried forward", "|¥ 400", "|¥ 300", "|¥ 250",
        "|Losses expiring in 2026", "|¥ 100", "|Losses expiring after 2026", "|¥ 90")
    assert [p for _, p in got[3:]] == [None, None]
    got, _ = _periods("|Tax losses carried forward", "|¥ 400", "|¥ 300", "|¥ 250",
                      "|Losses expiring in 2026", "|¥ 400")
    assert got[3:] == [("400", None)]
