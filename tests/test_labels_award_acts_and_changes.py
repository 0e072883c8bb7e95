"""Labels of counts of awards acted on ("4.8 million RSUs were forfeited") and of the earlier
amount of a change ("$0.7 million ..., an increase from $0.2 million"). Every text is made up."""

from __future__ import annotations

import pytest

import extractor


def labels(body: str) -> list[str]:
    return [f.label for f in extractor.extract("Note\n" + body).facts]


def test_each_count_of_awards_takes_what_was_done_to_it() -> None:
    body = (
        "During the three months ended March 31, 2023, 1.2 million stock options were "
        "cancelled and 4.8 million RSUs were forfeited."
    )
    assert labels(body) == ["Stock options cancelled", "RSUs forfeited"]


def test_an_opening_adverb_is_never_the_label_of_a_count_acted_on() -> None:
    body = "During 2013, 9,000 options were granted. Additionally, 2,700 warrants were exercised."
    assert labels(body) == ["Options granted", "Warrants exercised"]


def test_a_list_of_counts_shares_the_awards_after_it() -> None:
    body = (
        "During the six months ended June 30, 2023, 0.5 million and 5.3 million RSAs and RSUs "
        "were forfeited, respectively."
    )
    assert labels(body) == ["RSAs and RSUs forfeited"] * 2


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # a partitive count is not the awards themselves
        ("During 2020, 5,000 of the options were forfeited.", "Of the options forfeited"),
        # bare shares keep their own rule (class and act)
        ("During 2020, 300 shares were issued to a consultant.", "Shares were issued"),
    ],
)
def test_counts_that_are_no_award_act_keep_their_labels(body: str, wrong: str) -> None:
    assert wrong not in labels(body)
    assert all(not label.lower().startswith("of ") for label in labels(body))


@pytest.mark.parametrize(
    "link", ["an increase from", "a decrease from", "down from", "up from"]
)
def test_the_earlier_amount_of_a_change_is_the_same_measure(link: str) -> None:
    body = (
        f"The Company had unrestricted cash of $0.7 million at March 31, 2019, {link} "
        "$0.2 million at December 31, 2018."
    )
    assert labels(body) == ["Unrestricted cash", "Unrestricted cash"]


def test_a_label_never_starts_with_a_scale_word() -> None:
    body = (
        "Revenue was $3.1 million for the year ended December 31, 2020, an increase from "
        "$2.4 million for the year ended December 31, 2019."
    )
    got = labels(body)
    assert got and all(not g.lower().startswith(("million", "billion")) for g in got)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Interest expense on the 2025 Notes was $5.0 million for the year ended December 31, "
         "2020.", "Interest expense on the 2025 Notes"),
        ("There was $326 million of capacity remaining under the 2022 Share Repurchase Program "
         "at September 30, 2023.", "Capacity remaining under the 2022 Share Repurchase Program"),
    ],
)
def test_a_year_naming_an_instrument_or_programme_stays_in_the_label(body: str, want: str) -> None:
    assert labels(body) == [want]


def test_a_cut_number_still_spoils_a_label() -> None:
    got = labels("The Company received RMB1,400 from Foo Ltd. in 2021.")
    assert got and all("RMB1" not in g for g in got)


def test_shares_under_option_when_approximately_stands_before_the_count() -> None:
    body = (
        "As of March 31, 2023, we had options to purchase approximately 22.7 million shares "
        "of our common stock."
    )
    assert labels(body) == ["Shares under option"]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("As of March 31, 2023, we had unvested stock-based awards outstanding representing "
         "approximately 63.2 million shares of our common stock.",
         "Unvested stock-based awards outstanding"),
        ("On May 1, 2023, the board approved the grant of Share Options representing an "
         "aggregate of 305,601 shares.", "Share Options granted"),
    ],
)
def test_shares_an_award_represents_take_the_award_as_measure(body: str, want: str) -> None:
    assert labels(body) == [want]


def test_a_percentage_representing_a_share_count_is_no_award() -> None:
    body = "In 2021, the Company issued 1,000,000 shares of common stock, representing 10% of them."
    assert labels(body)[0] == "Common stock shares issued"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("During 2020, the Company granted 100,000 options to employees.", "Options granted"),
        ("In 2020, the Company issued 50,000 warrants to a lender.", "Warrants issued"),
        ("As of December 31, 2020, there were 120,000 options outstanding.",
         "Options outstanding"),
        ("As of December 31, 2020, 120,000 RSUs remained unvested.", "RSUs unvested"),
        ("As of March 31, 2023, the awards consisted of approximately 40.4 million RSAs and "
         "RSUs.", "RSAs and RSUs"),
    ],
)
def test_a_count_of_awards_is_labelled_by_the_awards_and_their_state_or_act(
    body: str, want: str
) -> None:
    assert labels(body)[0] == want


def test_options_to_extend_a_lease_are_no_awards() -> None:
    body = "The lease of $12,000 per month includes 2 options to extend the lease by one year."
    assert "Options" not in labels(body)


def test_no_label_opens_on_the_scale_of_the_amount_before_it() -> None:
    body = (
        "The notes comprise 3.625% Senior Notes for €1,300 million, 4.625% Senior Notes for "
        "€1,100 million, and 3.875% Senior Notes for €1,200 million."
    )
    got = labels(body)
    assert len(got) == 6
    assert all(not g.lower().startswith(("million", "billion", "thousand")) for g in got)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("On March 1, 2014, the Company obtained a 6-month RMB194,000,000 loan from a bank.",
         ["Loan"]),
        ("In 2014, the bank lent to the Company a 24-month $40,000,000 loan.", ["Loan"]),
        ("In 2020, the Company entered into a five-year $3 billion unsecured revolving credit "
         "facility.", ["Unsecured revolving credit facility"]),
        ("In July 2014, the Company repaid $3,700,000 out of the 18-month $30,000,000 loan.",
         ["Repayments", "Loan"]),
    ],
)
def test_an_amount_between_a_term_and_its_noun_measures_the_noun(
    body: str, want: list[str]
) -> None:
    assert labels(body) == want


def test_a_term_alone_after_a_determiner_is_no_measure() -> None:
    body = "In 2020, the Company paid $5,000 over a five-year period to a consultant."
    assert all(g.lower() not in ("period", "five-year period") for g in labels(body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # words of any kind before the awards (what the passive reading allowed)
        ("During 2020, 3,000 previously granted options were forfeited.",
         ["Previously granted options forfeited"]),
        # bare shares after a closed modifier, and "respectively" before the act (what the
        # state reading allowed)
        ("During 2020, 1,000 vested shares were forfeited.", ["Vested shares forfeited"]),
        ("During 2020, 500 and 700 stock options, respectively, were exercised.",
         ["Stock options exercised"] * 2),
        # both readings' words at once: an act of the passive list after a state reading award
        ("During 2020, 2,000 stock appreciation rights were converted.",
         ["Stock appreciation rights converted"]),
    ],
)
def test_one_reading_labels_a_count_of_awards_by_what_was_done_to_them(
    body: str, want: list[str]
) -> None:
    assert labels(body) == want
