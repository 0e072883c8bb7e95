"""A mark left of a dropped amount, before the words that follow it. A bare "$" reads as every
other mark does: after a word that introduces an amount, "$ to", "$ in" and "$ which" are the
slot ("a total of $ to the related party", as "a total of US$ to the related party" already
was); a "$" that names the currency ("($ in millions)", "translated into $ in the
statements") stays no slot. Any mark before "at" or "on" and a date is the slot ("was RMB at
December 31, 2023"); before "at the exchange rate" it names the currency. Every text is made
up for the test.
"""

from __future__ import annotations

import pytest

import extractor
from extractor.facts import Fact


def facts_of(body: str) -> list[Fact]:
    text = "Note\n" + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("The Company paid a total of $ to the related party during the year ended December 31, "
         "2023.", "P12M/2023-12-31"),
        ("The Company received gross proceeds of $ in April 2023 from the offering.",
         "P1M/2023-04-30"),
        ("The Company had net operating loss carryforwards of approximately $ which begin to "
         "expire in 2030.", None),
    ],
)
def test_a_bare_dollar_before_a_preposition_after_an_amount_word_is_a_blank(
        body: str, period: str | None) -> None:
    blanks = [f for f in facts_of(body) if f.blank]
    assert [(f.unit, f.period) for f in blanks] == [("USD", period)]
    text = "Note\n" + body
    assert text[: blanks[0].span[0]].endswith("$")


@pytest.mark.parametrize(
    "body",
    [
        "The table below shows revenue by segment ($ in millions) for the years presented.",
        "The balances in RMB were translated into $ in the consolidated financial statements.",
        "The functional currency of the subsidiary changed to $ in the first quarter of 2023.",
    ],
)
def test_a_dollar_that_names_the_currency_is_no_blank(body: str) -> None:
    assert not any(f.blank for f in facts_of(body))


@pytest.mark.parametrize(
    ("body", "unit", "period"),
    [
        ("The balance due to the director was RMB at December 31, 2023.", "CNY", "2023-12-31"),
        ("The Company made a payment of US$ on March 3, 2023 to the lender.", "USD", "2023-03-03"),
        ("The amount due to the director was $ at December 31, 2023.", "USD", "2023-12-31"),
        ("The Company held deposits of HK$ at the end of 2023 with the bank.", "HKD", None),
    ],
)
def test_a_mark_before_at_or_on_and_a_date_is_a_blank(body: str, unit: str,
                                                      period: str | None) -> None:
    blanks = [f for f in facts_of(body) if f.blank]
    assert [f.unit for f in blanks] == [unit]
    if period is not None:
        assert blanks[0].period == period


@pytest.mark.parametrize(
    "body",
    [
        "The amounts were converted from RMB at the exchange rate of 7.1 on December 31, 2023.",
        "The subsidiary keeps its books in RMB at all times and reports in US$ on request.",
    ],
)
def test_a_mark_before_at_that_is_no_date_is_no_blank(body: str) -> None:
    assert not any(f.blank for f in facts_of(body))
