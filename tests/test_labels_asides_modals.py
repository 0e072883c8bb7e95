"""Labels of amounts whose subject is set apart from its verb: an aside between commas, a
modal or future predicate. Made-up sentences."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _label(text: str, nth: int = 0) -> str:
    a = find_amounts(text)[nth]
    return label_for(text, a, EntityFinder.from_text(text), None)[0]


def test_a_participle_aside_before_the_verb_is_no_part_of_the_measure() -> None:
    text = "Freight cost, consisting primarily of fuel surcharges and tolls, was $0.7 million."
    assert _label(text) == "Freight cost"


def test_a_based_on_aside_before_the_verb_is_read_over() -> None:
    text = "The fair value of the term loan, based on observable inputs, was $88.2 million."
    assert _label(text) == "Fair value of the term loan"


def test_an_aside_holding_a_list_with_commas_is_read_over() -> None:
    text = ("License fees, consisting of setup, support, and hosting charges, amounted to "
            "$1.3 million and $1.1 million, respectively.")
    assert _label(text) == "License fees"
    assert _label(text, 1) == "License fees"


def test_an_as_if_aside_holding_a_date_is_read_over() -> None:
    text = ("The pro forma revenue of the combined group, as if the merger had closed on "
            "March 1, 2022, was $97.5 million.")
    assert _label(text) == "Pro forma revenue of the combined group"


def test_a_relative_aside_before_the_verb_is_read_over() -> None:
    text = ("Storage fees, which are not part of the contract price, were $52,100 for the "
            "year.")
    assert _label(text) == "Storage fees"


def test_an_aside_holding_an_amount_keeps_that_amount_its_own_measure() -> None:
    text = "Rent expense, including $5,000 of utilities, was $40,000."
    assert (_label(text, 0), _label(text, 1)) == ("Utilities", "Rent expense")


def test_a_comma_after_an_opening_phrase_is_no_aside() -> None:
    text = "During 2023, based on the review, the impairment charge was $3.0 million."
    assert _label(text, -1) == "Impairment charge"


def test_an_expected_to_be_predicate_leaves_its_subject_as_the_measure() -> None:
    assert _label("Depreciation expense is expected to be $6.4 million in 2025.") == (
        "Depreciation expense")


def test_an_estimated_to_be_predicate_leaves_its_subject_as_the_measure() -> None:
    text = "Total remaining milestone payments are estimated to be approximately $9.0 million."
    assert _label(text) == "Total remaining milestone payments"


def test_a_would_have_been_predicate_leaves_its_subject_as_the_measure() -> None:
    text = "Pro forma net loss would have been $2.4 million for the year."
    assert _label(text) == "Pro forma net loss"


def test_a_will_be_predicate_leaves_its_subject_as_the_measure() -> None:
    assert _label("The annual retainer will be $60,000.") == "Annual retainer"


def test_an_including_aside_holding_a_list_is_read_over() -> None:
    text = ("The fair value of the plant, including land, buildings and equipment, was "
            "approximately $7,250.")
    assert _label(text) == "Fair value of the plant"


def test_an_including_aside_that_a_list_goes_on_from_stays_in_the_measure() -> None:
    # ", and refinancing ..." goes on with the measure's own list: not the aside's end
    text = ("Commitments for vessels on order, including options, and refinancing of "
            "delivered vessels, totaled $1,240.")
    assert "refinancing" in _label(text).lower()


def test_a_parenthesised_place_before_a_relative_aside_is_read_over() -> None:
    text = ("The carrying amount of the term notes (included in \"Long-term debt\" on the "
            "balance sheets), which were designated as hedged items, was $3.5 billion.")
    assert _label(text) == "Carrying amount of the term notes"


def test_a_defined_short_name_in_parentheses_is_not_read_over() -> None:
    text = "The Company has loans from Alder Savings Bank (“ASB”) of $12,000."
    assert _label(text) != "Alder Savings Bank"


def test_a_long_subject_of_an_expected_predicate_keeps_its_head() -> None:
    text = ("The potential exposure with respect to the open matters with the regional tax "
            "office regarding indirect tax assessments is estimated to be $40 million.")
    assert _label(text) == "Potential exposure"


def test_an_aside_naming_where_the_measure_is_recognized_is_read_over() -> None:
    # "recorded as", "recognized in", "classified as" say where the amount is shown, as
    # "included in" does: the measure is the subject before them
    text = ("Sublease income from third-party tenants, recorded as a reduction of rent "
            "expense, was $0.3 million.")
    assert _label(text) == "Sublease income from third-party tenants"
    text = "Amortization of acquired intangibles, recognized in operating expenses, was $3.3."
    assert _label(text) == "Amortization of acquired intangibles"


def test_what_a_period_phrase_leaves_is_no_label() -> None:
    # "in fiscal 2023" names when, not what: the blank's label is the verb's measure
    text = "The segment recorded ¥ million in fiscal 2023."
    assert _label(text) not in ("Fiscal", "Years")
