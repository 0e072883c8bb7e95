"""Range-shaped tokens in prose ("3-5", "737-9", "2019 to 2036") are read, never crash."""

from __future__ import annotations

import pytest

import extractor

RANGE_SENTENCES = [
    "The range is 3-5.",
    "The range is 3\u20135.",
    "Values were 0to0 in total.",
    "The range is \U0001d7d1-\U0001d7d3.",
    "The company ordered the 737-9 aircraft.",
    "Payments are due in 2031 - 2035 under the lease.",
    "The options vest over 10-55 months.",
    "The licence runs from 2019 to 2036.",
]


@pytest.mark.parametrize("text", RANGE_SENTENCES)
def test_range_token_in_prose_does_not_fail_the_note(text: str) -> None:
    result = extractor.extract(text)
    assert result.error is None
    for f in result.facts:
        assert f.span is not None and f.quote in text


def test_descending_pair_is_not_a_range() -> None:
    facts = extractor.extract("Revenue of $737-9 was recorded.").facts
    assert all(f.amount_max is None for f in facts)


def test_year_range_without_unit_is_not_an_amount() -> None:
    assert extractor.extract("The licence runs from 2019 to 2036.").facts == []


def test_other_scripts_digits_come_out_as_ascii_amounts() -> None:
    text = "Revenue was $\uff11\uff12 million for the year ended December 31, 2021."
    (f,) = extractor.extract(text).facts
    assert (f.amount, f.scale, f.unit) == ("12", 6, "USD")
    assert text[f.span[0] : f.span[1]] == "\uff11\uff12"


def test_range_with_unit_keeps_both_ends() -> None:
    (f,) = extractor.extract("The rate ranged from 3-5 percent.").facts
    assert (f.amount, f.amount_max, f.unit) == ("3", "5", "percent")


def test_a_year_naming_a_formatted_amount_is_no_range_low_end() -> None:
    # "Shares issued: 2025 - 2,284,546,988": the year says which column, it is no amount
    for text in ("Shares issued: 2025 - 2,284,546,988", "shares issued: 2025 - 4,009.2"):
        facts = extractor.extract(text).facts
        assert [(f.amount, f.amount_max) for f in facts] == [
            (text.split(" - ")[1].replace(",", ""), None)
        ]


def test_ranges_of_counts_and_of_terms_stay_ranges() -> None:
    (f,) = extractor.extract("The plan covered 2,000 - 2,500 employees.").facts
    assert (f.amount, f.amount_max) == ("2000", "2500")
    (g,) = extractor.extract("Estimated useful lives range from 3 - 5 years.").facts
    assert (g.amount, g.amount_max) == ("3", "5")
