"""Per-unit amounts under a caption's "(in millions)": the price or fair value of one share
award ("Weighted Average Grant-Date Fair Value", "Weighted-Average Exercise Price") and a par
value in a row label ("Preferred stock, $0.001 par value; 5 shares authorized") are amounts per
share, in units; totals beside them ("Aggregate Intrinsic Value") keep the caption's scale."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.scalenote import is_award_price, per_share_after


def _scales(text: str) -> dict[str, tuple[str | None, int]]:
    part = tables.extract_tables(read_document(text, "t"))
    return {f.amount or "": (f.unit, f.scale) for f in part.facts}


UNITS = """The following table summarizes our restricted stock unit activity (in millions):
Number of Units
Weighted Average Grant-Date Fair Value
Outstanding as of January 1, 2024
279.9
$
134
Units granted
262.8
142
"""

OPTIONS = """Stock option activity was as follows (in millions):
Shares
Weighted-Average Exercise Price
Aggregate Intrinsic Value
Outstanding at end of year
12.5
$
45.10
$
310
"""

EQUITY = """CONSOLIDATED BALANCE SHEETS
(In millions)
December 31,
2024
2023
Preferred stock, $0.001 par value; 5 shares authorized and none issued
—
—
Total liabilities
$
5,000
$
4,000
"""


def test_the_fair_value_of_one_award_is_in_units_under_a_millions_caption() -> None:
    assert _scales(UNITS) == {"279.9": ("share", 6), "134": ("USD", 0),
                              "262.8": ("share", 6), "142": ("USD", 0)}


def test_an_exercise_price_is_in_units_but_the_aggregate_value_beside_it_is_not() -> None:
    assert _scales(OPTIONS) == {"12.5": ("share", 6), "45.10": ("USD", 0), "310": ("USD", 6)}


def test_a_par_value_in_a_row_label_is_in_units() -> None:
    found = _scales(EQUITY)
    assert found["0.001"] == ("USD", 0)
    assert found["5000"] == ("USD", 6)


@pytest.mark.parametrize("label", [
    "Granted / Weighted Average Grant-Date Fair Value",
    "Outstanding / Weighted-Average Exercise Price",
    "Weighted-average grant-date fair value of options granted",
    "Grant Date Fair Value Per Option",
    "Vested / Weighted-Average Grant-Date Fair Value Per RSU",
])
def test_award_prices_are_told_by_their_headings(label: str) -> None:
    assert is_award_price(label)


@pytest.mark.parametrize("label", [
    "Outstanding / Aggregate Intrinsic Value",
    "Grant-date fair value of options that vested",
    "Total fair value of RSUs vested",
    "Weighted-average remaining contractual term",
])
def test_totals_and_terms_of_awards_are_no_award_price(label: str) -> None:
    assert not is_award_price(label)


def test_a_par_value_is_told_by_the_words_after_the_amount() -> None:
    text = "Common stock, $0.01 par value; $25 million of notes"
    assert per_share_after(text, text.index(" par"))
    assert not per_share_after(text, text.index(" million"))
