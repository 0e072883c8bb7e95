"""Prose: amount lists aligned with period lists, blank slots read from left-over separators.

Every text here is written for the test, in the style of the SEC viewer's rendering.
"""

from __future__ import annotations

import pytest

import extractor
from extractor.facts import Fact

YEARS_3 = "for the years ended December 31, 2021, 2022 and 2023, respectively."
Y21, Y22, Y23 = "P12M/2021-12-31", "P12M/2022-12-31", "P12M/2023-12-31"


def facts_of(text: str) -> list[Fact]:
    result = extractor.extract(text)
    for f in result.facts:  # every fact is grounded, whatever the test checks beyond that
        assert f.span is not None
        assert f.quote in text
        if f.blank:
            assert f.span[0] == f.span[1]
    return result.facts


def rows(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(f.period, f.amount, f.blank) for f in facts_of(text)]


def test_three_amounts_align_with_three_years_in_order() -> None:
    text = f"Sales to Acme of RMB532, RMB1,341 and RMB913 were recognized {YEARS_3}"
    assert rows(text) == [(Y21, "532", False), (Y22, "1341", False), (Y23, "913", False)]


def test_blank_before_first_amount_after_the_word_that_introduces_the_list() -> None:
    text = f"Revenues of , RMB34 and RMB6 were recorded {YEARS_3}"
    facts = facts_of(text)
    assert [(f.period, f.amount, f.blank) for f in facts] == [
        (Y21, None, True),
        (Y22, "34", False),
        (Y23, "6", False),
    ]
    blank = facts[0]
    assert blank.span == (text.index("of") + 2, text.index("of") + 2)
    assert (blank.unit, blank.scale) == ("CNY", 0)  # shared by its siblings


def test_collapsed_blanks_after_the_last_amount() -> None:
    # "RMB5,158, [ ] and [ ] were": HTML collapsed the spaces the dropped values left.
    text = f"Fees of RMB5,158, and were charged {YEARS_3}"
    assert rows(text) == [(Y21, "5158", False), (Y22, None, True), (Y23, None, True)]


def test_oxford_comma_list_with_two_dropped_values() -> None:
    text = f"Revenues of RMB200, , and were recorded {YEARS_3}"
    assert rows(text) == [(Y21, "200", False), (Y22, None, True), (Y23, None, True)]


def test_two_leading_blanks_and_a_trailing_comma() -> None:
    text = "Costs of , and RMB321, for the years ended December 31, 2021, 2022 and 2023."
    assert rows(text) == [(Y21, None, True), (Y22, None, True), (Y23, "321", False)]


def test_blank_between_amounts_after_a_comma() -> None:
    text = f"Revenues of RMB2, and RMB1 were recorded {YEARS_3}"
    facts = facts_of(text)
    assert [(f.period, f.amount, f.blank) for f in facts] == [
        (Y21, "2", False),
        (Y22, None, True),
        (Y23, "1", False),
    ]
    comma = text.index("RMB2,") + len("RMB2,")
    assert facts[1].span == (comma, comma)


def test_blank_slot_that_keeps_its_currency_mark() -> None:
    text = "Amounts due from Acme were and RMB as of December 31, 2022 and 2023."
    facts = facts_of(text)
    assert [(f.period, f.blank, f.unit) for f in facts] == [
        ("2022-12-31", True, "CNY"),
        ("2023-12-31", True, "CNY"),
    ]
    after_rmb = text.index("RMB") + 3
    assert facts[1].span == (after_rmb, after_rmb)


def test_trailing_blank_before_the_date_phrase() -> None:
    text = "Amounts due to Acme were RMB4 and as of December 31, 2023 and 2024."
    assert rows(text) == [("2023-12-31", "4", False), ("2024-12-31", None, True)]


def test_blank_glued_to_the_verb_and_a_translation_in_parentheses() -> None:
    text = (
        "There wereand RMB29 (US$4) of credit losses recognized for the year ended December "
        "31, 2022, and for the six months ended June 30, 2023, respectively."
    )
    facts = facts_of(text)
    got = [(f.period, f.amount, f.unit, f.blank) for f in facts]
    assert got == [
        ("P12M/2022-12-31", None, "CNY", True),
        ("P6M/2023-06-30", "29", "CNY", False),
        ("P6M/2023-06-30", "4", "USD", False),
    ]


def test_currency_and_scale_left_behind_make_blank_slots_with_that_unit_and_scale() -> None:
    text = (
        "Total expenses were approximately US$ million and US$ million for the years ended "
        "December 31, 2021 and 2020, respectively."
    )
    facts = facts_of(text)
    assert [(f.period, f.unit, f.scale, f.blank) for f in facts] == [
        ("P12M/2021-12-31", "USD", 6, True),
        ("P12M/2020-12-31", "USD", 6, True),
    ]


def test_scale_word_without_a_number_is_a_blank() -> None:
    text = (
        "Expenses amortized for the nine and three months ended September 30, 2021 were "
        "approximately million and million, respectively."
    )
    assert [(f.period, f.scale, f.blank) for f in facts_of(text)] == [
        ("P9M/2021-09-30", 6, True),
        ("P3M/2021-09-30", 6, True),
    ]


def test_glued_per_share_and_million_shares_blanks() -> None:
    text = (
        "In May 2021, the Company issuedmillion shares to its employees, valued at the closing "
        "price of its stock on the grant date, which wasper share."
    )
    facts = facts_of(text)
    assert [(f.kind if hasattr(f, "kind") else f.unit, f.scale, f.blank) for f in facts] == [
        ("share", 6, True),
        (None, 0, True),
    ]
    assert all(f.period == "P1M/2021-05-31" for f in facts)
    assert "per share" in facts[1].label.lower()


def test_empty_parentheses_are_a_dropped_restatement() -> None:
    text = "On March 28, 2019, the Company borrowed $1,493 ( ) from First Bank."
    facts = facts_of(text)
    assert [(f.amount, f.unit, f.blank, f.period) for f in facts] == [
        ("1493", "USD", False, "2019-03-28"),
        (None, None, True, "2019-03-28"),
    ]


def test_one_amount_for_several_years_is_one_fact_per_year_sharing_the_span() -> None:
    text = (
        "Advertising with Acme amounted to ¥ 2 million ($ 24 thousand) for each of the years "
        "ended March 31, 2009, 2010 and 2011."
    )
    facts = facts_of(text)
    assert len(facts) == 6
    yen = [f for f in facts if f.amount == "2"]
    assert [f.period for f in yen] == ["P12M/2009-03-31", "P12M/2010-03-31", "P12M/2011-03-31"]
    assert len({f.span for f in yen}) == 1
    usd = [f for f in facts if f.amount == "24"]
    assert {(f.unit, f.scale) for f in usd} == {("USD", 3)}


def test_counts_that_cannot_be_reconciled_are_left_undated_with_a_warning() -> None:
    text = (
        "Revenues were RMB1 and RMB2 and RMB3 and RMB4 for the years ended December 31, 2022 "
        "and 2023."
    )
    result = extractor.extract(text)
    assert [f.amount for f in result.facts] == ["1", "2", "3", "4"]
    assert all(f.period is None for f in result.facts)
    assert any(w.code == "unaligned" for w in result.warnings)


def test_two_lists_in_one_sentence_share_its_period_phrase() -> None:
    text = (
        "Additions were RMB10, RMB20 and RMB30 and deductions were RMB1, RMB2 and RMB3 during "
        "the years ended December 31, 2021, 2022 and 2023."
    )
    got = [(f.period, f.amount) for f in facts_of(text)]
    assert got == [(Y21, "10"), (Y22, "20"), (Y23, "30"), (Y21, "1"), (Y22, "2"), (Y23, "3")]


def test_opening_period_phrase_wins_over_a_later_one() -> None:
    text = (
        "During the years ended December 31, 2021, 2022 and 2023, the Group recognized RMB5, "
        "RMB6 and RMB7 of revenue included in deferred revenue as of December 31, 2020, "
        "December 31, 2021 and 2022."
    )
    assert [f.period for f in facts_of(text)] == [Y21, Y22, Y23]


def test_lone_amounts_bind_to_the_period_right_after_them() -> None:
    text = (
        "Purchases were ¥ 614 million during March 31, 2009, ¥ 311 million during the year "
        "ended March 31, 2010 and ¥ 470 million during the year ended March 31, 2011."
    )
    doc_text = "|\nNOTE\n|12 Months Ended\nMar. 31, 2011\n|\n" + text
    got = [(f.period, f.amount) for f in extractor.extract(doc_text).facts]
    assert got == [
        ("P12M/2009-03-31", "614"),
        ("P12M/2010-03-31", "311"),
        ("P12M/2011-03-31", "470"),
    ]


def test_parenthesised_comparatives_take_their_own_years() -> None:
    text = (
        "For the year ended December 31, 2020, interest paid to the shareholder was RMB5,922 "
        "(2021 and 2022: nil)."
    )
    got = [(f.period, f.amount) for f in facts_of(text)]
    assert got == [("P12M/2020-12-31", "5922"), ("P12M/2021-12-31", "0"), ("P12M/2022-12-31", "0")]


def test_event_date_dates_the_rest_of_its_paragraph() -> None:
    text = (
        "On June 26, 2024, the Company borrowed $100,000 from Acme Bank. The loan bears "
        "interest at 12% per annum."
    )
    got = [(f.period, f.amount, f.unit) for f in facts_of(text)]
    assert got == [("2024-06-26", "100000", "USD"), ("2024-06-26", "12", "percent")]


def test_undated_money_takes_the_page_period_and_undated_rates_take_none() -> None:
    page = (
        "|\nNOTE 7\n|12 Months Ended\nDec. 31, 2023\n|\n"
        "The Company paid RMB300 to Acme. The rate is 5%."
    )
    got = [(f.period, f.amount) for f in extractor.extract(page).facts]
    assert got == [("P12M/2023-12-31", "300"), (None, "5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the amounts were nil and nil as of December 31, 2021 and 2022.",
            [("2021-12-31", "0"), ("2022-12-31", "0")],
        ),
        ("Fees were $nil for the year ended June 30, 2024.", [("P12M/2024-06-30", "0")]),
    ],
)
def test_nil_is_an_explicit_zero(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.period, f.amount) for f in facts_of(text)] == expected
    assert not any(f.blank for f in facts_of(text))


def test_dates_years_payment_terms_and_note_numbers_are_not_facts() -> None:
    text = (
        "13. REVENUE\nPayment terms are typically 30 to 90 days. As of December 31, 2023, "
        "receivables under Note 5 were RMB88."
    )
    assert [f.amount for f in facts_of(text)] == ["88"]


def test_a_note_number_before_its_title_alone_on_a_line_is_no_fact() -> None:
    text = (
        "No consideration has been paid yet.\n|\n32 Commitments\nCommitments outstanding as "
        "of December 31, 2024 were RMB4,100.\n33. Segment Information\nRevenue was $57.\n"
        "|45 Related Party Transactions\nFees were $9."
    )
    assert [f.amount for f in facts_of(text)] == ["4100", "57", "9"]


def test_a_number_opening_a_sentence_or_an_address_stays_a_fact() -> None:
    got = [f.amount for f in facts_of(
        "The Company leases offices.\n45 Main Street is leased for $3,000 per month.\n"
        "120 Employees joined the plan in 2024.")]
    assert got == ["3000", "120"]


def test_loan_terms_are_not_facts_but_useful_lives_are() -> None:
    assert (
        facts_of("On May 3, 2020, the Company obtained a 2-year term loan of $635.")[0].amount
        == "635"
    )
    assert len(facts_of("On May 3, 2020, the Company obtained a 2-year term loan of $635.")) == 1
    lives = facts_of("Equipment is depreciated over estimated useful lives of 3-5 years.")
    assert [(f.amount, f.amount_max, f.unit) for f in lives] == [("3", "5", "year")]


def test_respectively_spreads_periods_over_single_amount_clauses() -> None:
    text = (
        "The Group recognized an allowance of RMB1,840 and reversed an allowance of RMB1,603 "
        "for the six months ended June 30, 2023 and 2024, respectively."
    )
    assert rows(text) == [("P6M/2023-06-30", "1840", False), ("P6M/2024-06-30", "1603", False)]


def test_respectively_before_the_years_beats_an_opening_event_date() -> None:
    text = (
        "On October 22, 2018, the Company paid RMB 50 million ($7.25 million) and RMB 60 "
        "million ($8.70 million), respectively, in 2018 and 2019."
    )
    got = [(f.period, f.amount) for f in facts_of(text)]
    assert got == [
        ("P12M/2018-12-31", "50"),
        ("P12M/2018-12-31", "7.25"),
        ("P12M/2019-12-31", "60"),
        ("P12M/2019-12-31", "8.70"),
    ]


def test_a_phrase_right_after_a_lone_amount_beats_the_opening_date() -> None:
    text = (
        "In January 2018, the Company renewed the lease. The base rent was $3,000 per month "
        "in 2020 and 2019."
    )
    got = [(f.period, f.amount) for f in facts_of(text)]
    assert got == [("P12M/2020-12-31", "3000"), ("P12M/2019-12-31", "3000")]


def test_late_or_early_in_a_month_is_still_that_month() -> None:
    text = "In late December 2017, the Company agreed to pay rent of $9,479 per month."
    assert [(f.period, f.amount) for f in facts_of(text)] == [("P1M/2017-12-31", "9479")]


def test_a_date_in_the_subject_dates_the_amounts_of_its_sentence() -> None:
    text = (
        "Amounts due from related parties as of December 31, 2023 amounted to RMB 553,502, "
        "mainly includes RMB 409,051 of deposits to Acme, which are renewed during the year "
        "ended December 31, 2023, and the remaining of RMB 60,242."
    )
    assert {f.period for f in facts_of(text)} == {"2023-12-31"}


def test_three_and_six_months_list_each_length_in_turn() -> None:
    text = ("Interest expense was $5, $6, $7 and $8 for the three and six months ended June 30, "
            "2024 and 2023, respectively.")
    assert [f.period for f in facts_of(text)] == [
        "P3M/2024-06-30", "P3M/2023-06-30", "P6M/2024-06-30", "P6M/2023-06-30"
    ]


def test_fiscal_years_named_by_number_take_the_pages_year_end() -> None:
    page = ("|\nNOTE\n|12 Months Ended\nJun. 30, 2024\n|\nDuring fiscal years 2024 and 2023, the "
            "Company incurred research costs of $1.1 million and $0.9 million, respectively.")
    got = [(f.period, f.amount) for f in extractor.extract(page).facts]
    assert got == [("P12M/2024-06-30", "1.1"), ("P12M/2023-06-30", "0.9")]


def test_an_oxford_and_after_a_list_with_nothing_after_it_lost_the_last_item() -> None:
    text = "As of December 31, 2021, the Company owned a%, %, and equity interest in A, B and C."
    facts = facts_of(text)
    assert [(f.unit, f.blank) for f in facts] == [("percent", True)] * 3
    assert facts[2].span[0] == text.index(", and") + len(", and")


def test_during_the_year_is_the_pages_year() -> None:
    page = ("|\nNOTE\n|12 Months Ended\nDec. 31, 2021\n|\nIn May 2021, the Company sold its stake "
            "in Acme and recorded a loss of $2 million during the year.")
    (fact,) = extractor.extract(page).facts
    assert fact.period == "P12M/2021-12-31"


def test_during_the_year_belongs_to_the_amount_of_its_own_clause() -> None:
    page = ("|\nNOTE\n|12 Months Ended\nDec. 31, 2021\n|\nIn May 2021, the Company sold its 4.9% "
            "stake in Acme and recorded a loss of $2 million during the year.")
    got = [(f.amount, f.period) for f in extractor.extract(page).facts]
    assert got == [("4.9", "P1M/2021-05-31"), ("2", "P12M/2021-12-31")]


def test_a_rule_number_with_a_dash_does_not_crash_the_prose_reader() -> None:
    # "Rule 10b5-1" reads as the range "5-1"; a bare-count check once took it for an integer
    import extractor

    result = extractor.extract("Shares may be repurchased under plans complying with Rule "
                               "10b5-1 under the Exchange Act. Revenues were $5 in 2023.")
    assert [(f.amount, f.unit, f.period) for f in result.facts if f.unit == "USD"] == [
        ("5", "USD", "P12M/2023-12-31")]
