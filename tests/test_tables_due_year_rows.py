"""A maturity schedule headed by its one date over category headings ("December 31, 2023 |
Operating Leases | Finance Leases | (In thousands)") whose first row is labelled by a later
year ("2024 | $ 36,916 | $ 62,306"): the year is the row's due year, its label, not a second
date column (which dated the Finance Leases column 2024-12-31). Every text is made up."""

from __future__ import annotations

import extractor

HEAD = ("Leases\nMaturities of lease liabilities were as follows:\n|December 31, 2023\n"
        "|Operating Leases\n|Finance Leases\n|(In thousands)\n")
ROWS = ("|$\n|36,916\n|$\n|62,306\n|2025\n|19,869\n|25,259\n|Thereafter\n|20,488\n|12,913\n"
        "|Total\n|$\n|77,273\n|$\n|100,478\n")


def test_the_first_due_year_labels_the_first_row_and_every_column_is_the_date() -> None:
    facts = extractor.extract(HEAD + "|2024\n" + ROWS).facts
    assert {f.period for f in facts} == {"2023-12-31"}
    assert [(f.label, f.amount, f.scale) for f in facts[:2]] == [
        ("Maturities of lease liabilities / 2024 / Operating Leases", "36916", 3),
        ("Maturities of lease liabilities / 2024 / Finance Leases", "62306", 3)]
    assert len(facts) == 8


def test_a_year_that_is_the_dates_own_is_no_due_year_label() -> None:
    facts = extractor.extract(HEAD + "|2023\n" + ROWS).facts
    assert {f.period for f in facts} == {"2023-12-31"}
    assert not facts[0].label.startswith("2023")
