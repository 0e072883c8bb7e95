"""Blank slots a dropped amount leaves where its currency mark (and scale word) stays, in shapes
the synthetic drop check (`benchmarks/blank_drops.py`) found the engine missing.

Every text here is written for the test, in the style of the SEC viewer's rendering.
"""

from __future__ import annotations

import extractor


def blanks_of(text: str) -> list[tuple[str, str | None, int]]:
    """Each blank as (the text before its slot, unit, scale)."""
    facts = extractor.extract(text).facts
    return [(text[max(0, f.span[0] - 12) : f.span[0]], f.unit, f.scale)
            for f in facts if f.blank and f.span is not None]


def test_mark_and_scale_word_with_no_number_before_any_word_is_a_blank() -> None:
    assert blanks_of("In 2014, we recorded amortization expense of $ million relating to "
                     "changes in the estimate.") == [("expense of $", "USD", 6)]
    assert blanks_of("As of December 31, 2016, RMB million impairment loss was "
                     "recognized.") == [("1, 2016, RMB", "CNY", 6)]
    assert blanks_of("Tax loss carryforwards in the amount of € thousand will expire in "
                     "2037.") == [(" amount of €", "EUR", 3)]


def test_mark_and_scale_word_naming_the_unit_is_no_blank() -> None:
    assert blanks_of("Amounts are presented in RMB million unless stated otherwise.") == []
    assert blanks_of("(in US$ thousands except per share data)") == []
    assert blanks_of("(RMB million except per share data)") == []
    assert blanks_of("Unit: RMB million unless stated otherwise") == []


def test_lone_dollar_after_a_lead_word_and_before_a_preposition_is_a_blank() -> None:
    assert blanks_of("During June 2017, the Company borrowed $ under the terms of the "
                     "notes.") == [("y borrowed $", "USD", 0)]
    assert blanks_of("The Company will recognize the remaining expense of $ over a five-year "
                     "period.") == [("expense of $", "USD", 0)]


def test_lone_dollar_naming_the_currency_is_no_blank() -> None:
    assert blanks_of("The Company reports its results in $ under the laws of Delaware.") == []
    assert blanks_of("Balances held in $ on deposit are translated at the closing rate.") == []

