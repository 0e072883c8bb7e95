"""Year columns headed as the years loans were originated (a bank's credit quality by
vintage) are a class of the balances, not their periods: every value takes the table's date."""

from __future__ import annotations

import extractor


def vintage(intro: str, heading: str) -> str:
    """A credit-quality table, a cell a line, its year columns under `heading`."""
    lines = ["|", "Loans and Allowance", "|12 Months Ended", "Dec. 31, 2024", intro,
             "As of December 31, 2024", *([heading] if heading else []),
             "(In thousands)", "2024", "2023", "2022",
             "Pass", "$", "20,507", "$", "11,991", "$", "8,825",
             "Substandard", "353", "777", "446"]
    return "\n".join(lines) + "\n"


def periods(text: str) -> list[str | None]:
    return [f.period for f in extractor.extract(text).facts]


INTRO = "The table below shows the loan portfolio by credit quality indicator as follows:"


def test_year_columns_under_a_year_of_origination_heading_take_the_tables_date() -> None:
    assert set(periods(vintage(INTRO, "Year of Origination"))) == {"2024-12-31"}


def test_an_intro_naming_the_year_of_origination_makes_the_years_classes_too() -> None:
    intro = ("Our financing receivable balances at December 31, 2024, by internal credit rating "
             "category and year of origination, consisted of the following:")
    assert set(periods(vintage(intro, ""))) == {"2024-12-31"}


def test_year_columns_without_such_a_heading_stay_their_years() -> None:
    text = vintage(INTRO, "").replace("As of December 31, 2024\n", "December 31,\n")
    assert periods(text)[:3] == ["2024-12-31", "2023-12-31", "2022-12-31"]
