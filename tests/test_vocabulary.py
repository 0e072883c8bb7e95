"""The domain vocabulary lives once: every reader takes its marks and words from it."""

import re

import pytest

from extractor import extract
from extractor.amounts import currency_code, find_amounts
from extractor.vocabulary import (
    CURRENCY,
    CURRENCY_SYMBOL,
    MARKS,
    SCALE,
    SCALE_WORDS,
    SPELLED_MARKS,
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
    for mark in MARKS:
        if mark not in SPELLED_MARKS:
            assert re.fullmatch(CURRENCY_SYMBOL, mark), mark
        assert currency_code(mark) is not None, mark


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("cash of NIS 1,200 thousand as of December 31, 2023", "ILS"),
        ("revenues of R$ 45.2 million in 2023", "BRL"),
        ("an exercise price of CDN$ 0.35 per share", "CAD"),
        ("a balance of SEK 2,300 million at December 31, 2023", "SEK"),
        ("MXN 12.5 million was paid in 2023", "MXN"),
        ("NZ$ 3.1 million was paid in 2023", "NZD"),
    ],
)
def test_marks_of_other_filers_read_as_their_currency(text: str, unit: str) -> None:
    # "R$" and "CDN$" hold a "$" but are not dollars; a code the engine did not know left its
    # amount out or turned the list around it into blanks.
    (fact,) = extract(text).facts
    assert (fact.unit, fact.blank) == (unit, False)


def test_a_list_in_an_unfamiliar_code_keeps_its_amounts_and_its_one_slot() -> None:
    text = "Revenues of NIS 2.1 million, NIS and NIS 3.3 million for 2021, 2022 and 2023."
    got = [(f.amount, f.unit, f.blank) for f in extract(text).facts]
    assert got == [("2.1", "ILS", False), (None, "ILS", True), ("3.3", "ILS", False)]


def test_a_letter_mark_inside_a_word_is_no_currency() -> None:
    # "RM" ends "FIRM" and "Rs." ends "TDRs.": neither is ringgit or rupees there.
    assert all(a.unit != "MYR" for a in find_amounts("The FIRM 100 program"))
    assert [a.unit for a in find_amounts("RM 5 in cash")] == ["MYR"]
    facts = extract("The Company had no TDRs. The loans were $5 million in 2023.").facts
    assert [(f.amount, f.unit, f.blank) for f in facts] == [("5", "USD", False)]
