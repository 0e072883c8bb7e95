"""A table is dated by the sentence right before it, even when the viewer printed that
sentence in one cell with the sentence before it: "... for the years ended December 31, 2024
and 2023, respectively. Maturities of lease liabilities as of December 31, 2024 were as
follows:" dates the maturity table at December 31, 2024, not by the two years."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_PAGE = note_page("Note 9 - Leases", "12 Months Ended", "Dec. 31, 2024")
_TABLE = ("|\n|\n|Operating\nleases\n|\n|\n|Finance\nleases\n|\n|2025\n|\n|$\n|112,400\n|\n|\n"
          "|$\n|14,880\n|\n|Total lease payments\n|\n|\n|198,650\n|\n|\n|\n|29,760\n")


def _periods(intro: str) -> list[tuple[str | None, str | None]]:
    facts = extract(_PAGE + intro + "\n" + _TABLE).facts
    return [(f.amount, f.period) for f in facts if f.amount in ("112400", "14880")]


def test_the_last_sentence_of_the_cell_before_a_table_dates_it() -> None:
    intro = ("Operating lease cost was $128,950 and $121,300 for the years ended December 31, "
             "2024 and 2023, respectively. Maturities of lease liabilities as of December 31, "
             "2024 were as follows:")
    assert _periods(intro) == [("112400", "2024-12-31"), ("14880", "2024-12-31")]


def test_an_abbreviation_does_not_end_the_sentence_that_lists_the_periods() -> None:
    intro = ("Lease costs for the years ended December 31, 2024 and 2023 (in U.S. Dollars) "
             "were as follows:")
    assert _periods(intro) == [("112400", "P12M/2024-12-31"), ("14880", "P12M/2023-12-31")]
