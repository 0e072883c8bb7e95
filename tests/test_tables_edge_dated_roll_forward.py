"""A roll-forward laid across whose two balance headings carry the dates ("Balance |
Additions | Adjustments | Balance" over "Segment | 1/1/2025 | 6/30/2025"): the dates bound the
period, they are not two columns of comparatives. Each row's first value is the instant before
the period, its last the period's end, the values between the period (FACTS.md 1.1). Two dated
balance columns with nothing between, and rows that do not roll forward, keep their columns."""

from __future__ import annotations

from extractor.api import extract
from extractor.tables.edgecolumns import edge_period
from extractor.tables.header import TableColumn

_HEAD = (
    "|\nGoodwill (Tables)\n|6 Months Ended\nJun. 30, 2025\n|\n"
    "The changes in goodwill by segment were as follows:\n(Dollars in millions)\n"
    "Balance\nAdditions\nForeign Currency Adjustments\nBalance\nSegment\n1/1/2025\n6/30/2025\n"
)
_ROWS = (
    "Cloud\n$\n1,200\n$\n300\n$\n(20)\n$\n1,480\n"
    "Services\n640\n—\n15\n655\n"
    "Total\n$\n1,840\n$\n300\n$\n(5)\n$\n2,135\n"
)


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.period) for f in extract(text).facts if f.amount]


def test_dated_balance_headings_bound_the_movements_between_them() -> None:
    rows = _rows(_HEAD + _ROWS)
    assert rows[:4] == [("1,200", "2024-12-31"), ("300", "P6M/2025-06-30"),
                        ("(20)", "P6M/2025-06-30"), ("1,480", "2025-06-30")]
    assert rows[4:8] == [("640", "2024-12-31"), ("—", "P6M/2025-06-30"),
                         ("15", "P6M/2025-06-30"), ("655", "2025-06-30")]


def test_rows_that_do_not_roll_forward_are_not_read_across() -> None:
    rows = _rows(_HEAD + _ROWS.replace("1,480", "1,999"))
    assert ("1,200", "2024-12-31") not in rows


def test_the_edge_period_needs_movement_headings_between_two_balances() -> None:
    cols = [TableColumn("2025-01-01", None, None), TableColumn("2025-06-30", None, None)]
    assert edge_period(cols, ["Balance", "Additions", "Balance", "1/1/2025", "6/30/2025"]) \
        == "P6M/2025-06-30"
    year = [TableColumn("2023-12-31", None, None), TableColumn("2024-12-31", None, None)]
    assert edge_period(year, ["Beginning Balance", "Additions", "Deductions",
                              "Ending Balance"]) == "P12M/2024-12-31"
    # comparatives: two balances, nothing between
    assert edge_period(year, ["Balance at", "Balance at"]) is None
    assert edge_period(year, ["Carrying amount", "Fair value", "Total"]) is None
    # a balance sheet's caption and a balance line are no edges of a roll-forward
    assert edge_period(year, ["Condensed Balance Sheets", "(in thousands)", "Assets",
                              "Total balance"]) is None
    # the later date first: comparatives, newest first
    assert edge_period(list(reversed(year)), ["Balance", "Additions", "Balance"]) is None
