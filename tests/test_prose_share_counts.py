"""Bare counts that the words after them say are shares, options or warrants: unit share."""

from __future__ import annotations

import pytest

import extractor
from extractor.share_labels import counts_shares_after


@pytest.mark.parametrize("rest", [
    " and 30,859, respectively, of unexercised stock options because",
    " of its warrants were exercised",
    " of the Company's shares",
    ", 2,000 and 3,000 of restricted stock units",
    " million of anti-dilutive market price options",
    " million anti-dilutive unvested shares",
    " million restricted stock units",
    " options expired",
    " and 5,800 options were vested",
    " and 364,695 restricted stock awards, respectively",
    " million and 0.2 million performance stock units",
    " authorized shares of common stock", " Founder Shares", " depositary shares, each",
    " treasury shares", " issued shares", " Series A Convertible Preferred Stock to",
    " million Series C Shares", " class A common stock sold",
])
def test_counts_of_shares_options_and_warrants(rest: str) -> None:
    assert counts_shares_after(rest)


@pytest.mark.parametrize("rest", [
    " of revenue", " and 30,859 of loans", " employees of the Company who hold options", "",
    " in cash for shares",
    " employees hold options", " options to extend the lease", " million in each period",
    " stock exchanges", " million of awards",
    " authorized dealers", " issued notes", " founders of the Company", " depositary receipts",
    " class of assets", " of common stock dividends", " Series A notes",
])
def test_other_counts_are_not_shares(rest: str) -> None:
    assert not counts_shares_after(rest)


def test_excluded_options_listed_respectively_are_shares() -> None:
    text = ("The diluted earnings per share computations for the three months ended September "
            "30, 2024 and 2023 excluded 95,264 and 30,859, respectively, of unexercised stock "
            "options because their inclusion would have been anti-dilutive.")
    facts = extractor.extract(text).facts
    assert [(f.amount, f.unit) for f in facts] == [("95264", "share"), ("30859", "share")]


def test_a_count_of_participants_stays_without_unit() -> None:
    text = "On June 12, 2024, 9,914 participants were granted share options under the scheme."
    assert [f.unit for f in extractor.extract(text).facts if f.amount == "9914"] == [None]


def test_a_year_before_a_capitalised_share_word_is_a_programme_name_not_a_count() -> None:
    import extractor

    got = extractor.extract("We have used all capacity under our 2021 Share Repurchase Program.")
    assert [f.amount for f in got.facts] == []
    got = extractor.extract("It had $5 million remaining under the 2022 Stock Plan.")
    assert [f.amount for f in got.facts] == ["5"]
    # a count of shares written in lower case stays a count
    got = extractor.extract("The Company issued 2021 shares to the consultant.")
    assert [(f.amount, f.unit) for f in got.facts] == [("2021", "share")]


def test_a_scaled_count_right_before_its_awards_is_shares_at_that_scale() -> None:
    text = "During the year ended December 31, 2024, the Company granted 4.2 million " \
           "restricted stock units."
    assert [(f.amount, f.unit, f.scale) for f in extractor.extract(text).facts] == [
        ("4.2", "share", 6)]



@pytest.mark.parametrize("rest", [
    " million RSAs and RSUs and options", " million RSUs were forfeited", " SARs were exercised",
    " PSUs vested", " ESPP shares were purchased", " million stock appreciation rights",
])
def test_counts_of_awards_by_their_abbreviations_are_shares(rest: str) -> None:
    assert counts_shares_after(rest)


@pytest.mark.parametrize("rest", [" RSU holders", " SAR plans", " PSU participants"])
def test_an_abbreviation_naming_holders_or_plans_is_no_count_of_shares(rest: str) -> None:
    assert not counts_shares_after(rest)


def test_counts_of_awards_are_labelled_by_what_happened_to_them() -> None:
    text = ("During the three and six months ended June 30, 2024, 0.3 million and 0.9 million "
            "stock options were cancelled, respectively, and 0.2 million and 2.1 million RSAs "
            "and RSUs were forfeited, respectively. In 2023, 1.5 million RSUs were forfeited "
            "and 4,000 SARs were exercised.")
    got = [(f.label, f.amount, f.unit) for f in extractor.extract(text).facts]
    assert got == [
        ("Stock options cancelled", "0.3", "share"), ("Stock options cancelled", "0.9", "share"),
        ("RSAs and RSUs forfeited", "0.2", "share"), ("RSAs and RSUs forfeited", "2.1", "share"),
        ("RSUs forfeited", "1.5", "share"), ("SARs exercised", "4000", "share"),
    ]


def test_a_count_of_awards_listed_as_a_part_takes_the_state_before_it() -> None:
    text = ("As of June 30, 2024, we had stock-based awards outstanding representing 50.0 "
            "million shares of our common stock, consisting of approximately 31.5 million RSAs "
            "and RSUs and options to purchase 18.5 million shares.")
    got = {f.amount: (f.label, f.unit) for f in extractor.extract(text).facts}
    assert got["31.5"] == ("RSAs and RSUs outstanding", "share")


def test_a_part_that_counts_people_takes_no_award_label() -> None:
    text = "As of June 30, 2024, the plan had 5,000 members, including 300 RSU holders."
    got = {f.amount: (f.label, f.unit) for f in extractor.extract(text).facts}
    assert got["300"][1] is None and "outstanding" not in got["300"][0].lower()
