"""Quarters and halves of a fiscal year that does not end on December 31: they end on the
page's fiscal calendar. Every text is made up for the test."""

from __future__ import annotations

import extractor
from extractor.fiscalparts import page_year_end, part_end


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


SEPTEMBER_YEAR = "|\nTaxes\n|12 Months Ended\nSep. 28, 2024\n|\n"
JANUARY_YEAR = "|\nInvestments\n|12 Months Ended\nJan. 26, 2025\n|\n"
JANUARY_HALF = "|\nLeases\n|6 Months Ended\nJul. 27, 2025\n|\n"
JUNE_YEAR = "|\nDebt\n|12 Months Ended\nJun. 30, 2024\n|\n"
CALENDAR_YEAR = "|\nDebt\n|12 Months Ended\nDec. 31, 2024\n|\n"


def test_a_quarter_of_a_year_on_a_fiscal_year_page_is_the_fiscal_quarter() -> None:
    text = SEPTEMBER_YEAR + ("During the fourth quarter of 2024 the Company recorded a charge of "
                             "$9.1 billion.")
    assert periods_of(text) == [("P3M/2024-09-28", "9.1")]
    june = JUNE_YEAR + "In the first quarter of 2024, the Company repaid $40 million of the notes."
    assert periods_of(june) == [("P3M/2023-09-30", "40")]


def test_a_quarter_of_a_named_fiscal_year_ends_on_the_pages_calendar() -> None:
    text = JANUARY_YEAR + ("In the fourth quarter of fiscal year 2025, a private company "
                           "investment resulted in an unrealized gain of $321 million.")
    assert periods_of(text) == [("P3M/2025-01-26", "321")]


def test_quarters_of_two_fiscal_years_on_a_half_year_page_are_13_weeks_apart_a_year() -> None:
    text = JANUARY_HALF + ("We recorded an inventory provision of $712 million and $250 million "
                           "for the second quarter of fiscal years 2026 and 2025, respectively.")
    assert periods_of(text) == [("P3M/2025-07-27", "712"), ("P3M/2024-07-28", "250")]
    half = JANUARY_HALF + ("We recognized revenue of $410 million and $275 million in the first "
                           "half of fiscal years 2026 and 2025, respectively.")
    assert periods_of(half) == [("P6M/2025-07-27", "410"), ("P6M/2024-07-28", "275")]


def test_a_calendar_year_page_and_a_calendar_quarter_keep_calendar_quarters() -> None:
    text = CALENDAR_YEAR + "In the second quarter of 2024, we issued $7.5 billion of notes."
    assert periods_of(text) == [("P3M/2024-06-30", "7.5")]
    said = JUNE_YEAR + "In the third calendar quarter of 2023, we issued $7.5 billion of notes."
    assert periods_of(said) == [("P3M/2023-09-30", "7.5")]


def test_a_quarter_without_fiscal_on_a_half_year_page_stays_a_calendar_quarter() -> None:
    # a half-year's page states no other year end (bare years there are calendar years too)
    text = JANUARY_HALF + "In the second quarter of 2025, we issued $2.5 billion of notes."
    assert periods_of(text) == [("P3M/2025-06-30", "2.5")]


def test_a_fiscal_quarter_the_page_cannot_place_is_left_undated() -> None:
    quarter_page = "|\nNotes\n|3 Months Ended\nSep. 30, 2024\n|\n"
    text = quarter_page + ("The rate was 4.5% in the second quarter of fiscal 2024.")
    assert periods_of(text) == [(None, "4.5")]


def test_page_year_end_reads_a_year_a_year_to_date_or_a_known_first_quarter_only() -> None:
    assert page_year_end("2024-09-28", 12) == "2024-09-28"
    assert page_year_end("2025-07-27", 6) == "2026-01-25"  # 26 weeks on
    assert page_year_end("2024-09-30", 9) == "2024-12-31"
    # three months are a first quarter only when months_by_quarter says so
    assert page_year_end("2024-09-30", 3) == "2025-06-30"
    assert page_year_end("2024-09-30", None) is None
    assert page_year_end(None, 12) is None


def test_a_first_quarters_page_named_with_its_fiscal_year_gives_the_calendar() -> None:
    # "the first quarter of fiscal 2026" on the three months ended November 29, 2025 is the
    # page's own quarter: the year before's first quarter ends 52 weeks earlier
    quarter_page = "|\nRevenue\n|3 Months Ended\nNov. 29, 2025\n|\n"
    text = quarter_page + ("The Company granted 52,000 shares in the first quarter of fiscal "
                           "2026, compared with 38,400 shares in the first quarter of fiscal 2025.")
    assert periods_of(text) == [("P3M/2025-11-29", "52000"), ("P3M/2024-11-30", "38400")]
    text = quarter_page + ("Expense was $6.8 million and $5.9 million for the first quarters of "
                           "fiscal 2026 and 2025, respectively.")
    assert periods_of(text) == [("P3M/2025-11-29", "6.8"), ("P3M/2024-11-30", "5.9")]


def test_of_several_quarters_that_fit_the_page_the_latest_is_its_own() -> None:
    # a second quarter's page that looks back on the first: the page is the second quarter
    quarter_page = "|\nRevenue\n|3 Months Ended\nDec. 31, 2025\n|\n"
    text = quarter_page + ("Revenue was $2.0 million in the first quarter of fiscal 2026 and "
                           "$3.0 million in the second quarter of fiscal 2026.")
    assert periods_of(text) == [("P3M/2025-09-30", "2.0"), ("P3M/2025-12-31", "3.0")]


def test_part_end_steps_back_whole_quarters_from_the_years_end() -> None:
    assert part_end("2024-06-30", 2024, 1) == "2023-09-30"
    assert part_end("2024-09-28", 2023, 4) == "2023-09-30"  # the last Saturday of September
    assert part_end("2024-09-28", 2024, 2) == "2024-03-30"  # 26 weeks back


def test_a_quarters_page_that_a_sentence_names_with_its_fiscal_year_gives_the_calendar() -> None:
    # "the third quarter of fiscal 2025" on the three months ended June 28, 2025 is the page's
    # own quarter (its year ends September 27, 2025): the year before's third quarter and the
    # first nine months then end on that calendar too
    quarter_page = "|\nRevenue\n|3 Months Ended\nJun. 28, 2025\n|\n"
    text = quarter_page + ("Net sales in the third quarter of fiscal 2025 were $41.2 million, "
                           "compared to $39.0 million in the third quarter of fiscal 2024.")
    assert periods_of(text) == [("P3M/2025-06-28", "41.2"), ("P3M/2024-06-29", "39.0")]
    text = quarter_page + ("Freight was $3.1 million in the first nine months of fiscal 2025 and "
                           "$2.0 million in the third quarter of fiscal 2025.")
    assert periods_of(text) == [("P9M/2025-06-28", "3.1"), ("P3M/2025-06-28", "2.0")]


def test_a_quarter_whose_year_the_quarters_page_cannot_open_teaches_no_calendar() -> None:
    quarter_page = "|\nRevenue\n|3 Months Ended\nJun. 28, 2025\n|\n"
    # a second quarter ending June 28, 2025 opens a year ending in December 2025, not fiscal
    # 2024: nothing places "fiscal 2024"
    text = quarter_page + "The rate was 4.5% in the second quarter of fiscal 2024."
    assert periods_of(text) == [(None, "4.5")]
