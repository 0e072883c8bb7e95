"""Blank slots a dropped amount leaves where its currency mark (and scale word) stays, in shapes
the synthetic drop check (`benchmarks/blank_drops.py`) found the engine missing.

Every text here is written for the test, in the style of the SEC viewer's rendering.
"""

from __future__ import annotations

from viewer_pages import note_page

import extractor


def blanks_of(text: str) -> list[tuple[str, str | None, int]]:
    """Each blank as (the text before its slot, unit, scale)."""
    facts = extractor.extract(text).facts
    return [(text[max(0, f.span[0] - 12) : f.span[0]], f.unit, f.scale)
            for f in facts if f.blank and f.span is not None]


def test_mark_and_scale_word_with_no_number_before_any_word_is_a_blank() -> None:
    assert blanks_of("In 2014, we recorded amortization expense of $ million relating to "
                     "changes in the estimate.") == [("expense of $", "USD", 6)]
    assert blanks_of("As of December 31, 2016, RMB million impairment loss was "
                     "recognized.") == [("1, 2016, RMB", "CNY", 6)]
    assert blanks_of("Tax loss carryforwards in the amount of € thousand will expire in "
                     "2037.") == [(" amount of €", "EUR", 3)]


def test_mark_and_scale_word_naming_the_unit_is_no_blank() -> None:
    assert blanks_of("Amounts are presented in RMB million unless stated otherwise.") == []
    assert blanks_of("(in US$ thousands except per share data)") == []
    assert blanks_of("(RMB million except per share data)") == []
    assert blanks_of("Unit: RMB million unless stated otherwise") == []


def test_lone_dollar_after_a_lead_word_and_before_a_preposition_is_a_blank() -> None:
    assert blanks_of("During June 2017, the Company borrowed $ under the terms of the "
                     "notes.") == [("y borrowed $", "USD", 0)]
    assert blanks_of("The Company will recognize the remaining expense of $ over a five-year "
                     "period.") == [("expense of $", "USD", 0)]


def test_lone_dollar_naming_the_currency_is_no_blank() -> None:
    assert blanks_of("The Company reports its results in $ under the laws of Delaware.") == []
    assert blanks_of("Balances held in $ on deposit are translated at the closing rate.") == []



def test_dollar_as_an_adjective_after_a_determiner_is_a_blank() -> None:
    assert blanks_of("The bank lent the Company a 24-month $ loan and an 18-month $30,000 "
                     "loan.") == [("a 24-month $", "USD", 0)]
    assert blanks_of("On April 1, 2017, the Company made a $ interest payment.") == [
        ("any made a $", "USD", 0)]


def test_dollar_naming_the_currency_after_a_determiner_is_no_blank() -> None:
    assert blanks_of("The $ amount of the loans is shown below.") == []
    assert blanks_of("We report the $ equivalent of the euro loans.") == []
    assert blanks_of("The loans are repaid in $ or euros.") == []


def test_scale_word_and_currency_name_with_no_number_is_a_blank() -> None:
    assert blanks_of("Loans amounted to million yen and 6,761 million yen, "
                     "respectively.") == [(" amounted to", "JPY", 6)]


def test_scale_word_and_currency_name_naming_the_unit_is_no_blank() -> None:
    assert blanks_of("All amounts are stated in million yen unless noted otherwise.") == []
    assert blanks_of("Amounts (Millions of yen) are rounded.") == []


def test_dividend_per_share_in_parentheses_with_its_amount_gone_is_a_blank() -> None:
    assert blanks_of("Cash dividends declared and paid ( per common share)") == [
        ("d and paid (", None, 0)]


def test_per_share_heading_in_parentheses_is_no_blank() -> None:
    assert blanks_of("Basic earnings (per share)") == []
    assert blanks_of("Net income ( per share data) is below.") == []


def test_lone_dollar_after_a_verb_taking_an_amount_is_a_blank() -> None:
    assert blanks_of("The Company had $ of revolving loans outstanding at year end.") == [
        ("ompany had $", "USD", 0)]
    assert blanks_of("The Company expects to contribute $ to the trust in 2026.") == [
        ("contribute $", "USD", 0)]


def test_lone_mark_before_remained_is_a_blank() -> None:
    assert blanks_of("Advances of $ remained unpaid at June 30, 2025.") == [
        ("dvances of $", "USD", 0)]
    assert blanks_of("An undrawn amount of RMB remained available to the group.") == [
        ("mount of RMB", "CNY", 0)]


def test_lone_dollar_after_and_following_an_amount_is_a_blank() -> None:
    facts = blanks_of("Of the reserve, $2.0 million is current, and $ is classified within "
                      "other liabilities.")
    assert facts == [("rrent, and $", "USD", 0)]


def test_dollar_after_and_with_no_amount_before_is_no_blank() -> None:
    assert blanks_of("Sales are invoiced in euros and $ is used only for imports.") == []
    assert blanks_of("The Company had $ denominated loans and euro loans.") == []


def test_empty_comparative_headed_by_a_date_is_a_blank_of_that_date() -> None:
    facts = extractor.extract("Reserves were $0.6 million as of March 31, 2025 (December 31, "
                              "2024: ).").facts
    blank = [f for f in facts if f.blank]
    assert [(f.period, f.unit, f.scale) for f in blank] == [("2024-12-31", "USD", 6)]


def test_parenthesis_of_a_date_with_no_colon_is_no_blank() -> None:
    facts = extractor.extract("Reserves were $0.6 million as of March 31, 2025 (see Note 4, "
                              "2024).").facts
    assert [f.blank for f in facts] == [False]


def test_and_glued_to_the_unit_word_is_a_dropped_share_count() -> None:
    text = "The Company issued 40,000 andordinary shares in 2024 and 2023, respectively."
    facts = extractor.extract(text).facts
    assert [(f.amount, f.blank, f.unit, f.period) for f in facts] == [
        ("40000", False, "share", "P12M/2024-12-31"), (None, True, "share", "P12M/2023-12-31")]
    assert text[facts[1].span[0] - 3 : facts[1].span[0]] == "and"


def test_and_between_words_before_shares_is_no_blank() -> None:
    assert blanks_of("Warrants and shares issued to advisers vest over two years.") == []


def test_verb_or_additional_glued_to_the_unit_word_is_a_dropped_count() -> None:
    facts = extractor.extract("By June 30, 2024 the Company had repurchasedordinary shares "
                              "under the program.").facts
    assert [(f.blank, f.unit) for f in facts] == [(True, "share")]
    facts = extractor.extract("In May 2024 the underwriters purchased an additionalshares at "
                              "the offering price.").facts
    assert [(f.blank, f.unit) for f in facts] == [(True, "share")]


def test_verb_before_the_unit_word_with_a_space_is_no_blank() -> None:
    assert extractor.extract("The Company repurchased ordinary shares in the open "
                             "market.").facts == []


def test_and_glued_to_the_verb_after_a_list_is_its_dropped_last_item() -> None:
    facts = extractor.extract("As of December 31, 2024, loans of RMB2.0 million, RMB1.5 million "
                              "andwere guaranteed by the parent.").facts
    assert [(f.amount, f.blank, f.unit, f.scale) for f in facts] == [
        ("2.0", False, "CNY", 6), ("1.5", False, "CNY", 6), (None, True, "CNY", 6)]


def test_which_glued_to_its_verb_is_a_dropped_amount() -> None:
    assert blanks_of("Unrecognized benefits totalled $3.9 million, of whichwould, if "
                     "recognized, reduce the rate.") == [(" 3.9 million, of which"[-12:], None, 0)]


def test_which_before_its_verb_with_a_space_is_no_blank() -> None:
    assert blanks_of("The loans, of which would be repaid first, were large.") == []


def test_copula_before_the_stop_after_an_accented_name_is_a_blank() -> None:
    page = note_page("Note 3 - Grants", "12 Months Ended", "Sep. 30, 2025")
    text = page + ("The Company recorded grants of C$1.2 million in fiscal 2025. Credits from "
                   "Revenu Québec amounted to.")
    assert blanks_of(text) == [(" amounted to", None, 0)]


def test_equity_shares_glued_to_and_are_a_dropped_count() -> None:
    facts = extractor.extract("As of March 31, 2025 and 2024, 412,806,150 andequity shares were "
                              "issued, respectively.").facts
    assert [(f.blank, f.unit, f.period) for f in facts] == [
        (False, "share", "2025-03-31"), (True, "share", "2024-03-31")]


def test_low_end_dropped_after_and_in_a_list_of_lives() -> None:
    facts = extractor.extract("Intangibles are amortized over estimated useful lives of ten "
                              "years, five to seven years and to eight years, respectively.").facts
    assert [(f.amount, f.amount_max, f.blank) for f in facts] == [
        ("10", None, False), ("5", "7", False), (None, "8", True)]


def test_of_right_before_the_stop_is_a_dropped_amount() -> None:
    page = note_page("Note 5 - Options", "12 Months Ended", "Dec. 31, 2024")
    text = page + ("The Company used a risk-free rate of 4.1%, an expected term of six years and "
                   "a dividend yield of. Options vest over four years.")
    assert blanks_of(text) == [("end yield of", None, 0)]


def test_and_glued_to_from_after_an_amount_is_a_dropped_item() -> None:
    facts = extractor.extract("In March 2025, the Company withdrew $412,000 andfrom the Trust "
                              "Account to pay taxes.").facts
    assert [(f.amount, f.blank) for f in facts] == [("412000", False), (None, True)]


def test_lone_dollar_before_at_outstanding_or_beginning_after_a_lead_is_a_blank() -> None:
    assert blanks_of("The Bank could borrow $212.5 million at the FHLB and $ at the discount "
                     "window.") == [("e FHLB and $", "USD", 0)]
    assert blanks_of("The Fund held Treasury bills of $ at that date.") == [("y bills of $",
                                                                            "USD", 0)]
    assert blanks_of("After the exchange, accrued interest of $ outstanding under the notes "
                     "was forgiven.") == [("nterest of $", "USD", 0)]
    assert blanks_of("The agent cut its monthly fee from $12,000 to $ beginning May 1, "
                     "2025.") == [("$12,000 to $", "USD", 0)]


def test_lone_dollar_naming_a_currency_before_at_is_no_blank() -> None:
    assert blanks_of("Balances are translated to $ at the closing rate.") == []
    assert blanks_of("Sales are invoiced in $ at the customer's request.") == []


def test_a_currency_code_before_an_auxiliary_verb_is_no_blank() -> None:
    assert blanks_of("Fluctuations in the value of RMB will affect the results for 2024.") == []
    assert blanks_of("The Company expects that RMB would weaken against the dollar.") == []
