"""Option activity laid out as year groups over "Shares | Ex. Price" sub-columns under
"(in thousands, except per share data)": the share counts take the statement's thousands and
the unit share, the exercise prices are per share (scale 0); a line of equal cells ("Wt. Avg."
once per year) between the years and the sub-headings prefixes the price heading of each group,
not the count's. Made-up tables, one cell per line as the viewer prints them."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.scalenote import is_award_price

ROWS = """Outstanding, beginning of year
363
$
10.27
405
$
10.22
Exercised
(101
)
$
10.95
(42
)
$
9.82
"""


def _facts(header: str) -> list[tuple[str | None, str | None, int, str | None, str]]:
    text = "Option activity was as follows:\n" + header + ROWS
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.amount, f.unit, f.scale, f.period, f.label) for f in part.facts]


PLAIN = "2020\n2019\n(in thousands, except per share data)\nShares\nEx. Price\nShares\nEx. Price\n"
PREFIXED = ("2020\n2019\nWt. Avg.\nWt. Avg.\n(in thousands, except per share data)\n"
            "Shares\nEx. Price\nShares\nEx. Price\n")


@pytest.mark.parametrize("header", [PLAIN, PREFIXED])
def test_share_counts_take_the_thousands_and_prices_stay_per_share(header: str) -> None:
    facts = {a: (u, s) for a, u, s, _, _ in _facts(header)}
    assert facts["363"] == ("share", 3)
    assert facts["-42"] == ("share", 3)
    assert facts["10.27"] == ("USD", 0)
    assert facts["9.82"] == ("USD", 0)


def test_a_prefix_line_once_per_year_joins_the_price_heading_of_each_group() -> None:
    facts = _facts(PREFIXED)
    labels = {a: label for a, _, _, _, label in facts}
    assert labels["10.27"].endswith("Wt. Avg. Ex. Price")
    assert labels["363"].endswith("/ Shares")
    periods = {a: p for a, _, _, p, _ in facts}
    assert periods["405"] == periods["10.22"] != periods["363"]  # the 2019 group's pair


def test_without_the_exception_a_price_column_still_is_per_share() -> None:
    header = "2020\n2019\n(in thousands)\nShares\nEx. Price\nShares\nEx. Price\n"
    facts = {a: (u, s) for a, u, s, _, _ in _facts(header)}
    assert facts["10.27"] == ("USD", 0)
    assert facts["363"] == ("share", 3)


def test_a_total_column_keeps_the_thousands() -> None:
    header = ("2020\n2019\n(in thousands, except per share data)\n"
              "Shares\nAggregate Exercise Price\nShares\nAggregate Exercise Price\n")
    facts = {a: (u, s) for a, u, s, _, _ in _facts(header)}
    assert facts["10.27"] == ("USD", 3)


@pytest.mark.parametrize("heading, per_share", [
    ("Ex. Price", True), ("Wt. Avg. Ex. Price", True), ("Wtd. Avg. Fair Value", True),
    ("Exercise Price", True), ("Aggregate exercise price", False), ("Total exercise price", False),
    ("Fair Value", False), ("Exercised", False), ("Purchase price", False),
])
def test_abbreviated_award_price_headings(heading: str, per_share: bool) -> None:
    assert is_award_price(heading) is per_share
