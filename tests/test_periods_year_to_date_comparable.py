""""year-to-date" on an interim page is the page's length, ending on the dates named before
it (or the page's end); "the comparable prior-year period" and "the same period last year"
are the duration before them a year back; a number before "year-to-date" is money, not a
term in years."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_NINE = note_page("Note 9 - Income Taxes", "9 Months Ended", "Sep. 30, 2025")
_YEAR = note_page("Note 9 - Income Taxes", "12 Months Ended", "Dec. 31, 2025")


def _dated(page: str, body: str) -> list[tuple[str | None, str | None]]:
    return [(f.amount, f.period) for f in extract(page + body + "\n").facts]


def test_year_to_date_after_a_quarters_list_takes_its_dates_at_the_pages_length() -> None:
    got = _dated(_NINE, "Tax expense was $412,300 and $301,000 for the three months ended "
                        "September 30, 2025 and 2024, respectively, and $1,268,900 and "
                        "$387,150 year-to-date.")
    assert got == [("412300", "P3M/2025-09-30"), ("301000", "P3M/2024-09-30"),
                   ("1268900", "P9M/2025-09-30"), ("387150", "P9M/2024-09-30")]


def test_an_opening_year_to_date_and_the_comparable_prior_year_period() -> None:
    got = _dated(_NINE, "Year-to-date, the provision for credit losses was $3.9 million, "
                        "compared to $2.2 million in the comparable prior-year period.")
    assert got == [("3.9", "P9M/2025-09-30"), ("2.2", "P9M/2024-09-30")]


def test_the_same_period_last_year_is_the_duration_before_a_year_back() -> None:
    got = _dated(_NINE, "For the nine months ended September 30, 2025, fees were $8.1 "
                        "million, up from $6.4 million for the same period last year.")
    assert got == [("8.1", "P9M/2025-09-30"), ("6.4", "P9M/2024-09-30")]


def test_year_to_date_on_a_years_page_names_no_length() -> None:
    got = _dated(_YEAR, "Tax expense was $1,268,900 year-to-date.")
    assert got[0][1] != "P9M/2025-12-31"


def test_a_number_before_year_to_date_is_money_and_a_years_term_is_not() -> None:
    facts = extract(_NINE + "Fees were $387,150 year-to-date. The loan has a 5 year term.\n").facts
    assert [(f.amount, f.unit) for f in facts] == [("387150", "USD")]


def test_compared_to_the_prior_year_with_only_the_page_to_date_the_sentence() -> None:
    got = _dated(_YEAR, "Rent expense was $4,100, compared to $5,000 in the prior year.")
    assert got == [("4100", "P12M/2025-12-31"), ("5000", "P12M/2024-12-31")]


def test_the_prior_year_without_compared_keeps_the_pages_period() -> None:
    # no "compared to": nothing says which amounts are the current year's
    got = _dated(_YEAR, "Rent expense was $4,100 and $5,000 in the prior year.")
    assert "P12M/2024-12-31" not in [p for _, p in got][:1]
