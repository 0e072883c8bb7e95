"""A clause naming where a measure is shown ("included in other assets", "recorded in
“Property and equipment, net”") is never the measure's label. Every text is made up."""

from __future__ import annotations

import pytest

import extractor
from extractor.intro_labels import left_label


def labels(body: str) -> list[str]:
    return [f.label for f in extractor.extract("Note\n" + body).facts]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "Deferred tax assets, included in other assets, were $21.7 million and $22.9 "
            "million at June 30, 2024 and December 31, 2023, respectively.",
            "Deferred tax assets",
        ),
        (
            "The trade payables, recorded within accrued liabilities, totaled $5.0 million as "
            "of December 31, 2023.",
            "Trade payables",
        ),
        (
            "Write-downs of spare parts recognized as expenses and included in “Cost of sales” "
            "were 4,867 million yen and 5,710 million yen for the years ended March 31, 2018 "
            "and 2019, respectively.",
            "Write-downs of spare parts recognized as expenses",
        ),
        (
            "Vehicles acquired under finance leases are recorded in “Property and equipment, "
            "net” and were $57.4 billion and $58.0 billion as of December 31, 2019 and 2020.",
            "Vehicles acquired under finance leases",
        ),
    ],
)
def test_the_place_a_measure_is_shown_in_is_not_its_label(body: str, label: str) -> None:
    found = labels(body)
    assert found and all(x == label for x in found), found


def test_a_place_that_belongs_to_the_measure_stays_in_it() -> None:
    # no comma, no "and", no verb before "included": the place qualifies the measure
    body = "Amortization expense included in cost of revenue was $5.2 million for 2023."
    assert labels(body) == ["Amortization expense included in cost of revenue"]


def test_a_place_set_off_as_a_relative_clause_is_an_aside() -> None:
    body = (
        "Rebates payable, which were included in accrued liabilities, were $3.0 million as of "
        "December 31, 2023."
    )
    assert labels(body) == ["Rebates payable"]


def test_a_place_in_a_restrictive_relative_clause_stays_in_the_measure() -> None:
    # "that was included in": the measure's own restriction, not a predicate of the sentence
    assert left_label(" Costs that were included in accrued liabilities were ") == (
        "Costs that were included in accrued liabilities"
    )


def test_a_which_includes_aside_is_not_the_measure() -> None:
    body = (
        "The carrying value of the notes designated as hedges, which includes the fair value "
        "adjustment, was $3.1 billion and $2.7 billion as of June 30, 2025 and 2024, "
        "respectively."
    )
    assert labels(body) == ["Carrying value of the notes designated as hedges"] * 2


def test_a_long_measure_is_cut_where_its_modifier_begins() -> None:
    body = (
        "At June 30, 2025, the total notional amount of interest rate swap contracts designated "
        "as fair value hedges of fixed-rate long-term senior unsecured debt was $5.9 billion."
    )
    assert labels(body) == ["Total notional amount of interest rate swap contracts"]


def test_a_long_measure_is_not_cut_at_an_adjective_in_ed() -> None:
    # "unsecured notes": an adjective, no modifier begins there
    from extractor.intro_labels import _head_phrase

    np = "total estimated fair value of the outstanding senior unsecured notes of the issuer"
    assert _head_phrase(np) == np
