"""Comparatives in parentheses that name their period by a phrase, not a bare year:
"(six months ended June 30, 2022: £11.5 million)", and empty ones whose amount the viewer
dropped, "(year ended December 31, 2022: £)". Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact

HALF = "|\nLeases\n|6 Months Ended\nJun. 30, 2024\n|Leases\n"


def facts_of(body: str, page: str = "Note\n") -> list[Fact]:
    text = page + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


def test_a_phrase_comparative_takes_its_own_period_and_the_amount_before_keeps_the_sentences():
    facts = facts_of("During the six months ended June 30, 2024, depreciation was £4.0 million "
                     "(six months ended June 30, 2023: £3.5 million).", HALF)
    assert [(f.amount, f.period, f.scale, f.unit) for f in facts] == [
        ("4.0", "P6M/2024-06-30", 6, "GBP"), ("3.5", "P6M/2023-06-30", 6, "GBP")]


def test_an_empty_phrase_comparative_with_its_mark_is_a_blank_in_the_siblings_scale():
    body = ("During the six months ended June 30, 2024, the Group disposed of £2.1 million of "
            "vehicles (six months ended June 30, 2023: £).")
    facts = facts_of(body, HALF)
    assert [(f.amount, f.blank, f.period, f.scale, f.unit) for f in facts] == [
        ("2.1", False, "P6M/2024-06-30", 6, "GBP"), (None, True, "P6M/2023-06-30", 6, "GBP")]
    text = HALF + body
    mark = text.index("£).") + 1
    assert facts[1].span == (mark, mark)


def test_a_space_inside_the_empty_comparative_changes_nothing():
    facts = facts_of("The Group terminated £1.5 million of lease liabilities in the year ended "
                     "December 31, 2024 (year ended December 31, 2023: £ ).")
    assert [(f.blank, f.period, f.scale) for f in facts] == [
        (False, "P12M/2024-12-31", 6), (True, "P12M/2023-12-31", 6)]


def test_a_balance_date_comparative_is_an_instant():
    facts = facts_of("As at December 31, 2024 the provision was €0.6 million "
                     "(December 31, 2023: €0.9 million).")
    assert [(f.amount, f.period) for f in facts] == [("0.6", "2024-12-31"), ("0.9", "2023-12-31")]


def test_a_parenthesis_with_a_date_but_no_colon_is_no_comparative():
    # "(as restated on June 30, 2023)" dates nothing in the parenthesis: the amount keeps the
    # sentence's own period
    facts = facts_of("During the six months ended June 30, 2024, revenue was £7.0 million "
                     "(see the note on June 30, 2023 restatement).", HALF)
    assert [(f.amount, f.period) for f in facts] == [("7.0", "P6M/2024-06-30")]


def test_year_comparatives_still_shift_the_sentences_period():
    facts = facts_of("For the year ended December 31, 2024 the loss was £2.0 million "
                     "(2023: £1.0 million).")
    assert [(f.amount, f.period) for f in facts] == [
        ("2.0", "P12M/2024-12-31"), ("1.0", "P12M/2023-12-31")]


def test_an_empty_year_comparative_takes_the_restated_amounts_unit_and_scale() -> None:
    for paren in ("(2022: £)", "(2022: £ )", "(2022: )"):
        facts = facts_of("For the year ended December 31, 2023 the loss on disposal was "
                         f"£0.8 million {paren}.")
        assert [(f.amount, f.blank, f.period, f.unit, f.scale) for f in facts] == [
            ("0.8", False, "P12M/2023-12-31", "GBP", 6),
            (None, True, "P12M/2022-12-31", "GBP", 6)], paren


def test_several_comparatives_in_one_parenthesis_each_take_their_own_period() -> None:
    facts = facts_of("For the year ended December 31, 2019, profits tax has been provided at the "
                     "rate of 16.5% (2018: 16.5%; 2017: 15%).")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", "P12M/2019-12-31"), ("16.5", "P12M/2018-12-31"), ("15", "P12M/2017-12-31")]
    facts = facts_of("The Group's share of losses for the six months ended 30 June 2024 was €0.5 "
                     "million (six months ended 30 June 2023: €0.7 million; year ended 31 "
                     "December 2023: €1.1 million).")
    assert [(f.amount, f.period) for f in facts] == [
        ("0.5", "P6M/2024-06-30"), ("0.7", "P6M/2023-06-30"), ("1.1", "P12M/2023-12-31")]


def test_a_comparative_before_the_sentences_period_phrase_shifts_that_period() -> None:
    facts = facts_of("Profits tax is provided at 16.5% (2022: 16.5%) on the estimated assessable "
                     "profits for the year ended December 31, 2023.")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", "P12M/2023-12-31"), ("16.5", "P12M/2022-12-31")]


def test_year_comparatives_in_an_undated_sentence_are_those_calendar_years() -> None:
    facts = facts_of("Profits tax has been provided at the rate of 16.5% (2018: 16.5%; 2017: 15%) "
                     "on the estimated assessable profits.")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", None), ("16.5", "P12M/2018-12-31"), ("15", "P12M/2017-12-31")]
