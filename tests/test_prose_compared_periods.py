"""A list that "compared to" or a closing "respectively" ties to the period after it takes that
period, not the sentence's opening or current one. Every text is made up."""

from __future__ import annotations

import extractor


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_a_compared_list_closed_by_respectively_takes_the_one_date_after_it() -> None:
    text = (
        "As of June 30, 2024, accrued rebates were $5.1 million and accrued returns were $2.2 "
        "million, compared to $4.4 million and $1.9 million, respectively, as of December 31, "
        "2023."
    )
    assert periods_of(text) == [
        ("2024-06-30", "5.1"),
        ("2024-06-30", "2.2"),
        ("2023-12-31", "4.4"),
        ("2023-12-31", "1.9"),
    ]


def test_a_compared_amount_takes_the_period_after_it_over_the_current_one() -> None:
    text = (
        "Dividends declared were $0.44 per share, totaling $18.6 million, for the six months "
        "ended June 30, 2023, compared to $0.40 per share, totaling $16.0 million, for the six "
        "months ended June 30, 2022."
    )
    assert [p for p, _ in periods_of(text)] == [
        "P6M/2023-06-30", "P6M/2023-06-30", "P6M/2022-06-30", "P6M/2022-06-30"]


def test_a_compared_list_of_two_years_takes_them_in_order() -> None:
    text = (
        "Revenue was $24.9 million for the year ended December 31, 2024, compared to $21.0 "
        "million and $19.0 million for the years ended December 31, 2023 and 2022, "
        "respectively."
    )
    assert periods_of(text) == [
        ("P12M/2024-12-31", "24.9"),
        ("P12M/2023-12-31", "21.0"),
        ("P12M/2022-12-31", "19.0"),
    ]


def test_respectively_after_a_list_that_fills_the_dates_before_keeps_them() -> None:
    # negative: the dates before the list are its own, "respectively" maps it onto them
    text = (
        "The notes had balances of $3.0 million and $2.5 million as of December 31, 2024 "
        "and 2023, respectively."
    )
    assert periods_of(text) == [("2024-12-31", "3.0"), ("2023-12-31", "2.5")]


def test_an_amount_before_compared_keeps_its_own_period() -> None:
    # negative: only the amounts after "compared to" move to the period after them
    text = (
        "Revenue was $24.9 million for the year ended December 31, 2024 compared to the prior "
        "year, when it was $21.0 million for the year ended December 31, 2023."
    )
    assert periods_of(text) == [("P12M/2024-12-31", "24.9"), ("P12M/2023-12-31", "21.0")]
