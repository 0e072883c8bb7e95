"""The balances a change is stated between take what changed as their measure, a part "of which"
takes its whole's measure, and no label is a scale word left of a lost number ("Was billion").
Every text is made up."""

from __future__ import annotations

import extractor
from extractor.measure import tidy


def labels(body: str) -> list[tuple[str, str | None]]:
    return [(f.label, f.amount) for f in extractor.extract("Note\n" + body).facts]


def test_the_balances_of_a_change_are_of_what_changed() -> None:
    body = (
        "During the six months ended June 30, 2023, contract assets has decreased by £12.0 "
        "million from £98.8 million at December 31, 2022 to £86.8 million at June 30, 2023."
    )
    assert labels(body)[1:] == [("Contract assets", "98.8"), ("Contract assets", "86.8")]


def test_the_balances_of_an_unscaled_change_are_of_what_changed() -> None:
    body = (
        "Customer deposits increased $208 million from $1,521 million as of December 31, 2024 "
        "to $1,729 million as of June 30, 2025."
    )
    assert labels(body)[1:] == [("Customer deposits", "1521"), ("Customer deposits", "1729")]


def test_a_part_of_which_takes_the_whole_measure() -> None:
    body = (
        "As of September 28, 2024, the total amount of gross unrecognized tax benefits was $12.0 "
        "billion, of which $5.8 billion, if recognized, would impact the effective tax rate."
    )
    assert [label for label, _ in labels(body)] == [
        "Total amount of gross unrecognized tax benefits"
    ] * 2


def test_a_part_whose_own_clause_names_it_keeps_that_measure() -> None:
    body = (
        "For the year ended December 31, 2022, we recorded approximately $720 million, of which "
        "$640 million was recorded in the fourth quarter, of estimated severance costs."
    )
    assert labels(body)[1] == ("Amount recorded", "640")


def test_a_scale_word_left_of_a_lost_number_is_no_measure() -> None:
    assert tidy("Was billion") is None
    assert tidy("Decreased by million") is None
    assert tidy("Shares in thousands") == "Shares in thousands"


def test_the_year_of_a_date_is_no_range_low_end_before_the_next_balance() -> None:
    body = (
        "The allowance increased by $3,000 from $12,000 as of December 31, 2022 to $15,000 as "
        "of December 31, 2023."
    )
    got = [(f.label, f.period, f.amount, f.amount_max)
           for f in extractor.extract("Note\n" + body).facts]
    assert got[1:] == [
        ("Allowance", "2022-12-31", "12000", None),
        ("Allowance", "2023-12-31", "15000", None),
    ]
    # a range stays one
    assert [(f.amount, f.amount_max) for f in extractor.extract(
        "Note\nExercise prices ranged from $9,479 to $9,625 per unit in 2023.").facts] == [
        ("9479", "9625")
    ]


def test_a_change_with_a_phrase_before_from_still_names_its_balances() -> None:
    body = (
        "Goodwill decreased $9 million within the retail segment from $153 million as of "
        "December 31, 2023 to $144 million as of December 31, 2024."
    )
    assert labels(body)[1:] == [("Goodwill", "153"), ("Goodwill", "144")]


def test_both_values_of_a_changed_object_are_of_that_object() -> None:
    body = "The amendment reduced the minimum liquidity covenant from $4.0 million to $2.5 million."
    assert labels(body) == [
        ("Minimum liquidity covenant", "4.0"),
        ("Minimum liquidity covenant", "2.5"),
    ]
