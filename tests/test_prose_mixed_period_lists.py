"""Prose: a list of amounts dated by period phrases of different lengths joined by "and"
("for the three months ended March 31, 2020 and the years ended December 31, 2019 and 2018,
respectively"): each amount takes its own period, not the page's quarter.

Every text here is written for the test, in the style of the SEC viewer's rendering.
"""

from __future__ import annotations

import extractor

QUARTER_PAGE = "|\nNOTE 2\n|3 Months Ended\nMar. 31, 2020\n|\n"


def periods(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(QUARTER_PAGE + text).facts
    return [(f.period, f.amount) for f in facts]


def test_three_amounts_take_a_quarter_and_two_years_joined_by_and() -> None:
    text = (
        "The Company incurred net losses of $1,200 and $7,300 and $11,400 for the three months "
        "ended March 31, 2020 and the years ended December 31, 2019 and 2018, respectively."
    )
    assert periods(text) == [
        ("P3M/2020-03-31", "1200"),
        ("P12M/2019-12-31", "7300"),
        ("P12M/2018-12-31", "11400"),
    ]


def test_two_amounts_take_a_half_year_and_the_year_before() -> None:
    text = (
        "Cash used in operations was $420 and $2,900 for the six months ended June 30, 2020 "
        "and for the year ended December 31, 2019, respectively."
    )
    assert periods(text) == [("P6M/2020-06-30", "420"), ("P12M/2019-12-31", "2900")]


def test_a_lone_amount_keeps_the_phrase_right_after_it() -> None:
    # one amount fills the first phrase alone: the phrases after it are not joined for it
    text = (
        "Revenue was $500 for the three months ended March 31, 2020 and the year ended "
        "December 31, 2019 combined."
    )
    assert periods(text) == [("P3M/2020-03-31", "500")]


def test_two_amounts_fill_the_two_years_right_after_them() -> None:
    # the phrase right after the list fits it: no later phrase joins in
    text = (
        "Rent was $3,000 and $2,800 in 2020 and 2019, respectively, and $900 for the three "
        "months ended March 31, 2020."
    )
    got = periods(text)
    assert got[:2] == [("P12M/2020-12-31", "3000"), ("P12M/2019-12-31", "2800")]
