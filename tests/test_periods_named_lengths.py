"""A length named with no end ("during the nine-month period") takes the end of the period of
that length the sentence or page names; a day before its month ("(30 June 2024: A$ )") and a
"52/53-week" year are no amounts. Made-up sentences."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page


def _facts(header: tuple[str, str], body: str) -> list[tuple[str | None, str | None, bool]]:
    page = note_page("Note 2 - Liquidity", *header) + body + "\n"
    return [(f.period, f.amount, f.blank) for f in extract(page).facts]


def test_a_named_length_takes_the_sentences_period_of_that_length() -> None:
    facts = _facts(("3 Months Ended", "Sep. 30, 2025"),
                   "For the three and nine months ended September 30, 2025 the Company incurred "
                   "net losses of $2,814 and $8,107, respectively, and used cash of $6,355 "
                   "during the nine-month period, compared to $4,902 in the comparable "
                   "prior-year period.")
    assert facts[2:] == [("P9M/2025-09-30", "6355", False), ("P9M/2024-09-30", "4902", False)]


def test_a_named_length_with_no_such_period_before_takes_the_pages_of_that_length() -> None:
    assert _facts(("9 Months Ended", "Sep. 30, 2025"),
                  "Net cash used was $6,355 during the nine-month period.") == [
        ("P9M/2025-09-30", "6355", False)]
    # a page of another length names no nine months: the page's period, as any undated money
    assert _facts(("12 Months Ended", "Dec. 31, 2024"),
                  "Net cash used was $6,355 during the nine-month period.") == [
        ("P12M/2024-12-31", "6355", False)]


def test_a_day_before_its_month_and_a_52_53_week_year_are_no_amounts() -> None:
    assert _facts(("12 Months Ended", "Jun. 30, 2025"),
                  "A provision of A$1.2 million at 30 June 2025 is current (30 June 2024: A$ ), "
                  "since the Group has no right to defer.") == [
        ("2025-06-30", "1.2", False), ("2024-06-30", None, True)]
    assert _facts(("12 Months Ended", "Dec. 31, 2024"),
                  "The Company reports on a 52/53-week fiscal year; rent was $4,000.") == [
        ("P12M/2024-12-31", "4000", False)]


def test_as_of_those_dates_after_several_periods_are_their_end_dates() -> None:
    facts = _facts(("12 Months Ended", "Jun. 30, 2025"),
                   "Advances totaled $385,000 and $100,000 during the years ended June 30, 2025 "
                   "and 2024, respectively, and the balances due were $612,500 and $227,500 as "
                   "of those dates.")
    assert facts[2:] == [("2025-06-30", "612500", False), ("2024-06-30", "227500", False)]


def test_a_part_or_a_later_clause_with_its_own_balance_date_takes_it_over_the_opener() -> None:
    header = ("12 Months Ended", "Jun. 30, 2025")
    assert _facts(header, "On November 4, 2024, the Company recorded a charge of $2.1 million, "
                          "of which $0.4 million remained accrued at June 30, 2025.") == [
        ("2024-11-04", "2.1", False), ("2025-06-30", "0.4", False)]
    assert _facts(header, "On February 26, 2025, the parties agreed to settle for $1.5 million; "
                          "the Company had accrued $1.2 million for the matter as of December "
                          "31, 2024.")[1] == ("2024-12-31", "1.2", False)
    # a part remeasured during a year is still the opening date's balance; a due date dates none
    assert _facts(header, "As of June 30, 2025, the carrying value was $35.5 million, of which "
                          "$19.9 million were remeasured during the year ended June 30, "
                          "2025.")[1] == ("2025-06-30", "19.9", False)
    assert _facts(header, "On March 3, 2025, the Company borrowed $100,000, of which $50,000 is "
                          "due on April 1, 2026.")[1] == ("2025-03-03", "50000", False)


def test_a_comparative_restates_the_date_of_the_balance_right_before_it() -> None:
    header = ("12 Months Ended", "Dec. 31, 2024")
    facts = _facts(header, "The VIE repaid RMB3,200,000 during the year, and the balance of the "
                           "loan was RMB1,800,000 (US$246,600) as of December 31, 2024 (2023: ).")
    assert facts[-1] == ("2023-12-31", None, True)
    # an event date after the amount ("was repaid as of") is not the amount's: the year is
    facts = _facts(header, "For the year ended December 31, 2024, the loans amounted to "
                           "RMB1,063,434 and was repaid as of December 31, 2024 (2023: nil).")
    assert facts[-1] == ("P12M/2023-12-31", "0", False)


def test_at_both_dates_after_a_sentences_two_dates_is_a_slot_each() -> None:
    facts = _facts(("12 Months Ended", "Dec. 31, 2024"),
                   "Surety bonds were $1.0 million and $4.2 million as of December 31, 2024 and "
                   "2023, respectively; guarantees of third-party obligations totalled at both "
                   "dates.")
    assert facts[2:] == [("2024-12-31", None, True), ("2023-12-31", None, True)]


def test_weeks_then_ended_are_their_quarters_months() -> None:
    facts = _facts(("9 Months Ended", "Nov. 01, 2025"),
                   "The effective rates were 24.1% and 25.0% for the thirteen weeks ended "
                   "November 1, 2025 and November 2, 2024, respectively, and 25.8% and 26.0% for "
                   "the thirty-nine weeks then ended.")
    assert [p for p, _, _ in facts] == ["P3M/2025-11-01", "P3M/2024-11-02", "P9M/2025-11-01",
                                        "P9M/2024-11-02"]


def test_a_part_of_year_glued_to_of_still_dates_its_slot() -> None:
    facts = _facts(("12 Months Ended", "Jun. 30, 2025"),
                   "On April 9, 2025, the Company settled the dispute and recorded a charge ofin "
                   "the third quarter of fiscal 2025.")
    assert facts == [("P3M/2025-03-31", None, True)]
