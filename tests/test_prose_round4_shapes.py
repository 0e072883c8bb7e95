"""Prose shapes first seen in blind round 4: dates repeated with their preposition, dates that
only say when something first happens, dates broken over lines, measure labels taken from the
clause's subject. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.periods import due_spans, find_periods


def facts_of(text: str, page: str | None = None) -> list[tuple[str | None, str | None]]:
    if page is not None:
        text = f"|\nNote\n|12 Months Ended\n{page}\n|\n{text}\n"
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_two_amounts_at_two_dates_each_with_its_preposition_take_one_date_each() -> None:
    text = (
        "Total borrowings amounted to EUR 412 thousand and EUR 377 thousand at December 31, "
        "2024 and at December 31, 2023 respectively."
    )
    assert facts_of(text) == [("2024-12-31", "412"), ("2023-12-31", "377")]


def test_a_repeated_as_of_is_one_phrase_naming_both_dates() -> None:
    phrases = find_periods("as of June 30, 2024 and as of December 31, 2023")
    assert [p.periods for p in phrases] == [("2024-06-30", "2023-12-31")]


def test_at_followed_by_other_words_is_not_read_as_a_second_date() -> None:
    phrases = find_periods("The balance was $5 at December 31, 2024 and at the same time")
    assert [p.periods for p in phrases] == [("2024-12-31",)]


def test_a_first_time_date_is_not_the_period_of_a_rate() -> None:
    text = "The spread of 4.1% will rise by 0.3% per year, for the first time in March 2026."
    assert facts_of(text) == [(None, "4.1"), (None, "0.3")]
    text = "The spread of 6% would rise by 0.5% per year, for the first time it rose in May 2021."
    assert facts_of(text) == [(None, "6"), (None, "0.5")]


def test_a_start_date_in_mid_sentence_is_not_a_period_but_an_opening_one_still_dates() -> None:
    assert due_spans("Rent is $2,000 per month beginning September 2019.") != []
    assert due_spans("Beginning September 2019, rent is $2,000 per month.") == []
    text = "In April 2016 the Company leased a shop at $2,100 a month starting in April 2018."
    assert facts_of(text) == [("P1M/2016-04-30", "2100")]
