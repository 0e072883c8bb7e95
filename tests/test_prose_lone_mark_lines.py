"""A currency mark alone on its line (or in its cell) with the number on the next is that
number's mark, not a blank slot: the viewer puts "$" and "626.68" in cells of their own. A mark
alone before words is still the slot of a dropped amount. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact


def facts_of(text: str) -> list[Fact]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


def test_a_mark_line_before_a_number_line_is_the_numbers_mark() -> None:
    text = ("Note\nShares repurchased under the program\nProgram entered into in fiscal 2023\n"
            "0.6\n$\n626.68\nProgram entered into in March 2024\n5.2\n$\n475.94\n")
    facts = facts_of(text)
    assert not any(f.blank for f in facts)
    assert [(f.amount, f.unit) for f in facts if f.amount in ("626.68", "475.94")] == [
        ("626.68", "USD"), ("475.94", "USD")]


def test_a_mark_cell_before_a_number_cell_leaves_no_blank() -> None:
    text = ("Note\n|Segment information for the year is as follows:\n|\n|\n|A$\n|1,126,407\n|\n"
            "|A$\n|364,331\n|\n")
    facts = facts_of(text)
    assert not any(f.blank for f in facts)
    assert sorted(f.amount for f in facts if f.amount) == ["1126407", "364331"]


def test_a_mark_line_before_words_is_still_a_slot() -> None:
    text = ("Note\nThe balance due to the director was\nUS$\nas of December 31, 2023, and it "
            "bears no interest.\n")
    assert [(f.blank, f.unit) for f in facts_of(text)] == [(True, "USD")]
