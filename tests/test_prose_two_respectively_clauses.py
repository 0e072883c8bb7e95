"""Two lists, each after its own period phrase and each closed by "respectively"."""

import extractor

_TWO = ("Interest expenses for the six months ended June 30, 2011 and 2010 amounted to $367,139 "
        "and $192,150, respectively, and for the three months ended June 30, 2011 and 2010 "
        "amounted to $167,972 and $44,124, respectively.\n")


def test_each_respectively_list_takes_the_phrase_that_opens_its_clause():
    got = {f.amount: f.period for f in extractor.extract(_TWO).facts}
    assert got == {"367139": "P6M/2011-06-30", "192150": "P6M/2010-06-30",
                   "167972": "P3M/2011-06-30", "44124": "P3M/2010-06-30"}


def test_a_trailing_respectively_phrase_still_dates_the_list_before_it():
    text = "Revenues were $5,000 and $4,000, respectively, in 2019 and 2018.\n"
    got = {f.amount: f.period for f in extractor.extract(text).facts}
    assert got == {"5000": "P12M/2019-12-31", "4000": "P12M/2018-12-31"}


def test_a_window_in_which_amounts_are_expected_to_be_recognised_is_no_period():
    from extractor.periods import due_spans

    text = ("of which $1.3 billion and $2.4 billion is expected to be recognized during the "
            "remaining six months ending December 31, 2018 and the year ending December 31, "
            "2019, respectively.")
    (span,) = due_spans(text)
    assert text[span[0] : span[1]].endswith("December 31, 2019")
    balance = "Receivables expected to be collected after one year were $63 at December 31, 2024."
    assert due_spans(balance) == []


def test_an_expected_payment_window_after_an_adverb_is_no_period():
    text = (
        "As of June 30, 2023, the accrual was $400. It includes $150 expected to be paid in cash "
        "primarily in 2024."
    )
    got = [(f.period, f.amount) for f in extractor.extract(text).facts]
    assert got == [("2023-06-30", "400"), ("2023-06-30", "150")]


def test_an_opening_phrase_spreads_over_single_amount_clauses_closed_by_respectively() -> None:
    text = (
        "For the years ended December 31, 2022, 2021 and 2020, the Company recorded an exchange "
        "gain of $41,000, gain of $16,000 and loss of $9,000, respectively."
    )
    facts = extractor.extract(text).facts
    assert [(f.period, f.amount) for f in facts] == [
        ("P12M/2022-12-31", "41000"),
        ("P12M/2021-12-31", "16000"),
        ("P12M/2020-12-31", "9000"),
    ]


def test_an_opening_phrase_over_two_clauses_without_respectively_is_not_spread() -> None:
    text = (
        "During the years ended December 31, 2022 and 2021, the Company recorded a gain of "
        "$5,000 and a loss of $3,000."
    )
    periods = [f.period for f in extractor.extract(text).facts]
    assert periods == ["P12M/2022-12-31", "P12M/2022-12-31"]


def test_a_list_closed_by_its_own_respectively_keeps_the_phrase_before_it():
    text = ("Interest expense for the three and nine months ended June 30, 2021 was $1,200 and "
            "$3,400, respectively, and $1,100 and $3,000 for the three and nine months ended "
            "June 30, 2020, respectively.\n")
    got = {f.amount: f.period for f in extractor.extract(text).facts}
    assert got == {"1200": "P3M/2021-06-30", "3400": "P9M/2021-06-30",
                   "1100": "P3M/2020-06-30", "3000": "P9M/2020-06-30"}


def test_two_lists_before_one_trailing_respectively_phrase_both_take_it():
    text = ("Revenue was $5,000 and $4,000, and cost of sales was $3,000 and $2,000, "
            "respectively, for 2019 and 2018.\n")
    got = {f.amount: f.period for f in extractor.extract(text).facts}
    assert got == {"5000": "P12M/2019-12-31", "4000": "P12M/2018-12-31",
                   "3000": "P12M/2019-12-31", "2000": "P12M/2018-12-31"}
