"""Blank slots of amounts dropped from a list whose other items stay, in shapes the synthetic
drop check (`benchmarks/blank_drops.py`) found the engine missing.

Every text here is written for the test, in the style of the SEC viewer's rendering.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact

AT_23 = "As of December 31, 2023,"


def facts_of(text: str) -> list[Fact]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


def rows(text: str) -> list[tuple[str | None, str | None, bool, str | None, int]]:
    return [(f.period, f.amount, f.blank, f.unit, f.scale) for f in facts_of(text)]


def test_respectively_after_one_amount_pairs_it_with_the_dropped_one_after_it() -> None:
    text = (f"{AT_23} the Company had working capital and an accumulated deficit of "
            "$3.6 million and , respectively.")
    assert rows(text) == [("2023-12-31", "3.6", False, "USD", 6),
                          ("2023-12-31", None, True, "USD", 6)]
    blank = facts_of(text)[1]
    assert blank.span is not None and text[: blank.span[0]].endswith("and")


def test_respectively_after_one_amount_pairs_it_with_the_dropped_one_before_it() -> None:
    text = ("The right-of-use assets and lease liabilities terminated for the year ended "
            "December 31, 2023 were and RMB32.4 million, respectively.")
    assert rows(text) == [("P12M/2023-12-31", None, True, "CNY", 6),
                          ("P12M/2023-12-31", "32.4", False, "CNY", 6)]


def test_respectively_after_a_full_pair_adds_no_blank() -> None:
    text = (f"{AT_23} the assets and liabilities of the subsidiary were $3.6 million and "
            "$2.1 million, respectively.")
    assert [f.blank for f in facts_of(text)] == [False, False]


def test_respectively_after_one_amount_with_no_separator_left_adds_no_blank() -> None:
    text = f"{AT_23} the revenue and the cost of the contract were $3.6 million, respectively."
    assert [f.blank for f in facts_of(text)] == [False]


def blanks_of(text: str) -> list[tuple[str, str | None, int]]:
    """Each blank as (the text before its slot, unit, scale)."""
    return [(text[max(0, f.span[0] - 12) : f.span[0]], f.unit, f.scale)
            for f in facts_of(text) if f.blank and f.span is not None]


def test_separator_right_after_the_word_that_opens_a_list_is_a_dropped_first_item() -> None:
    text = ("Other comprehensive income is net of income tax benefit of , $1 million, "
            "$32 million, and $1 million, respectively.")
    assert [(f.amount, f.blank) for f in facts_of(text)] == [
        (None, True), ("1", False), ("32", False), ("1", False)]
    assert blanks_of("Income tax expense was and $2.6 billion for the second quarter.") == [
        (" expense was", "USD", 9)]


def test_had_opens_a_list_whose_first_item_was_dropped() -> None:
    text = ("As of December 31, 2024 and 2023, we had and $18.50 billion of senior notes "
            "outstanding.")
    assert rows(text) == [("2024-12-31", None, True, "USD", 9),
                          ("2023-12-31", "18.50", False, "USD", 9)]


def test_and_between_two_words_before_an_amount_is_no_slot() -> None:
    assert blanks_of("The Company paid cash and $5 million in stock for the business.") == []
    assert blanks_of("As of December 31, 2024, we had cash and $5 million of deposits.") == []


def test_oxford_comma_of_a_full_list_is_no_slot() -> None:
    text = ("Revenues were $1 million, $2 million, and $3 million for the years ended "
            "December 31, 2021, 2022 and 2023, respectively.")
    assert [f.blank for f in facts_of(text)] == [False, False, False]


def test_and_after_a_participle_before_an_amount_is_no_slot() -> None:
    text = ("Amounts exclude 26,660 incremental awards that will be granted and 53,320 "
            "incremental awards that will vest.")
    assert [f.blank for f in facts_of(text)] == [False, False]


def test_comma_with_a_space_before_it_opens_a_list_whose_first_item_was_dropped() -> None:
    text = ("During the years ended December 31, 2017, 2016, and 2015, the Company purchased , "
            "$0 and $3,997, respectively, of supplies.")
    assert rows(text) == [("P12M/2017-12-31", None, True, "USD", 0),
                          ("P12M/2016-12-31", "0", False, "USD", 0),
                          ("P12M/2015-12-31", "3997", False, "USD", 0)]


def test_comma_after_a_word_with_no_space_before_it_is_no_slot() -> None:
    assert [f.blank for f in facts_of("The Company purchased, in 2017, $5 of supplies.")] == [
        False]
