"""A lone "$" that opens a clause or follows a list's amount before a preposition, and a verb
followed by "and $", are dropped amounts; "a year earlier" is the date before it a year back;
a schedule by year joined by semicolons is one sentence under its balance date; a clause's own
trailing date dates the lone amount that opens it."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_PAGE = note_page("Note 6 - Borrowings", "12 Months Ended", "Dec. 31, 2025")


def _facts(body: str) -> list[tuple[str | None, str | None, bool]]:
    return [(f.amount, f.period, f.blank) for f in extract(_PAGE + body + "\n").facts]


def test_a_mark_opening_a_clause_before_a_preposition_is_a_blank() -> None:
    got = _facts("Of the favorable development, $ related to accident years 2021 and prior.")
    assert [b for *_, b in got] == [True]


def test_a_mark_after_a_lists_amount_and_and_is_a_blank() -> None:
    got = _facts("The buyer assumed obligations of $2.5 million and $ of accrued liabilities.")
    assert [(a, b) for a, _, b in got] == [("2.5", False), (None, True)]


def test_a_verb_then_and_then_a_mark_leaves_two_slots_on_two_dates() -> None:
    got = _facts("As of March 31, 2025 and December 31, 2024, the Company had and $ of "
                 "borrowings outstanding under the loans.")
    assert got == [(None, "2025-03-31", True), (None, "2024-12-31", True)]


def test_a_mark_naming_the_tables_unit_and_a_verb_before_and_are_no_blanks() -> None:
    assert _facts("The amounts below are presented (shares in thousands, $ in millions) by "
                  "segment.") == []
    assert [b for *_, b in _facts("The Company had and continues to have $5.0 million of "
                                  "loans.")] == [False]


def test_a_year_earlier_is_the_date_before_it_a_year_back() -> None:
    got = _facts("Deposits of related parties amounted to $9.7 million at December 31, 2025 "
                 "and $8.8 million a year earlier.")
    assert got == [("9.7", "2025-12-31", False), ("8.8", "2024-12-31", False)]
    got = _facts("Revenue for the year ended December 31, 2025 was $9.7 million, compared to "
                 "$8.1 million a year ago.")
    assert [p for _, p, _ in got] == ["P12M/2025-12-31", "P12M/2024-12-31"]


def test_a_schedule_by_year_joined_by_semicolons_keeps_its_balance_date() -> None:
    got = _facts("Scheduled maturities of time deposits at December 31, 2025 were as follows: "
                 "2026, $611.8 million; 2027, $88.0 million; and 2028 and thereafter, $22.1 "
                 "million.")
    assert got == [("611.8", "2025-12-31", False), ("88.0", "2025-12-31", False),
                   ("22.1", "2025-12-31", False)]


def test_a_clause_opening_with_a_lone_amount_takes_its_own_trailing_date() -> None:
    got = _facts("As of March 31, 2025, $250,000 was outstanding under the note, and $ was "
                 "outstanding as of December 31, 2024.")
    assert got == [("250000", "2025-03-31", False), (None, "2024-12-31", True)]


def test_a_clause_whose_only_later_year_is_not_its_date_keeps_the_opening() -> None:
    got = _facts("As of March 31, 2025, $250,000 was outstanding under the note, and $100,000 "
                 "was repaid in 2027.")
    assert [p for _, p, _ in got] == ["2025-03-31", "2025-03-31"]


def test_a_second_count_in_thousands_with_its_number_gone_is_a_blank() -> None:
    got = _facts("Options covering 1,104 thousand and thousand shares as of December 31, 2025 "
                 "and 2024, respectively, were excluded.")
    assert [(a, p, b) for a, p, b in got] == [("1104", "2025-12-31", False),
                                              (None, "2024-12-31", True)]


def test_the_previous_year_end_is_the_balance_date_before_it_a_year_back() -> None:
    got = _facts("The fleet was carried at $120.5 million at December 31, 2025, compared to "
                 "$98.0 million at the previous year end.")
    assert [p for _, p, _ in got] == ["2025-12-31", "2024-12-31"]
