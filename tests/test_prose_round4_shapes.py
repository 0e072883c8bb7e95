"""Prose shapes first seen in blind round 4: dates repeated with their preposition, dates that
only say when something first happens, dates broken over lines, measure labels taken from the
clause's subject. Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.periods import due_spans, find_periods


def facts_of(text: str, page: str | None = None) -> list[tuple[str | None, str | None]]:
    if page is not None:
        text = f"|\nNote\n|12 Months Ended\n{page}\n|\n{text}\n"
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_two_amounts_at_two_dates_each_with_its_preposition_take_one_date_each() -> None:
    text = (
        "Total borrowings amounted to EUR 412 thousand and EUR 377 thousand at December 31, "
        "2024 and at December 31, 2023 respectively."
    )
    assert facts_of(text) == [("2024-12-31", "412"), ("2023-12-31", "377")]


def test_a_repeated_as_of_is_one_phrase_naming_both_dates() -> None:
    phrases = find_periods("as of June 30, 2024 and as of December 31, 2023")
    assert [p.periods for p in phrases] == [("2024-06-30", "2023-12-31")]


def test_at_followed_by_other_words_is_not_read_as_a_second_date() -> None:
    phrases = find_periods("The balance was $5 at December 31, 2024 and at the same time")
    assert [p.periods for p in phrases] == [("2024-12-31",)]


def test_a_first_time_date_is_not_the_period_of_a_rate() -> None:
    text = "The spread of 4.1% will rise by 0.3% per year, for the first time in March 2026."
    assert facts_of(text) == [(None, "4.1"), (None, "0.3")]
    text = "The spread of 6% would rise by 0.5% per year, for the first time it rose in May 2021."
    assert facts_of(text) == [(None, "6"), (None, "0.5")]


def test_a_start_date_in_mid_sentence_is_not_a_period_but_an_opening_one_still_dates() -> None:
    assert due_spans("Rent is $2,000 per month beginning September 2019.") != []
    assert due_spans("Beginning September 2019, rent is $2,000 per month.") == []
    text = "In April 2016 the Company leased a shop at $2,100 a month starting in April 2018."
    assert facts_of(text) == [("P1M/2016-04-30", "2100")]


def labels_of(text: str) -> list[str]:
    return [f.label for f in extractor.extract(text).facts]


def test_a_passive_verb_before_the_amount_gives_the_clause_subject_as_the_measure() -> None:
    assert labels_of("The SOFR rate (3M) is capped at 7%.") == ["SOFR rate (3M)"]
    assert labels_of("Impairment charges were recorded in the amount of $2,300.") == [
        "Impairment charges"
    ]


def test_not_recognized_in_the_amount_of_names_the_unrecognized_measure() -> None:
    text = "Taxable loss carryforwards were not recognized in the amount of €2,210 thousand."
    assert labels_of(text) == ["Unrecognized taxable loss carryforwards"]


def test_a_change_by_an_amount_is_the_subject_and_the_change() -> None:
    text = "The spread of 2.5% will rise by 0.1% per year."
    assert labels_of(text) == ["Spread", "Spread increase"]
    assert labels_of("Deferred revenue has decreased by $4,100.") == ["Deferred revenue decrease"]


def test_a_pronoun_or_the_company_is_never_the_subject_measure() -> None:
    from extractor.subjects import subject_label

    assert subject_label("It is estimated at ") is None
    assert subject_label("The Company was charged at ") is None
    assert subject_label("Revenues of ") is None  # not this shape: other rules read it


def test_comparatives_after_a_list_restate_its_amounts_in_order() -> None:
    text = (
        "As of December 31, 2022, tax losses totaled €150 thousand for income tax and "
        "€140 thousand for local tax (2021: €90 thousand and €80 thousand, respectively)."
    )
    got = [(f.period, f.amount, f.label) for f in extractor.extract(
        f"|\nNote\n|12 Months Ended\nDec. 31, 2022\n|\n{text}\n").facts]
    assert got == [
        ("2022-12-31", "150", "Tax losses"),
        ("2022-12-31", "140", "Local tax"),
        ("2021-12-31", "90", "Tax losses"),
        ("2021-12-31", "80", "Local tax"),
    ]


def test_a_month_broken_over_two_lines_still_dates_the_paragraph() -> None:
    from extractor.prose.yearphrases import mend_split_months

    assert mend_split_months("As of Dec\nember31, 2022,") == "As of December\n31, 2022,"
    assert mend_split_months("The Dec\nision 31 times") == "The Dec\nision 31 times"
    text = "As of Sep\ntember30, 2023, the balance was $7,700. It does not expire, at $8,800."
    assert facts_of(text, page="Sep. 30, 2023") == [("2023-09-30", "7700"),
                                                    ("2023-09-30", "8800")]


def test_a_currency_mark_ending_a_line_waits_for_its_number_on_the_next() -> None:
    text = "Tax credits of €512 thousand will expire in 2036 if not used (2021: €\n512thousand)."
    facts = extractor.extract(f"|\nNote\n|12 Months Ended\nDec. 31, 2022\n|\n{text}\n").facts
    assert [(f.amount, f.unit, f.scale, f.blank) for f in facts] == [
        ("512", "EUR", 3, False), ("512", "EUR", 3, False)
    ]


def test_a_scale_word_said_after_the_last_amount_covers_the_small_ones_before_it() -> None:
    text = "Cash used amounted to $2.4 and $5.3 million in 2023 and 2022, respectively."
    got = [(f.amount, f.scale) for f in extractor.extract(text).facts]
    assert got == [("2.4", 6), ("5.3", 6)]
    text = "Fees were $700 and $1.9 million in 2023 and 2022, respectively."
    assert [(f.amount, f.scale) for f in extractor.extract(text).facts] == [
        ("700", 0), ("1.9", 6)
    ]


def test_a_topic_sentence_with_a_balance_date_dates_the_rest_of_its_paragraph() -> None:
    text = (
        "(b) Advances as of June 30, 2019 consist mainly of supplier advances. An advance of "
        "$41,000 was paid to a contractor."
    )
    assert facts_of(text, page="Jun. 30, 2019") == [("2019-06-30", "41000")]
    # an event date ("on") is not a balance date: the page header dates the money
    text = "The loan closed on June 3, 2019 in Texas. A fee of $41,000 was paid to the bank."
    assert facts_of(text, page="Jun. 30, 2019") == [("P12M/2019-06-30", "41000")]


def blanks_of(text: str, page: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    doc = f"|\nNote\n|12 Months Ended\n{page}\n|\n{text}\n"
    facts = extractor.extract(doc).facts
    for f in facts:
        assert f.span is not None and f.quote in doc
    return [(f.period, f.amount, f.unit, f.blank) for f in facts]


def test_a_year_opening_a_comparative_is_never_an_amount_after_a_dropped_one() -> None:
    text = "The average price paid was HK$ (2022: HK$ )."
    assert blanks_of(text, "Dec. 31, 2023") == [
        ("P12M/2023-12-31", None, "HKD", True),
        ("P12M/2022-12-31", None, "HKD", True),
    ]


def test_an_empty_comparative_is_a_blank_and_so_is_the_empty_slot_before_it() -> None:
    text = "At December 31, 2023, the number of units held was (2022: ) in total."
    assert blanks_of(text, "Dec. 31, 2023") == [
        ("2023-12-31", None, None, True),
        ("2022-12-31", None, None, True),
    ]
    # a stated amount before the parenthesis: only the comparative is blank, in its unit
    assert blanks_of("The deposit was RMB7,000 (2022: ).", "Dec. 31, 2023") == [
        ("P12M/2023-12-31", "7000", "CNY", False),
        ("P12M/2022-12-31", None, "CNY", True),
    ]


def test_money_invested_in_a_named_party_is_an_investment_not_the_party() -> None:
    text = "On May 2, 2021, the Company invested $90,000 in Blue Harbor Labs to acquire a stake."
    assert labels_of(text) == ["Investment"]
    # the phrase after the amount names a measure, not a party: it stays the label
    assert labels_of("The Company invested $5,000 in certificates of deposit.") == [
        "Certificates of deposit"
    ]


def test_a_dateless_time_phrase_is_never_the_label() -> None:
    text = (
        "Revenue recognized in 2022 and 2023 that was included in contract liabilities at the "
        "beginning of each respective period was $710 and $820, respectively."
    )
    assert labels_of(text) == ["Revenue recognized", "Revenue recognized"]


def test_a_rate_written_before_a_debt_instrument_is_that_instrument_s_interest_rate() -> None:
    text = "On May 2, 2020, the Company borrowed $15,000 under the terms of a 7% secured demand "
    text += "note."
    assert labels_of(text)[1] == "Interest rate on secured demand note"
    assert labels_of("The Group issued 4.5% senior bonds in Tokyo.") == [
        "Interest rate on senior bonds"
    ]
    # a share of the instruments, not their rate
    assert "Interest rate" not in labels_of("The Company sold 10% of the notes.")[0]


def test_a_nil_takes_the_scale_of_its_comparative() -> None:
    text = "The balance at December 31, 2022 was € nil (2021: €6,410 thousand)."
    got = [(f.period, f.amount, f.scale) for f in extractor.extract(
        f"|\nNote\n|12 Months Ended\nDec. 31, 2022\n|\n{text}\n").facts]
    assert got == [("2022-12-31", "0", 3), ("2021-12-31", "6410", 3)]


def test_the_parts_of_a_reference_number_are_not_amounts() -> None:
    text = "The exchange was assessed under ASC 470-60-55 and a loss of $3,100 was recorded."
    assert [f.amount for f in extractor.extract(text).facts] == ["3100"]
    # a bare number after a hyphen that no code opens is still read
    assert "45" in [f.amount for f in extractor.extract("Of the 120 units, 45 were sold.").facts]


def test_an_amount_between_a_determiner_and_a_noun_phrase_is_measured_by_that_noun() -> None:
    text = "The Company remained in compliance with the $2.5 million minimum liquidity covenant."
    assert labels_of(text) == ["Minimum liquidity covenant"]
    assert labels_of("The Company paid a $5,000 security deposit to the landlord.") == [
        "Security deposit"
    ]
    # a term after the amount is not the measure
    assert labels_of("The Company amortizes the $2,100 balance over a five-year period.")[-1] \
        != "Period"


def test_a_bare_year_is_the_calendar_year_unless_the_page_states_a_year_end() -> None:
    import extractor

    def period(header: str) -> str | None:
        text = (f"|\nInvestments (Details)\n|{header}\n|\nJun. 30, 2011\n"
                "|\nThe investee's loss for 2010 totaled $220,943.\n")
        (f,) = [f for f in extractor.extract(text).facts if f.amount == "220943"]
        return f.period

    assert period("6 Months Ended") == "P12M/2010-12-31"  # a half-year states no year end
    assert period("12 Months Ended") == "P12M/2010-06-30"  # a fiscal year ending June 30
