"""A dividend's record date says who is paid, not when: it is no period of the dividend (a due
date's kin, `duedates.py`). Every text is made up for the test."""

from __future__ import annotations

import extractor
from extractor.periods import find_periods


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.period, f.amount) for f in extractor.extract(text).facts]


def test_record_dates_after_respectively_leave_the_paid_dates() -> None:
    text = (
        "We paid cash dividends of $0.44 per share on March 28, 2024 and $0.41 per share on "
        "March 28, 2023, respectively, to record holders of our common stock on March 15, 2024 "
        "and March 15, 2023, respectively."
    )
    assert periods_of(text) == [("2024-03-28", "0.44"), ("2023-03-28", "0.41")]


def test_a_record_date_before_the_payment_date_is_not_the_period() -> None:
    text = (
        "The Board declared a cash dividend of $0.25 per share for stockholders of record as "
        "of May 6, 2019 and paid on May 20, 2019."
    )
    assert periods_of(text) == [("2019-05-20", "0.25")]


def test_record_date_shapes_are_no_period_phrases() -> None:
    for text in (
        "The dividend is payable to shareholders of record on August 8, 2025.",
        "The dividend is payable to stockholders of record as of the close of business on "
        "November 1, 2017.",
        "The dividend has a record date of March 3, 2025.",
    ):
        assert find_periods(text) == [], text


def test_a_recorded_balance_keeps_its_date() -> None:
    # "recorded ... as of": an accounting entry's balance date, not a record date
    text = "The Company recorded dividends payable of $1.2 million as of December 31, 2024."
    assert periods_of(text) == [("2024-12-31", "1.2")]
    assert find_periods("Holders of the notes as of June 30, 2024 received $5.0 million.") != []
