"""A new level stated with no subject of its own after an earlier amount (", rising to",
"and will increase to"): the earlier amount's measure. Made-up sentences."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _labels(text: str) -> list[str]:
    found = EntityFinder.from_text(text)
    return [label_for(text, a, found, None)[0] for a in find_amounts(text)]


def test_rising_to_after_an_amount_is_that_amounts_measure() -> None:
    assert _labels("The monthly fee is S$2,500 at first, rising to S$2,900 later.") == [
        "Monthly fee", "Monthly fee"]


def test_and_will_increase_to_is_the_earlier_measure() -> None:
    text = "The annual rent was $12,000 and will increase to $13,200 next year."
    assert _labels(text) == ["Annual rent", "Annual rent"]


def test_a_rate_stepping_up_keeps_the_rate_label() -> None:
    text = "The coupon is 4.5% at issue, increasing to 5.25% on the reset."
    assert _labels(text) == ["Coupon", "Coupon"]


def test_a_change_with_its_own_subject_is_not_a_step() -> None:
    text = "Rent was $8,000, while utilities increased to $1,500."
    assert "utilities" in _labels(text)[1].lower()
