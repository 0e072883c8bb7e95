"""A part "of which" a whole is, told by its own predicate ("is due in 2024", "was drawn",
"was capitalized to ..."): the whole's measure in that state. Made-up sentences."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _label(text: str, nth: int) -> str:
    a = find_amounts(text)[nth]
    return label_for(text, a, EntityFinder.from_text(text), None)[0]


def test_a_part_due_in_a_year_is_the_whole_measure_due() -> None:
    text = "The Company owes license fees of $40.0 million, of which $8.0 million is due in 2026."
    assert _label(text, 1).startswith("License fees due")


def test_a_part_drawn_under_a_facility_named_after_its_amount() -> None:
    text = "The Company has a $10.0 million credit facility, of which $2.5 million was drawn."
    assert _label(text, 1) == "Credit facility drawn"


def test_a_part_capitalized_keeps_where_it_went() -> None:
    text = ("Interest cost was $900,000 and $1,200,000, respectively, of which $150,000 was "
            "capitalized to property under development.")
    assert _label(text, 2) == "Interest cost capitalized to property under development"


def test_a_part_whose_whole_names_no_measure_keeps_its_own_clause() -> None:
    text = ("We recorded approximately $720 million, of which $640 million was recorded in the "
            "fourth quarter.")
    assert _label(text, 1) == "Amount recorded"


def test_a_part_with_no_predicate_takes_the_whole_measure() -> None:
    text = "Deferred rent was $5,000, of which $1,000 is current."
    assert _label(text, 1) == "Deferred rent"


def test_a_whole_that_is_the_parts_own_verb_is_not_doubled() -> None:
    text = ("Costs of $900 were allocated to the segments, of which $300 was allocated to "
            "Aviation.")
    assert "allocated allocated" not in _label(text, 1).lower()


def test_a_whole_stated_as_a_limit_drops_its_up_to() -> None:
    text = ("The Company authorized a program to repurchase up to $50 million of common stock, of "
            "which $20 million had been utilized.")
    assert _label(text, 1) == "Program to repurchase utilized"
