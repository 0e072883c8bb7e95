"""Durations in tables that are not useful lives (lease, option, warrant terms) are no facts
(FACTS.md); useful lives and money in rows named for maturities stay. Every text is made up
for the test."""

from __future__ import annotations

import extractor


def _facts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.label, f.amount, f.unit) for f in extractor.extract(text).facts]


LEASES = ("Note\nSupplemental information as of December 31, 2024 and 2023:\n"
          "|\n|December 31, 2024\n|December 31, 2023\n"
          "|Operating lease liabilities\n|$ 1,200\n|$ 1,100\n"
          "|Weighted-average remaining lease term – operating leases\n|9.1 years\n|9.5 years\n"
          "|Weighted-average discount rate – operating leases\n|3.1 %\n|3.0 %\n")


def test_a_remaining_lease_term_row_gives_no_facts_and_its_neighbours_stay() -> None:
    got = _facts(LEASES)
    assert not any(unit == "year" for _, _, unit in got)
    assert ("Operating lease liabilities", "1200", "USD") in got
    assert any(amount == "3.1" and unit == "percent" for _, amount, unit in got)


def test_an_expected_life_in_years_is_no_fact() -> None:
    text = ("Note\nThe assumptions for the quarters ended March 31, 2016 and 2015 were:\n"
            "|\n|2016\n|2015\n|Risk-free interest rate\n|1.54%\n|1.20%\n"
            "|Expected life (years)\n|5.5\n|4.2\n")
    got = _facts(text)
    assert not any(amount in ("5.5", "4.2") for _, amount, _ in got)
    assert any(amount == "1.54" for _, amount, _ in got)


def test_useful_lives_stay_facts() -> None:
    text = ("Note\nProperty and equipment are depreciated over their estimated useful lives:\n"
            "|Buildings\n|20 years\n|Motor vehicles\n|5 years\n")
    got = _facts(text)
    assert [(a, u) for _, a, u in got] == [("20", "year"), ("5", "year")]


def test_money_in_a_maturities_row_stays() -> None:
    text = ("Note\nLong-term debt as of December 31, 2024 and 2023:\n"
            "|\n|December 31, 2024\n|December 31, 2023\n"
            "|Bank loans\n|$ 5,000\n|$ 4,000\n|Less: current maturities\n|(1,200)\n|(1,000)\n")
    got = _facts(text)
    assert ("Less: current maturities", "-1200", "USD") in got
