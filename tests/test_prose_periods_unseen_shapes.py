"""Period shapes first seen on notes nobody had labelled: due dates, "ending" durations, lists
broken one amount per line. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.periods import due_spans, find_periods


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_a_due_date_in_a_rate_sentence_is_not_the_rate_period() -> None:
    text = "The loan carries 4.8% annual interest, due on March 3, 2018."
    assert periods_of(text) == [(None, "4.8")]


def test_maturing_and_expiring_dates_are_not_periods() -> None:
    assert periods_of("The facility, maturing in May 2027, bears interest at 5.2% per annum.") == [
        (None, "5.2")
    ]
    assert find_periods("The options expire on June 30, 2031.") == []
    assert find_periods("The loans are repayable by December 31, 2026 and 2027.") == []


def test_an_extended_maturity_does_not_date_the_balance_beside_it() -> None:
    text = "The maturity was extended to August 31, 2026, and the balance was $1,200,000."
    # the page has no period header, so nothing else dates the balance
    assert periods_of(text) == [(None, "1200000")]


def test_a_due_date_beside_a_dated_amount_leaves_the_amount_its_own_date() -> None:
    text = (
        "As of December 31, 2023, the Company owed $50,000 to Mr. Lee under a note due on "
        "June 30, 2025."
    )
    assert periods_of(text) == [("2023-12-31", "50000")]


def test_through_opening_a_sentence_is_an_as_of_date_not_a_due_date() -> None:
    assert due_spans("Through September 30, 2017, the Company had borrowed $60,000.") == []
    assert periods_of("Through September 30, 2017, the Company had borrowed $60,000.") == [
        ("2017-09-30", "60000")
    ]


def test_a_term_from_one_month_to_another_is_not_a_period() -> None:
    text = "The lease runs from May 2021 to May 2022 at a monthly rent of $3,000."
    assert periods_of(text) == [(None, "3000")]


def test_a_twelve_month_period_ending_on_a_date_is_a_duration() -> None:
    text = "During the 12-month period ending on March 31, 2025, revenue was $5,000."
    assert periods_of(text) == [("P12M/2025-03-31", "5000")]


def test_an_amount_list_broken_one_amount_per_line_keeps_its_trailing_years() -> None:
    text = (
        "Revenues were CNY212,\nCNY640\nand CNY518\n(US$73) and costs were CNY19,\nCNY33\n"
        "and CNY28\n(US$4) for the years ended December\n31, 2017, 2018 and 2019, respectively."
    )
    got = periods_of(text)
    years = ["P12M/2017-12-31", "P12M/2018-12-31", "P12M/2019-12-31"]
    assert got == [
        (years[0], "212"), (years[1], "640"), (years[2], "518"), (years[2], "73"),
        (years[0], "19"), (years[1], "33"), (years[2], "28"), (years[2], "4"),
    ]


def test_a_line_that_ends_a_sentence_is_not_joined_to_an_amount_line() -> None:
    text = "The Company had two segments.\n$ 1,000 was paid on June 1, 2022."
    assert [f.quote.startswith("The Company") for f in extractor.extract(text).facts] == [False]


def test_an_opening_phrase_with_two_dates_gives_its_one_amount_the_first_date() -> None:
    text = "As of March 31, 2025, and 2024, the balance of accrued liabilities is $12,480."
    assert periods_of(text) == [("2025-03-31", "12480")]


def test_for_each_of_two_years_states_one_amount_for_each() -> None:
    text = "For each of the years ended December 31, 2021 and 2020, the Company paid $5,000."
    assert periods_of(text) == [("P12M/2021-12-31", "5000"), ("P12M/2020-12-31", "5000")]


def test_an_amount_right_before_two_dates_is_stated_for_both() -> None:
    text = "The balance was $884,546 as of September 30, 2021 and December 31, 2020."
    assert periods_of(text) == [("2021-09-30", "884546"), ("2020-12-31", "884546")]


def test_two_measures_times_two_dates_under_one_respectively() -> None:
    text = (
        "As of March 31, 2024 and 2023, deposits and prepayments were $88.4 million and "
        "$71.2 million, and $310.5 thousand and $298.0 thousand, respectively."
    )
    assert periods_of(text) == [
        ("2024-03-31", "88.4"), ("2023-03-31", "71.2"),
        ("2024-03-31", "310.5"), ("2023-03-31", "298.0"),
    ]


def test_four_amounts_for_two_dates_without_a_break_between_runs_stay_unaligned() -> None:
    text = (
        "As of March 31, 2024 and 2023, deposits were $1, $2, $3 and $4, respectively."
    )
    result = extractor.extract(text)
    assert [f.period for f in result.facts] == [None] * 4
    assert [w.code for w in result.warnings] == ["unaligned"]


def test_a_duration_ending_on_a_month_without_a_day_is_that_month_end() -> None:
    text = (
        "Amortization recognized for the years ended December 2019, 2020 and 2021 amounted to "
        "RMB477.3 million, RMB621.2 million and RMB491.0 million, respectively."
    )
    assert periods_of(text) == [
        ("P12M/2019-12-31", "477.3"), ("P12M/2020-12-31", "621.2"), ("P12M/2021-12-31", "491.0"),
    ]


def test_an_opening_clause_naming_a_dated_document_dates_the_sentence() -> None:
    text = (
        "Pursuant to a memorandum dated March 1, 2010, the Company sold a note of $25,000 with "
        "interest at 12% per annum."
    )
    assert periods_of(text) == [("2010-03-01", "25000"), ("2010-03-01", "12")]


def test_a_dated_document_in_the_middle_of_a_sentence_dates_nothing() -> None:
    text = (
        "The Company, under a memorandum dated March 1, 2010 and since amended, bears 12% "
        "interest."
    )
    assert periods_of(text) == [(None, "12")]


def test_nil_in_a_list_in_millions_takes_the_list_scale() -> None:
    facts = extractor.extract(
        "Impairment charges amounted to nil, RMB213.4 million and nil for the years ended "
        "December 31, 2019, 2020 and 2021, respectively."
    ).facts
    assert [(f.amount, f.scale, f.unit) for f in facts] == [
        ("0", 6, "CNY"), ("213.4", 6, "CNY"), ("0", 6, "CNY"),
    ]


HALF_PAGE = "|\nOptions\n|6 Months Ended\nMar. 31, 2013\n|Options\n|\n"


def test_a_paragraph_printed_in_a_tables_cell_carries_its_opening_period() -> None:
    # the viewer's "|" before the paragraph is no word before its opener
    text = (HALF_PAGE + "|During the quarter ended December 31, 2012, 40,500 options expired. "
            "The entire 40,500 options were vested and the fair value of $44,550 had been "
            "recognized.")
    got = [(f.period, f.amount) for f in extractor.extract(text).facts]
    assert got == [("P3M/2012-12-31", "40500"), ("P3M/2012-12-31", "40500"),
                   ("P3M/2012-12-31", "44550")]


def test_a_cell_paragraph_whose_period_is_not_its_opener_carries_nothing() -> None:
    text = (HALF_PAGE + "|Options expired during the quarter ended December 31, 2012 were 40,500. "
            "The fair value of $44,550 had been recognized.")
    got = [(f.period, f.amount) for f in extractor.extract(text).facts]
    assert got[-1] == ("P6M/2013-03-31", "44550")


def test_a_later_clause_with_its_own_month_is_dated_by_it() -> None:
    text = (
        "In February 2010, the board approved repurchases of up to $150,000, and in October "
        "2010 the board authorized up to an additional $200,000 of such purchases."
    )
    assert periods_of(text) == [("P1M/2010-02-28", "150000"), ("P1M/2010-10-31", "200000")]


def test_a_date_after_the_amount_in_a_later_clause_does_not_steal_it() -> None:
    text = "In February 2010, the Company paid $5, and the board met on June 1, 2009."
    assert periods_of(text) == [("P1M/2010-02-28", "5")]


def test_parts_of_a_year_are_durations_ending_at_their_last_month() -> None:
    assert periods_of("In the third quarter of 2011, 7,539,595 shares were retired.") == [
        ("P3M/2011-09-30", "7539595")
    ]
    assert periods_of("In the first six months of 2011 we paid dividends of $88,295.") == [
        ("P6M/2011-06-30", "88295")
    ]
    assert periods_of("During the first half of 2020 revenue was $5.") == [("P6M/2020-06-30", "5")]


def test_a_part_of_two_years_names_that_part_of_each_for_respectively() -> None:
    assert periods_of("In the first nine months of 2017 and 2016, we paid cash dividends of $75 "
                      "million and $56 million, respectively.") == [
        ("P9M/2017-09-30", "75"), ("P9M/2016-09-30", "56")]
    assert periods_of("Tax rates were 18.9% and 23.4% for the second quarter of 2025, and 2024, "
                      "respectively.") == [("P3M/2025-06-30", "18.9"), ("P3M/2024-06-30", "23.4")]


def test_a_part_of_a_year_compared_to_another_year_names_only_its_own() -> None:
    # "compared to 2024" is no second year of the phrase
    assert periods_of("In the first six months of 2025 compared to 2024, revenue rose by "
                      "$5 million.")[0] == ("P6M/2025-06-30", "5")


def test_two_months_of_a_year_are_one_duration() -> None:
    assert periods_of("During June and July 2017, the Company borrowed $12,000 from Mr. Lee.") == [
        ("P2M/2017-07-31", "12000")
    ]


MOVING_PAGE = "|\nTaxes\n|12 Months Ended\nSep. 28, 2024\n|\n"


def test_bare_years_on_a_moving_fiscal_year_page_end_on_the_days_the_note_names() -> None:
    text = MOVING_PAGE + ("The balances as of September 28, 2024 and September 30, 2023 are "
                          "shown below.\nForeign earnings were $77.3 billion, $72.9 billion "
                          "and $71.3 billion in 2024, 2023 and 2022, respectively.")
    assert periods_of(text) == [
        ("P12M/2024-09-28", "77.3"), ("P12M/2023-09-30", "72.9"),
        ("P12M/2022-09-24", "71.3")]  # 2022: the last Saturday of September, as 2024 and 2023


def test_bare_years_on_a_calendar_or_quarter_page_keep_their_year_ends() -> None:
    page = "|\nTaxes\n|6 Months Ended\nJun. 28, 2024\n|\n"
    text = page + "Foreign earnings were $7.3 billion and $7.9 billion in 2023 and 2022."
    assert [p for p, _ in periods_of(text)] == ["P12M/2023-12-31", "P12M/2022-12-31"]


def test_three_and_nine_month_periods_with_hyphens_are_two_durations() -> None:
    page = "|\nAwards\n|9 Months Ended\nJun. 28, 2025\n|\n"
    text = page + ("The fair value of RSUs vested was $7.0 billion and $16.3 billion for the "
                   "three- and nine-month periods ended June 28, 2025, respectively.")
    assert periods_of(text) == [("P3M/2025-06-28", "7.0"), ("P9M/2025-06-28", "16.3")]
    two = page + ("Revenue was $5 million and $6 million for the three- and nine-month periods "
                  "ended June 28, 2025 and $4 million and $3 million for the three- and "
                  "nine-month periods ended June 29, 2024, respectively.")
    assert [p for p, _ in periods_of(two)] == [
        "P3M/2025-06-28", "P9M/2025-06-28", "P3M/2024-06-29", "P9M/2024-06-29"]


def test_the_day_of_a_due_date_is_not_an_amount() -> None:
    text = (
        "In March 2021, the Company issued $400 million of notes due March 1, 2026 and $250 "
        "million of notes due March 1, 2031."
    )
    assert [f.amount for f in extractor.extract(text).facts] == ["400", "250"]


def test_a_day_written_against_its_year_in_a_term_is_not_an_amount() -> None:
    text = "Shanghai Kaixin was an equity investee of the Group till November 17,2019."
    assert extractor.extract(text).facts == []


def test_an_amount_after_a_due_date_is_still_read() -> None:
    text = "The note is due on June 5, 2026, and its balance was $12,000 at that date."
    assert [f.amount for f in extractor.extract(text).facts] == ["12000"]


def test_an_effective_date_opening_a_sentence_dates_it_as_an_event_date() -> None:
    page = "|\nNote\n|6 Months Ended\nJun. 30, 2023\n|\n"
    text = page + (
        "Effective April 1, 2023, the Board authorized the repurchase of up to $50 million of "
        "common stock by March 31, 2026.\n"
    )
    assert periods_of(text) == [("2023-04-01", "50")]


def test_an_effective_date_inside_a_sentence_is_not_an_opening_date() -> None:
    text = "The amendment, effective June 1, 2023, increased the interest rate to 5%."
    assert periods_of(text) == [(None, "5")]


def test_a_span_opening_a_sentence_is_its_period() -> None:
    text = "From January 1, 2022 to June 30, 2022, the Company paid $60,000 to its director."
    assert periods_of(text) == [("P6M/2022-06-30", "60000")]
    weeks = (
        "From March 28, 2022 through April 22, 2022, the Company repurchased $4.1 million of "
        "stock."
    )
    assert periods_of(weeks) == [("P1M/2022-04-22", "4.1")]


def test_a_span_inside_a_sentence_stays_a_term() -> None:
    text = "The loan bears interest at 2.5% for the period from June 1, 2021 to May 31, 2023."
    assert periods_of(text) == [(None, "2.5")]


def test_a_flow_during_the_period_from_one_date_to_another_takes_that_span() -> None:
    text = ("The Company assumed loans of $900,000, of which $400,000 was repaid during the "
            "period from March 1, 2020 to June 30, 2020.")
    assert periods_of(text) == [("P4M/2020-06-30", "900000"), ("P4M/2020-06-30", "400000")]


def test_a_term_from_one_month_to_another_stays_no_period() -> None:
    text = "The lease runs from May 2021 to May 2022 at a monthly rent of $3,000."
    assert periods_of(text) == [(None, "3000")]


def test_the_year_of_a_year_is_that_calendar_year() -> None:
    text = "The outstanding loan of $2,000 was repaid during the year of 2020."
    assert periods_of(text) == [("P12M/2020-12-31", "2000")]


def test_an_opening_year_of_a_year_dates_the_items_it_lists() -> None:
    text = ("During the year of 2019, the subsidiary obtained borrowings from several parties, "
            "including: i) its director, in the amount of $6,000 with no interest; ii) a bank, "
            "in the amount of $9,000 at an annual interest rate of 4.5%.")
    assert periods_of(text) == [
        ("P12M/2019-12-31", "6000"), ("P12M/2019-12-31", "9000"), ("P12M/2019-12-31", "4.5"),
    ]
