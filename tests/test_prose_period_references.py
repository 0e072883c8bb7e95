"""A duration that names reporting periods or a part of a schedule is no term fact, even in a
sentence about depreciation or amortization. Every text is made up for the test."""

from __future__ import annotations

import extractor


def amounts(body: str) -> list[tuple[str | None, str | None]]:
    return [(f.amount, f.unit) for f in extractor.extract("Note\n" + body).facts]


def test_month_periods_named_again_are_no_term() -> None:
    body = (
        "Included in these amounts is depreciation of $12,000 for each of the three month "
        "periods and $36,000 for each of the nine month periods."
    )
    assert amounts(body) == [("12000", "USD"), ("36000", "USD")]


def test_the_first_years_of_a_schedule_are_no_term() -> None:
    body = (
        "We will recognize the remaining amortization expense of $1,200 over the period, with "
        "the first four years recognizing expense of $240 per year."
    )
    assert ("4", "year") not in amounts(body)


def test_a_horizon_of_years_is_no_useful_life() -> None:
    body = (
        "Amortization expense for each of the next five years is expected to be $2.0 million. "
        "Depreciation expense over the past three years was $1.1 million."
    )
    got = amounts(body)
    assert ("5", "year") not in got and ("3", "year") not in got
    assert ("2.0", "USD") in got


def test_a_useful_life_stays_a_fact() -> None:
    body = "The equipment is depreciated over its estimated useful life of five years."
    assert amounts(body) == [("5", "year")]


def test_the_parts_of_a_codification_subtopic_are_no_facts() -> None:
    body = (
        "In November 2024, the FASB issued ASU 2024-03, Disaggregation of Operating Expenses "
        "(Subtopic 220-40), and the Company expects costs of $5 million."
    )
    assert amounts(body) == [("5", "USD")]


def test_plan_names_week_years_and_docket_numbers_are_no_amounts() -> None:
    for body, expected in (
        ("Under the 401(k) savings plan, the Company matched $2.0 million in 2024.", "2.0"),
        ("Our fiscal year is a 52- or 53-week year; rent was $3,000 in fiscal 2024.", "3000"),
        ("The suit (Case No. 1:19-cv-01795-MN) claims damages of $4.0 million.", "4.0"),
    ):
        assert [amount for amount, _ in amounts(body)] == [expected], body
