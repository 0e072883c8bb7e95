"""Columns headed by a month and a year ("February 2020 | February 2019"): each is that
month, a one-month duration to its last day, never a day taken from elsewhere on the page."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.monthcolumns import month_column


def _facts(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount) for f in tables.extract_tables(doc).facts]


def test_month_year_cell_reads_as_one_month_to_its_last_day() -> None:
    h = month_column("February 2020")
    assert h is not None and (h.months, h.year, h.month, h.day) == (1, 2020, 2, 29)
    h = month_column("Aug. 2018")
    assert h is not None and (h.year, h.month, h.day) == (2018, 8, 31)
    assert month_column("February 20, 2020") is None
    assert month_column("Notes due February 2025") is None


def test_a_run_of_month_year_headers_dates_each_column_by_its_month() -> None:
    text = (
        "The following assumptions were used for the purchase rights granted:\n"
        "August 2023\n\nAugust 2022\n"
        "Risk-free rate\n4.1\n%\n2.9\n%\n"
        "Volatility\n38.0\n%\n41.5\n%\n"
    )
    got = _facts(text)
    assert [p for _, p, _ in got] == ["P1M/2023-08-31", "P1M/2022-08-31"] * 2
    assert [a for _, _, a in got] == ["4.1", "2.9", "38.0", "41.5"]


def test_month_years_as_row_labels_head_no_columns() -> None:
    # monthly rows ("April 2025 | 15,000"): each month is a row's label, not a column
    text = (
        "Shares repurchased in the quarter ended June 30, 2025:\n"
        "Month\nShares\nApril 2025\n15,000\nMay 2025\n16,000\n"
    )
    got = _facts(text)
    assert ("April 2025", "16,000") not in {(lab, a) for lab, _, a in got}
    assert all(p is None or not p.startswith("P1M/") for _, p, _ in got)


def test_a_lone_month_year_in_a_row_stays_a_maturity_not_a_period() -> None:
    text = (
        "December 31, 2024\nDecember 31, 2023\n"
        "Senior notes maturing\nFebruary 2025\n$\n500\n$\n500\n"
    )
    got = _facts(text)
    assert [p for _, p, _ in got] == ["2024-12-31", "2023-12-31"]
