"""Labels and entities of prose facts, and what carries over within a paragraph."""

from __future__ import annotations

import extractor


def test_label_is_the_measure_and_entity_the_defined_short_name() -> None:
    text = (
        "The Company provided services to Zhejiang Example Technology Co., Ltd. (“Example”). "
        "Amounts due from Example were RMB99 and RMB700 as of December 31, 2022 and 2023."
    )
    facts = extractor.extract(text).facts
    assert {(f.label, f.entity) for f in facts} == {("Amounts due from", "Example")}


def test_entity_named_in_an_earlier_sentence_carries_over_in_its_paragraph() -> None:
    text = (
        "The Company provided cloud services to Acme Holdings Limited (“Acme”). Revenues of "
        "RMB5, RMB2 and RMB1 were recorded for the years ended December 31, 2021, 2022 and "
        "2023, respectively.\nThe Company paid RMB7 for the year ended December 31, 2023."
    )
    facts = extractor.extract(text).facts
    assert [(f.label, f.entity) for f in facts[:3]] == [("Revenues", "Acme")] * 3
    assert facts[3].entity is None  # a new paragraph names nobody


def test_label_after_included_in() -> None:
    text = (
        "The Company purchased services from Acme Group, which is included in research and "
        "development expenses of RMB1,974 for the year ended December 31, 2021."
    )
    (fact,) = extractor.extract(text).facts
    assert fact.label.lower() == "research and development expenses"
    assert fact.entity == "Acme Group"


def test_people_as_entity() -> None:
    text = (
        "As of December 31, 2020, the amounts due from the three management employees were RMB900."
    )
    (fact,) = extractor.extract(text).facts
    assert fact.entity == "three management employees"
    assert fact.label == "Amounts due from"


def test_label_from_the_of_phrase_after_a_verb() -> None:
    text = "During the year ended December 31, 2023, the Group recognized RMB61,164 of revenue."
    (fact,) = extractor.extract(text).facts
    assert fact.label.lower() == "revenue"


def test_nearest_counterparty_wins_when_a_sentence_names_several() -> None:
    text = (
        "On May 3, 2020, the Company obtained a loan of $635 from Citibank, N.A. (“Citibank”) "
        "under a program run by the Small Business Administration (“SBA”)."
    )
    (fact,) = extractor.extract(text).facts
    assert fact.entity == "Citibank"


def test_a_rate_is_labelled_by_the_rate_it_names() -> None:
    facts = extractor.extract(
        "The loan was lent to Acme Ltd., an investee, with interest at 3.45% per annum. "
        "The deposit bears an annual interest rate of 3.5%."
    ).facts
    assert [(f.amount, f.label) for f in facts] == [
        ("3.45", "Interest rate"), ("3.5", "Annual interest rate")
    ]


def test_the_noun_after_a_verb_names_a_dropped_amount() -> None:
    text = ("For the year ended December 31, 2021, the Company also amortized an "
            "approximatelymillion compensation expense.")
    (fact,) = extractor.extract(text).facts
    assert (fact.blank, fact.scale, fact.label) == (True, 6, "Compensation expense")


def test_a_loan_after_its_lender_is_labelled_by_the_loan() -> None:
    text = ("On January 5, 2024, the Company entered into an agreement with Bank of Acme for a "
            "loan of RMB10 million, bearing interest at 4.35% per annum.")
    facts = extractor.extract(text).facts
    assert [(f.label, f.entity) for f in facts] == [
        ("Loan", "Bank of Acme"), ("Interest rate", "Bank of Acme")
    ]


def test_a_titled_person_is_an_entity() -> None:
    (fact,) = extractor.extract("As of June 30, 2024, the Company owed Mr. Wang $50,000.").facts
    assert fact.entity == "Mr. Wang"
