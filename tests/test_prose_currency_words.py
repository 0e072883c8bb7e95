"""A currency named in words after an amount's scale word is the amount's unit."""

from __future__ import annotations

import extractor


def test_amounts_in_million_yen_are_yen_and_keep_the_measure_as_label() -> None:
    text = (
        "Inventories recognized as expense were 5,100 million yen, 4,200 million yen and "
        "3,300 million yen for the years ended March 31, 2019, 2018 and 2017, respectively."
    )
    got = [(f.amount, f.unit, f.scale, f.period, f.label) for f in extractor.extract(text).facts]
    assert got == [
        ("5100", "JPY", 6, "P12M/2019-03-31", "Inventories recognized as expense"),
        ("4200", "JPY", 6, "P12M/2018-03-31", "Inventories recognized as expense"),
        ("3300", "JPY", 6, "P12M/2017-03-31", "Inventories recognized as expense"),
    ]


def test_a_count_of_things_after_its_number_stays_a_count() -> None:
    text = "In 2024 the Company submitted 12 bids, of which 5 won approval."
    units = {f.amount: f.unit for f in extractor.extract(text).facts}
    assert units.get("5") is None
