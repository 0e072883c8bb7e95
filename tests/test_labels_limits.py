"""Labels of amounts stated as limits ("up to", "plus up to", "up to a maximum of") and of an
act's object after "has <verb>ed". Made-up sentences."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _label(text: str, nth: int = 0) -> str:
    a = find_amounts(text)[nth]
    return label_for(text, a, EntityFinder.from_text(text), None)[0]


def test_plus_up_to_takes_the_measure_after_the_amount() -> None:
    text = ("The price was $20.0 million, subject to adjustments, plus up to $3.0 million of "
            "milestone payments.")
    assert (_label(text, 0), _label(text, 1)) == ("Price", "Milestone payments")


def test_up_to_a_maximum_in_its_own_clause_takes_the_subject() -> None:
    text = ("The contingent payment is payable upon the achievement of sales targets through "
            "2026, up to a maximum of $4.0 million.")
    assert _label(text, -1) == "Contingent payment"


def test_of_up_to_after_a_noun_keeps_that_noun() -> None:
    assert _label("The facility provides for a credit line of up to $2 million.") == "Credit line"


def test_at_least_in_its_own_clause_is_no_measure() -> None:
    text = "The royalty is payable quarterly, at least $50,000 of royalties each quarter."
    assert _label(text) != "At least"


def test_the_object_after_has_and_a_participle_names_the_measure() -> None:
    text = ("Mr. Lam, a director, has provided a personal guarantee of up to $1.5 million "
            "for the bank loans.")
    assert _label(text) == "Personal guarantee"




def test_had_before_an_adjective_in_ed_is_no_act_to_cut_at() -> None:
    text = "On the redemption date, the notes had unamortized issuance costs of $2.5 million."
    assert _label(text) == "Unamortized issuance costs"


def test_a_net_total_after_an_act_takes_the_measure_after_the_amount() -> None:
    text = "We have accrued a net total of $15 million in other current liabilities."
    assert _label(text) == "Other current liabilities"
