"""Definitions: a short name stands for a party only where the name it shortens is a party's
(a legal form, an organisation's word, a person's title, or a party noun in lower case);
taxes, rates, methods, instruments, kinds of assets and the company itself are never one."""

from __future__ import annotations

import pytest

from extractor.api import extract
from extractor.definitions import read_definitions


@pytest.mark.parametrize(
    "text",
    [
        "It borrowed RMB5 million from Foochow Barley Trading Co., Ltd. (“Foochow”).",
        'The lender, Fooville National Bank, N.A. ("Fooville"), extended the term.',
        'Rent was paid to Barton Quux Partners, LP ("Barton").',
        "Advances from Mr. Lam Foo Kei (“Mr. Lam”) were repaid.",
        'It owes Quxley Sponsor LLC, a Delaware limited liability company (the "Sponsor").',
        'A fee was paid to Fooland Farm Credit, ACA ("FFC").',
    ],
)
def test_definitions_of_companies_banks_people_and_sponsors_name_parties(text: str) -> None:
    d = read_definitions(text)
    assert len(d.short_names) == 1 and d.short_names[0] not in d.never


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("PRC entities pay the statutory enterprise income tax (“EIT”) at 25%.", "EIT"),
        ("Loans bore interest at the one-year Loan Prime Rate (“LPR”) plus 0.5%.", "LPR"),
        ('Inventories are stated on a last-in, first-out ("LIFO") basis.', "LIFO"),
        ('The fleet holds twelve articulated tug-barge units ("ATBs").', "ATBs"),
        ("It claims the Research and Development Tax Incentive (“RDTI”).", "RDTI"),
        ('It entered into a revolving credit facility (the "Revolver").', "Revolver"),
        ("Foo Power Corporation (the “Parent Company”) has 5,000 shares.", "Parent Company"),
        ('Proceeds were placed in a trust account (the "Trust Account").', "Trust Account"),
    ],
)
def test_definitions_of_taxes_rates_methods_instruments_and_the_company_name_no_party(
    text: str, short: str
) -> None:
    d = read_definitions(text)
    assert short not in d.short_names
    assert short in d.never


def test_an_amount_under_a_defined_instrument_has_no_entity() -> None:
    text = ('On March 3, 2025, the Company entered into a revolving credit facility (the '
            '"Revolver") of $50.0 million. Borrowings under the Revolver were $12.5 million as '
            "of December 31, 2025.")
    assert {f.entity for f in extract(text).facts} == {None}


def test_a_defined_tax_is_no_entity_but_a_defined_subsidiary_still_is() -> None:
    text = ("The standard corporate income tax (“CIT”) rate is 20%. Foo Rice Joint Stock "
            "Company (“FRJ”) paid CIT of VND2,300 million in 2024.")
    facts = extract(text).facts
    assert [(f.amount, f.entity) for f in facts] == [("20", None), ("2300", "FRJ")]


def test_a_class_of_notes_or_the_board_is_no_party_in_prose() -> None:
    text = ("In 2024 the Company repaid the Class 5 Negotiable Obligations of US$35.0 million. "
            "It repurchased 2,140,000 shares under the program authorized by the Board of "
            "Directors.")
    assert {f.entity for f in extract(text).facts} == {None}
