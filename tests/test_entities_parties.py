"""What can be an entity: a party, never a time, a document word or the company."""

from __future__ import annotations

import pytest

from extractor.entities import EntityFinder
from extractor.names import is_party


@pytest.mark.parametrize(
    "name",
    ["April", "May 5, 2021", "Grant Date", "Credit", "the Agreement", "2021 Plan", "Company",
     "Less than One Year", "Forecast", "Line of Credit", "Closing"],
)
def test_times_documents_and_the_company_are_no_party(name: str) -> None:
    assert not is_party(name)


@pytest.mark.parametrize(
    "name",
    ["Jingu", "Foo Bank", "Mr. Wang", "two third parties", "a director", "May Holdings Ltd."],
)
def test_named_or_described_parties_are_parties(name: str) -> None:
    assert is_party(name)


def test_a_defined_date_is_not_an_entity() -> None:
    text = 'On June 12, 2020 (the "Grant Date"), the Company granted options to Foo Ltd.'
    finder = EntityFinder.from_text(text)
    assert "Grant Date" not in finder.short_names
    assert finder.in_sentence(text) == "Foo Ltd"


def test_line_of_credit_is_not_an_entity() -> None:
    text = "The Company entered into a Line of Credit up to a maximum of $1,000,000."
    assert EntityFinder.from_text(text).in_sentence(text) is None


def test_a_board_member_described_as_written_is_the_party() -> None:
    text = "The note payable to a member of the Company’s board of directors was $5,000."
    assert EntityFinder.from_text(text).in_sentence(text) == (
        "member of the Company’s board of directors"
    )


def test_the_board_that_approves_is_not_a_party() -> None:
    text = "The Board of Directors approved the grant of 5,000 options to Acme Ltd."
    assert EntityFinder.from_text(text).in_sentence(text) == "Acme Ltd"
    text = "The Board of Directors approved a dividend of $0.10 per share."
    assert EntityFinder.from_text(text).in_sentence(text) is None


def test_the_companys_own_name_is_never_an_entity_but_its_counterparty_is() -> None:
    text = (
        "Foo Holdings Inc. (“Foo”, the “Company” or “we”) lent $5,000 to Bar Ltd. (“Bar”). "
        "Amounts due from Foo were $3. Loans from Bar were $4."
    )
    finder = EntityFinder.from_text(text)
    assert finder.in_sentence("Amounts due from Foo were $3.") is None
    assert finder.in_sentence("Loans from Bar were $4.") == "Bar"


@pytest.mark.parametrize(
    "name", ["Common Stock", "Series A Convertible Preferred Stock", "Common Shares",
             "Class B Ordinary Shares", "ADSs"],
)
def test_the_companys_own_securities_are_no_party(name: str) -> None:
    assert not is_party(name)


def test_a_defined_class_of_shares_is_not_an_entity() -> None:
    text = ("The Company issued 1,000 shares of its common stock, par value $0.001 per share "
            "(the “Common Stock”), to investors for $5,000.")
    finder = EntityFinder.from_text(text)
    assert "Common Stock" not in finder.short_names
    assert finder.in_sentence(text) is None


def test_the_issuer_named_before_a_class_of_shares_is_not_a_party() -> None:
    text = "We repurchased 8.4 million shares of Foo common stock for $450 million."
    assert EntityFinder.from_text(text).in_sentence(text) is None
    text = "We sold 100 shares of Bar Ltd. to Baz Capital for $450."
    assert EntityFinder.from_text(text).in_sentence(text) == "Baz Capital"


def test_the_short_name_of_a_document_is_never_a_party() -> None:
    text = ("On May 1, 2024, the Company entered into a Securities Purchase Agreement (“SPA”) "
            "with Foo Capital. The shares set forth on the page attached to the SPA were sold "
            "for $4,000.")
    finder = EntityFinder.from_text(text)
    assert finder.in_sentence("The shares attached to the SPA were sold for $4,000.") is None
    assert finder.in_sentence("Shares sold to Foo Capital for $4,000.") == "Foo Capital"


@pytest.mark.parametrize("name", ["ASC Topic", "ASC Topic 842", "IFRS 16", "ASU 2016-02"])
def test_accounting_standards_are_no_party(name: str) -> None:
    assert not is_party(name)


def test_unnamed_buyers_of_the_companys_shares_are_no_party() -> None:
    text = ("The Company sold 1,000 shares to one or more investors (the “Investors”) for "
            "$5,000. The Investors paid $5,000 in cash.")
    finder = EntityFinder.from_text(text)
    assert "Investors" not in finder.short_names
    assert finder.in_sentence("The Investors paid $5,000 in cash.") is None
    assert is_party("Blue Investors Ltd.")


@pytest.mark.parametrize(
    "name", ["Income", "Operations", "Financial Position", "Revenue", "Rule", "Other",
             "Cash Flows from Operating Activities", "Net"],
)
def test_statement_and_line_item_words_are_no_party(name: str) -> None:
    assert not is_party(name)


def test_a_statement_named_after_an_amount_is_not_a_party() -> None:
    text = ("Advertising costs, included in the Consolidated Statements of Income, were $5.1 "
            "billion in 2024.")
    assert EntityFinder.from_text(text).in_sentence(text) is None
    assert is_party("Corporate and Other")


def test_the_parent_income_is_attributable_to_is_the_company_itself() -> None:
    text = "Net income attributable to Walmart was $19,436 million; $5 was paid to Acme Ltd."
    assert EntityFinder.from_text(text).in_sentence(text, near=40) == "Acme Ltd"


@pytest.mark.parametrize(
    "name", ["BALANCE JUNE 30, 2023", "Equity - June 30, 2024", "Fiscal 2026",
             "Fiscal years ending June 30", "Corporate Total"],
)
def test_period_names_and_totals_are_no_party(name: str) -> None:
    assert not is_party(name)


def test_a_capitalised_word_the_note_writes_in_lower_case_is_not_a_name() -> None:
    text = ("We amortized $9 to Inventories, Property and Accrued liabilities. The property, "
            "inventories and accrued liabilities were sold to Blueco for $5.")
    finder = EntityFinder.from_text(text)
    assert finder.in_sentence("We amortized $9 to Inventories, Property and Accrued "
                              "liabilities.") is None
    assert finder.in_sentence("The property was sold to Blueco for $5.") == "Blueco"


def test_the_par_value_of_the_companys_shares_is_about_no_party() -> None:
    import extractor

    text = ("On July 18, 2024, the Company entered into an agreement with its Chief Operating "
            "Officer. The Company granted a stock option to purchase 400,000 shares of common "
            "stock, par value $.001 per share, at $.04 per share.")
    facts = {f.amount: f for f in extractor.extract(text).facts}
    assert facts["0.001"].entity is None
    assert facts["0.04"].entity == "Chief Operating Officer"


def test_a_revision_word_before_a_plans_year_is_the_documents_name_not_a_party() -> None:
    import extractor

    text = ("During the six months ended June 30, 2025, the Group disposed of £4.2 million of "
            "vehicles as part of the Amended 2024 Plan.\n")
    (fact,) = [f for f in extractor.extract(text).facts if f.amount == "4.2"]
    assert fact.entity is None
    assert not is_party("Revised") and not is_party("Restated")


@pytest.mark.parametrize("name", ["ROU", "RSUs", "ADRs", "SIBOR", "NOLs"])
def test_accounting_acronyms_are_no_party(name: str) -> None:
    assert not is_party(name)


def test_a_defined_accounting_term_names_no_party() -> None:
    text = ("The Company recorded a Right of Use Asset (“ROU”) and an offsetting lease "
            "liability of $64,327. The balances were ROU of $23,622.")
    finder = EntityFinder.from_text(text)
    assert "ROU" not in finder.short_names
    assert finder.in_sentence(text) is None


def test_a_defined_lender_beside_an_accounting_term_is_still_the_party() -> None:
    text = ("The Company recorded a Right of Use Asset (“ROU”) and borrowed $5,000 from "
            "Foo Capital Ltd. (“Foo”).")
    assert EntityFinder.from_text(text).in_sentence(text) == "Foo"


def test_a_list_of_award_acronyms_names_no_party() -> None:
    text = "Unrecognized compensation expense related to RSAs and RSUs was $63.1 million."
    assert EntityFinder.from_text(text).in_sentence(text) is None


def test_the_chief_operating_decision_maker_is_no_party() -> None:
    text = (
        "Segment expenses regularly provided to the chief operating decision maker "
        "(“CODM”) were $9.9 billion. The CODM reviews them with Foo Bank."
    )
    finder = EntityFinder.from_text(text)
    assert "CODM" not in finder.short_names
    assert not is_party("CODM")
    assert finder.in_sentence(text.split(". ")[1]) == "Foo Bank"


def test_a_name_in_apposition_to_a_described_party_is_the_party() -> None:
    text = (
        "In 2018, loans of $60,000 were borrowed from a related party, Quarry Lane Trading "
        "Co., Ltd, at an interest rate of 9% per annum."
    )
    assert EntityFinder.from_text(text).in_sentence(text, near=20) == "Quarry Lane Trading Co., Ltd"


def test_the_owner_of_a_party_is_not_the_party() -> None:
    text = (
        "Loans of $60,000 were borrowed from Quarry Lane Ltd, a company that is 69.5% owned "
        "by the former Chairman, Mr. Tom Alder, at an interest rate of 9% per annum."
    )
    rate = text.index("9%")  # the amount nearer the owner's name than the party's
    assert EntityFinder.from_text(text).in_sentence(text, near=rate) == "Quarry Lane Ltd"
    alone = "The Company borrowed $5,000 from Mr. Tom Alder at 9% per annum."
    assert EntityFinder.from_text(alone).in_sentence(alone) == "Mr. Tom Alder"


def test_a_described_person_drops_its_article_an_as_a() -> None:
    text = "The Company borrowed $5,000 from an executive officer at 8% per annum."
    assert EntityFinder.from_text(text).in_sentence(text) == "executive officer"
    text = "The Company borrowed $5,000 from a director at 8% per annum."
    assert EntityFinder.from_text(text).in_sentence(text) == "director"


def test_a_list_of_three_names_is_no_one_party() -> None:
    assert not is_party("Industrial Automation, Flow Control and Aftermarket Services")
    # one name with a comma, a firm's name and a described list stay parties
    assert is_party("Bank of China, Hong Kong Branch")
    assert is_party("Smith, Jones and Partners")
    assert is_party("directors, executive officers and their related interests")
