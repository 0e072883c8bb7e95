"""A comparative "for the same period(s) in 2023" (or "of the prior year") restates the
sentence's durations in that year. Every text is made up for the test.
"""

from __future__ import annotations

import extractor


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_the_same_period_in_a_year_is_the_sentence_duration_in_that_year() -> None:
    text = (
        "Royalty income was $120,000 for the three months ended March 31, 2022, compared with "
        "$95,000 for the same period in 2021."
    )
    assert periods_of(text) == [("P3M/2022-03-31", "120000"), ("P3M/2021-03-31", "95000")]


def test_the_same_periods_in_a_year_restate_each_duration_in_order() -> None:
    text = (
        "Fees paid were $14 and $6 during the nine and three months ended September 30, 2022 "
        "and $11 and $5 for the same periods in 2021."
    )
    assert periods_of(text) == [
        ("P9M/2022-09-30", "14"),
        ("P3M/2022-09-30", "6"),
        ("P9M/2021-09-30", "11"),
        ("P3M/2021-09-30", "5"),
    ]


def test_the_corresponding_period_of_the_prior_year_is_a_year_back() -> None:
    text = (
        "Freight costs were $3.4 million for the six months ended June 30, 2023, against $2.9 "
        "million in the corresponding period of the prior year."
    )
    assert periods_of(text) == [("P6M/2023-06-30", "3.4"), ("P6M/2022-06-30", "2.9")]


def test_the_same_period_with_no_duration_before_it_is_not_moved() -> None:
    # nothing to restate: "the same period" names no length of its own
    text = "As of June 30, 2023, the balance was $8,000, the same period in which it was paid."
    assert periods_of(text) == [("2023-06-30", "8000")]
