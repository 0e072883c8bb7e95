"""Amounts a sentence says are located in a named country or region are about that area, as
an area row or column of a table is; "outside" an area, a tax class or a party's seat names
none. Texts made up."""

from __future__ import annotations

import extractor


def _entities(body: str) -> list[str | None]:
    return [f.entity for f in extractor.extract("Note\n" + body).facts]


def test_revenue_from_customers_located_in_a_country_is_about_it() -> None:
    body = ("Revenue from customers located in Germany represented 61.2% and 58.9% of total "
            "revenue for the years ended December 31, 2023 and 2024, respectively.")
    assert _entities(body) == ["Germany", "Germany"]


def test_assets_located_in_a_region_are_about_it() -> None:
    body = ("Long-lived assets located in North America were $4.2 million as of December 31, "
            "2024.")
    assert _entities(body) == ["North America"]


def test_assets_located_outside_a_country_are_about_no_area() -> None:
    body = ("Long-lived assets located outside Germany were $1.7 million as of December 31, "
            "2024.")
    assert _entities(body) == [None]


def test_a_party_located_in_a_country_does_not_make_it_the_entity() -> None:
    body = ("The Company's subsidiary located in Germany has a loan facility of EUR 5.0 "
            "million.")
    assert _entities(body) == [None]


def test_a_home_the_note_writes_of_as_no_party_stays_none() -> None:
    body = "Property and equipment located in Hong Kong amounted to HK$2,000,000."
    assert _entities(body) == [None]
