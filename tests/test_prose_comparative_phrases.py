"""Comparatives in parentheses that name their period by a phrase, not a bare year:
"(six months ended June 30, 2022: £11.5 million)", and empty ones whose amount the viewer
dropped, "(year ended December 31, 2022: £)". Every text is made up for the test.
"""

from __future__ import annotations

import extractor
from extractor.facts import Fact

HALF = "|\nLeases\n|6 Months Ended\nJun. 30, 2024\n|Leases\n"


def facts_of(body: str, page: str = "Note\n") -> list[Fact]:
    text = page + body
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return facts


def test_a_phrase_comparative_takes_its_own_period_and_the_amount_before_keeps_the_sentences():
    facts = facts_of("During the six months ended June 30, 2024, depreciation was £4.0 million "
                     "(six months ended June 30, 2023: £3.5 million).", HALF)
    assert [(f.amount, f.period, f.scale, f.unit) for f in facts] == [
        ("4.0", "P6M/2024-06-30", 6, "GBP"), ("3.5", "P6M/2023-06-30", 6, "GBP")]


def test_an_empty_phrase_comparative_with_its_mark_is_a_blank_in_the_siblings_scale():
    body = ("During the six months ended June 30, 2024, the Group disposed of £2.1 million of "
            "vehicles (six months ended June 30, 2023: £).")
    facts = facts_of(body, HALF)
    assert [(f.amount, f.blank, f.period, f.scale, f.unit) for f in facts] == [
        ("2.1", False, "P6M/2024-06-30", 6, "GBP"), (None, True, "P6M/2023-06-30", 6, "GBP")]
    text = HALF + body
    mark = text.index("£).") + 1
    assert facts[1].span == (mark, mark)


def test_a_space_inside_the_empty_comparative_changes_nothing():
    facts = facts_of("The Group terminated £1.5 million of lease liabilities in the year ended "
                     "December 31, 2024 (year ended December 31, 2023: £ ).")
    assert [(f.blank, f.period, f.scale) for f in facts] == [
        (False, "P12M/2024-12-31", 6), (True, "P12M/2023-12-31", 6)]


def test_a_balance_date_comparative_is_an_instant():
    facts = facts_of("As at December 31, 2024 the provision was €0.6 million "
                     "(December 31, 2023: €0.9 million).")
    assert [(f.amount, f.period) for f in facts] == [("0.6", "2024-12-31"), ("0.9", "2023-12-31")]


def test_a_parenthesis_with_a_date_but_no_colon_is_no_comparative():
    # "(as restated on June 30, 2023)" dates nothing in the parenthesis: the amount keeps the
    # sentence's own period
    facts = facts_of("During the six months ended June 30, 2024, revenue was £7.0 million "
                     "(see the note on June 30, 2023 restatement).", HALF)
    assert [(f.amount, f.period) for f in facts] == [("7.0", "P6M/2024-06-30")]


def test_year_comparatives_still_shift_the_sentences_period():
    facts = facts_of("For the year ended December 31, 2024 the loss was £2.0 million "
                     "(2023: £1.0 million).")
    assert [(f.amount, f.period) for f in facts] == [
        ("2.0", "P12M/2024-12-31"), ("1.0", "P12M/2023-12-31")]


def test_an_empty_year_comparative_takes_the_restated_amounts_unit_and_scale() -> None:
    for paren in ("(2022: £)", "(2022: £ )", "(2022: )"):
        facts = facts_of("For the year ended December 31, 2023 the loss on disposal was "
                         f"£0.8 million {paren}.")
        assert [(f.amount, f.blank, f.period, f.unit, f.scale) for f in facts] == [
            ("0.8", False, "P12M/2023-12-31", "GBP", 6),
            (None, True, "P12M/2022-12-31", "GBP", 6)], paren


def test_several_comparatives_in_one_parenthesis_each_take_their_own_period() -> None:
    facts = facts_of("For the year ended December 31, 2019, profits tax has been provided at the "
                     "rate of 16.5% (2018: 16.5%; 2017: 15%).")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", "P12M/2019-12-31"), ("16.5", "P12M/2018-12-31"), ("15", "P12M/2017-12-31")]
    facts = facts_of("The Group's share of losses for the six months ended 30 June 2024 was €0.5 "
                     "million (six months ended 30 June 2023: €0.7 million; year ended 31 "
                     "December 2023: €1.1 million).")
    assert [(f.amount, f.period) for f in facts] == [
        ("0.5", "P6M/2024-06-30"), ("0.7", "P6M/2023-06-30"), ("1.1", "P12M/2023-12-31")]


def test_a_comparative_before_the_sentences_period_phrase_shifts_that_period() -> None:
    facts = facts_of("Profits tax is provided at 16.5% (2022: 16.5%) on the estimated assessable "
                     "profits for the year ended December 31, 2023.")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", "P12M/2023-12-31"), ("16.5", "P12M/2022-12-31")]


def test_year_comparatives_in_an_undated_note_are_those_calendar_years_after_the_current_one(
) -> None:
    # nothing dates the note: the rate the comparatives restate is the year after the latest
    facts = facts_of("Profits tax has been provided at the rate of 16.5% (2018: 16.5%; 2017: 15%) "
                     "on the estimated assessable profits.")
    assert [(f.amount, f.period) for f in facts] == [
        ("16.5", "P12M/2019-12-31"), ("16.5", "P12M/2018-12-31"), ("15", "P12M/2017-12-31")]


YEAR = "|\nIncome Taxes\n|12 Months Ended\nDec. 31, 2022\n|Income Taxes\n|\n"


def test_a_rate_restated_by_year_comparatives_takes_the_pages_current_period() -> None:
    # an undated rate alone stays null; before "(2021: ...)" it is the current year's
    facts = facts_of("The Singapore income tax rate of 17% (2021: 17%; 2020: 18%) applies to "
                     "profit before tax.", YEAR)
    assert [(f.amount, f.period) for f in facts] == [
        ("17", "P12M/2022-12-31"), ("17", "P12M/2021-12-31"), ("18", "P12M/2020-12-31")]
    alone = facts_of("The Singapore income tax rate of 17% applies to profit before tax.", YEAR)
    assert [(f.amount, f.period) for f in alone] == [("17", None)]


def test_a_rate_far_from_the_comparative_parenthesis_stays_undated() -> None:
    # the parenthesis restates the amount right before it, not a rate earlier in the sentence
    facts = facts_of("The tax rate of 17% applies to profits, which were $1,200 (2021: $900).",
                     YEAR)
    got = {f.amount: f.period for f in facts}
    assert got["17"] is None
    assert got["1200"] == "P12M/2022-12-31" and got["900"] == "P12M/2021-12-31"


def test_a_page_period_not_after_the_comparative_years_does_not_date_the_rate() -> None:
    # "(2023: ...)" on a 2022 page: the page is not the current period of that parenthesis
    facts = facts_of("The tax rate of 17% (2023: 18%) applies to profits.", YEAR)
    assert (facts[0].amount, facts[0].period) == ("17", None)


def test_comparatives_parted_by_commas_each_take_their_own_year() -> None:
    facts = facts_of("Unrecognised tax losses were $1,234 (2021: $567, 2020: $890).", YEAR)
    assert [(f.amount, f.period) for f in facts] == [
        ("1234", "P12M/2022-12-31"), ("567", "P12M/2021-12-31"), ("890", "P12M/2020-12-31")]


def test_a_date_inside_a_phrase_comparative_is_no_part_of_its_own() -> None:
    # ", 2022:" of "June 30, 2022:" closes the phrase; it does not open a bare-year part
    facts = facts_of("During the six months ended June 30, 2024, depreciation was £4.0 million "
                     "(six months ended June 30, 2023: £3.5 million).", HALF)
    assert [(f.amount, f.period) for f in facts] == [
        ("4.0", "P6M/2024-06-30"), ("3.5", "P6M/2023-06-30")]


def test_a_comparative_broken_over_lines_after_its_colon_is_one_sentence() -> None:
    # the viewer broke the lines after "(2021:" and ", 2020:"
    facts = facts_of("The income tax expense was computed by applying the Singapore income tax "
                     "rate of\n17% (2021:\n17%, 2020:\n18%) to profit before income tax.", YEAR)
    assert [(f.amount, f.period) for f in facts] == [
        ("17", "P12M/2022-12-31"), ("17", "P12M/2021-12-31"), ("18", "P12M/2020-12-31")]


def test_a_line_ending_in_a_date_and_colon_still_ends_its_sentence() -> None:
    # "at June 30, 2019:" introduces a table; the next line is a sentence of its own
    facts = facts_of("Notes payable consisted of the following at June 30, 2019:\n"
                     "During the three months ended June 30, 2019, we recorded interest expense "
                     "of $23,759.", YEAR)
    assert [(f.amount, f.period) for f in facts] == [("23759", "P3M/2019-06-30")]
