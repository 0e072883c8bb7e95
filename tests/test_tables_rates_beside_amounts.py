"""A rate printed after each amount of a row ("$ 17,645 | 21.0 % | $ 7,102 | 21.0 %" under
"Jan 26, 2025 | Jan 28, 2024", a tax rate reconciliation): each rate belongs to the amount before
it and takes that amount's column, instead of pushing the amounts into the next columns."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

HEAD = "Year Ended\nJan 26, 2025\nJan 28, 2024\nJan 29, 2023\n(In millions, except percentages)\n"


def _facts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    part = tables.extract_tables(read_document(text, "t"))
    return sorted((f.amount, f.period, f.unit) for f in part.facts)


def test_each_rate_after_an_amount_takes_that_amounts_column() -> None:
    text = HEAD + ("Tax at the statutory rate\n$\n17,645\n21.0\n%\n$\n7,102\n21.0\n%\n$\n878\n"
                   "19.0\n%\nState income taxes\n554\n0.7\n%\n120\n0.4\n%\n50\n1.2\n%\n")
    assert _facts(text) == sorted([
        ("17645", "P12M/2025-01-26", "USD"), ("21.0", "P12M/2025-01-26", "percent"),
        ("7102", "P12M/2024-01-28", "USD"), ("21.0", "P12M/2024-01-28", "percent"),
        ("878", "P12M/2023-01-29", "USD"), ("19.0", "P12M/2023-01-29", "percent"),
        ("554", "P12M/2025-01-26", "USD"), ("0.7", "P12M/2025-01-26", "percent"),
        ("120", "P12M/2024-01-28", "USD"), ("0.4", "P12M/2024-01-28", "percent"),
        ("50", "P12M/2023-01-29", "USD"), ("1.2", "P12M/2023-01-29", "percent"),
    ])


def test_a_rate_that_does_not_alternate_with_the_amounts_is_not_moved() -> None:
    # "Term | Rate | 2025 | 2024": the term and the rate come first, then one amount per date;
    # the amounts keep one date each (the term and rate columns are another matter)
    text = ("Debt\nTerm (years)\nInterest Rate\nJan 26, 2025\nJan 28, 2024\n(In millions)\n"
            "Notes due 2026\n1.6\n3.31%\n1,000\n1,000\n")
    amounts = [(a, p) for a, p, _ in _facts(text) if a == "1000"]
    assert amounts == [("1000", "2024-01-28"), ("1000", "2025-01-26")]
