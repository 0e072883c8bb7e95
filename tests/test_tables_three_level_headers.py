"""Three header levels printed one cell per line: dates, then a level repeated under each date
("Actual | Well Capitalized", however long its words), then "Amount | Ratio" under each of
those. Each value takes its date, its two headings, and the "%" its column carries on the first
row only (a column headed "Ratio"). Made-up tables; negatives: a long line that is not repeated
still ends the headings, and "%" does not spread down a column whose heading names no rate."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _facts(middle: str, sub: str = "Ratio") -> dict[str, tuple[str | None, int, str | None, str]]:
    text = f"""The capital amounts and ratios are presented in the following table:
December 31, 2020
December 31, 2019
Actual
{middle}
Actual
{middle}
(Dollars in thousands)
Amount
{sub}
Amount
{sub}
Amount
{sub}
Amount
{sub}
Total Capital:
North Bank
$
525,202
12.0
%
$
436,884
10.5
%
$
461,643
12.1
%
$
386,358
10.2
%
South Bank
347,559
12.7
274,208
10.3
339,158
12.6
268,915
10.4
"""
    part = tables.extract_tables(read_document(text, "t"))
    return {f.amount or "": (f.unit, f.scale, f.period, f.label) for f in part.facts}


def test_each_value_takes_its_date_and_both_headings() -> None:
    facts = _facts("Well Capitalized")
    assert facts["525202"][1:3] == (3, "2020-12-31")
    assert facts["436884"][2] == "2020-12-31"
    assert facts["461643"][2] == "2019-12-31"
    assert facts["268915"][2] == "2019-12-31"
    assert facts["436884"][3].endswith("Well Capitalized / Amount")
    assert facts["12.6"][3].endswith("Actual / Ratio")


def test_a_ratio_column_marked_on_its_first_row_is_all_rates() -> None:
    facts = _facts("Well Capitalized")
    assert facts["12.7"][:2] == ("percent", 0)
    assert facts["10.4"][:2] == ("percent", 0)
    assert facts["347559"][:2] == ("USD", 3)


def test_a_long_heading_repeated_under_each_date_is_a_heading() -> None:
    facts = _facts("To Be Well Capitalized by Regulatory Definition")
    assert facts["436884"][2] == "2020-12-31"
    assert facts["461643"][2] == "2019-12-31"
    assert facts["10.4"][0] == "percent"


def test_percent_does_not_spread_under_a_heading_naming_no_rate() -> None:
    facts = _facts("Well Capitalized", sub="Measure")
    assert facts["12.0"][0] == "percent"  # its own mark
    assert facts["12.7"][0] != "percent"
