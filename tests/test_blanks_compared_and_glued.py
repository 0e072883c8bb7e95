"""Dropped amounts whose slot only the words around it show: a comparison or a part with no
amount before a period phrase ("compared with in 2023", "of which had been drawn", "and were
at December 31, 2023"), "and" glued to the preposition after a list's last slot ("andfor",
"andin"), a list's last count before the unit word it shares ("120,000 and shares"), and
"and" with nothing before the close ("RM96,000 and )"). And what is no slot: "all of which
were", "the end of during", a compared amount that is there."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_YEAR = note_page("Note 5 - Debt", "12 Months Ended", "Dec. 31, 2024")


def _facts(body: str) -> list[tuple[str | None, str | None, str | None, int, bool]]:
    return [(f.amount, f.period, f.unit, f.scale, f.blank)
            for f in extract(_YEAR + body + "\n").facts]


def test_a_comparison_with_no_amount_before_a_period_phrase_is_a_blank_in_its_siblings_unit(
) -> None:
    got = _facts("Fair value losses were $1.4 million in 2024, compared with in 2023.")
    assert got == [("1.4", "P12M/2024-12-31", "USD", 6, False),
                   (None, "P12M/2023-12-31", "USD", 6, True)]
    got = _facts("Tax reserves were $0.6 million at December 31, 2024 and were at December "
                 "31, 2023.")
    assert got[1] == (None, "2023-12-31", "USD", 6, True)


def test_a_compared_amount_that_is_there_is_no_blank() -> None:
    got = _facts("Fair value losses were $1.4 million in 2024, compared with $0.9 million in "
                 "2023.")
    assert [b for *_, b in got] == [False, False]


def test_a_part_with_no_amount_after_of_which_is_a_blank() -> None:
    got = _facts("The lender agreed to lend up to a further $300,000, of which had been drawn "
                 "as of December 31, 2024.")
    assert got[1] == (None, "2024-12-31", "USD", 0, True)
    assert [b for *_, b in _facts("The Company repaid loans of $5.0 million in 2024, all of "
                                  "which were unsecured.")] == [False]


def test_and_glued_to_the_preposition_after_a_lists_last_slot_is_a_blank() -> None:
    got = _facts("Interest on bank borrowings was HK$462,880 andfor the years ended December "
                 "31, 2024 and 2023, respectively.")
    assert got == [("462880", "P12M/2024-12-31", "HKD", 0, False),
                   (None, "P12M/2023-12-31", "HKD", 0, True)]


def test_a_lists_last_count_before_the_unit_word_it_shares_is_a_blank() -> None:
    got = _facts("The Company issued 150,000, 120,000 and shares of restricted common stock to "
                 "three consultants.")
    assert [(a, u, b) for a, _, u, _, b in got] == [
        ("150000", "share", False), ("120000", "share", False), (None, "share", True)]


def test_and_with_nothing_before_the_close_is_a_blank() -> None:
    got = _facts("Fees were RM120,000 in 2024 (2023: RM96,000 and ).")
    assert got[-1] == (None, "P12M/2023-12-31", "MYR", 0, True)


def test_of_before_a_phrase_of_its_own_is_no_blank() -> None:
    got = _facts("Revenue was $5.0 million at the end of 2024. The end of during the year.")
    assert [b for *_, b in got] == [False]


def test_and_glued_to_the_second_years_phrase_is_a_blank_of_that_year() -> None:
    got = _facts("Adjusted EBITDA was R$14.9 million in 2024 andin 2023.")
    assert got == [("14.9", "P12M/2024-12-31", "BRL", 6, False),
                   (None, "P12M/2023-12-31", "BRL", 6, True)]
    got = _facts("Severance of Ps.11 million andin 2024 and 2023, respectively, was paid.")
    assert [p for _, p, *_ in got] == ["P12M/2024-12-31", "P12M/2023-12-31"]


def test_two_function_words_glued_where_the_amount_was_are_a_blank() -> None:
    got = _facts("In December 2024, the regulator approved bill credits ofto residential "
                 "customers.")
    assert got == [(None, "P1M/2024-12-31", None, 0, True)]
    # "within" is a word, not "with" and "in" glued
    assert _facts("In December 2024, the Company held cash within its subsidiaries.") == []
