"""Table rows: a long row description becomes a short measure with its party as entity."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.rowparties import short_row


def test_long_loan_description_gives_measure_and_lender() -> None:
    row = ("Bank loan from Foo Commercial Bank, dated July 11, 2011, due and repaid on July 11, "
           "2012, with an annual interest rate of 8.528% payable quarterly, secured by land")
    assert short_row(row) == ("Bank loan", "Foo Commercial Bank")


def test_long_description_opening_with_a_company_is_the_party() -> None:
    row = "Foo Heat and Power Co., Ltd., no fixed repayment term, interest ($245,682), guaranteed"
    assert short_row(row) == (None, "Foo Heat and Power Co., Ltd.")


def test_long_description_opening_with_a_short_name_is_the_party() -> None:
    row = "FHP, due October 1, 2011, interest rate at 6% per annum, guaranteed by the chairman"
    assert short_row(row) == (None, "FHP")


def test_bank_name_row_is_the_party() -> None:
    assert short_row("Kirafoo Bank") == (None, "Kirafoo Bank")


def test_short_rows_stay_as_they_are() -> None:
    assert short_row("Amounts due from related parties") is None
    assert short_row("Cash at Bank") is None
    assert short_row("Loans from Foo Bank") is None


LOANS = "\n".join([
    "|", "LOANS (Tables)", "|SCHEDULE OF SHORT-TERM LOANS",
    "|December 31, 2022", "|", "|December 31, 2023", "|",
    "|Bank loan from Foo Commercial Bank, dated July 11, 2022, due July 11, 2023, with an annual "
    "interest rate of 5.5% payable quarterly", "|", "|$", "|1,000", "|", "|$", "|1,200",
    "|Kirafoo Bank", "|", "|$", "|300", "|", "|$", "|400",
])


def test_table_rows_give_short_labels_and_their_lenders() -> None:
    facts = tables.extract_tables(read_document(LOANS, "t")).facts
    assert [(f.label, f.entity, f.amount) for f in facts] == [
        ("Bank loan", "Foo Commercial Bank", "1000"),
        ("Bank loan", "Foo Commercial Bank", "1200"),
        ("Short-term loans", "Kirafoo Bank", "300"),
        ("Short-term loans", "Kirafoo Bank", "400"),
    ]


PARTIES = "\n".join([
    "|", "RELATED PARTIES (Tables)", "|SCHEDULE OF RELATED PARTY TRANSACTIONS",
    "|2022", "|", "|2023", "|",
    "|Interest income from:",
    "|ACME", "|", "|$", "|285", "|", "|$", "|206",
    "|Loan from:",
    "|Foo Century Friendship", "|", "|$", "|300", "|", "|$", "|400",
])


def test_party_rows_under_a_colon_heading_are_entities_acronyms_too() -> None:
    facts = tables.extract_tables(read_document(PARTIES, "t")).facts
    assert [f.entity for f in facts] == ["ACME"] * 2 + ["Foo Century Friendship"] * 2


def test_a_row_attributable_to_the_parent_names_no_party() -> None:
    from extractor.tables.rowparties import entity_of

    assert entity_of("Net income attributable to Walmart") is None
    assert entity_of("Amounts due to Foo Holdings") == "Foo Holdings"


OPTIONS = "\n".join([
    "|Schedule of share options", "|",
    "Number of options", "Weighted average exercise price",
    "Outstanding as of December 31, 2023", "52,575", "4.90",
    "Granted", "18,459", "0.01",
    "Outstanding as of December 31, 2024", "71,034", "3.60",
    "Expiring on December 31, 2030", "1,000", "2.00",
])


def test_a_balance_rows_date_is_its_period_not_its_words() -> None:
    facts = tables.extract_tables(read_document(OPTIONS, "t")).facts
    got = {f.amount: (f.label, f.period) for f in facts}
    assert got["71034"][0].startswith("Outstanding")
    assert "2024" not in got["71034"][0]
    assert got["71034"][1] == "2024-12-31"
    assert "December 31, 2030" in got["1000"][0]  # a date that names the row stays
