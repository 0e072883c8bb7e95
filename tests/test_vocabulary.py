"""The domain vocabulary lives once: every reader takes its marks and words from it."""

import re

from extractor.amounts import currency_code, find_amounts
from extractor.vocabulary import (
    CURRENCY,
    CURRENCY_SYMBOL,
    SCALE,
    SCALE_WORDS,
    alternation,
)


def test_alternation_tries_the_longer_mark_first() -> None:
    pattern = re.compile(alternation(["$", "US$", "RM", "RMB"]))
    assert [m.group() for m in pattern.finditer("US$5 and RMB6")] == ["US$", "RMB"]


def test_every_scale_word_the_pattern_matches_has_a_power() -> None:
    for word in ("thousand", "thousands", "million", "millions", "billions", "trillions"):
        assert re.fullmatch(SCALE, word)
        assert word in SCALE_WORDS


def test_a_plural_trillion_is_read_not_a_crash() -> None:
    (a,) = find_amounts("a market of US$2 trillions")
    assert (a.value, a.unit, a.scale) == ("2", "USD", 12)


def test_table_marks_leave_out_spelled_words_that_prose_reads() -> None:
    assert re.fullmatch(CURRENCY, "Renminbi")
    assert not re.fullmatch(CURRENCY_SYMBOL, "Renminbi")
    assert re.fullmatch(CURRENCY_SYMBOL, "NT$")


def test_every_mark_has_a_code() -> None:
    for mark in re.findall(r"[^|()?:\\]+", CURRENCY_SYMBOL.replace("\\", "")):
        assert currency_code(mark) is not None, mark
