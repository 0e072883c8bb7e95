"""More dropped-amount shapes: "$" after "compared to" or "by" before a preposition; "and"
right before a second year's phrase after an amount of the first ("A$1,204,880 in FY2025 and
in FY2024"); "(2024 period: )"; and one that is no slot: the unit a table is stated in,
"(in thousands of US$):". "FY2024" names the fiscal year."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_JUNE = note_page("Note 5 - Research Incentive", "12 Months Ended", "Jun. 30, 2025")
_HALF = note_page("Note 8 - Borrowings", "6 Months Ended", "Jun. 30, 2025")


def _facts(page: str, body: str) -> list[tuple[str | None, str | None, bool]]:
    return [(f.amount, f.period, f.blank) for f in extract(page + body + "\n").facts]


def test_a_mark_after_compared_to_or_by_before_a_preposition_is_a_blank() -> None:
    got = _facts(_JUNE, "Contributions exceeded costs by $ in fiscal 2025 and by $1.2 million "
                        "in fiscal 2024.")
    assert got == [(None, "P12M/2025-06-30", True), ("1.2", "P12M/2024-06-30", False)]
    got = _facts(_JUNE, "For the year ended June 30, 2025, fees were $5.1 million, compared "
                        "to $ in the prior year.")
    assert [(p, b) for _, p, b in got] == [("P12M/2025-06-30", False),
                                           ("P12M/2024-06-30", True)]


def test_and_before_the_second_years_phrase_after_an_amount_is_a_blank() -> None:
    got = _facts(_JUNE, "The refund received was A$1,204,880 in FY2025 and in FY2024.")
    assert got == [("1204880", "P12M/2025-06-30", False), (None, "P12M/2024-06-30", True)]


def test_an_empty_comparative_of_a_named_period_is_a_blank_of_that_year() -> None:
    got = _facts(_HALF, "For the six months ended June 30, 2025, the fair value declined by "
                        "$2.4 million (2024 period: ).")
    assert got == [("2.4", "P6M/2025-06-30", False), (None, "P6M/2024-06-30", True)]


def test_the_unit_a_table_is_stated_in_is_no_blank() -> None:
    assert _facts(_HALF, "Borrowings are detailed below (in thousands of US$):") == []
