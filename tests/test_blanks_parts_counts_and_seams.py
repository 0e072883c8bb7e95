"""Dropped amounts that only the words around them show, in shapes met in held-out notes (the
sentences here are made up): a count before its unit word ("units covering shares"), a change
with no amount ("increased by to $1,279.0 million"), a range with its low end gone ("from $ to
$1,250,000"), a part after "of which" before a verb ("of whichremained unpaid"), "of and" before
the next item, a head count ("or about employees"), a scale word alone after a word that
introduces a number ("approximately million"), a comparative named by words ("(comparable
prior-year period: )"), glued phrases ("totaledin the quarter", "andin the first nine months
of fiscal 2024"). And what is no slot: the same words with their amount, a currency named as a
word ("the value of RMB may fluctuate"), "as of and for the year"."""

from __future__ import annotations

from extractor.api import extract
from extractor.facts import Fact
from tests.viewer_pages import note_page

_YEAR = note_page("Note 5 - Debt", "12 Months Ended", "Dec. 31, 2024")
_FISCAL = note_page("Note 5 - Debt", "12 Months Ended", "Jun. 30, 2025")


def _facts(body: str, page: str = _YEAR) -> list[Fact]:
    return list(extract(page + body + "\n").facts)


def _blanks(body: str, page: str = _YEAR) -> list[tuple[str | None, str | None, int]]:
    return [(f.period, f.unit, f.scale) for f in _facts(body, page) if f.blank]


def test_a_count_dropped_before_its_unit_word_after_covering_or_a_further_is_a_blank() -> None:
    assert _blanks("Units covering shares at target were outstanding at December 31, "
                   "2024.") == [("2024-12-31", "share", 0)]
    got = _blanks("The Board approved an aggregate ofClass A ordinary shares and a further "
                  "RSUs for the plan.")
    assert [u for _, u, _ in got] == ["share", "share"]
    assert _blanks("Units covering 40,000 shares at target vested in 2024.") == []


def test_a_change_with_no_amount_before_to_and_a_new_amount_is_a_blank() -> None:
    facts = _facts("In 2024 the Board increased the authorization by to $1,279.0 million.")
    assert [(f.blank, f.amount) for f in facts] == [(True, None), (False, "1279.0")]
    assert _blanks("The rate was reduced by to a level the lender sets; the balance was $2.0 "
                   "million.") == []


def test_a_range_whose_low_end_was_dropped_keeps_its_mark_as_a_blank() -> None:
    facts = _facts("The Company increased the principal from $ to $1,250,000 in 2024.")
    assert [(f.blank, f.unit, f.amount) for f in facts] == [
        (True, "USD", None), (False, "USD", "1250000")]


def test_a_part_dropped_after_of_which_before_its_verb_is_a_blank() -> None:
    assert _blanks("The facility is $300,000, of which remained undrawn at December 31, "
                   "2024.") == [("2024-12-31", "USD", 0)]
    assert _blanks("The Company recorded $2.0 million of credits, of whichremained unpaid at "
                   "December 31, 2024.") == [("2024-12-31", None, 0)]
    assert len(_blanks("Losses of NT$4.0 million, of which NT$ expire in 2029, were carried "
                       "forward.")) == 1
    assert _blanks("The Company repaid $5.0 million in 2024, all of which were unsecured.") == []


def test_of_before_the_next_item_is_a_blank_and_the_next_item_keeps_its_own_label() -> None:
    facts = _facts("The note bears accrued interest of and a prepayment premium of $45,000.")
    assert [(f.blank, f.label) for f in facts] == [
        (True, "Accrued interest"), (False, "Prepayment premium")]
    assert _blanks("Fees were paid as of and for the year ended December 31, 2024 of "
                   "$4,000.") == []


def test_a_head_count_dropped_before_employees_is_a_blank_count() -> None:
    facts = _facts("Headcount fell by approximately 9%, or about employees, in 2024.")
    assert [(f.blank, f.unit) for f in facts] == [(False, "percent"), (True, None)]
    assert _blanks("Headcount was approximately 120 employees at December 31, 2024.") == []


def test_a_scale_word_alone_after_approximately_or_and_is_a_blank_in_that_scale() -> None:
    assert _blanks("Payments of approximately million are due over ten years.") == [
        ("P12M/2024-12-31", None, 6)]
    assert _blanks("Restricted cash was $2.0 million and million at December 31, 2024 and "
                   "2023, respectively.") == [("2023-12-31", "USD", 6)]


def test_a_comparative_named_by_words_is_the_sentences_period_a_year_earlier() -> None:
    assert _blanks("Interest expense was $1.2 million in 2024 (comparable prior-year period: "
                   ").") == [("P12M/2023-12-31", "USD", 6)]
    q = note_page("Note 5 - Revenue", "3 Months Ended", "Jun. 28, 2025")
    facts = _facts("Net sales were $41.2 million (comparable prior-year period: $39.0 "
                   "million).", q)
    assert [(f.amount, f.period) for f in facts] == [
        ("41.2", "P3M/2025-06-28"), ("39.0", "P3M/2024-06-29")]
    # a parenthesis that names a party, not a period, restates nothing a year back
    facts = _facts("Interest expense was $1.2 million (the Company's prior lender: $0.4 "
                   "million).")
    assert {f.period for f in facts} == {"P12M/2024-12-31"}


def test_a_phrase_glued_to_a_dropped_amounts_and_still_dates_its_slot() -> None:
    assert _blanks("Deferred revenue totaledin the quarter ended December 31, 2024.") == [
        ("P3M/2024-12-31", None, 0)]
    assert _blanks("Freight costs were $3.1 million in the first nine months of fiscal 2025 "
                   "andin the first nine months of fiscal 2024.", _FISCAL) == [
        ("P9M/2024-03-31", "USD", 6)]


def test_amounted_to_and_a_mark_is_the_lists_first_slot() -> None:
    facts = _facts("As of December 31, 2024 and 2023, borrowings amounted to and $6,000 "
                   "million, respectively.")
    assert [(f.blank, f.period) for f in facts] == [(True, "2024-12-31"), (False, "2023-12-31")]


def test_a_currency_named_as_a_word_is_no_slot() -> None:
    assert _blanks("The value of RMB may fluctuate against the U.S. dollar; revenue was "
                   "RMB5.0 million.") == []


def test_a_lone_amount_before_another_list_under_respectively_keeps_the_pages_period() -> None:
    # the trailing dates and "respectively" are the later list's; the line of credit before
    # the semicolon is not stated once for each of them
    page = note_page("Note 5 - Debt", "12 Months Ended", "Mar. 31, 2025")
    facts = _facts("The Company has a line of credit of ¥15,000 million with MUFG Bank; "
                   "borrowings under it amounted to and ¥6,000 million as of March 31, 2025 and "
                   "2024, respectively.", page)
    assert [(f.amount, f.period) for f in facts] == [
        ("15000", "P12M/2025-03-31"), (None, "2025-03-31"), ("6000", "2024-03-31")]
