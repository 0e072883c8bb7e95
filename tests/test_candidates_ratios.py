"""Ratios stated against one ("a leverage ratio of 3.50 to 1.00") are not facts (gold/LABELLING.md:
no round labels ratios); ranges and amounts beside them still are. Made-up texts."""

from __future__ import annotations

import extractor


def amounts_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.amount, f.amount_max, f.unit) for f in extractor.extract(text).facts]


def test_covenant_ratios_against_one_are_not_facts() -> None:
    text = ("The agreement requires a maximum total leverage ratio of 3.75 to 1.00 and a minimum "
            "fixed charge coverage ratio of 1.25 to 1.00, each tested quarterly.")
    assert amounts_of(text) == []
    assert amounts_of("The debt service coverage ratio must be at least 1.20:1.") == []


def test_amounts_beside_a_ratio_stay_facts() -> None:
    text = ("Borrowings of $25.0 million are permitted while the leverage ratio is below 3.00 to "
            "1.00 and the margin is 1.75%.")
    assert amounts_of(text) == [("25.0", None, "USD"), ("1.75", None, "percent")]


def test_a_range_to_a_number_other_than_one_is_no_ratio() -> None:
    text = "Under the ratio grid, the margin ranges from 0.50 to 1.50 percent."
    assert amounts_of(text) == [("0.50", "1.50", "percent")]


def test_the_first_items_of_a_list_of_lives_take_the_last_items_unit() -> None:
    text = "The intangible assets have estimated useful lives of 10, 12 and five years."
    assert amounts_of(text) == [("10", None, "year"), ("12", None, "year"), ("5", None, "year")]


def test_small_numbers_listed_before_another_unit_stay_no_facts() -> None:
    assert amounts_of("The Company leases 3, 5 and 7 floors in two buildings.") == []
