"""A maturity schedule laid down the page ("2025 | $ | 85 | 2026 | 83 | ... | Thereafter"): the
years only say when amounts fall due, so every row takes the date that dates the table."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

INTRO = "As of December 31, 2024, future principal payments were as follows (in millions):\n" \
    "Year Ended December 31,\n"


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def test_future_year_rows_under_a_one_column_heading_take_the_intro_date() -> None:
    rows = "2025\n$\n85\n2026\n83\n2027\n61\nThereafter\n90\nTotal\n$\n319\n"
    facts = _facts(INTRO + rows)
    assert [(f.amount, f.period) for f in facts] == [
        ("85", "2024-12-31"), ("83", "2024-12-31"), ("61", "2024-12-31"),
        ("90", "2024-12-31"), ("319", "2024-12-31"),
    ]


def test_a_lone_future_year_over_rows_of_words_stays_the_column_date() -> None:
    # "2025" heads the column; the rows below are line items, not years
    facts = _facts(INTRO + "2025\nServices\n$\n85\nLicences\n83\n")
    assert {f.period for f in facts} == {"P12M/2025-12-31"}


def test_years_falling_down_the_rows_are_no_maturity_schedule() -> None:
    facts = _facts(INTRO + "2026\n$\n85\n2025\n83\n")
    assert "2024-12-31" not in {f.period for f in facts}
