"""A Details page with a convenience translation ("Dec. 31, 2024 USD ($)" beside "Dec. 31, 2024
CNY (¥)"): a short row whose first two values are one amount at the rate the full rows
translate at stands in those two columns, not shifted onto the earlier years. Made-up page."""

from __future__ import annotations

from extractor.api import extract
from extractor.tables.translations import translated_pairs

PAGE = """|
Taxes (Details Narrative)
¥ in Thousands, $ in Thousands
|12 Months Ended
|
Dec. 31, 2024
USD ($)
|
Dec. 31, 2024
CNY (¥)
|
Dec. 31, 2023
CNY (¥)
|
Dec. 31, 2022
CNY (¥)
|Income Taxes [Line Items]
|Income tax expense
|$ 2,000
|¥ 14,000
|¥ 12,500
|¥ 11,100
|Valuation allowance
|4,100
|28,700
|25,300
"""


def test_a_short_rows_pair_at_the_pages_rate_takes_the_translations_columns() -> None:
    got = [(f.amount, f.period, f.unit) for f in extract(PAGE).facts
           if f.label == "Valuation allowance"]
    assert got[:2] == [("4100", "P12M/2024-12-31", "USD"), ("28700", "P12M/2024-12-31", "CNY")]


def test_values_off_the_rate_are_no_translated_pair() -> None:
    from extractor.tables.values import Value

    def v(amount: str) -> Value:
        return Value(cell=None, start=0, end=0, amount=amount)  # type: ignore[arg-type]

    rates = {(0, 1): 7.0}
    assert translated_pairs(rates, [v("4100"), v("28700")], (0, 1)) == 1
    assert translated_pairs(rates, [v("4100"), v("25300")], (0, 1)) == 0
    assert translated_pairs(rates, [v("4100"), v("28700")], (1, 2)) == 0
