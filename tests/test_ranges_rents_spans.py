"""Ranges whose ends each keep their mark and scale ("$2.1 million to $3.4 million", "between
$17.0 million and $19.0 million"), money stated per month (a rate: undated unless its sentence
dates it), and a restatement's ")" outside the amount's span. Made-up sentences."""

from __future__ import annotations

from viewer_pages import note_page

import extractor


def facts_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.amount, f.amount_max, f.period) for f in extractor.extract(text).facts]


def test_range_with_mark_and_scale_on_both_ends_is_one_fact() -> None:
    assert facts_of("The Company estimates its share of the costs at $2.1 million to $3.4 "
                    "million as of December 31, 2024.") == [("2.1", "3.4", "2024-12-31")]


def test_between_and_is_a_range() -> None:
    assert facts_of("The Company expects charges of between $17.0 million and $19.0 million "
                    "as of December 31, 2024.") == [("17.0", "19.0", "2024-12-31")]
    assert facts_of("Awards vest at between 0% and 150% of target.") == [("0", "150", None)]


def test_a_change_from_one_amount_to_another_is_no_range() -> None:
    got = facts_of("Revenue increased from $2.1 million to $3.4 million in 2024.")
    assert [(a, m) for a, m, _ in got] == [("2.1", None), ("3.4", None)]


def test_two_amounts_in_falling_order_after_between_are_no_range() -> None:
    got = facts_of("The difference between $5.0 million and $3.0 million was paid in 2024.")
    assert [(a, m) for a, m, _ in got] == [("5.0", None), ("3.0", None)]


def test_money_per_month_that_nothing_dates_is_undated() -> None:
    page = note_page("Note 9 - Leases", "3 Months Ended", "Mar. 31, 2025")
    got = facts_of(page + "The lease rate during the primary term is $2,000 per month, and "
                   "rent expense was $6,000.")
    assert got == [("2000", None, None), ("6000", None, "P3M/2025-03-31")]


def test_money_per_month_its_sentence_dates_keeps_the_date() -> None:
    assert facts_of("The base rent was $3,000 per month in 2024.") == [
        ("3000", None, "P12M/2024-12-31")]


def test_money_per_year_is_the_years_flow_and_keeps_the_page_period() -> None:
    page = note_page("Note 5 - Intangibles", "3 Months Ended", "Mar. 31, 2020")
    got = facts_of(page + "The license is amortized, recognizing expense of $488 per year.")
    assert got == [("488", None, "P3M/2020-03-31")]


def test_restatement_parenthesis_is_not_part_of_the_amount() -> None:
    text = "The fair rent is HK$18,000 (approximately $2,300) per month."
    spans = [text[f.span[0] : f.span[1]] for f in extractor.extract(text).facts]
    assert spans == ["18,000", "2,300"]


def test_negative_in_parentheses_keeps_both_parentheses() -> None:
    text = "The adjustment was $(1,540) in 2024."
    facts = extractor.extract(text).facts
    assert [(f.amount, text[f.span[0] : f.span[1]]) for f in facts] == [("-1540", "(1,540)")]


def test_a_monthly_rent_nothing_dates_is_undated_but_a_carried_event_date_dates_it() -> None:
    page = note_page("Note 9 - Leases", "6 Months Ended", "Sep. 30, 2025")
    got = facts_of(page + "The Company leases an office at a monthly rent of ¥1,250 thousand. "
                   "Rent paid was ¥7,500 thousand.")
    assert got == [("1250", None, None), ("7500", None, "P6M/2025-09-30")]
    got = facts_of(page + "In April 2025, the Company leased a store. The monthly rent is NIS "
                   "182 thousand.")
    assert got == [("182", None, "P1M/2025-04-30")]


def test_a_range_of_prices_per_share_with_marks_on_both_ends_is_one_fact() -> None:
    assert facts_of("Options have exercise prices ranging from ₹118 to ₹246 per share.") == [
        ("118", "246", None)]
