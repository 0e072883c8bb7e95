"""Dropped amounts whose words were glued or whose slot stands before a stop or a date, in
shapes met in held-out notes (made-up sentences): "costs ofwithin", "up toupon", "guarantees
ofwere", "wasas of December 31, 2024" (the glued phrase still dates the slot), "RMBin 2024", "a
fee of;", "and $ thereafter", "was at September 30, 2025 (2024: $1.1 million)", "(31 March 2024:
)", "a target of shares", "the remaining $ is due", "borrowings of and repayments of". And the
same words with their amounts, which are no slot."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page
from tests.viewer_pages import year_blanks as _blanks

_YEAR = note_page("Note 5 - Debt", "12 Months Ended", "Dec. 31, 2024")


def test_a_preposition_or_verb_glued_to_the_word_before_is_a_dropped_amount() -> None:
    assert _blanks("The Company expensed third-party costs ofwithin selling, general and "
                   "administrative expenses in June 2024.") == [("P1M/2024-06-30", None)]
    assert _blanks("Bank guarantees ofwere outstanding at 30 June 2025.") == [
        ("2025-06-30", None)]
    assert len(_blanks("Unrecognized tax benefits of $2.0 million could decrease by up toupon "
                       "the expiration of statutes.")) == 1
    # "agreed toand signed": "to" then "and" is no slot unless an amount follows
    assert _blanks("The parties agreed toand signed the lease in 2024; rent is $4,000.") == []


def test_a_phrase_glued_to_the_verb_or_mark_of_a_dropped_amount_still_dates_it() -> None:
    assert _blanks("The balance due to Mr. Zhou wasas of December 31, 2024 and RMB1.2 million "
                   "as of December 31, 2023.") == [("2024-12-31", None)]
    assert _blanks("Fees were RMB0.2 million in 2023 and RMBin 2024.") == [
        ("P12M/2024-12-31", "CNY")]


def test_of_before_a_semicolon_and_a_mark_before_thereafter_are_slots() -> None:
    assert len(_blanks("The Company paid Westbridge an amendment fee of; a further $10.0 "
                       "million tranche was drawn.")) == 1
    assert _blanks("Payments are $21.4 million in 2027, and $ thereafter.") == [
        ("P12M/2024-12-31", "USD")]
    assert _blanks("Payments are $21.4 million in 2027, and $5.0 million thereafter.") == []


def test_a_measures_verb_then_its_balance_date_with_no_amount_is_a_slot() -> None:
    assert _blanks("The investment, included in other assets, was at September 30, 2025 "
                   "(2024: $1.1 million).") == [("2025-09-30", None)]
    assert _blanks("The investment was $2.0 million at September 30, 2025.") == []


def test_a_comparative_headed_by_a_day_month_year_date_is_a_blank_of_that_date() -> None:
    assert _blanks("Amounts due to directors were RM0.4 million at 31 March 2025 (31 March "
                   "2024: ).") == [("2024-03-31", "MYR")]


def test_a_count_after_a_target_of_and_a_mark_after_the_remaining_are_slots() -> None:
    assert _blanks("Units covering a target of shares were granted.") == [
        ("P12M/2024-12-31", "share")]
    assert _blanks("The Company paid half, and the remaining $ is due on September 30, "
                   "2025.") == [("P12M/2024-12-31", "USD")]
    assert _blanks("Units covering a target of 40,000 shares were granted.") == []


def test_of_then_and_then_the_next_measure_is_a_slot() -> None:
    got = _blanks("The Company had borrowings of $5.0 million in 2024, compared to borrowings "
                  "of and repayments of $ million during 2023.")
    assert len(got) == 2
    assert _blanks("The notes were issued as of and for the year ended December 31, 2024 of "
                   "$4,000.") == []


def test_a_glued_and_between_two_dates_of_one_amount_is_the_second_dates_blank() -> None:
    facts = extract(_YEAR + "Deposits were $4.0 million at August 2, 2025 andat February 1, "
                    "2025.\n").facts
    assert [(f.amount, f.period, f.blank, f.unit, f.scale) for f in facts] == [
        ("4.0", "2025-08-02", False, "USD", 6), (None, "2025-02-01", True, "USD", 6)]
    # with a space the amount is stated once for both dates
    facts = extract(_YEAR + "Deposits were $4.0 million at August 2, 2025 and at February 1, "
                    "2025.\n").facts
    assert [(f.amount, f.blank) for f in facts] == [("4.0", False), ("4.0", False)]


def test_for_or_a_verb_glued_to_and_before_the_next_amount_is_a_slot() -> None:
    assert len(_blanks("The Company sold scrap steel to Keong Holdings forand RM14,300 during "
                       "FY2025 and FY2024, respectively.")) == 1
    assert len(_blanks("In FY2024 the Company drew downand repaid HK$2,440,000.")) == 1
    assert _blanks("In FY2024 the Company drew down and repaid HK$2,440,000.") == []


def test_the_current_amount_dropped_before_a_comparative_that_kept_its_own() -> None:
    assert _blanks("The Group recognised a past service credit of (2023: CHF 1,260 "
                   "thousand).") == [("P12M/2024-12-31", "CHF")]
    assert _blanks("At December 31, 2024, purchased power over-recoveries were (2023: $14 "
                   "million).") == [("2024-12-31", "USD")]
    # an empty later part of a comparative is a blank too
    assert _blanks("Repurchases were 1.1 million shares (fiscal 2024: 0.6 million; fiscal 2023: "
                   ").") == [("P12M/2023-12-31", "share")]


def test_of_before_per_share_a_preposition_or_and_comma_respectively_is_a_slot() -> None:
    facts = extract(_YEAR + "The Board declared a regular distribution of $0.40 per share and a "
                    "supplemental distribution of per share.\n").facts
    assert [(f.blank, f.unit) for f in facts] == [(False, "USD"), (True, "USD")]
    assert len(_blanks("Warranty expense was $2.0 million, partly offset by a charge of for a "
                       "field retrofit.")) == 1
    assert _blanks("Warranty expense was $2.0 million, paid instead of for cash.") == []
    assert len(_blanks("Borrowings were ₹5,000.0 million and ₹4,118.9 million and , "
                       "respectively.")) == 1


def test_a_second_subject_dropped_between_and_and_its_verb_is_a_slot() -> None:
    assert len(_blanks("Of the $2.1 million, $1.1 million was capitalized and was charged to "
                       "interest expense.")) == 1
    assert _blanks("The fee was paid and was charged to expense; it was $4,000.") == []


def test_a_counts_unit_word_before_an_empty_comparative_is_no_dropped_amount() -> None:
    page = note_page("Note 7 - Equity", "12 Months Ended", "Jun. 30, 2025")
    facts = extract(page + "In fiscal 2025, the Company granted 412,500 RSUs (fiscal 2024: ) to "
                    "officers and employees.\n").facts
    assert [(f.amount, f.period, f.blank) for f in facts] == [
        ("412500", "P12M/2025-06-30", False), (None, "P12M/2024-06-30", True)]


def test_a_currency_mark_alone_on_a_table_line_is_a_heading_not_a_slot() -> None:
    body = ("Maturities of lease liabilities were as follows:\n|\n|\n|\nS$\n|\nYears ending "
            "September 30,\n|\n2026\n|\n1,284,600\n|\n2027\n|\n1,102,800\n|")
    assert [f for f in extract(_YEAR + body + "\n").facts if f.blank] == []


def test_a_phrase_glued_to_were_or_to_still_dates_the_slot_before_it() -> None:
    assert _blanks("The resulting income tax benefits werein 2024 and $0.7 million in "
                   "2023.") == [("P12M/2024-12-31", None)]
    assert _blanks("Net sales of gift cards were $20.1 million in fiscal 2024, compared toin "
                   "fiscal 2023 and $19.6 million in fiscal 2022.") == [("P12M/2023-12-31", None)]


def test_a_count_dropped_after_an_openers_dates_or_a_named_holder_is_a_slot() -> None:
    assert _blanks("As of March 29, 2025 and September 28, 2024, shares of preferred stock were "
                   "issued and outstanding.")[:1] == [("2025-03-29", "share")]
    assert _blanks("On October 15, 2023, the Company issued Ms. Kessling shares of restricted "
                   "common stock.") == [("2023-10-15", "share")]
    assert _blanks("Treasury shares were 120,000 shares (2023: shares).") == [
        ("P12M/2023-12-31", "share")]
    assert _blanks("On October 15, 2023, the Company issued Ms. Kessling 40,000 shares.") == []


def test_a_mark_after_reversed_or_before_above_and_glued_as_or_recognized_are_slots() -> None:
    assert _blanks("The Company recorded severance of $2.1 million, and reversed $ of previously "
                   "accrued severance.") == [("P12M/2024-12-31", "USD")]
    assert _blanks("The Company retains an aggregate layer of $ million above that "
                   "retention.") == [("P12M/2024-12-31", "USD")]
    assert len(_blanks("Imputed interest of $3,870 andas a contribution to capital was "
                       "recorded.")) == 1
    assert len(_blanks("Proceeds net of deferred tax ofrecognized directly in equity were R$5,000 "
                       "thousand.")) == 1
    # "offered" is a word, not "of" glued to a verb
    assert _blanks("The Company offered $5,000 to each holder.") == []


def test_was_as_of_a_date_that_ends_the_clause_is_a_dropped_balance() -> None:
    assert _blanks("The amount owed to Ms. Whitcombe was as of October 31, 2025.") == [
        ("2025-10-31", None)]
    assert _blanks("The Company was as of December 31, 2024 in compliance with its "
                   "covenants.") == []


def test_a_verbs_object_dropped_before_of_and_its_noun_is_a_slot() -> None:
    got = _blanks("During the year ended December 31, 2024 the Company repaid of principal and "
                  "$4,875 of accrued interest.")
    assert got == [("P12M/2024-12-31", None)]
    # "amounts borrowed of 9%": an amount after "of"
    assert _blanks("The line bears an interest rate on amounts borrowed of 9% per annum.") == []


def test_a_past_tense_glued_to_shares_and_a_mark_after_acquired_for_are_slots() -> None:
    assert _blanks("The Company retiredshares of treasury stock in fiscal 2024.") == [
        ("P12M/2024-12-31", "share")]
    assert _blanks("The increase related to properties acquired for $ in 2023.") == [
        ("P12M/2023-12-31", "USD")]
    assert _blanks("The Company sold the unit for cash.") == []


def test_the_subjects_verb_then_a_year_with_no_amount_between_is_a_slot() -> None:
    assert _blanks("In fiscal 2025 the Company paid NIT $250,000, and it paid in fiscal "
                   "2024.") == [("P12M/2024-12-31", None)]
    # no subject before the verb: "revenue recognized in 2024" names a measure
    assert _blanks("Revenue recognized in 2024 was $5.0 million.") == []


def test_were_at_a_balance_date_before_a_comparative_is_the_current_slot() -> None:
    assert _blanks("Loans still accruing interest were at December 31, 2024 (2023: $1.2 "
                   "million).") == [("2024-12-31", None)]


def test_a_quarter_phrase_glued_to_a_verb_still_dates_its_slot() -> None:
    page = note_page("Note 3 - Segments", "3 Months Ended", "Sep. 27, 2025")
    facts = extract(page + "Corporate segment operating income totalledin the third quarter of "
                    "fiscal 2025 and $1.1 million in the third quarter of fiscal 2024.\n").facts
    assert [(f.blank, f.period) for f in facts] == [
        (True, "P3M/2025-09-27"), (False, "P3M/2024-09-28")]


def test_a_verb_then_and_before_a_count_or_another_verbs_amount_is_a_slot() -> None:
    assert _blanks("At June 30, 2025, warrants outstanding covered and 150,000 shares of common "
                   "stock.") == [("2025-06-30", "share")]
    assert len(_blanks("In 2024 the Company repaid and refinanced ¥4,500 million of loans.")) == 1
    # "incurred and totalled ₩3,412 million": one amount, both verbs its own
    assert _blanks("Contributions were charged to expense as incurred and totalled ₩3,412 "
                   "million in 2024.") == []


def test_an_amount_then_and_before_a_balance_date_is_the_second_dates_slot() -> None:
    assert _blanks("Borrowings from Hang Seng Bank were HK$600,000 and as of March 31, 2025 and "
                   "2024, respectively.") == [("2024-03-31", "HKD")]
    # a year before "and" is no amount
    assert _blanks("Goodwill is tested for the six months ended June 30, 2025 and for the year "
                   "ended December 31, 2024; it was $5.0 million.") == []


def test_a_later_comparative_headed_by_a_date_and_a_mark_before_arising_are_slots() -> None:
    assert _blanks("Inventories were $30.2 million (June 28, 2025: $30.2 million; August 3, "
                   "2024: ).") == [("2024-08-03", "USD")]
    assert _blanks("The Company recognized the incremental fair value of $ arising from the "
                   "modification.") == [("P12M/2024-12-31", "USD")]
    assert len(_blanks("The Company paid $39.2 million to redeem all $ of its subordinated "
                       "notes.")) == 1
