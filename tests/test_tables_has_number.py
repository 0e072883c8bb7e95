"""Which cell texts hold a number: list marks, footnote marks and years are no numbers."""

from __future__ import annotations

from extractor.tables.kinds import has_number


def test_a_text_with_no_digit_holds_no_number() -> None:
    assert not has_number("Property and equipment")
    assert not has_number("")


def test_marks_and_years_alone_are_no_number() -> None:
    assert not has_number("Loans (ii) [3] 2023")
    assert not has_number("(12) December 2024")


def test_an_amount_beside_marks_is_a_number() -> None:
    assert has_number("Loans (ii) 1,250")
    assert has_number("Fiscal 123")
