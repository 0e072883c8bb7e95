"""Prose labels: the measure's noun phrase in each common shape, never a fragment.
Every sentence is made up."""

from __future__ import annotations

import pytest

import extractor
from extractor.measure import object_measure, right_measure, tidy


def labels(body: str) -> list[str]:
    return [f.label for f in extractor.extract("Note\n" + body).facts]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Revenues of RMB1,200 were recorded in 2023.", "Revenues"),  # <measure> of <amount>
        ("Interest expense was $5,400 for the year ended December 31, 2023.", "Interest expense"),
        ("Rental income amounted to $7,300 in 2022.", "Rental income"),
        ("Total rent paid totalled $8,100 in 2022.", "Total rent paid"),
        ("The Company recorded $3,000 of impairment losses in 2022.", "Impairment losses"),
        ("As of December 31, 2022, $4.5 million impairment loss was recognized.",
         "Impairment loss"),
        ("As of December 31, 2023, the Group had RMB 48.5 million secured bank borrowings.",
         "Secured bank borrowings"),
        ("Consulting fees: $2,500 for the year ended December 31, 2023.", "Consulting fees"),
        ("Accrued interest increased from $1,000 to $2,000 during 2023.", "Accrued interest"),
    ],
)
def test_each_common_shape_gives_the_measure(body: str, label: str) -> None:
    assert labels(body)[0].lower() == label.lower()


def test_a_list_under_one_measure_shares_it() -> None:
    got = labels("Research expenses were $1,000, $2,000 and $3,000 in 2021, 2022 and 2023.")
    assert [g.lower() for g in got] == ["research expenses"] * 3


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("And an investment", "Investment"),
        ("For a total authorization", "Total authorization"),
        ("In an aggregate cash consideration", "Aggregate cash consideration"),
        ("The Company’s issued share capital", "Issued share capital"),
        ("Lease was renewed for two more years with a base rent", "Base rent"),
        ("Company made a cash investment", "Cash investment"),
        ("Principal of RMB5 million ($706,125) and interest", "Interest"),
        ("Revenue recognized that was included in the contract liability balance",
         "Revenue recognized"),
        ("Amounts due from", "Amounts due from"),
        ("”) and an offsetting lease liability", "Offsetting lease liability"),
    ],
)
def test_tidy_keeps_the_measure_of_a_fragment(raw: str, want: str) -> None:
    assert tidy(raw) == want


@pytest.mark.parametrize(
    "fragment",
    ["The Company received RMB1", "Respectively for the three", "For an amount up", "The first",
     "Amount", "Second was in the amount", "Of", "The Group had"],
)
def test_tidy_refuses_fragments(fragment: str) -> None:
    assert tidy(fragment) is None


def test_right_measure_reads_amount_of_measure() -> None:
    assert right_measure(" of revenue previously deferred") == "Revenue previously deferred"
    assert right_measure(" for the year") is None


def test_object_measure_needs_a_verb_around_the_amount() -> None:
    assert object_measure("the Group had ", " secured loans from banks") == "Secured loans"
    assert object_measure("the Group disclosed ", " secured loans from banks") is None


def test_no_label_is_a_fragment_or_cut_number() -> None:
    body = (
        "The Company received RMB1,400 in cash from Acme in January 2021. For an amount up to "
        "$5,000, the lender may extend credit. The first $2,000 was paid in March 2022."
    )
    for label in labels(body):
        assert tidy(label) is not None or label == "Amount", label
        assert not label.rstrip().endswith(("RMB1", "$5")), label


def test_amount_that_opens_its_text_takes_the_noun_after_it() -> None:
    assert object_measure("|K€", " KBC credit facility, due 2026") == "KBC credit facility"
    assert object_measure("Of the ", " options, 1,801 were vested") == "Options"


@pytest.mark.parametrize("when", ["At December 31", "March", "August to August", "May 14, 2015"])
def test_a_date_or_month_is_never_a_label(when: str) -> None:
    assert tidy(when) is None


def test_a_word_that_starts_like_a_month_is_a_label() -> None:
    assert tidy("Marketing") == "Marketing"
    assert tidy("Under the terms of the loan") == "Terms of the loan"


def test_last_resort_is_never_a_date_or_a_number() -> None:
    got = labels("Through September 30, 2017, the Company borrowed and has outstanding $60,000.")
    assert got == ["Amount outstanding"]


def test_the_companys_own_measure_is_not_cut_at_of_the_company() -> None:
    body = "The accounts payable of the Company related to these sales were $2,700 in 2023."
    assert labels(body) == ["Accounts payable"]


def test_a_back_reference_takes_the_party_named_in_the_paragraph_before() -> None:
    text = (
        "Note\nThe Company’s purchases from Acme Corporation were $600 in 2023.\n"
        "The accounts payable of the Company related to these transactions were $20 as of "
        "December 31, 2023."
    )
    assert [f.entity for f in extractor.extract(text).facts] == ["Acme Corporation"] * 2


def test_a_new_paragraph_without_back_reference_names_nobody() -> None:
    text = (
        "Note\nThe Company’s purchases from Acme Corporation were $600 in 2023.\n"
        "The Company paid rent of $20 in 2023."
    )
    assert [f.entity for f in extractor.extract(text).facts] == ["Acme Corporation", None]


def test_an_aside_of_possession_gives_way_to_the_sentences_subject() -> None:
    body = (
        "The Company’s purchases of raw materials from Acme Co., Ltd., for which a director of "
        "the Company and his family have a majority of the voting rights, were $109 in 2023."
    )
    assert labels(body) == ["Purchases of raw materials"]


def test_a_translation_after_or_shares_the_label_of_what_it_translates() -> None:
    body = (
        "On May 31, 2016, the Company obtained a loan from Foo Bank in the amount of "
        "RMB32,000,000, or $4,664,845, payable on May 30, 2017."
    )
    assert labels(body) == ["Loan", "Loan"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Profits tax has been provided at the rate of 16.5% on the estimated profits.",
         "Profits tax rate"),
        ("PRC enterprise income tax is calculated at the rate of 25% of taxable income.",
         "PRC enterprise income tax rate"),
        ("The loan bears interest at the rate of 5% per annum.", "Interest rate"),
        ("The loan carries an annual interest rate of 4.35%.", "Annual interest rate"),
    ],
)
def test_a_bare_rate_takes_what_is_charged_at_it(body: str, label: str) -> None:
    assert labels(body)[0].lower() == label.lower()


def test_a_comparative_in_parentheses_shares_the_rate_before_it() -> None:
    got = labels("Profits tax has been provided at the rate of 16.5% (2018: 16.5%) on profits.")
    assert [g.lower() for g in got] == ["profits tax rate"] * 2


def test_a_rate_with_no_subject_stays_a_rate_phrase() -> None:
    # no clause charged at it: nothing to name the rate after but the sentence
    assert labels("At the rate of 5%, the payment is due.")[0].lower() != "interest rate"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("On May 2, 2024, the Company borrowed $20,000 under the terms of a 6% unsecured "
         "demand note from a director.", "Borrowings under unsecured demand note"),
        ("At June 30, 2024, the Company had borrowed and has outstanding $60,000 under the "
         "Agreement.", "Borrowings outstanding under agreement"),
        ("The Company granted a stock option to purchase 400,000 shares of its common stock "
         "valued at $9,960.", "Value of stock option"),
        ("The Company issued 100,000 shares of common stock valued at $50,000 to a consultant.",
         "Value of shares"),
    ],
)
def test_acts_named_by_what_they_are_under_or_of(body: str, label: str) -> None:
    money = [f.label for f in extractor.extract("Note\n" + body).facts if f.unit == "USD"]
    assert money[-1].lower() == label.lower()


def test_a_rate_printed_before_its_instrument_is_that_instruments_interest_rate() -> None:
    got = labels("On May 2, 2024, the Company borrowed $20,000 under a 6% unsecured demand "
                 "note.")
    assert got[-1].lower() == "interest rate on unsecured demand note"
    assert labels("The Company issued its 5.5% convertible notes.")[0].lower() == (
        "interest rate on convertible notes")
    # a rate before another noun is not an instrument's
    assert "note" not in labels("Revenue grew 5% compared with 2023.")[0].lower()


def test_the_price_an_option_or_warrant_buys_shares_at_is_its_exercise_price() -> None:
    got = labels("The Company granted an option to purchase 400,000 shares of common stock, "
                 "par value $.001 per share, at $.04 per share.")
    assert [g.lower() for g in got[1:]] == ["par value per share", "exercise price per share"]
    assert labels("The shares were sold at $3.00 per share.")[0].lower() == "price per share"


def test_an_amount_compared_with_takes_the_measure_compared() -> None:
    got = labels("The allowances were approximately $661 at September 30, 2024, compared with "
                 "approximately $1,607 at December 31, 2023.")
    assert [g.lower() for g in got] == ["allowances", "allowances"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("During 2024, we repurchased 8.4 million shares of our common stock for $450 million.",
         "Cost of shares repurchased"),
        ("In 2024 the Company sold 1,000 shares to Foo Ltd. for $5,000.",
         "Proceeds from shares sold"),
    ],
)
def test_the_money_shares_change_hands_for(body: str, label: str) -> None:
    assert labels(body)[-1].lower() == label.lower()


def test_a_cost_after_net_proceeds_is_its_own_measure() -> None:
    got = labels("The gross proceeds were $5,496,002 and we received net proceeds of $4,903,238 "
                 "after offering costs of $592,764.")
    assert got[-1].lower() == "offering costs"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The Company granted a stock option to purchase a total of 400,000 shares of its "
         "common stock.", "Shares under option"),
        ("The lender received a five year Warrant to purchase 50,000 shares of common stock.",
         "Shares under warrant"),
        ("The Promissory Note is convertible into 50,000 shares of common stock.",
         "Shares issuable on conversion"),
        ("In February 2024, we completed the sale of 3,925,716 shares of our common stock.",
         "Common stock shares sold"),
        ("The agreements were settled and 7,539,595 shares were returned to the Company.",
         "Shares returned"),
        ("An individual converted 2,000 shares of our Series A Preferred Stock.",
         "Series A Preferred Stock shares converted"),
        ("The Company issued an aggregate of 1,550,000 shares of the Company’s common stock.",
         "Common stock shares issued"),
        ("The Company sold warrants to purchase up to 1,550,000 shares of Common Stock.",
         "Shares under warrant"),
    ],
)
def test_a_count_of_shares_is_named_by_what_happens_to_them(body: str, label: str) -> None:
    assert labels(body)[0].lower() == label.lower()


def test_shares_with_their_own_words_keep_them() -> None:
    assert labels("The Company granted 3,000 fully-vested shares to its CEO.")[0].lower() == (
        "fully-vested shares granted")
    assert labels("Its subsidiary holds 5,000 shares.")[0].lower() == "shares"


def test_the_amount_stated_before_keeps_its_measure_when_repeated() -> None:
    text = ("Note\nThe Group had US$3,500 due from Foo Ltd. as of June 30, 2024. The amount of "
            "US$3,500 as of June 30, 2024 represented a prepayment of US$265 to Foo Ltd.")
    facts = extractor.extract(text).facts
    assert [f.label for f in facts if f.amount == "3500"] == ["Amounts due from"] * 2
    # another amount stated before lends it nothing
    other = extractor.extract("Note\nRevenue was US$500. The amount of US$9,100 as of June 30, "
                              "2024 represented fees.")
    assert [f.label for f in other.facts] == ["Revenue", "Amount"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Our Board declared a cash dividend of $0.10 per share for stockholders of record.",
         "Cash dividend per share"),
        ("Dividends accrue on the liquidation preference of $1,000.00 per share.",
         "Liquidation preference per share"),
        ("The notes convert at a conversion price of $1.20 per share.",
         "Conversion price per share"),
        ("The Company issued shares at a price of $2.00 per share.", "Price per share"),
        ("The shares were sold at $3.00 per share.", "Price per share"),
    ],
)
def test_a_per_share_amount_takes_the_measure_it_is_of(body: str, label: str) -> None:
    assert labels(body)[0].lower() == label.lower()


def test_a_measure_that_includes_an_amount_names_it() -> None:
    got = labels("At December 31, 2024 and 2023, Other current assets included $539 and $0 and "
                 "Other assets included $299 and $143.")
    assert [g.lower() for g in got] == ["other current assets"] * 2 + ["other assets"] * 2


def test_what_an_included_amount_is_of_names_the_part() -> None:
    got = labels("Operating income for the nine months ended June 27, 2024 includes $21 million "
                 "of an insurance recovery.")
    assert got[0].lower() == "insurance recovery"
    got = labels("Amounts due from related parties amounted to RMB553,502, mainly includes "
                 "RMB84,209 of interest-bearing loans lent to Foo Ltd.")
    assert [g.lower() for g in got] == ["amounts due from related parties",
                                        "interest-bearing loans lent"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The Company shall maintain a minimum cash bank balance of no less than $1.0 million.",
         "Minimum cash bank balance"),
        ("The facility provides for borrowings of up to $100,000.", "Borrowings"),
        ("Beneficial ownership of more than 4.99% of the shares is not allowed.",
         "Beneficial ownership"),
        ("We will pay a consulting fee of $5,000 in 2025.", "Consulting fee"),
    ],
)
def test_a_bound_or_a_modal_before_the_amount_leaves_the_measure(body: str, label: str) -> None:
    assert labels(body)[0].lower() == label.lower()


def test_a_trailing_total_takes_the_object_of_the_clause() -> None:
    got = labels("Our Board declared a cash dividend of $0.10 per share for stockholders of "
                 "record as of February 6, 2024 and paid on February 20, 2024, totaling $48 "
                 "million in the first three months of 2024.")
    assert [g.lower() for g in got] == ["cash dividend per share", "cash dividend"]
    # no clause object before it: the total keeps the sentence's own measure
    assert labels("Revenue grew in 2024, totaling $5 million.")[0].lower() != "cash dividend"


def test_additional_shares_under_an_option_to_purchase_a_maximum() -> None:
    facts = extractor.extract("Note\nThe lender received an option to purchase a maximum of "
                              "250,000 additional shares at $1.75 per share.").facts
    assert [(f.label.lower(), f.unit) for f in facts] == [
        ("shares under option", "share"), ("exercise price per share", "USD")]


def test_a_company_names_suffix_never_opens_a_label() -> None:
    text = "During 2024, Nordlicht Holdings, Inc. reported a net loss of $81,400.\n"
    (fact,) = [f for f in extractor.extract(text).facts if f.amount == "81400"]
    assert not fact.label.startswith("Inc")
    assert tidy("Ltd. and paid deposit") == "Paid deposit"
    assert tidy("Limited partnership interests") == "Limited partnership interests"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The loans bear interest ranging from 4.5% to 7.25% per annum.", "Interest rate"),
        ("Volatility ranging from 40% to 60% was used in the model.", "Volatility"),
        ("The bank loans had fixed interest rates ranging from 5.1% to 6.2% in 2023.",
         "Fixed interest rates"),
    ],
)
def test_ranging_introduces_the_range_and_is_no_part_of_the_measure(
    body: str, label: str
) -> None:
    assert labels(body)[0] == label


def test_words_ending_in_ranging_letters_stay() -> None:
    assert labels("Arranging fees were $3,000 in 2023.")[0] == "Arranging fees"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The liability was measured using a 10% discount rate.", "Discount rate"),
        ("The Company applied an 8% incremental borrowing rate.", "Incremental borrowing rate"),
    ],
)
def test_a_percentage_before_a_rate_noun_takes_that_rate(body: str, label: str) -> None:
    assert labels(body)[0] == label


def test_a_percentage_before_a_bare_rate_or_an_interest_is_not_read_so() -> None:
    assert labels("The notes bear a 6% rate of interest.")[0] != "Rate"
    assert labels("The Company owns a 30% interest in Acme Ltd.")[0] != "Interest rate"
