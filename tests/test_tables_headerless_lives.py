"""A headerless table of acquired intangibles with a worded heading per value ("Estimated
Fair Value | Weighted Average Useful Life (years)"): the value under the life heading is a
useful life in years, undated (FACTS.md), the other the money; a word standing in a life's
cell ("indefinite") is the row's cell, not a heading of the rows after it."""

from __future__ import annotations

import extractor


def intangibles(headings: list[str]) -> str:
    lines = ["|", "Acquired Intangible Assets", "|12 Months Ended", "Dec. 31, 2024", "|",
             *headings,
             "Patents", "$", "12,400", "6.5",
             "Trade names", "3,100", "indefinite",
             "Customer lists", "8,250", "9.0",
             "Total intangible assets", "$", "23,750"]
    return "\n".join(lines) + "\n"


LIFE = ["Estimated Fair Value", "Weighted Average Useful Life (years)"]


def test_a_value_under_a_useful_life_heading_is_an_undated_life_in_years() -> None:
    facts = extractor.extract(intangibles(LIFE)).facts
    got = [(f.label, f.period, f.amount, f.unit) for f in facts if f.amount in ("6.5", "9.0")]
    assert got == [("Patents / Weighted Average Useful Life", None, "6.5", "year"),
                   ("Customer lists / Weighted Average Useful Life", None, "9.0", "year")]
    money = [(f.unit, f.period) for f in facts if f.amount in ("12400", "8250")]
    assert money == [("USD", "P12M/2024-12-31"), ("USD", "P12M/2024-12-31")]


def test_an_indefinite_life_cell_heads_no_rows() -> None:
    facts = extractor.extract(intangibles(LIFE)).facts
    assert not any("indefinite" in f.label for f in facts)
    assert [f.label for f in facts if f.amount == "23750"] == ["Total intangible assets"]


def test_headings_naming_no_life_give_no_years() -> None:
    facts = extractor.extract(intangibles(["Estimated Fair Value", "Weighted Average Rate"]))
    assert not any(f.unit == "year" for f in facts.facts)
