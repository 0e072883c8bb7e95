"""Labels and entities in shapes first seen on unlabelled notes. Every text is made up."""

from __future__ import annotations

import pytest

import extractor


def named(body: str) -> list[tuple[str, str | None]]:
    facts = extractor.extract("Note\n" + body).facts
    return [(f.label, f.entity) for f in facts]


def test_an_aside_between_commas_is_not_the_measure() -> None:
    body = (
        "Interest expense on the notes, including amortization of the discount, was $375,545 "
        "for the three months ended March 31, 2018."
    )
    assert named(body) == [("Interest expense on the notes", None)]


def test_the_measure_right_before_the_amount_when_the_clause_holds_other_numbers() -> None:
    body = (
        "The extension covers approximately 6,712 square feet of office space for an annual "
        "rent of approximately $233,000."
    )
    assert named(body) == [("Annual rent", None)]


def test_a_cut_number_never_ends_a_label() -> None:
    labels = [label for label, _ in named("The Company received RMB1,400 from Acme in 2021.")]
    assert labels and all(not label.rstrip().endswith(("RMB1", "1")) for label in labels)


@pytest.mark.parametrize(
    "body",
    [
        "Cash of $3,000 was received as of May 2023.",
        "The maturity was extended to August 31, 2026, and the balance was $1,200,000.",
    ],
)
def test_a_month_is_never_an_entity(body: str) -> None:
    assert [e for _, e in named(body)] == [None]


def test_a_programme_with_a_defined_short_name_is_not_an_entity() -> None:
    body = (
        "In April 2020, the Company received a loan of $635,000 under the Paycheck Protection "
        "Program (“PPP”)."
    )
    assert named(body) == [("Loan", None)]


def test_a_scheme_or_plan_is_not_an_entity() -> None:
    body = "Options granted under the Scheme (the “Scheme”) may not exceed 10% of share capital."
    assert [e for _, e in named(body)] == [None]


def test_in_the_amount_of_names_the_subject() -> None:
    body = "The first tranche was in the amount of $500,000."
    assert named(body) == [("First tranche", None)]


def test_increased_from_names_the_measure_that_changed() -> None:
    body = "The conversion price of the notes increased from $0.50 to $0.75 per share."
    assert named(body)[0] == ("Conversion price of the notes", None)


def test_a_belief_verb_starts_the_clause_that_names_the_measure() -> None:
    body = "Management believes the existing cash and cash equivalents of $12.5 million suffice."
    assert named(body) == [("Existing cash and cash equivalents", None)]


def test_a_defined_company_is_still_an_entity() -> None:
    body = "Revenue of $1,000 was earned from Acme Holdings Limited (“Acme”) in 2022."
    assert named(body) == [("Revenue", "Acme")]


def test_a_dropped_amount_then_and_starts_the_next_measure() -> None:
    body = (
        "The Company had a net loss of $ and negative operating cash flows of $ for the year "
        "ended December 31, 2023."
    )
    assert [label for label, _ in named(body)] == ["Net loss", "Negative operating cash flows"]


def test_both_ends_of_a_change_name_the_measure_that_changed() -> None:
    body = "The ownership interest decreased from 25% to 30% during 2023."
    assert [label for label, _ in named(body)] == ["Ownership interest", "Ownership interest"]


def test_a_period_phrase_the_period_reader_leaves_is_no_label() -> None:
    # "the six month period to June 30, 2023" (a British form) and "each of the nine month
    # periods" say when, so the measure is the subject before them
    body = ("The gain recognized on disposal of the vehicles for the six month period to "
            "June 30, 2023 was £1.4 million.")
    assert [f.label for f in extractor.extract("Note\n" + body).facts] == [
        "Gain recognized on disposal of the vehicles"]
    body = ("Included in these amounts is amortization of $12,000 for each of the three month "
            "periods and $36,000 for each of the nine month periods related to leased trucks.")
    got = [f.label for f in extractor.extract("Note\n" + body).facts]
    assert got and all("period" not in g.lower() for g in got)
    assert all(g.lower().startswith("amortization") for g in got)


def test_a_modal_before_the_verb_is_no_word_of_the_measure() -> None:
    body = "From July 1, 2025 the interest rate will be 6.5% per annum."
    assert [f.label for f in extractor.extract("Note\n" + body).facts] == ["Interest rate"]
    # a month that reads like a modal, or a modal inside the measure, stays
    body = "The advance due May was $500."
    assert [f.label for f in extractor.extract("Note\n" + body).facts] == ["Advance due May"]
    body = "The deposit we may forfeit is $300."
    assert [f.label for f in extractor.extract("Note\n" + body).facts] == ["Deposit we may forfeit"]
