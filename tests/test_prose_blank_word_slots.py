"""Blank slots a dropped number leaves before the word that needed it (`blankwords.py`), the
issue-12 shapes each pinned on the engine, and their look-alikes that hold no slot. Every text
is made up for the test."""

from __future__ import annotations

import extractor
from extractor.facts import Fact

YEARS_2 = "for the years ended December 31, 2023 and 2022"


def facts_of(body: str) -> list[Fact]:
    text = "Note\nThe Company's terms are set out below. " + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
        if f.blank:
            assert f.span[0] == f.span[1]
    return facts


def blanks_of(body: str) -> list[tuple[str | None, str | None]]:
    """(unit, period) of each blank, and the text right before each blank's slot."""
    return [(f.unit, f.period) for f in facts_of(body) if f.blank]


def slot_after(body: str) -> list[str]:
    text = "Note\nThe Company's terms are set out below. " + body
    return [text[: f.span[0]].split()[-1] for f in extractor.extract(text).facts if f.blank]


# -- issue 12, items 9-11: each shape on the engine ------------------------------------------


def test_two_marks_for_the_three_and_nine_month_periods_take_them_in_order() -> None:
    body = ("Interest expense was $ and $ for the three- and nine-month periods ended "
            "September 30, 2022, respectively.")
    assert blanks_of(body) == [("USD", "P3M/2022-09-30"), ("USD", "P9M/2022-09-30")]
    glued = "Interest expense was $and $, for the three and nine months ended September 30, 2022."
    assert blanks_of(glued) == [("USD", "P3M/2022-09-30"), ("USD", "P9M/2022-09-30")]


def test_two_slots_under_four_periods_stay_undated_as_amounts_would() -> None:
    body = ("Interest expense was $ and $ for the three- and nine-month periods ended "
            "September 30, 2022 and 2021, respectively.")
    assert blanks_of(body) == [("USD", None), ("USD", None)]


def test_options_to_buy_shares_at_a_price_lost_their_count() -> None:
    facts = facts_of("In 2023 the Company granted options to buy shares at $2.00 per share.")
    assert [(f.blank, f.unit) for f in facts] == [(True, "share"), (False, "USD")]
    assert slot_after("In 2023 the Company granted options to buy shares at $2.00 per share."
                      ) == ["buy"]
    facts = facts_of("The Company granted warrants to purchase shares of common stock at an "
                     "exercise price of $ per share.")
    assert [(f.blank, f.unit) for f in facts] == [(True, "share"), (True, "USD")]


    body = ("In 2023 the Company granted options to purchase shares of common stock with a "
            "weighted average exercise price of $1.50 per share.")
    assert slot_after(body) == ["purchase"]


def test_options_to_buy_shares_at_a_price_in_words_are_a_policy_not_a_slot() -> None:
    assert facts_of("The Plan provides for options to purchase shares of common stock at an "
                    "exercise price not less than the fair value at the grant date.") == []
    assert facts_of("The Company grants options to purchase shares of common stock with an "
                    "exercise price equal to the market price.") == []


def test_a_half_dropped_translation_keeps_a_blank_of_its_unit() -> None:
    body = "The deposit was RMB 4,206 ($US5, ) as of December 31, 2022."
    facts = facts_of(body)
    assert [(f.amount, f.unit, f.period) for f in facts] == [
        ("4206", "CNY", "2022-12-31"), ("5", "USD", "2022-12-31"), (None, "USD", "2022-12-31")]
    assert facts[2].blank


def test_a_restatements_dropped_second_item_is_a_twin_not_a_list_item() -> None:
    body = ("The deposits were RMB 4,206 and RMB 3,000 (US$5 million, ) as of December 31, 2022 "
            "and 2021, respectively.")
    facts = facts_of(body)
    assert [(f.amount, f.unit, f.scale, f.period) for f in facts] == [
        ("4206", "CNY", 0, "2022-12-31"), ("3000", "CNY", 0, "2021-12-31"),
        ("5", "USD", 6, "2021-12-31"), (None, "USD", 6, "2021-12-31")]


def test_a_price_per_unit_with_its_amount_dropped() -> None:
    assert blanks_of("Units were sold at $ per unit during the year ended December 31, 2023."
                     ) == [("USD", "P12M/2023-12-31")]


def test_a_rate_in_thousandths_with_its_number_dropped() -> None:
    facts = facts_of("Late payments accrue interest at a rate of thousandths per day.")
    assert [(f.blank, f.unit) for f in facts] == [(True, None)]
    assert slot_after("Late payments accrue interest at a rate of thousandths per day.") == ["of"]
    facts = facts_of("Late payments accrue interest at a rate of 0.5 thousandths per day.")
    assert [(f.blank, f.amount) for f in facts] == [(False, "0.5")]


# -- a function word straight before a unit word ----------------------------------------------


def test_a_percentage_said_in_words_with_its_number_dropped() -> None:
    assert blanks_of("The loan bears interest at a rate of percent per annum.") == [
        ("percent", None)]
    assert blanks_of("The spread over LIBOR increased by basis points during 2023.") == [
        (None, "P12M/2023-12-31")]


def test_a_price_per_share_after_a_verb_with_its_amount_dropped() -> None:
    assert slot_after("The exercise price of the options was per share.") == ["was"]


def test_a_price_or_dividend_of_per_share_has_its_amount_dropped() -> None:
    assert slot_after("The options were granted at a price of per share and vest over four "
                      "years.") == ["of"]
    assert slot_after("The Board declared a dividend of per share to holders of record.") == ["of"]


def test_per_share_as_an_adjective_or_after_a_number_is_no_slot() -> None:
    assert facts_of("The computation of per share amounts follows ASC 260.") == []
    assert facts_of("Each holder of common stock is entitled to one vote per share.") == []


# -- useful lives ------------------------------------------------------------------------------


def test_useful_lives_with_their_years_dropped() -> None:
    for body in ("Equipment is depreciated over estimated useful lives of years.",
                 "Equipment is depreciated over estimated useful lives of - years.",
                 "Equipment is depreciated over estimated useful lives ranging from to years."):
        assert blanks_of(body) == [("year", None)], body
    assert slot_after("Vehicles are depreciated over useful lives of three to years.") == ["to"]


def test_years_that_are_no_useful_life_leave_no_slot() -> None:
    assert facts_of("The lease has a term of years and may be renewed.") == []
    assert facts_of("A useful life is the number of years over which an asset is used.") == []
    assert facts_of("Over the years, equipment has been depreciated on a straight-line basis."
                    ) == []


# -- counts of shares -------------------------------------------------------------------------


def test_counts_of_shares_with_their_number_dropped() -> None:
    body = "As of December 31, 2023, there were shares of common stock outstanding."
    assert blanks_of(body) == [("share", "2023-12-31")]
    assert slot_after("During 2023 the Company granted options totaling shares to employees."
                      ) == ["totaling"]
    assert blanks_of("The Plan allows a maximum of shares to be issued to any one person.") == [
        ("share", None)]


def test_shares_named_without_a_count_are_no_slot() -> None:
    assert facts_of("The Company may issue shares of common stock to raise capital.") == []
    assert facts_of("There were no shares of preferred stock outstanding.") == []


# -- a word that introduces an amount, and nothing after it ------------------------------------


def test_approximately_or_totaled_before_a_period_phrase_is_a_slot() -> None:
    assert slot_after("The Company recorded an impairment of approximately for the year ended "
                      "December 31, 2023.") == ["approximately"]
    assert blanks_of("Revenues from the customer totaled for the year ended December 31, 2023."
                     ) == [(None, "P12M/2023-12-31")]


def test_a_copula_before_a_spaced_comma_left_its_amount_out() -> None:
    facts = facts_of("For the year ended December 31, 2023, rent expense was , compared to $5,000 "
                     "in 2022.")
    assert [(f.blank, f.period) for f in facts] == [
        (True, "P12M/2023-12-31"), (False, "P12M/2022-12-31")]
    assert facts_of("The Company was, at that time, in default of its loan covenants.") == []


def test_a_list_of_separators_alone_is_as_many_slots_as_its_periods() -> None:
    assert blanks_of(f"Revenues were and , respectively, {YEARS_2}.") == [
        (None, "P12M/2023-12-31"), (None, "P12M/2022-12-31")]
    body = "Revenues were , and for the years ended December 31, 2023, 2022 and 2021, respectively."
    assert blanks_of(body) == [
        (None, "P12M/2023-12-31"), (None, "P12M/2022-12-31"), (None, "P12M/2021-12-31")]


def test_of_and_for_and_and_between_clauses_are_no_slots() -> None:
    assert facts_of(f"The statements as of and {YEARS_2} are audited.") == []
    assert facts_of("Segment amounts as of the end of and for the previous fiscal year were "
                    "reclassified.") == []
    assert facts_of("The lenders acknowledged that we were and anticipated being in default.") == []
    facts = facts_of("The note was repaid, and the Company recorded a gain of $5 in 2023.")
    assert [(f.blank, f.amount) for f in facts] == [(False, "5")]


# -- a mark before an empty comparative --------------------------------------------------------


def test_a_mark_before_an_empty_comparative_is_a_blank_of_the_sentences_period() -> None:
    body = "Revenue from the customer was $ (2022: $ ) for the year ended December 31, 2023."
    assert blanks_of(body) == [("USD", "P12M/2023-12-31"), ("USD", "P12M/2022-12-31")]
    body = ("Revenue was $ (six months ended June 30, 2022: $ ) for the six months ended "
            "June 30, 2023.")
    assert blanks_of(body) == [("USD", "P6M/2023-06-30"), ("USD", "P6M/2022-06-30")]


def test_a_dollar_named_before_a_parenthesis_is_no_slot() -> None:
    assert facts_of("Amounts are presented in $ (US dollars) unless stated otherwise.") == []


# -- a quantity verb with its object gone ------------------------------------------------------


def test_a_percentage_dropped_after_exceed_or_representing_is_a_slot() -> None:
    body = ("At December 31, 2023, options may not exceed of the shares in issue without prior "
            "approval from the Company's shareholders.")
    facts = facts_of(body)
    assert [(f.blank, f.unit, f.period, f.entity) for f in facts] == [
        (True, None, "2023-12-31", None)]  # the approving body is no party to the amount
    assert slot_after(body) == ["exceed"]
    assert slot_after("Sales to the customer represent approximately of the total revenue for "
                      "the year ended December 31, 2023.") == ["approximately"]


def test_exceed_with_its_object_is_no_slot() -> None:
    assert facts_of("The cost is not expected to exceed the budget of the project in 2023.") == []
    facts = facts_of("Sales represent approximately 10% of the total revenue in 2023.")
    assert [(f.blank, f.amount) for f in facts] == [(False, "10")]


# -- a verb of change or holding before "percent" ----------------------------------------------


def test_a_verb_of_change_or_holding_before_percent_leaves_a_rate_slot() -> None:
    assert blanks_of("Net sales increased percent for the year ended January 31, 2025.") == [
        ("percent", "P12M/2025-01-31")]
    assert slot_after("The Company holds percent of the equity interest in the venture.") == [
        "holds"]
    assert blanks_of("Comparable sales decreased percent and percent in 2024 and 2023, "
                     "respectively.") == [("percent", "P12M/2024-12-31"),
                                          ("percent", "P12M/2023-12-31")]


def test_a_verb_before_a_number_percent_or_a_per_share_word_leaves_no_slot() -> None:
    assert blanks_of("Net sales increased 9 percent for the year ended January 31, 2025.") == []
    assert blanks_of("Earnings increased per share in 2024 as the share count fell.") == []
    assert blanks_of("The Company increased percentage of completion estimates in 2024.") == []
