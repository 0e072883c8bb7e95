"""Dropped amounts shown only by the clause that goes on without them (made-up sentences in
shapes met in held-out notes): a word that wants an amount, then one that cannot begin it
("interest of were outstanding", "decreases ofrelated to", "a gain ofthat was recorded",
"gains were in 2024 and $0.2 million in 2023", "totaled at both December 31, 2024 and 2023",
"paid in the United States and paid in other countries", "fees of and paid", "(2022: and )",
"(fiscal 2024: gain of )", "warrants forshares"); a phrase glued to the word before the slot
still dates it ("totalingin 2022", "amounted toat September 30, 2025"). And the same words
with their amounts or in their ordinary senses, which are no slot."""

from __future__ import annotations

from tests.viewer_pages import year_blanks as _blanks


def test_a_lead_word_straight_before_an_auxiliary_or_relative_clause_is_a_slot() -> None:
    assert _blanks("Principal of $500,000 and accrued interest of were outstanding on these "
                   "notes at December 31, 2024.") == [("2024-12-31", None)]
    assert len(_blanks("The reserve reflects increases of $1.2 million for current positions "
                       "and decreases ofrelated to prior-year positions.")) == 1
    assert len(_blanks("The Company sold the building for $2.0 million and recognized a gain "
                       "of that was recorded in other income.")) == 1


def test_of_before_a_clause_in_its_ordinary_senses_is_no_slot() -> None:
    assert _blanks("The sale of related party receivables of $1.0 million was completed.") == []
    assert _blanks("Fees of $30,000, all of which were paid in 2024, are included.") == []
    assert _blanks("The Company is a party to some of that were filed in 2023 and accrued "
                   "$0.2 million.") == []


def test_a_copula_before_the_first_year_of_a_stated_list_is_a_slot_of_that_year() -> None:
    assert _blanks("Gross realized gains were in 2024 and $0.2 million in 2023.") == [
        ("P12M/2024-12-31", None)]
    assert _blanks("Gross realized gains were $0.4 million in 2024 and $0.2 million in "
                   "2023.") == []
    # no amount after the year: "were in 2024" is no list
    assert _blanks("Most of the awards were in 2024 granted to officers; expense was "
                   "$1.0 million.") == []


def test_a_copula_before_a_reporting_periods_phrase_is_a_slot() -> None:
    assert _blanks("Reclassifications out of accumulated loss were for the three months ended "
                   "September 30, 2024 and $0.3 million for the nine months ended September 30, "
                   "2024.") == [("P3M/2024-09-30", None)]
    assert _blanks("The grants were for the benefit of employees and totaled $3.0 "
                   "million.") == []


def test_a_total_at_both_dates_with_no_amount_is_one_slot_per_date() -> None:
    assert _blanks("Loans past due 90 days and still accruing totaled at both December 31, "
                   "2024 and 2023.") == [("2024-12-31", None), ("2023-12-31", None)]
    assert _blanks("Loans past due 90 days totaled $1.1 million at both December 31, 2024 and "
                   "2023.") == []


def test_a_second_amount_of_the_same_participle_dropped_after_and_is_a_slot() -> None:
    assert len(_blanks("Severance of $4.1 million was paid in the United States and paid in "
                       "other countries.")) == 1
    assert _blanks("Severance of $4.1 million was paid in cash and paid out by March "
                   "2024.") == []


def test_of_then_and_before_the_next_clauses_verb_is_a_slot() -> None:
    assert len(_blanks("The Company reimbursed the lender's legal fees of and paid a placement "
                       "fee of $50,000.")) == 1
    assert _blanks("The balance as of and paid through December 31, 2024 was $50,000.") == []


def test_a_comparative_whose_amounts_are_all_gone_is_a_slot_each() -> None:
    assert _blanks("Interest on the facility was $2.1 million (2022: and ).") == [
        ("P12M/2022-12-31", "USD"), ("P12M/2022-12-31", "USD")]
    assert _blanks("The charge was $1.0 million in fiscal 2025 (fiscal 2024: gain of )."
                   ) == [("P12M/2024-12-31", "USD")]


def test_a_count_glued_between_its_lead_and_shares_is_a_slot() -> None:
    assert _blanks("During the year warrants forshares were exercised for $1.0 million.") == [
        ("P12M/2024-12-31", "share")]


def test_a_phrase_glued_to_the_lead_word_still_dates_its_slot() -> None:
    assert _blanks("The Company recorded impairment charges totalingin 2022 and $1.0 million "
                   "in 2024.")[0] == ("P12M/2022-12-31", None)
    assert _blanks("Deposits reclassified to loans amounted toat September 30, 2024, and $2.0 "
                   "million at June 30, 2024.")[0] == ("2024-09-30", None)


def test_a_mark_after_a_verb_of_writing_off_or_issuing_is_a_slot() -> None:
    assert _blanks("In connection with the amendment the Company wrote off $ of unamortized "
                   "issuance costs and paid $0.2 million.") == [("P12M/2024-12-31", "USD")]
    assert _blanks("The Company issued $ of senior notes in 2024 and repaid $1.0 "
                   "million.") == [("P12M/2024-12-31", "USD")]


def test_a_percent_forfeited_or_retained_with_its_number_gone_is_a_slot() -> None:
    assert _blanks("On March 3, 2024, the Sponsor agreed to forfeit percent of its 1,000,000 "
                   "founder shares.") == [("2024-03-03", "percent")]
    assert _blanks("The Sponsor forfeited 25 percent of its 1,000,000 founder shares.") == []


def test_a_copula_before_the_stop_after_a_comparison_word_and_a_comma_is_a_slot() -> None:
    assert len(_blanks("Benefits paid, other than from plan assets, were. The Company expects "
                       "to contribute $2.0 million.")) == 1
    assert _blanks("The benefit was larger than it was. Contributions were $2.0 million.") == []


def test_and_glued_to_the_next_amounts_period_phrase_is_a_slot() -> None:
    assert len(_blanks("Lease costs were $0.4 million in the quarter then ended andin the "
                       "comparable prior-year period.")) == 1
    assert _blanks("Lease costs were $0.4 million in the quarter then ended and in the "
                   "comparable prior-year period were lower.") == []


def test_and_before_a_years_phrase_after_a_slot_that_kept_its_mark_is_a_slot() -> None:
    assert _blanks("Fees were $1.0 million in 2024, compared with $ in 2025 and in 2023.") == [
        ("P12M/2025-12-31", "USD"), ("P12M/2023-12-31", "USD")]


def test_a_count_dropped_after_of_which_or_before_and_a_count_is_a_slot() -> None:
    assert _blanks("The Company may issue 10,000,000 preferred shares, of which shares were "
                   "issued as of September 30, 2025 and December 31, 2024.") == [
        ("2025-09-30", "share"), ("2024-12-31", "share")]
    assert _blanks("The Company sold and 0.9 million shares under the program in 2024 and "
                   "2023, respectively.") == [("P12M/2024-12-31", "share")]
    assert _blanks("The Company sold 1.1 million and 0.9 million shares under the program in "
                   "2024 and 2023, respectively.") == []


def test_a_mark_before_held_and_of_before_to_its_are_slots() -> None:
    assert _blanks("At December 31, 2024, the Company had $ held in an escrow account and "
                   "$1.0 million in cash.") == [("2024-12-31", "USD")]
    assert len(_blanks("In 2022 the subsidiary paid a dividend of to its Hong Kong parent and "
                       "$1.0 million to others.")) == 1
    assert _blanks("In 2022 the subsidiary paid a dividend of $1.0 million to its Hong Kong "
                   "parent.") == []


def test_a_verb_glued_to_of_or_when_after_its_dropped_amount_is_a_slot() -> None:
    assert len(_blanks("The Company issued notes of $50,000 and repaidof principal in "
                       "2024.")) == 1
    assert len(_blanks("Accrued interest on the note of $1,000 waswhen the quarter "
                       "closed.")) == 1


def test_and_glued_to_of_to_or_by_around_a_dropped_amount_is_a_slot() -> None:
    assert len(_blanks("The acquisition added $13.9 million of customer relationships andof "
                       "trade names.")) == 1
    assert len(_blanks("Measurement-period adjustments increased goodwill byand reduced "
                       "deferred tax liabilities by $0.3 million.")) == 1
    assert _blanks("The acquisition added $13.9 million of customer relationships and of "
                   "trade names.") == []


def test_a_copula_before_and_and_a_fiscal_years_phrase_leaves_two_slots() -> None:
    assert _blanks("Royalties paid to Meridale were and for fiscal 2025 and 2024, "
                   "respectively.") == [("P12M/2025-12-31", None), ("P12M/2024-12-31", None)]


def test_a_copula_before_a_year_that_ends_the_clause_is_a_slot() -> None:
    assert _blanks("Impairments of equity investments were in fiscal 2024. Rent was "
                   "$4,000.") == [("P12M/2024-12-31", None)]
    assert _blanks("Impairments were $0.2 million in fiscal 2024.") == []


def test_a_mark_between_for_and_of_is_a_slot() -> None:
    assert _blanks("Meridale reimbursed the Company for $ of development costs in 2024 and "
                   "paid $1.0 million.") == [("P12M/2024-12-31", "USD")]
    assert _blanks("Meridale reimbursed the Company for $2.0 million of development costs in "
                   "2024.") == []


def test_of_before_a_spaced_stop_is_a_slot() -> None:
    assert _blanks("As of June 30, 2024, the Company had an accumulated deficit of $8,212,400 "
                   "and a stockholders' deficit of . These conditions raise doubt.") == [
        ("2024-06-30", None)]


def test_of_before_a_comma_after_a_measures_noun_is_a_slot() -> None:
    assert len(_blanks("The Company recognized impairment of $1.9 million, and lease "
                       "termination charges of, both within closure costs.")) == 1
    # a verb's "of" before a parenthetical comma is no slot
    assert _blanks("Reviews follow a process consisting of, depending on the risk, audits "
                   "costing $1.0 million.") == []


def test_and_twice_leaves_a_slot_after_each() -> None:
    assert len(_blanks("There were 1,000 and 900 common shares outstanding, respectively, and "
                       "and shares of Series A preferred stock.")) == 2


def test_glued_total_and_verb_of_and_a_mark_after_of_which_or_a_comma_are_slots() -> None:
    assert len(_blanks("Repayments of long-term debt totalledand proceeds from new borrowings "
                       "were $4.0 million.")) == 1
    assert len(_blanks("In June 2024, the Company also recognizedof accelerated depreciation "
                       "and $1.0 million of severance.")) == 1
    assert _blanks("Provisions totaled $6.3 million, of which $ related to commercial real "
                   "estate.") == [("P12M/2024-12-31", "USD")]
    assert _blanks("Of the goodwill acquired, $ is expected to be deductible and $1.0 million "
                   "is not.") == [("P12M/2024-12-31", "USD")]


def test_a_copula_before_and_and_a_stated_amount_is_a_slot() -> None:
    assert len(_blanks("Benefits recognized in the provision were and $0.1 million in 2024 and "
                       "2023, respectively.")) == 1


def test_a_copula_ending_a_contrast_clause_is_a_slot() -> None:
    assert len(_blanks("Compensation raised the rate by 0.9 percentage points, while its effect "
                       "in the prior year was.")) == 1
