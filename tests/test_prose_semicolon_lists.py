"""A list whose items hold commas is written with semicolons ("5,000; 6,000; and 7,000"): a ";"
between two amounts joins the items of one list, never two sentences, so the list keeps its
periods and "; and" opens no blank slot. A ";" after a year, a word or an aside in parentheses
still ends a clause. Every text is made up for the test.
"""

from __future__ import annotations

import pytest

import extractor
from extractor.facts import Fact

PERIODS = ["P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31"]


def facts_of(body: str) -> list[Fact]:
    text = "Note\n" + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


@pytest.mark.parametrize(
    "items",
    ["5,000; 6,000; and 7,000 shares", "RMB5,000; RMB6,000; and RMB7,000",
     "(5,000); (6,000); and (7,000)", "5,000; 6,000; 7,000"],
)
def test_a_semicolon_list_of_amounts_takes_its_periods_in_order(items: str) -> None:
    facts = facts_of(f"The amounts recognized were {items} for the years ended December 31, "
                     "2024, 2023 and 2022, respectively.")
    assert [f.blank for f in facts] == [False] * 3
    assert [f.period for f in facts] == PERIODS
    assert [f.amount.lstrip("-") for f in facts if f.amount] == ["5000", "6000", "7000"]


def test_a_semicolon_after_a_year_still_ends_the_clause() -> None:
    # the date list before the ";" is the first clause's; the counts after it are undated
    facts = facts_of("Common stock, 500 shares authorized at December 31, 2024 and December 31, "
                     "2023; 427,100 and 432,584 shares issued and outstanding, respectively.")
    issued = [f for f in facts if f.amount in ("427100", "432584")]
    assert [f.period for f in issued] == [None, None] and not any(f.blank for f in facts)


def test_a_semicolon_after_an_aside_in_parentheses_still_ends_the_clause() -> None:
    facts = facts_of("Capital stock, 300 shares authorized (Class A 180, Class B 60); 12,460 and "
                     "12,211 shares issued and outstanding.")
    issued = [f for f in facts if f.amount in ("12460", "12211")]
    assert len(issued) == 2 and all("issued" in f.label.lower() for f in issued)


@pytest.mark.parametrize("items", ["$5,000; $6,000; and", "5,000; 6,000; and"])
def test_a_semicolon_list_ending_at_and_holds_the_dropped_last_item(items: str) -> None:
    facts = facts_of(f"Interest income was {items} for the years ended December 31, 2024, 2023 "
                     "and 2022, respectively.")
    assert [(f.blank, f.period) for f in facts] == [
        (False, PERIODS[0]), (False, PERIODS[1]), (True, PERIODS[2])]


def test_a_semicolon_and_before_a_new_clause_is_no_slot() -> None:
    facts = facts_of("Interest income was $5,000 for the year ended December 31, 2024; and the "
                     "Company recorded no other income.")
    assert [(f.amount, f.blank) for f in facts] == [("5000", False)]
