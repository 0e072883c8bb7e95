"""The case folding behind the pre-checks: a word an IGNORECASE pattern matches is always a
substring of the folded text, the regex's odd case pairs included."""

import re

import pytest

from extractor.casefold import folded, has_any
from extractor.periods import find_periods


@pytest.mark.parametrize(
    "text, word",
    [
        ("For the Years ENDED December 31, 2023", "ended"),
        ("durıng 2023", "during"),  # dotless i: the regex takes it for "i"
        ("ſhares", "shares"),  # long s: the regex takes it for "s"
        ("İn March 2021", "in"),  # dotted capital I lower-cases to two characters
        ("\u212aelvin", "kelvin"),  # the Kelvin sign lower-cases to "k"
    ],
)
def test_a_word_the_regex_matches_without_case_is_in_the_folded_text(text, word):
    assert re.search(word, text, re.IGNORECASE)
    assert word in folded(text)


def test_has_any_finds_one_of_the_words_and_only_those():
    low = folded("Revenue for the Quarter")
    assert has_any(low, ("half", "quarter"))
    assert not has_any(low, ("half", "months"))


def test_period_phrases_read_in_odd_case_are_still_found():
    # the pre-checks must not skip what the case-insensitive patterns find
    upper = find_periods("FOR THE YEARS ENDED DECEMBER 31, 2022 AND 2023, RESPECTIVELY")
    lower = find_periods("for the years ended december 31, 2022 and 2023, respectively")
    assert [p.periods for p in upper] == [p.periods for p in lower] == [
        ("P12M/2022-12-31", "P12M/2023-12-31")
    ]
    assert upper[0].respectively
