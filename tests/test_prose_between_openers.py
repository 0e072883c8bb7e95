"""A span opening a sentence with "Between <date> and <date>," is the sentence's one period,
as "From <date> through <date>," is: a duration ending on the second date, not two instants.
Every text is made up for the test."""

from __future__ import annotations

import extractor


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.period, f.amount) for f in extractor.extract(text).facts]


def test_a_between_opener_is_one_duration_not_two_instants() -> None:
    text = ("Between March 1, 2023 and April 30, 2023, the Company received $4.5 million from "
            "the sale of 0.3 million shares of its Series B preferred stock.")
    assert periods_of(text) == [("P2M/2023-04-30", "4.5"), ("P2M/2023-04-30", "0.3")]


def test_a_between_opener_reaches_the_list_it_opens() -> None:
    text = ("Between July 1, 2022 and September 30, 2022, holders exercised 120,000 warrants "
            "for proceeds of $240,000.")
    assert periods_of(text) == [("P3M/2022-09-30", "120000"), ("P3M/2022-09-30", "240000")]


def test_between_inside_a_sentence_is_no_opener() -> None:
    # mid-sentence the two dates stay what they were (a term, not the sentence's period)
    text = ("The notes bear interest at 6% for the time between January 1, 2023 and June 30, "
            "2023, and at 8% thereafter.")
    assert all(p != "P6M/2023-06-30" for p, _ in periods_of(text))


def test_between_amounts_is_no_period() -> None:
    text = "As of December 31, 2023, the exercise prices ranged between $1.25 and $2.50."
    assert {p for p, _ in periods_of(text)} <= {"2023-12-31", None}
