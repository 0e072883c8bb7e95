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
