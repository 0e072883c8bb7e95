"""Separators that hold no dropped amount: a negative in parentheses as a list's last item
("$187, $204 and ($1,317)"), the Oxford semicolon of a list ("$1,200; and $1,400"). And the
slots beside them that are real. Every text is made up for the test."""

from __future__ import annotations

import extractor
from extractor.facts import Fact

YEARS_3 = "in 2024, 2023 and 2022, respectively"


def facts_of(body: str) -> list[Fact]:
    text = "Note\n" + body  # the first line of a page is its title
    return extractor.extract(text).facts


def test_a_negative_in_parentheses_ends_a_list_without_a_slot_before_it() -> None:
    facts = facts_of(f"Net tax payments were $187, $204 and ($1,317) {YEARS_3}.")
    assert [(f.blank, f.period) for f in facts] == [
        (False, "P12M/2024-12-31"), (False, "P12M/2023-12-31"), (False, "P12M/2022-12-31"),
    ]
    assert facts[-1].span[0] == 5 + len("Net tax payments were $187, $204 and ")
    assert facts[-1].amount == "-1317"  # its "(" is the sign, before the mark


def test_a_negative_in_parentheses_inside_a_parenthesis_joins_its_list() -> None:
    facts = facts_of("The gain was $1,533 (net of tax of $13 and ($22)) for the years ended "
                     "December 31, 2023 and 2022.")
    tax = [f for f in facts if f.amount in ("13", "-22", None)]
    assert [(f.blank, f.period) for f in tax] == [
        (False, "P12M/2023-12-31"), (False, "P12M/2022-12-31"),
    ]


def test_a_slot_dropped_before_the_period_phrase_is_still_a_blank() -> None:
    facts = facts_of(f"Net tax payments were $187, $204 and {YEARS_3}.")
    assert [(f.blank, f.period) for f in facts] == [
        (False, "P12M/2024-12-31"), (False, "P12M/2023-12-31"), (True, "P12M/2022-12-31"),
    ]


def test_a_translation_in_parentheses_stays_a_twin_not_a_list_item() -> None:
    facts = facts_of("Revenues of RMB29 (US$4) and RMB30 (US$5) were recorded in 2022 and 2023, "
                     "respectively.")
    assert [(f.amount, f.unit, f.period) for f in facts] == [
        ("29", "CNY", "P12M/2022-12-31"), ("4", "USD", "P12M/2022-12-31"),
        ("30", "CNY", "P12M/2023-12-31"), ("5", "USD", "P12M/2023-12-31"),
    ]


YEARS_LIST = "for the years ended December 31, 2022, 2023 and 2024, respectively"


def test_an_oxford_semicolon_is_one_separator_not_a_slot() -> None:
    facts = facts_of("Fees were $1,200; and $1,400 for the years ended December 31, 2022 and 2023, "
                     "respectively.")
    assert [(f.amount, f.period) for f in facts] == [
        ("1200", "P12M/2022-12-31"), ("1400", "P12M/2023-12-31"),
    ]


def test_an_item_dropped_between_semicolons_is_still_a_blank() -> None:
    facts = facts_of(f"Fees were $1,200; ; and $1,400 {YEARS_LIST}.")
    assert [(f.amount, f.period) for f in facts] == [
        ("1200", "P12M/2022-12-31"), (None, "P12M/2023-12-31"), ("1400", "P12M/2024-12-31"),
    ]
    assert facts[1].blank


def test_an_oxford_comma_in_a_full_list_is_no_slot() -> None:
    facts = facts_of(f"Fees were $1,200, $1,300, and $1,400 {YEARS_LIST}.")
    assert [(f.blank, f.amount) for f in facts] == [
        (False, "1200"), (False, "1300"), (False, "1400"),
    ]


def test_a_last_item_that_states_no_fact_leaves_no_slot_after_the_oxford_comma() -> None:
    # a note's remaining life is a duration the contract does not count: no fact, and no slot
    facts = facts_of("The weighted-average remaining lives of the 2020, 2021 and 2022 Notes were "
                     "15.4, 12.8, and 4.6 years as of December 31, 2024.")
    assert not [f for f in facts if f.blank]
