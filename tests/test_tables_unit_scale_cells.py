"""A header cell that states both the currency and the scale ("(EUR thousand)", "(RMB'000)",
"In € thousands", "(US$ million)") gives the table's cells that unit and scale."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.unitscale import currency_scale_cell


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(EUR thousand)", ("EUR", 3)),
        ("(RMB'000)", ("CNY", 3)),
        ("(HK$’000)", ("HKD", 3)),
        ("In € thousands", ("EUR", 3)),
        ("in EUR thousands", ("EUR", 3)),
        ("(US$ million)", ("USD", 6)),
        ("(£ in millions)", ("GBP", 6)),
    ],
)
def test_a_cell_naming_currency_and_scale_is_read(text: str, want: tuple[str, int]) -> None:
    assert currency_scale_cell(text) == want


@pytest.mark.parametrize("text", ["EUR 5 thousand", "(EUR)", "thousand", "RMB'000",
                                  "(EUR thousand) of loans"])
def test_an_amount_a_bare_mark_or_a_longer_text_is_not_such_a_cell(text: str) -> None:
    assert currency_scale_cell(text) is None


def _table(scale_line: str) -> str:
    lines = ["|Borrowings", "|", "|December 31,", "|", "|December 31,", "|",
             "|2024", "|", "|2023", "|", f"|{scale_line}", "|"]
    for label, a, b in [("Bank loans", "56,812", "51,592"), ("Lease liabilities", "5,092",
                                                              "5,841")]:
        lines += [f"|{label}", "|", f"|{a}", "|", f"|{b}", "|"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("line", ["(EUR thousand)", "In € thousands", "(in thousands of euros)"])
def test_the_cell_under_the_dates_gives_every_value_its_unit_and_scale(line: str) -> None:
    part = tables.extract_tables(read_document(_table(line), "t"))
    got = [(f.label, f.amount, f.unit, f.scale, f.period) for f in part.facts]
    assert got == [
        ("Bank loans", "56812", "EUR", 3, "2024-12-31"),
        ("Bank loans", "51592", "EUR", 3, "2023-12-31"),
        ("Lease liabilities", "5092", "EUR", 3, "2024-12-31"),
        ("Lease liabilities", "5841", "EUR", 3, "2023-12-31"),
    ]
