"""Labels of the later amounts of a list, and of measures set off by an aside. Every text is
made up."""

from __future__ import annotations

import pytest

import extractor


def labels(body: str) -> list[str]:
    return [f.label for f in extractor.extract("Note\n" + body).facts]


@pytest.mark.parametrize(
    ("body", "measure"),
    [
        ("Write-downs of inventories recognized in cost of sales were 4,867 million yen, 5,710 "
         "million yen and 5,471 million yen for the years ended March 31, 2019, 2018 and 2017, "
         "respectively.", "Write-downs of inventories recognized in cost of sales"),
        ("Revenues were 1,200 million won and 1,300 million won for the years ended December "
         "31, 2022 and 2021, respectively.", "Revenues"),
        ("As of March 31, 2011 and 2010, buildings with a book value of 8,945 million yen and "
         "9,933 million yen, respectively, were pledged as collateral.",
         "Buildings with a book value"),
        ("Sales to the joint venture were 12 thousand Korean won and 15 thousand Korean won in "
         "2022 and 2021, respectively.", "Sales to the joint venture"),
    ],
)
def test_a_currency_named_after_the_scale_word_is_part_of_the_amount(
    body: str, measure: str
) -> None:
    got = labels(body)
    assert len(got) >= 2 and all(label == measure for label in got)


def test_a_bare_currency_word_is_read_only_after_a_scale_word() -> None:
    # "won" here is the verb: it stays a word of the label
    got = labels("The Company won contracts worth $5 million in 2022.")
    assert got and all("won" in label for label in got)


@pytest.mark.parametrize(
    ("body", "measure"),
    [
        ("The loan bears an interest rate of 3-month LIBOR plus 1.3% per annum.",
         "Margin over 3-month LIBOR"),
        ("Borrowings bear interest at the prime rate plus 2% per annum.", "Margin over prime rate"),
        ("Interest accrues at a rate equal to SOFR plus 1.5%.", "Margin over SOFR"),
    ],
)
def test_a_percentage_after_a_base_rate_and_plus_is_the_margin_over_it(
    body: str, measure: str
) -> None:
    assert labels(body) == [measure]


def test_plus_after_an_amount_names_no_base_rate() -> None:
    # "$5,000 plus 3% of net sales": no rate before "plus", so no margin
    assert not any(label.startswith("Margin") for label in labels(
        "The royalty is $5,000 plus 3% of net sales."))


def test_a_party_owning_the_measure_leaves_the_words_around_its_name() -> None:
    body = ("Acme Corp. (“Acme”) lent the Company $500,000. The loan bears interest at Acme’s "
            "cost of funds plus 1%.")
    facts = extractor.extract("Note\n" + body).facts
    rate = [f for f in facts if f.unit == "percent"]
    assert [(f.label, f.entity) for f in rate] == [("Margin over cost of funds", "Acme")]


@pytest.mark.parametrize(
    ("body", "measure"),
    [
        ("Common stock, par value $5.00 – 1,200,000,000 shares authorized; 1,012,261,159 shares "
         "issued.", ["Shares authorized", "Shares issued"]),
        ("There were 633 million shares of common stock outstanding.",
         ["Common stock shares outstanding"]),
        ("The Company has authorized 10,000,000 shares of preferred stock.",
         ["Preferred stock shares authorized"]),
    ],
)
def test_a_share_count_takes_the_state_named_right_after_it(
    body: str, measure: list[str]
) -> None:
    assert [label for label in labels(body) if "par value" not in label.lower()][-len(
        measure):] == measure


def test_a_share_count_before_other_words_keeps_its_own_label() -> None:
    # "every 30 shares of the Company's ordinary shares issued ...": the participle is the
    # ordinary shares', not the 30's
    got = labels("Under the reverse stock split, every 30 shares of the Company’s ordinary shares "
                 "issued and outstanding were combined into one share.")
    assert got and "issued" not in got[0].lower()


def entities(body: str) -> list[str | None]:
    return [f.entity for f in extractor.extract("Note\n" + body).facts]


@pytest.mark.parametrize(
    ("body", "investee"),
    [
        ("On March 1, 2022, the Company invested EUR2,500,000 (approximately $2,674,500)\n"
         "in Antric GmbH to acquire 25% of its equity interest.", "Antric GmbH"),
        ("The Company holds a 36.18% interest in Greencell, Inc. and accounts for it under the "
         "equity method.", "Greencell, Inc"),
    ],
)
def test_the_party_an_investment_or_holding_is_in_is_the_entity(body: str, investee: str) -> None:
    got = entities(body)
    assert got and all(e == investee for e in got)


def test_an_investment_in_operations_somewhere_names_no_investee() -> None:
    # "investment in operations in South Carolina": the first "in" names no party
    got = entities("We received cash grants totaling $346 million related to our investment in "
                   "operations in South Carolina.")
    assert got == [None]


def test_a_name_inside_a_longer_word_is_not_cut_from_the_label() -> None:
    body = ("In 2022, the Company sold its investment in JD.com for net proceeds of $3.6 "
            "billion.")
    facts = extractor.extract("Note\n" + body).facts
    assert facts and "JD.com" in facts[0].label


@pytest.mark.parametrize(
    ("body", "measure"),
    [
        ("In May 2011, the Company advanced an additional $10,935 to Greencell.", "Advances"),
        ("In 2024, the ESOP borrowed an additional $1.0 billion from the Company.", "Borrowings"),
    ],
)
def test_an_act_on_an_additional_amount_names_the_act(body: str, measure: str) -> None:
    assert labels(body) == [measure]
