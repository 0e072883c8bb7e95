"""Counts left out of diluted earnings per share are labelled by what was left out and from
which figure ("Anti-dilutive unvested shares excluded from diluted EPS"), whether the
sentence's verb comes before the count or after it; counts the sentence does not exclude
from an EPS figure keep their own labels."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _labels(text: str) -> dict[str, str]:
    finder = EntityFinder.from_text(text)
    return {text[a.start:a.end]: label_for(text, a, finder, None)[0] for a in find_amounts(text)}


def test_the_object_of_we_excluded_names_what_was_left_out_of_diluted_eps() -> None:
    got = _labels("We excluded 2.5 million of anti-dilutive performance units from the "
                  "calculation of shares used in the diluted EPS calculation for the quarter.")
    assert got["2.5"] == "Anti-dilutive performance units excluded from diluted EPS"
    got = _labels("We also excluded 0.4 million anti-dilutive restricted shares from the "
                  "calculation of diluted EPS due to the net loss.")
    assert got["0.4"] == "Anti-dilutive restricted shares excluded from diluted EPS"


def test_counts_that_were_excluded_take_the_instrument_the_sentence_names() -> None:
    got = _labels("Warrants to purchase 800,000 shares and 650,000 shares were excluded from "
                  "the computation of diluted net loss per common share because they were "
                  "antidilutive.")
    assert got["800,000"] == "Warrants excluded from diluted net loss per common share"
    assert got["650,000"] == "Warrants excluded from diluted net loss per common share"
    got = _labels("For the two periods, 1.2 million and 0.8 million shares, respectively, of "
                  "potentially dilutive shares were excluded from the calculation of earnings "
                  "per diluted share.")
    assert got["1.2"] == got["0.8"] == \
        "Potentially dilutive shares excluded from earnings per diluted share"


def test_a_subject_naming_the_excluded_awards_before_the_count_is_the_measure() -> None:
    got = _labels("Anti-dilutive stock awards excluded from the computation of earnings per "
                  "dilutive share were 0.7 million in each period.")
    assert got["0.7"] == "Anti-dilutive stock awards excluded from earnings per dilutive share"
    got = _labels("The total number of such shares excluded from diluted loss per common "
                  "share was 4,100,000 shares for the year.")
    assert got["4,100,000"] == "Shares excluded from diluted loss per common share"


def test_counts_not_excluded_from_an_eps_figure_keep_their_own_labels() -> None:
    got = _labels("The Company excluded 300,000 shares from the lock-up agreement.")
    assert "excluded from" not in got["300,000"]
    got = _labels("The Company excluded 20,000 shares from the calculation of the bonus pool.")
    assert "excluded from" not in got["20,000"]
    got = _labels("Weighted average shares outstanding were 9,000,000 shares.")
    assert "excluded" not in got["9,000,000"]
