"""A right-of-use asset and its lease liability recorded at one amount are a fact each; two
amounts "respectively" are one each; two amounts under two dates stay the pair's. Every text is
made up for the test."""

from __future__ import annotations

import extractor


def facts(body: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (f.label, f.period, f.amount) for f in extractor.extract("Note\n" + body).facts
    )


def test_one_amount_for_the_asset_and_its_liability_is_a_fact_of_each() -> None:
    body = (
        "On January 1, 2020, upon adoption of the new lease standard, the Company recorded "
        "right-of-use assets and lease liabilities of $48,120."
    )
    got = extractor.extract("Note\n" + body).facts
    assert sorted(f.label for f in got) == ["Lease liabilities", "Right-of-use assets"]
    assert len({f.span for f in got}) == 1 and {f.amount for f in got} == {"48120"}


def test_an_offsetting_liability_and_an_abbreviated_asset() -> None:
    body = (
        "On March 1, 2021, the Company recorded a right of use asset (“ROU”) and an offsetting "
        "lease liability of $71,002 representing the present value of the payments."
    )
    assert [label for label, _, _ in facts(body)] == ["Lease liability", "Right of use asset"]


def test_two_amounts_respectively_are_one_each() -> None:
    body = (
        "Right-of-use assets and lease liabilities early terminated during the year ended "
        "December 31, 2023 were RMB12.5 million and RMB12.4 million, respectively."
    )
    assert facts(body) == [
        ("Lease liabilities early terminated", "P12M/2023-12-31", "12.4"),
        ("Right-of-use assets early terminated", "P12M/2023-12-31", "12.5"),
    ]


def test_two_amounts_under_two_dates_stay_the_pairs() -> None:
    body = (
        "Right-of-use assets and lease liabilities were $1.2 million and $1.3 million as of "
        "December 31, 2023 and 2022, respectively."
    )
    assert [label for label, _, _ in facts(body)] == [
        "Right-of-use assets and lease liabilities"
    ] * 2


def test_other_pairs_of_measures_under_one_amount_stay_one_fact() -> None:
    body = "The Company accrued interest and penalties of $2.0 million as of December 31, 2023."
    assert len(facts(body)) == 1


def test_coordinated_modifiers_with_two_amounts_respectively_are_one_each() -> None:
    body = (
        "The federal and state tax credit carryforwards were approximately $73 million and $208 "
        "million, respectively, as of December 31, 2023."
    )
    assert facts(body) == [
        ("Federal tax credit carryforwards", "2023-12-31", "73"),
        ("State tax credit carryforwards", "2023-12-31", "208"),
    ]


def test_coordinated_modifiers_of_one_combined_amount_stay_one_fact() -> None:
    body = "Federal and state tax credit carryforwards of $100 million expire in 2030."
    assert [label for label, _, _ in facts(body)] == ["Federal and state tax credit carryforwards"]


def test_coordinated_modifiers_under_two_dates_stay_the_pairs() -> None:
    body = (
        "The federal and state tax credit carryforwards were $93 million and $88 million as of "
        "December 31, 2023 and 2022, respectively."
    )
    assert {label for label, _, _ in facts(body)} == {"Federal and state tax credit carryforwards"}
