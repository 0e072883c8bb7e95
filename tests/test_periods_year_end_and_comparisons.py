"""A year's end named in words ("at year-end 2024", "at the end of fiscal 2023") is an instant;
"a year earlier" after a bare year's phrase is the year before; a comparison's amount is the
measure of the sentence ("compared with £3.0 million" is provisions, never "Compared"), and a
comparison with no amount before a bare year ("compared with for 2023") is a blank. Every
sentence is made up."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_YEAR = note_page("Note 9 - Provisions", "12 Months Ended", "Dec. 31, 2024")
_JUNE = note_page("Note 9 - Cash", "12 Months Ended", "Jun. 30, 2025")


def _facts(body: str, page: str = _YEAR) -> list[tuple[str | None, str | None, bool, str]]:
    return [(f.amount, f.period, f.blank, f.label) for f in extract(page + body + "\n").facts]


def test_a_year_end_named_in_words_is_an_instant_on_the_pages_calendar() -> None:
    got = _facts("Loans were $4.0 million at year-end 2024 and $3.1 million at year-end 2023.")
    assert [(a, p) for a, p, *_ in got] == [("4.0", "2024-12-31"), ("3.1", "2023-12-31")]
    got = _facts("At the end of fiscal 2024, the Company had $2.0 million of cash.", _JUNE)
    assert got == [("2.0", "2024-06-30", False, "Cash")]
    # its comparative is the year before's end, an instant too
    got = _facts("Loans were $4.0 million at the end of 2024 (2023: $ million).")
    assert [(p, b) for _, p, b, _ in got] == [("2024-12-31", False), ("2023-12-31", True)]


def test_a_year_earlier_after_a_bare_years_phrase_is_the_year_before() -> None:
    got = _facts("Segment profit was US$12.0 million for 2024, against US$9.5 million a year "
                 "earlier.")
    assert [(a, p) for a, p, *_ in got] == [("12.0", "P12M/2024-12-31"),
                                           ("9.5", "P12M/2023-12-31")]


def test_a_comparison_with_no_amount_before_a_bare_year_is_a_blank_of_that_year() -> None:
    got = _facts("Provisions were £4.6 million for 2024, compared with for 2023.")
    assert got == [("4.6", "P12M/2024-12-31", False, "Provisions"),
                   (None, "P12M/2023-12-31", True, "Provisions")]
    # a comparison whose amount is there is no blank
    assert [b for _, _, b, _ in _facts("Provisions were £4.6 million for 2024, compared with "
                                       "£3.0 million for 2023.")] == [False, False]


def test_a_compared_amount_takes_the_measure_not_the_comparisons_words() -> None:
    got = _facts("Provisions were £4.6 million in 2024, compared with £3.0 million for 2023.")
    assert [lab for *_, lab in got] == ["Provisions", "Provisions"]
    got = _facts("The Company had borrowings of $41.0 million in 2024, compared to borrowings "
                 "of $33.5 million in 2023.")
    assert [lab for *_, lab in got] == ["Borrowings", "Borrowings"]
