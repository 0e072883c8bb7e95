"""A "(91)" cell right after a currency mark's cell is that mark's negative number, not a
footnote mark: a footnote mark never follows "$" in its own cell. After a label or a value,
"(1)" is still a footnote mark. Every table is made up for the test."""

from __future__ import annotations

import extractor
from extractor.facts import Fact

HEAD = ("Note\nGains recognized in earnings were as follows:\nYears ended June 30\n2025\n2024\n"
        "Interest rate contracts\n$\n124\n$\n120\n")


def facts_of(text: str) -> list[Fact]:
    return extractor.extract(text).facts


def test_a_mark_then_a_small_number_in_parentheses_is_a_negative_value() -> None:
    text = HEAD + "Foreign currency contracts\n$\n66\n$\n(91)\nThe gains are offset in full.\n"
    got = [(f.amount, f.blank, f.period) for f in facts_of(text)
           if f.label.startswith("Foreign")]
    assert got == [("66", False, "P12M/2025-06-30"), ("-91", False, "P12M/2024-06-30")]


def test_a_number_in_parentheses_after_a_label_is_still_a_footnote_mark() -> None:
    text = HEAD + "Foreign currency contracts\n(1)\n$\n66\n$\n70\n(1) Not designated as hedges.\n"
    got = [(f.amount, f.blank) for f in facts_of(text) if f.label.startswith("Foreign")]
    assert got == [("66", False), ("70", False)]
