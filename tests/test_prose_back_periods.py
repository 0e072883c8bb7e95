"""Periods a sentence names by pointing back: one amount "for each of" / "in each of" two
years is a fact for each (one span), and "in those years", "in the respective periods", "for
each of the nine-month periods" take the periods named before (in the sentence, else the
sentence before), a count of months moving those ends to its length. Every text is made up.
"""

from __future__ import annotations

import extractor

_PAGE = "|\nIntangible Assets\n|12 Months Ended\nSep. 30, 2022\n|Intangible Assets\n|\n"


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_an_amount_in_each_of_two_years_is_a_fact_for_each_year_on_one_span() -> None:
    text = "Royalty income was $2.0 million in each of 2023 and 2022."
    facts = extractor.extract(text).facts
    assert [(f.period, f.amount) for f in facts] == [
        ("P12M/2023-12-31", "2.0"),
        ("P12M/2022-12-31", "2.0"),
    ]
    assert facts[0].span == facts[1].span


def test_in_each_of_inside_a_subject_does_not_take_the_later_list_periods() -> None:
    text = (
        "Interest expense, including amortization of issuance costs of $0.8 million in each "
        "of 2023 and 2022, totaled $46.9 million, $31.5 million and $22.0 million for the "
        "years ended December 31, 2023, 2022 and 2021, respectively."
    )
    assert periods_of(text)[:2] == [("P12M/2023-12-31", "0.8"), ("P12M/2022-12-31", "0.8")]
    assert len(periods_of(text)) == 5


def test_for_each_of_fiscal_years_on_a_fiscal_page() -> None:
    text = _PAGE + (
        "Estimated amortization expense is $12.1 million for fiscal 2024 and $4.0 million for "
        "each of fiscal 2025 and 2026."
    )
    assert periods_of(text) == [
        ("P12M/2024-09-30", "12.1"),
        ("P12M/2025-09-30", "4.0"),
        ("P12M/2026-09-30", "4.0"),
    ]


def test_each_of_before_years_that_date_no_amount_states_nothing() -> None:
    assert periods_of("The Company had three segments in each of 2023 and 2022.") == []


def test_each_of_the_nine_month_periods_takes_the_ends_named_before() -> None:
    text = (
        "Variable lease cost was $0.4 million and $0.3 million for the three months ended "
        "September 30, 2024 and 2023, respectively, and $1.1 million for each of the "
        "nine-month periods."
    )
    assert periods_of(text) == [
        ("P3M/2024-09-30", "0.4"),
        ("P3M/2023-09-30", "0.3"),
        ("P9M/2024-09-30", "1.1"),
        ("P9M/2023-09-30", "1.1"),
    ]


def test_in_those_years_takes_the_years_of_the_sentence_before() -> None:
    text = (
        "Customers in Japan represented 81.4% and 78.9% of revenue for the fiscal years ended "
        "March 31, 2023 and 2024, respectively. One customer accounted for ¥1,240 thousand "
        "and ¥1,315 thousand of segment revenue in those years."
    )
    assert periods_of(text)[2:] == [("P12M/2023-03-31", "1240"), ("P12M/2024-03-31", "1315")]


def test_in_the_respective_periods_takes_the_durations_before() -> None:
    text = (
        "Sales to the distributor were $4.0 million and $3.5 million for the years ended "
        "December 31, 2024 and 2023, respectively. Purchases from the distributor were $1.2 "
        "million and $0.9 million in the respective periods."
    )
    assert periods_of(text)[2:] == [("P12M/2024-12-31", "1.2"), ("P12M/2023-12-31", "0.9")]


def test_those_years_after_a_single_period_stay_undated() -> None:
    # nothing several-dated before: "those years" points at nothing the text names
    text = (
        "Sales were $4.0 million for the three months ended March 31, 2024. Purchases were "
        "$1.2 million and $0.9 million in those years."
    )
    assert periods_of(text)[1:] == [(None, "1.2"), (None, "0.9")]


def test_those_years_after_quarters_name_no_year() -> None:
    text = (
        "Fees were $0.4 million and $0.3 million for the three months ended June 30, 2024 "
        "and 2023, respectively. Costs were $0.2 million and $0.1 million in those years."
    )
    assert periods_of(text)[2:] == [(None, "0.2"), (None, "0.1")]


def test_the_same_periods_of_a_year_stays_a_year_back_reading() -> None:
    text = (
        "Fees were $37 and $17 for the six and three months ended June 30, 2025, and $30 "
        "and $12 for the same periods in 2024, respectively."
    )
    assert periods_of(text)[2:] == [("P6M/2024-06-30", "30"), ("P3M/2024-06-30", "12")]


def test_the_corresponding_periods_of_a_year_take_the_sentence_before() -> None:
    text = (
        "For the three and nine months ended September 30, 2023, options totaling 1,146,000 "
        "and 1,032,000 shares, respectively, were excluded from diluted earnings per share. "
        "Awards excluded for the corresponding periods of 2022 totalled 800,000 and 750,000 "
        "shares, respectively."
    )
    assert periods_of(text)[2:] == [("P3M/2022-09-30", "800000"), ("P9M/2022-09-30", "750000")]
