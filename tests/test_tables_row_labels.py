"""Table rows: a long row description becomes a short measure with its party as entity."""

from __future__ import annotations

from extractor.tables.captions import short_row


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
