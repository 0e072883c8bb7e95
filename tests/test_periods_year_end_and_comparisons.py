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


_HALF = note_page("Note 4 - Segments", "6 Months Ended", "Jun. 28, 2025")
_NINE = note_page("Note 8 - Taxes", "9 Months Ended", "Jun. 28, 2025")


def test_the_comparable_prior_year_periods_are_each_period_before_a_year_back() -> None:
    got = _facts("Segment operating income was $12.1 million and $21.9 million for the three and "
                 "six months ended June 28, 2025, respectively, compared to $16.8 million and $ "
                 "million in the comparable prior-year periods.", _HALF)
    assert [(a, p, b) for a, p, b, _ in got] == [
        ("12.1", "P3M/2025-06-28", False), ("21.9", "P6M/2025-06-28", False),
        ("16.8", "P3M/2024-06-29", False), (None, "P6M/2024-06-29", True)]
    # the compared amounts are the sentence's measure, not the period's words
    assert {lab for *_, lab in got} == {"Segment operating income"}


def test_on_a_year_to_date_basis_after_an_amount_list_is_the_interim_pages_length() -> None:
    got = _facts("Net sales outside the United States were $21.6 million and $19.8 million for "
                 "the three months ended June 28, 2025 and June 29, 2024, respectively, and $63.9 "
                 "million and $ million on a year-to-date basis.", _NINE)
    assert [p for _, p, _, _ in got][2:] == ["P9M/2025-06-28", "P9M/2024-06-29"]
    # the method ("applies its rate on a year-to-date basis") dates nothing
    got = _facts("The Company applies its estimated annual effective tax rate on a year-to-date "
                 "basis; the rate was 23.1%.", _NINE)
    assert [p for _, p, _, _ in got] == [None]


def test_a_fiscal_year_on_a_nine_months_page_ends_on_the_calendar_the_page_gives() -> None:
    got = _facts("The estimated annual effective tax rate for fiscal 2025, before discrete items, "
                 "is 23.1%, compared to 22.4% for fiscal 2024.", _NINE)
    assert [(a, p) for a, p, *_ in got] == [("23.1", "P12M/2025-09-27"),
                                           ("22.4", "P12M/2024-09-28")]


def test_the_year_ago_period_is_the_sentences_period_a_year_back() -> None:
    page = note_page("Note 8 - Equity", "9 Months Ended", "Sep. 30, 2024")
    got = _facts("In the nine months ended September 30, 2024, the Company granted RSUs at "
                 "$23.41 per share, compared to $31.08 per share in the year-ago period.", page)
    assert [(a, p) for a, p, *_ in got] == [("23.41", "P9M/2024-09-30"),
                                           ("31.08", "P9M/2023-09-30")]


def test_a_future_years_contribution_takes_the_pages_year_as_a_due_date_would() -> None:
    # (the house rule since round 5: a future payment's year says when it falls, not a period
    # the note reports)
    got = _facts("The Group expects to contribute approximately ₩7,500 million during 2025.")
    assert [p for _, p, _, _ in got] == ["P12M/2024-12-31"]
    # a future year's expense keeps its year (tests/test_periods_then_ended_prior_asides.py)
    got = _facts("Amortization expense is expected to be approximately $16.5 million in 2025.")
    assert [p for _, p, _, _ in got] == ["P12M/2025-12-31"]


def test_during_the_quarter_on_an_interim_page_is_the_quarter_it_ends_with() -> None:
    page = note_page("Note 6 - Debt", "6 Months Ended", "Jun. 29, 2025")
    got = _facts("The Company borrowed $41.0 million and repaid $3.0 million under the Revolver "
                 "during the quarter.", page)
    assert [p for _, p, _, _ in got] == ["P3M/2025-06-29", "P3M/2025-06-29"]
    # a quarter the text dates keeps its own date
    got = _facts("Sales in the quarter ended March 29, 2025 were $5.0 million.", page)
    assert [p for _, p, _, _ in got] == ["P3M/2025-03-29"]
