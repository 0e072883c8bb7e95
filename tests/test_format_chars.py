"""Invisible format characters (zero-width space, joiners, word joiner, bidi marks) inside
numbers are read through: one amount, whose span covers the original characters; every span
and quote stays true to the text as given."""

from __future__ import annotations

import pytest

import extractor
from extractor.textmap import strip_format

FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\u200f", "\u202a",
                "\u202c", "\u202e", "\u2066", "\u2069", "\u00ad", "\ufeff"]
TAIL = " for the year ended December 31, 2021."


@pytest.mark.parametrize("mark", FORMAT_CHARS, ids=[f"U+{ord(c):04X}" for c in FORMAT_CHARS])
def test_a_format_character_inside_a_number_leaves_one_amount(mark: str) -> None:
    text = f"Revenue was $1{mark}234{mark}567{TAIL}"
    (f,) = extractor.extract(text).facts
    assert (f.amount, f.unit, f.period) == ("1234567", "USD", "P12M/2021-12-31")
    assert f.span == (13, 13 + len(f"1{mark}234{mark}567"))
    assert text[f.span[0] : f.span[1]] == f"1{mark}234{mark}567"
    assert f.quote in text and f.quote.startswith("Revenue was $1")


def test_spans_after_format_characters_stay_true_to_the_original_text() -> None:
    text = ("\u200f\u200fCost of revenue was US$2\u200b500 and revenue was US$9,100 "
            "for the year ended December 31, 2022.")
    facts = extractor.extract(text).facts
    assert [f.amount for f in facts] == ["2500", "9100"]
    for f in facts:
        assert f.quote in text
    assert text[facts[1].span[0] : facts[1].span[1]] == "9,100"


def test_a_zero_width_space_inside_a_scale_word_or_date_is_read_through() -> None:
    text = "Revenue was $5 mil\u200blion for the year ended Decem\u200bber 31, 2021."
    (f,) = extractor.extract(text).facts
    assert (f.amount, f.scale, f.period) == ("5", 6, "P12M/2021-12-31")


def test_a_blank_slot_maps_back_to_an_empty_span() -> None:
    plain = ("Revenues of , RMB34 and RMB6 were recorded for the years ended "
             "December 31, 2021, 2022 and 2023, respectively.")
    text = "\u200b" + plain
    expected = [f.span[0] + 1 for f in extractor.extract(plain).facts if f.blank]
    facts = extractor.extract(text).facts
    blank = [f for f in facts if f.blank]
    assert blank and all(f.span[0] == f.span[1] for f in blank)
    assert [f.span[0] for f in blank] == expected
    assert [f.amount for f in facts if not f.blank] == ["34", "6"]


def test_text_without_format_characters_is_read_as_is() -> None:
    assert strip_format("Revenue was $1,234.") is None


def test_the_plain_text_maps_each_character_back() -> None:
    text = "a\u200b1\u200c\u200d2b"
    plain = strip_format(text)
    assert plain is not None and plain.text == "a12b"
    assert [plain.at(i) for i in range(4)] == [0, 2, 5, 6]
    assert plain.span(1, 3) == (2, 6)
