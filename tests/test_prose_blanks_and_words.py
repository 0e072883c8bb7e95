"""Blank slots and amounts in shapes first seen on unlabelled notes: slots glued to words or
taking their unit word, a slot before a full stop, a range with its low end dropped, numbers in
words, leading-dot decimals, restatements in parentheses. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact

YEARS_2 = "for the years ended December 31, 2022 and 2021"


def facts_of(body: str) -> list[Fact]:
    text = "Note\n" + body  # the first line of a page is its title
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
        if f.blank:
            assert f.span[0] == f.span[1]
    return facts


def test_two_share_slots_around_and_before_the_unit_word() -> None:
    facts = facts_of(f"Shares issued to employees totalled and shares, respectively, {YEARS_2}.")
    assert [(f.blank, f.unit, f.period) for f in facts] == [
        (True, "share", "P12M/2022-12-31"), (True, "share", "P12M/2021-12-31"),
    ]
    assert facts[0].span == (5 + len("Shares issued to employees totalled"),) * 2


def test_a_verb_glued_to_and_leaves_two_slots() -> None:
    facts = facts_of(
        "During the year ended December 31, 2023, the Company issuedand restricted stock units."
    )
    assert [f.blank for f in facts] == [True, True]
    body_issued = 5 + len("During the year ended December 31, 2023, the Company issued")
    assert [f.span[0] for f in facts] == [body_issued, body_issued + 3]


def test_a_measure_with_its_amount_dropped_before_the_full_stop() -> None:
    facts = facts_of("As of December 31, 2023, the carrying amount of the note was.")
    assert [(f.blank, f.period) for f in facts] == [(True, "2023-12-31")]


def test_a_sentence_that_ends_in_was_without_a_measure_has_no_slot() -> None:
    assert facts_of("The Company was formed in Delaware, as its parent was.") == []


def test_any_noun_phrase_before_was_and_the_stop_is_a_dropped_amount() -> None:
    facts = facts_of(
        "Interest capitalized on bank loans for the year ended December 31, 2023 was."
    )
    assert [(f.blank, f.period) for f in facts] == [(True, "P12M/2023-12-31")]
    facts = facts_of("The Company paid $4.0 million, and the deferred rent liability was.")
    assert [f.blank for f in facts] == [False, True]


def test_a_pronoun_or_a_comparison_before_was_and_the_stop_is_no_slot() -> None:
    assert facts_of("The lease was renewed on the same terms as it was.") == []
    assert facts_of("Margins fell because demand was weaker than planning was.") == []
    assert facts_of("No other commitment existed, nor was there.") == []


def test_a_range_whose_low_end_was_dropped_keeps_its_high_end() -> None:
    facts = facts_of("Equipment is depreciated over estimated useful lives of to eight years.")
    assert [(f.blank, f.amount, f.amount_max, f.unit) for f in facts] == [
        (True, None, "8", "year")
    ]


def test_numbers_in_words_are_facts_with_their_units() -> None:
    facts = facts_of("Patents are amortized over three to 12 years.")
    assert [(f.amount, f.amount_max, f.unit) for f in facts] == [("3", "12", "year")]
    facts = facts_of("The useful life of software is generally one to six years.")
    assert [(f.amount, f.amount_max, f.unit) for f in facts] == [("1", "6", "year")]


def test_a_percentage_in_words_and_its_restatement_in_parentheses_are_both_positive() -> None:
    facts = facts_of("The note bears interest at two percent per annum (2.0%).")
    assert [(f.amount, f.unit) for f in facts] == [("2", "percent"), ("2.0", "percent")]


def test_a_parenthesised_percentage_after_a_verb_is_still_negative() -> None:
    facts = facts_of("Gross margin changed by (2.0%) in 2023.")
    assert [f.amount for f in facts] == ["-2.0"]


def test_counts_of_parties_in_words_are_not_facts() -> None:
    assert facts_of("The Company has three directors and two subsidiaries.") == []


def test_period_lengths_in_words_are_not_amounts() -> None:
    facts = facts_of(
        "Compensation amortized for the nine and three months ended September 30, 2021 was $9."
    )
    assert [f.amount for f in facts] == ["9"]


def test_a_leading_dot_decimal_after_a_currency_mark() -> None:
    facts = facts_of("The stock price was $.45 per share on June 1, 2022.")
    assert [(f.amount, f.unit, f.blank) for f in facts] == [("0.45", "USD", False)]


def test_a_term_over_which_a_loan_is_amortized_is_not_a_useful_life() -> None:
    assert facts_of("The loan is amortized over a 2-year period.") == []


def test_areas_and_street_numbers_are_not_amounts() -> None:
    facts = facts_of(
        "The Company leases 6,712 square feet at 444 Merrick Road for an annual rent of $233,000."
    )
    assert [f.amount for f in facts] == ["233000"]


def test_a_lone_dollar_mark_before_a_preposition_is_a_dropped_amount() -> None:
    facts = facts_of(
        "The Company issued stock to consultants valued at $ during the year ended December 31, "
        "2023."
    )
    assert [(f.blank, f.unit, f.period) for f in facts] == [(True, "USD", "P12M/2023-12-31")]


def test_up_to_shares_has_a_dropped_share_count() -> None:
    facts = facts_of("The warrants allow the holders to purchase up to shares of common stock.")
    assert [(f.blank, f.unit) for f in facts] == [(True, "share")]


def test_a_currency_named_after_in_is_not_a_dropped_amount() -> None:
    assert facts_of("Prices are quoted in US$ for convenience.") == []
    assert facts_of("The price in $ for each unit is set by the board.") == []


def test_a_range_of_percentages_with_a_sign_on_each_end_is_one_fact() -> None:
    facts = facts_of("Bonds due 2021-2039 bear interest at principally 2.19%-4.29%.")
    assert [(f.amount, f.amount_max, f.unit) for f in facts] == [("2.19", "4.29", "percent")]


def test_two_percentages_that_run_downwards_are_not_a_range() -> None:
    facts = facts_of("Margins moved 5% - 3% over the year.")
    assert [(f.amount, f.amount_max) for f in facts] == [("5", None), ("3", None)]


def test_a_range_is_one_fact_but_a_change_from_one_rate_to_another_is_two() -> None:
    assert [(f.amount, f.amount_max) for f in facts_of("Rates ranged from 2% to 5% in 2023.")] == [
        ("2", "5")
    ]
    assert [(f.amount, f.amount_max) for f in facts_of("The rate increased from 2% to 5% in 2023.")
            ] == [("2", None), ("5", None)]


def test_an_empty_comparative_and_the_amount_it_restates_are_blanks_of_their_years() -> None:
    body = ("At December 31, 2023, the options outstanding under the plan were (2022: ), "
            "representing (2022: ) of the shares in issue.")
    facts = facts_of(body)
    assert [(f.blank, f.period) for f in facts] == [
        (True, "2023-12-31"), (True, "2022-12-31"), (True, "2023-12-31"), (True, "2022-12-31")]
    were = 5 + body.index(" (2022")
    assert facts[0].span == (were, were)
    assert facts[1].span == (were + len(" (2022:"),) * 2


def test_a_comparatives_year_is_not_an_amount() -> None:
    facts = facts_of("During the year the average price at exercise was HK$ 3.10 (2022: HK$ 2.95).")
    assert [f.amount for f in facts] == ["3.10", "2.95"]
    facts = facts_of("During the year the average price at exercise was HK$ (2022: HK$ ).")
    assert [(f.blank, f.unit) for f in facts] == [(True, "HKD"), (True, "HKD")]


def test_a_comparative_with_its_amount_is_not_a_blank() -> None:
    facts = facts_of("At December 31, 2023, the loans were RMB5,922 (2022: nil).")
    assert not any(f.blank for f in facts)


def test_a_price_per_option_or_ads_is_a_price_nothing_dates() -> None:
    page = "|\nSHARE OPTIONS\n|12 Months Ended\nDec. 31, 2023\n|Share Options\n"
    text = page + ("Options granted must be taken up upon payment of HK$ per option. The exercise "
                   "price is HK$ 0.10 per share (equivalent to HK$ 2.50 per ADS).\n")
    facts = extractor.extract(text).facts
    assert [(f.blank, f.unit, f.period) for f in facts] == [
        (True, "HKD", None), (False, "HKD", None), (False, "HKD", None)]


def test_a_dollar_mark_before_an_auxiliary_verb_after_of_is_a_dropped_amount() -> None:
    facts = facts_of("The unrecognized cost of $ will be recognized over three years.")
    assert [(f.blank, f.unit) for f in facts] == [(True, "USD")]
    facts = facts_of("Capital of US$5 million was subscribed, of which US$ had been paid in.")
    assert [(f.blank, f.unit) for f in facts] == [(False, "USD"), (True, "USD")]


def test_an_alphabetic_currency_code_before_an_auxiliary_verb_is_no_slot() -> None:
    assert facts_of("Changes in the value of RMB may affect the Company's results.") == []


def test_amounted_to_glued_to_and_leaves_a_first_slot() -> None:
    facts = facts_of(
        "Cash paid for leases amounted toand $3.2 million for 2024 and 2023, respectively."
    )
    assert [(f.blank, f.period) for f in facts] == [
        (True, "P12M/2024-12-31"), (False, "P12M/2023-12-31")
    ]
    assert facts_of("The parties agreed toand signed the lease in 2024.") == []
