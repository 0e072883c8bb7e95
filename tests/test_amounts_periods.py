"""Amount tokens and period phrases: pure parsing functions."""

from __future__ import annotations

import pytest

from extractor.amounts import currency_code, find_amounts, normalize_number
from extractor.periods import find_periods, parse_date


@pytest.mark.parametrize(
    ("text", "value", "unit", "scale"),
    [
        ("RMB1,400", "1400", "CNY", 0),
        ("RMB 99", "99", "CNY", 0),
        ("US$1.11", "1.11", "USD", 0),
        ("HK$ 2,000", "2000", "HKD", 0),
        ("$3.5 million", "3.5", "USD", 6),
        ("RMB89 million", "89", "CNY", 6),
        ("€ 2 billion", "2", "EUR", 9),
        ("JPY 300 thousand", "300", "JPY", 3),
        ("12.5%", "12.5", "percent", 0),
        ("3.85\n%", "3.85", "percent", 0),
        ("RM 5,000", "5000", "MYR", 0),
        ("542,319 million yen", "542319", "JPY", 6),
        ("1,417,339 million won", "1417339", "KRW", 6),
        ("10 million Euros", "10", "EUR", 6),
        ("300 Canadian dollars", "300", "CAD", 0),
    ],
)
def test_amount_with_currency_scale_and_percent(
    text: str, value: str, unit: str, scale: int
) -> None:
    (a,) = find_amounts(text)
    assert (a.value, a.unit, a.scale, a.blank) == (value, unit, scale, False)


@pytest.mark.parametrize(
    ("text", "value"),
    [("(3.88)", "-3.88"), ("$(3.88) million", "-3.88"), ("(81,247\n|)", "-81247")],
)
def test_negatives_in_parentheses_even_when_the_paren_closes_on_the_next_line(
    text: str, value: str
) -> None:
    (a,) = find_amounts(text)
    assert a.value == value


def test_a_translation_in_parentheses_is_not_negative() -> None:
    values = [a.value for a in find_amounts("RMB29 (US$4)")]
    assert values == ["29", "4"]


@pytest.mark.parametrize(("text", "lo", "hi"), [("3-5 years", "3", "5"), ("4-7 year", "4", "7")])
def test_ranges_of_years(text: str, lo: str, hi: str) -> None:
    (a,) = find_amounts(text)
    assert (a.value, a.value_max, a.unit) == (lo, hi, "year")


def test_a_bare_won_after_a_number_without_a_scale_is_no_currency() -> None:
    # "won" is a verb too: "of the 12 bids, 5 won" counts bids
    assert [(a.value, a.unit) for a in find_amounts("of the 12 bids, 5 won")] == [
        ("12", None), ("5", None)]


def test_a_currency_word_after_a_currency_mark_is_not_read_twice() -> None:
    (a,) = find_amounts("RMB 5 million yuan")
    assert (a.value, a.unit, a.scale) == ("5", "CNY", 6)


def test_yen_follows_the_document() -> None:
    assert currency_code("¥", yen="JPY") == "JPY"
    assert currency_code("¥", yen="CNY") == "CNY"


def test_normalize_number() -> None:
    assert normalize_number("1,234.50") == "1234.50"
    assert normalize_number("81,247", negative=True) == "-81247"
    assert normalize_number("0", negative=True) == "0"


def test_references_and_footnote_marks_are_not_amounts() -> None:
    assert find_amounts("See Note 13 and ASC 326 [1]") == []


def test_long_runs_of_digits_commas_and_spaces_do_not_backtrack() -> None:
    # Linear patterns: this returns at once; a backtracking regex would not return at all.
    text = ("1," * 20000) + " " * 20000 + "9" * 20000
    assert isinstance(find_amounts(text), list)


@pytest.mark.parametrize(
    ("phrase", "periods"),
    [
        (
            "for the years ended December 31, 2021, 2022 and 2023",
            ("P12M/2021-12-31", "P12M/2022-12-31", "P12M/2023-12-31"),
        ),
        (
            "for the year ended December 31, 2021,2022 and 2023",
            ("P12M/2021-12-31", "P12M/2022-12-31", "P12M/2023-12-31"),
        ),
        ("as of December 31, 2022 and 2023", ("2022-12-31", "2023-12-31")),
        (
            "for the nine months ended September 30, 2019 and 2018",
            ("P9M/2019-09-30", "P9M/2018-09-30"),
        ),
        ("during the three months ended March 31, 2024", ("P3M/2024-03-31",)),
        ("for the six months ended June 30, 2024", ("P6M/2024-06-30",)),
        (
            "for the nine and three months ended September 30, 2021",
            ("P9M/2021-09-30", "P3M/2021-09-30"),
        ),
        ("in January 2021", ("P1M/2021-01-31",)),
        ("In February 2020", ("P1M/2020-02-29",)),
        ("as of April 2021", ("2021-04-30",)),
        (
            "for the fiscal years ended June 30, 2024 and 2023",
            ("P12M/2024-06-30", "P12M/2023-06-30"),
        ),
        ("as of March 31, 2009, 2010 and 2011", ("2009-03-31", "2010-03-31", "2011-03-31")),
        ("On June 26, 2024", ("2024-06-26",)),
    ],
)
def test_period_phrases(phrase: str, periods: tuple[str, ...]) -> None:
    found = find_periods(phrase)
    assert len(found) == 1
    assert found[0].periods == periods


def test_respectively_marks_the_phrase_it_follows() -> None:
    (p,) = find_periods("were RMB1 and RMB2 as of December 31, 2022 and 2023, respectively")
    assert p.respectively


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("Feb. 30, 2023") is None
    assert parse_date("Dec. 31, 2023") == "2023-12-31"
    assert parse_date("31 December 2023") == "2023-12-31"


def test_a_list_of_fiscal_years_takes_the_fiscal_year_end() -> None:
    (p,) = find_periods("for fiscal 2024, 2023 and 2022", fiscal_year_end="2024-06-30")
    assert p.periods == ("P12M/2024-06-30", "P12M/2023-06-30", "P12M/2022-06-30")
