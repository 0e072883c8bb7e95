"""Phrases an amount's own words claim: a change stated between two balances is the movement
over the span between their dates; a part "of which" an amount told with its own duration is
dated by that duration. Every text is made up for the test.
"""

from __future__ import annotations

import extractor


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_a_change_between_two_balances_is_the_duration_between_their_dates() -> None:
    text = (
        "Customer deposits decreased $14 million within the retail segment from $310 million as "
        "of December 31, 2021 to $296 million as of December 31, 2022."
    )
    assert periods_of(text) == [
        ("P12M/2022-12-31", "14"),
        ("2021-12-31", "310"),
        ("2022-12-31", "296"),
    ]


def test_a_change_over_half_a_year_counts_the_months_between_the_dates() -> None:
    text = (
        "Contract liabilities increased by RMB208 from RMB1,521 at December 31, 2022, to "
        "RMB1,729 at June 30, 2023."
    )
    assert periods_of(text)[0] == ("P6M/2023-06-30", "208")


def test_balances_without_a_stated_change_keep_their_instants() -> None:
    text = (
        "Unbilled receivables increased from $8,400 at December 31, 2021, to $9,100 at December "
        "31, 2022."
    )
    assert periods_of(text) == [("2021-12-31", "8400"), ("2022-12-31", "9100")]


def test_an_amount_beside_one_balance_date_is_not_a_change_between_dates() -> None:
    # one date only: nothing to span, the amount keeps the sentence's instant
    text = "As of March 31, 2022, inventory increased to $52,000 from the prior quarter."
    assert periods_of(text) == [("2022-03-31", "52000")]


def test_a_part_of_which_with_its_own_duration_takes_that_duration() -> None:
    text = (
        "Deferred revenue as of December 31, 2021 was $4.2 million, of which $3.1 million was "
        "recognized as revenue during the year ended December 31, 2022."
    )
    assert periods_of(text) == [("2021-12-31", "4.2"), ("P12M/2022-12-31", "3.1")]


def test_a_part_of_which_without_a_duration_keeps_the_balance_date() -> None:
    text = (
        "As of June 30, 2022, the Company had loans of $900,000, of which $300,000 was due to "
        "its director."
    )
    assert periods_of(text) == [("2022-06-30", "900000"), ("2022-06-30", "300000")]


def test_a_part_of_which_with_another_amount_before_the_phrase_keeps_the_balance_date() -> None:
    # "$200,000 ... at 5%": the rate stands between the part and the phrase; no claim
    text = (
        "As of June 30, 2022, the Company had loans of $900,000, of which $200,000 bears "
        "interest at 5% for the year ended June 30, 2023."
    )
    assert periods_of(text)[1] == ("2022-06-30", "200000")


def test_a_part_of_which_over_a_duration_ending_on_the_balance_date_keeps_that_date() -> None:
    # the part is still in the balance; the duration says how it came there
    text = (
        "As of December 31, 2022, the carrying value of the equity securities was $8.4 million, "
        "of which $5.2 million were remeasured at fair value during the year ended December 31, "
        "2022."
    )
    assert periods_of(text) == [("2022-12-31", "8.4"), ("2022-12-31", "5.2")]
