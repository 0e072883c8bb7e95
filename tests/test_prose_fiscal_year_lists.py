"""A list of fiscal years that repeats "fiscal" before each year ("in fiscal 2025, fiscal 2024
and fiscal 2023") names each year, on a page whose year end dates them. Texts are made up.
"""

from __future__ import annotations

import extractor

PAGE = "|\nNote\n|12 Months Ended\nJan. 31, 2025\n|\n"


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_fiscal_repeated_before_each_year_names_each_year() -> None:
    text = PAGE + (
        "Freight expenses were $4.1 million, $3.8 million and $3.2 million in fiscal 2025, "
        "fiscal 2024 and fiscal 2023, respectively.\n"
    )
    assert periods_of(text) == [
        ("P12M/2025-01-31", "4.1"),
        ("P12M/2024-01-31", "3.8"),
        ("P12M/2023-01-31", "3.2"),
    ]


def test_fiscal_years_without_a_page_year_end_stay_undated() -> None:
    # nothing says when the fiscal years end: no period is guessed
    text = "Freight expenses were $4.1 million and $3.8 million in fiscal 2025 and fiscal 2024."
    assert periods_of(text) == [(None, "4.1"), (None, "3.8")]
