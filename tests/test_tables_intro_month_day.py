"""Bare-year columns under a sentence that dates the balances by a month-day alone ("Debt at
December 31 consisted of the following:"): each column is that day of its year, an instant."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

ROWS = "2024\n2023\nUnsecured notes\n$52,586\n$47,103\nFinance leases\n100\n90\n"


def _periods(intro: str) -> list[str | None]:
    return [f.period for f in tables.extract_tables(read_document(intro + "\n" + ROWS, "t")).facts]


def test_an_intro_at_a_month_day_makes_year_columns_instants() -> None:
    assert _periods("Debt at December 31 consisted of the following:") == [
        "2024-12-31", "2023-12-31"] * 2
    assert _periods("Components of bank borrowings are as follows as of June 30:") == [
        "2024-06-30", "2023-06-30"] * 2


def test_an_intro_naming_a_duration_or_a_dated_instant_is_not_read_as_a_month_day() -> None:
    assert _periods("Revenue for the years ended December 31 was as follows:")[0] == \
        "P12M/2024-12-31"
    # a month-day inside the sentence that does not introduce the table
    assert _periods("Debt at December 31 is shown below. Details follow")[0] == "P12M/2024-12-31"
