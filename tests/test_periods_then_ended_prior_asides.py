"""Period phrases that refer to dates named before them ("the six months then ended", "in the
prior year") and event dates in a trailing aside (", which was sold in March 2023"), which
date only their own clause. Every text is made up for the test."""

from __future__ import annotations

from viewer_pages import note_page

import extractor


def periods_of(text: str) -> list[tuple[str, str | None]]:
    """Each fact as (its amount, or "blank", and its period)."""
    return [(f.amount or "blank", f.period) for f in extractor.extract(text).facts]


def test_months_then_ended_end_on_the_dates_named_before() -> None:
    text = ("Fees were $1.5 million and $1.2 million for the three months ended June 30, 2025 "
            "and 2024, respectively, and $3.1 million and $2.2 million for the six months then "
            "ended.")
    assert periods_of(text) == [
        ("1.5", "P3M/2025-06-30"), ("1.2", "P3M/2024-06-30"),
        ("3.1", "P6M/2025-06-30"), ("2.2", "P6M/2024-06-30")]


def test_years_then_ended_after_balance_dates_are_the_years_to_those_dates() -> None:
    text = ("The statements as of March 31, 2025 and 2024 report sales of $9.0 million and "
            "$8.0 million for the years then ended.")
    assert periods_of(text) == [("9.0", "P12M/2025-03-31"), ("8.0", "P12M/2024-03-31")]


def test_prior_year_after_one_duration_is_that_duration_a_year_back() -> None:
    text = ("Royalties were €2.4 million for the nine months ended September 30, 2025, "
            "compared with €1.9 million in the prior-year period.")
    assert periods_of(text) == [("2.4", "P9M/2025-09-30"), ("1.9", "P9M/2024-09-30")]


def test_prior_year_with_no_duration_before_it_names_no_period() -> None:
    # nothing before says which year is the current one: the phrase dates nothing
    facts = extractor.extract("Unlike in the prior year, the rate was 4.5%.").facts
    assert [(f.amount, f.period) for f in facts] == [("4.5", None)]


def test_event_date_in_a_trailing_which_clause_does_not_date_the_amounts_before() -> None:
    text = note_page("Note 9 - Segments", "12 Months Ended", "Mar. 31, 2025") + (
            "Segment revenue includes ¥640 million (2024: ¥910 million) from a product line, "
            "which was sold to a third party in February 2025.")
    assert periods_of(text) == [("640", "P12M/2025-03-31"), ("910", "P12M/2024-03-31")]


def test_event_date_in_an_absolute_clause_does_not_date_the_amount_before() -> None:
    text = "Licence income was $0.8 million, the agreement having been signed in May 2024."
    assert periods_of(text) == [("0.8", None)]


def test_balance_date_in_a_which_clause_still_dates_the_amounts() -> None:
    text = ("Amounts due from Alder Ltd were RMB40 and RMB75, which were loans as of June 30, "
            "2024 and 2025.")
    assert periods_of(text) == [("40", "2024-06-30"), ("75", "2025-06-30")]


def test_event_date_opening_its_own_clause_with_an_amount_still_dates_it() -> None:
    text = "The loan was repaid, which the lender had advanced in May 2023 for $2.0 million."
    assert periods_of(text) == [("2.0", "P1M/2023-05-31")]


def _retail(end: str) -> str:
    return note_page("Note 8 - Gift Cards", "12 Months Ended", end)


def test_fiscal_years_named_by_their_start_on_a_january_year_end_page() -> None:
    # the latest fiscal year named is the one before the page's year: the retail calendar
    text = _retail("Feb. 01, 2025") + (
        "Breakage income was $1.7 million, $1.5 million and $1.2 million in fiscal 2024, 2023 "
        "and 2022, respectively. Fiscal 2023 was a 53-week year ended February 3, 2024, and "
        "fiscal 2022 ended January 28, 2023.")
    assert periods_of(text) == [
        ("1.7", "P12M/2025-02-01"), ("1.5", "P12M/2024-02-03"), ("1.2", "P12M/2023-01-28")]


def test_fiscal_years_named_by_their_end_keep_their_year() -> None:
    text = _retail("Jan. 31, 2025") + (
        "Breakage income was $1.7 million and $1.5 million in fiscal 2025 and 2024, "
        "respectively.")
    assert periods_of(text) == [("1.7", "P12M/2025-01-31"), ("1.5", "P12M/2024-01-31")]


def test_a_december_year_end_never_shifts_its_fiscal_years() -> None:
    text = _retail("Dec. 31, 2024") + (
        "Royalties were $0.8 million in fiscal 2023, before the plan began.")
    assert periods_of(text) == [("0.8", "P12M/2023-12-31")]


def test_same_dates_are_the_balance_dates_of_the_sentence_before() -> None:
    text = ("Reserves were RMB10.1 million and RMB8.4 million as of December 31, 2024 and 2023, "
            "respectively. Distributable amounts were and RMB23.9 million as of the same dates.")
    assert periods_of(text) == [
        ("10.1", "2024-12-31"), ("8.4", "2023-12-31"),
        ("blank", "2024-12-31"), ("23.9", "2023-12-31")]


def test_same_periods_after_balance_dates_name_no_duration() -> None:
    # "the same periods" looks back for durations only: balance dates before give it none
    text = ("Reserves were $4.1 million and $3.9 million as of December 31, 2024 and 2023, "
            "respectively. Charges were $0.3 million for the same periods in 2022.")
    got = periods_of(text)
    assert got[:2] == [("4.1", "2024-12-31"), ("3.9", "2023-12-31")]
    assert all(p is None or "/" not in p or p.startswith("P") for _, p in got)


def test_payable_in_a_year_is_a_due_date_not_a_period() -> None:
    text = ("As of December 31, 2023, lease payments totalled S$3,846,900, of which S$1,191,120 "
            "is payable in 2024.")
    assert periods_of(text) == [("3846900", "2023-12-31"), ("1191120", "2023-12-31")]


def test_a_payable_balance_of_a_year_keeps_its_year() -> None:
    assert periods_of("Interest payable was $1.2 million in 2024.") == [
        ("1.2", "P12M/2024-12-31")]


def test_a_concentration_threshold_is_undated() -> None:
    text = ("Customers that accounted for more than 10% of consolidated revenue were two in "
            "2024 and 2023.")
    assert periods_of(text) == [("10", None)]
    assert periods_of("No customer accounted for 10% or more of net sales in 2024.") == [
        ("10", None)]


def test_a_customers_share_of_revenue_is_dated() -> None:
    text = "Customer A accounted for 12% and 11% of revenue in 2024 and 2023, respectively."
    assert periods_of(text) == [("12", "P12M/2024-12-31"), ("11", "P12M/2023-12-31")]
    assert periods_of("Revenue grew by more than 10% in 2024.") == [("10", "P12M/2024-12-31")]


def test_an_amount_opening_a_clause_after_and_takes_its_own_clauses_phrase() -> None:
    text = ("No shares were repurchased during the three months ended June 30, 2022, and "
            "240,000 shares were repurchased during the six months ended June 30, 2022.")
    assert periods_of(text) == [("240000", "P6M/2022-06-30")]
    text = ("The Company recorded no loss in the year ended December 31, 2024, and a gain of "
            "$2.0 million was recorded in the year ended December 31, 2023.")
    assert periods_of(text) == [("2.0", "P12M/2023-12-31")]


def test_a_lone_amount_in_one_clause_between_two_phrases_keeps_the_nearer() -> None:
    text = ("Revenue for the year ended December 31, 2024 was $5.0 million and was earned "
            "mostly in the quarter ended March 31, 2024.")
    assert periods_of(text) == [("5.0", "P12M/2024-12-31")]


def test_a_threshold_restated_in_digits_is_undated_both_times() -> None:
    text = ("No customer accounted for more than ten percent (10%) of revenue in fiscal 2025 or "
            "2024.")
    assert periods_of(text) == [("10", None), ("10", None)]


def test_future_years_of_payments_are_when_they_fall_due() -> None:
    page = note_page("Note 8 - Debt", "12 Months Ended", "Dec. 31, 2024")
    text = page + ("As of December 31, 2024, future minimum payments were $2,466 thousand in "
                   "2025 and $1,900 thousand in 2026.")
    assert periods_of(text) == [("2466", "2024-12-31"), ("1900", "2024-12-31")]


def test_future_years_of_an_expected_expense_stay_its_periods() -> None:
    page = note_page("Note 6 - Intangibles", "12 Months Ended", "Dec. 31, 2024")
    text = page + "Estimated amortization expense is $1.2 million in 2025 and $1.1 million in 2026."
    assert periods_of(text) == [("1.2", "P12M/2025-12-31"), ("1.1", "P12M/2026-12-31")]
