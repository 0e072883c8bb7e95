"""Details members: which name a party (the entity) and which only say which rows."""

from __future__ import annotations

import pytest

from extractor.members import member_party


@pytest.mark.parametrize(
    "member", ["Forecast", "Scenario, Forecast", "Previously Reported", "Subsequent Event"]
)
def test_scenario_member_is_no_party_and_leads_the_label(member: str) -> None:
    assert member_party(member) == (None, member)


@pytest.mark.parametrize(
    "member",
    ["Promissory Note Feb 2012", "Promissory Note March 2014 #2", "Convertible Notes Payable",
     "2019 Equity Plan", "Revolving Credit Facility", "Senior Notes due 2025"],
)
def test_own_instrument_or_plan_member_is_no_party(member: str) -> None:
    assert member_party(member) == (None, member)


def test_instrument_member_naming_a_party_keeps_the_party() -> None:
    assert member_party("Promissory Note Acme") == ("Acme", "Promissory Note Acme")


@pytest.mark.parametrize(
    "member",
    ["Jingu", "Bank of Foo (Hong Kong)", "Chief Operating Officer", "Commercial Paper",
     "U.S. Dollar Unsecured Loans", "Guarantee Fee", "Vehicles"],
)
def test_party_or_class_member_stays_the_entity(member: str) -> None:
    assert member_party(member) == (member, None)


@pytest.mark.parametrize(
    "member", ["Less than One Year", "Granted during the year", "Thereafter", "2030 and thereafter"]
)
def test_time_bucket_or_movement_member_is_no_party(member: str) -> None:
    assert member_party(member) == (None, member)


@pytest.mark.parametrize("member", ["IFRS 16", "ASC 842", "IAS 17 Leases"])
def test_a_standard_member_is_no_party_and_leads_the_label(member: str) -> None:
    assert member_party(member) == (None, member)


@pytest.mark.parametrize("member", ["Yen notes (fixed rate 1.20%)", "U.S.$ notes (floating rate)",
                                    "Euro Notes due 2030"])
def test_the_currency_an_instrument_is_written_in_names_no_party(member: str) -> None:
    assert member_party(member) == (None, member)


def test_a_lender_beside_the_currency_of_its_notes_is_still_the_party() -> None:
    assert member_party("Yen notes Mizuho")[0] == "Mizuho"


def test_member_naming_two_plans_names_no_plan_as_party() -> None:
    assert member_party("Share Plan 2006 And Foo Share Plan 2006")[0] == "Foo"


def test_a_date_read_as_a_member_is_neither_party_nor_label() -> None:
    assert member_party("Dec. 31, 2021 EUR (€)") == (None, None)


@pytest.mark.parametrize("member", ["Common Stock", "Series A Preferred Stock"])
def test_own_class_of_shares_member_is_no_party_and_leads_the_label(member: str) -> None:
    assert member_party(member) == (None, member)


@pytest.mark.parametrize(("member", "expected"), [
    ("Quoted Prices In Active Markets For Identical Assets (Level 1)", (None, "Level 1")),
    ("Significant Other Observable Inputs (Level 2)", (None, "Level 2")),
    ("Fair Value, Inputs, Level 3", (None, "Level 3")),
    ("Significant Unobservable Inputs - Carrying Value", (None, "Carrying Value")),
    ("Estimate of Fair Value Measurement", (None, "Estimate of Fair Value")),
    ("Gross carrying amount", (None, "Gross carrying amount")),
    ("Level 3 investments", ("Level 3 investments", None)),  # a class of assets stays
    ("Money market funds", ("Money market funds", None)),
])
def test_a_fair_value_level_or_measurement_basis_member_leads_the_label(
    member: str, expected: tuple
) -> None:
    assert member_party(member) == expected


@pytest.mark.parametrize("member", ["Share Plan 2006 And India Share Plan 2006",
                                    "UK Employee Share Scheme", "Hong Kong Share Award Program"])
def test_a_place_inside_a_programme_name_is_no_party(member: str) -> None:
    assert member_party(member) == (None, member)


@pytest.mark.parametrize("member", ["Convertible Promissory Note", "Senior Secured Notes",
                                    "Unsecured Convertible Notes Payable", "Convertible Debt"])
def test_stacked_instrument_modifiers_name_no_party(member: str) -> None:
    # every modifier is a word of the instrument: "Convertible" left over is no party
    assert member_party(member) == (None, member)


def test_a_party_after_stacked_modifiers_is_still_the_entity() -> None:
    assert member_party("Senior Secured Convertible Notes Acme")[0] == "Acme"


@pytest.mark.parametrize("member", ["Corporate Debt Securities", "Long-term Debt",
                                    "Convertible Debt Securities"])
def test_debt_that_is_no_convertible_instrument_stays_a_class(member: str) -> None:
    assert member_party(member) == (member, None)


@pytest.mark.parametrize(
    "member",
    ["Restricted Stock Units (RSUs)", "Employee Stock Option", "Performance Stock Units (PSUs)",
     "Series A Preferred", "Common Stock", "Term Loan A", "Term loan IV", "Term Loan"],
)
def test_own_equity_award_or_series_loan_member_is_no_party(member: str) -> None:
    # what the rows count or which of the company's loans (the labelling brief since round 8,
    # gold/synthetic/s8/BRIEF.md: "a Revolver, Term Loan B, Series A Preferred are not
    # parties"); it leads the label
    assert member_party(member) == (None, member)


def test_a_holder_named_beside_an_instrument_is_the_party() -> None:
    assert member_party("Warrants Issued to Lender") == ("Lender", "Warrants Issued to Lender")
    assert member_party("Unsecured Short-term Loans") == ("Unsecured Short-term Loans", None)


def test_a_member_line_printed_under_a_narrative_cell_names_the_next_rows_party() -> None:
    from extractor import tables
    from extractor.document import read_document

    page = "\n".join([
        "|", "Related Party Transactions (Details) - CNY (¥)", "¥ in Thousands", "|12 Months Ended",
        "|", "Dec. 31, 2024", "|", "Dec. 31, 2023", "Mr. Zhou [Member]",
        "|Related Party Transaction [Line Items]", "|Loans from related party", "|¥ 3,000",
        "|¥ 6,500", "|Description of related party loans",
        "|In March 2023, Mr. Zhou, the Company's founder, advanced RMB6.5 million to the "
        "Company to fund its working capital; the advances are unsecured and interest-free.",
        "Hangzhou Yunqi Co., Ltd. [Member] | Purchases of Consumables [Member]",
        "|Related Party Transaction [Line Items]", "|Purchases from related party", "|¥ 21,340",
        "|¥ 18,765"])
    facts = tables.extract_tables(read_document(page)).facts
    assert {f.entity for f in facts if f.amount in ("21340", "18765")} == {
        "Hangzhou Yunqi Co., Ltd."}
