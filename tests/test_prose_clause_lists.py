"""Single-amount clauses joined by "and" before one period phrase that lists as many periods:
one period each, in order, as "respectively" would say; and an "and" followed by an article
opens a new noun phrase, never a dropped amount. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact


def facts_of(body: str) -> list[Fact]:
    text = "Note\n" + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


def test_two_clauses_of_one_amount_each_take_the_two_periods_in_order() -> None:
    facts = facts_of("We recorded a charge for legal fees of $1.6 million and a credit from "
                     "insurance of $0.9 million for the three and six months ended June 30, 2021.")
    assert [(f.amount, f.blank, f.period) for f in facts] == [
        ("1.6", False, "P3M/2021-06-30"), ("0.9", False, "P6M/2021-06-30")]


def test_an_and_before_an_article_is_no_blank_slot() -> None:
    facts = facts_of("The Company paid rent of $12,000 and an advance of $3,000 during the year "
                     "ended December 31, 2022.")
    assert not any(f.blank for f in facts)
    assert [f.amount for f in facts] == ["12000", "3000"]


def test_an_and_before_a_period_word_still_leaves_its_slot() -> None:
    facts = facts_of("The consulting fees were $5,000 and for the years ended December 31, 2022 "
                     "and 2021, respectively.")
    assert [(f.amount, f.blank, f.period) for f in facts] == [
        ("5000", False, "P12M/2022-12-31"), (None, True, "P12M/2021-12-31")]


def test_for_each_of_the_periods_states_every_amount_for_every_period() -> None:
    facts = facts_of("The Company paid a fee of $100 and a charge of $200 for each of the years "
                     "ended December 31, 2022 and 2021.")
    assert sorted((f.amount, f.period) for f in facts) == [
        ("100", "P12M/2021-12-31"), ("100", "P12M/2022-12-31"),
        ("200", "P12M/2021-12-31"), ("200", "P12M/2022-12-31")]


def test_a_clause_with_a_period_of_its_own_keeps_it() -> None:
    facts = facts_of("Contributions approximated 12% of wages in 2024 and 13% in 2023 and 2022.")
    assert sorted((f.amount, f.period) for f in facts) == [
        ("12", "P12M/2024-12-31"), ("13", "P12M/2022-12-31"), ("13", "P12M/2023-12-31")]


def test_an_amount_in_words_after_the_last_and_still_fills_the_list() -> None:
    facts = facts_of("Impairment for the years ended December 31, 2024, 2023 and 2022 was $7.6 "
                     "million, $3.8 million and an immaterial amount, respectively.")
    assert [(f.amount, f.period) for f in facts][:2] == [
        ("7.6", "P12M/2024-12-31"), ("3.8", "P12M/2023-12-31")]


def test_one_amount_under_a_paragraphs_several_dates_is_left_undated_with_a_warning() -> None:
    text = ("Note\nAs of March 31, 2023, 2024 and 2025, the Group leased offices and vehicles. "
            "Rent for events of HK$216,036 was paid month to month.")
    result = extractor.extract(text)
    assert [(f.amount, f.period) for f in result.facts] == [("216036", None)]
    assert any(w.code == "unaligned" for w in result.warnings)


def test_one_amount_in_the_sentence_of_its_dates_is_still_stated_for_each() -> None:
    facts = facts_of("The balance was $884,546 as of September 30, 2021 and December 31, 2020.")
    assert [(f.amount, f.period) for f in facts] == [
        ("884546", "2021-09-30"), ("884546", "2020-12-31")]
