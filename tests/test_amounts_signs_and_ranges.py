"""Signs and ranges in prose. A negative written with its "(" before the currency mark ("and
($1,317) in 2024") is a negative amount, while a mark in parentheses after an amount is that
amount's translation ("RMB29 ($4)"); "3.50 ~ 6.41%" is one range. Every text is made up."""

from __future__ import annotations

import extractor


def _amounts(text: str) -> list[str | None]:
    return [f.amount for f in extractor.extract(text).facts]


def test_a_parenthesised_amount_in_a_list_is_negative_and_keeps_its_year() -> None:
    facts = extractor.extract(
        "Net periodic benefit cost was $114, $188 and ($117) in 2024, 2023 and 2022, "
        "respectively.").facts
    assert [(f.amount, f.period) for f in facts] == [
        ("114", "P12M/2024-12-31"), ("188", "P12M/2023-12-31"), ("-117", "P12M/2022-12-31")]
    assert not any(f.blank for f in facts)


def test_a_parenthesised_amount_after_a_word_is_negative() -> None:
    assert _amounts("Other income (expense) was ($1,317) in 2024.") == ["-1317"]


def test_a_mark_in_parentheses_after_an_amount_is_its_translation_not_a_negative() -> None:
    assert _amounts("Revenues were RMB29 ($4) in 2023.") == ["29", "4"]
    assert _amounts("Revenues were RMB 5 million (US$0.7 million) in 2023.") == ["5", "0.7"]


def test_a_comparative_in_parentheses_is_not_a_negative() -> None:
    assert _amounts("Income was $5 (2022: $3) for the year ended December 31, 2023.") == [
        "5", "3"]


def test_a_parenthesised_amount_after_a_noun_is_an_aside_not_a_negative() -> None:
    assert _amounts("The loan bears interest ($245,682), guaranteed by the parent.") == [
        "245682"]


def test_digits_in_parentheses_after_a_number_in_words_restate_it() -> None:
    assert _amounts("Note\nThe Company issued Two Hundred Thousand (200,000) shares in 2023.") == [
        "200000"]
    assert _amounts("Note\nAcme holds ten thousand (10,000) shares of common stock.") == ["10000"]


def test_a_parenthesised_amount_after_other_words_stays_negative() -> None:
    assert _amounts("Note\nNet income (loss) was (7,000) in 2023.") == ["-7000"]
    assert _amounts("Note\nRevenues were 3,000 and (2,000) in 2023 and 2022, respectively.") == [
        "3000", "-2000"]


def test_a_tilde_between_two_rates_is_one_range() -> None:
    facts = extractor.extract("Interest rates range 3.50 ~ 6.41% per annum.").facts
    assert [(f.amount, f.amount_max, f.unit) for f in facts] == [("3.50", "6.41", "percent")]
    facts = extractor.extract("Rates were 0.65~3.26% in 2017.").facts
    assert [(f.amount, f.amount_max) for f in facts] == [("0.65", "3.26")]


def test_a_change_from_one_amount_to_another_is_two_facts_not_a_range() -> None:
    facts = extractor.extract("On October 14, 2024, the Company increased the revolving "
                              "commitments from $250.0 million to $350.0 million.").facts
    assert [(f.amount, f.amount_max, f.label) for f in facts] == [
        ("250.0", None, "Revolving commitments"), ("350.0", None, "Revolving commitments")]
    facts = extractor.extract("Interest expense on deposits increased by $14.3 million to $38.9 "
                              "million for the year ended December 31, 2024.").facts
    assert [(f.amount, f.amount_max) for f in facts] == [("14.3", None), ("38.9", None)]
    assert "14.3" not in facts[1].label


def test_an_expected_range_of_amounts_stays_one_fact() -> None:
    facts = extractor.extract("The Company expects pre-tax charges of $3.0 million to $4.0 "
                              "million.").facts
    assert [(f.amount, f.amount_max) for f in facts] == [("3.0", "4.0")]
    facts = extractor.extract("Exercise prices range from $1.00 to $2.00 per share.").facts
    assert [(f.amount, f.amount_max) for f in facts] == [("1.00", "2.00")]
