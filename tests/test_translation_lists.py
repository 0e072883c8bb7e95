"""A list whose items each carry a translation in parentheses, some of them dropped ("RMB5.2
million (US$0.7 million) and RMB (US$ ) as of ... 2023 and 2024"): one list of two items,
each translation dated with its item. Made-up sentences."""

from __future__ import annotations

import extractor


def facts_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.amount, f.unit, f.period) for f in extractor.extract(text).facts]


def test_translated_item_then_a_dropped_item_with_a_dropped_translation() -> None:
    text = ("Deposits were RMB5.2 million (US$0.7 million) and RMB (US$ ) as of December 31, "
            "2023 and 2024, respectively.")
    assert facts_of(text) == [
        ("5.2", "CNY", "2023-12-31"), ("0.7", "USD", "2023-12-31"),
        (None, "CNY", "2024-12-31"), (None, "USD", "2024-12-31")]


def test_dropped_item_first_with_its_translation_dropped_too() -> None:
    text = ("Fees were RMB million (US$ million) and RMB3.1 million (US$0.4 million) for 2023 "
            "and 2024, respectively.")
    assert facts_of(text) == [
        (None, "CNY", "P12M/2023-12-31"), (None, "USD", "P12M/2023-12-31"),
        ("3.1", "CNY", "P12M/2024-12-31"), ("0.4", "USD", "P12M/2024-12-31")]


def test_rupee_abbreviation_does_not_end_the_sentence() -> None:
    text = ("Commitments were Rs.24.7 million and Rs. (US$ ) as of March 31, 2024 and 2025, "
            "respectively.")
    assert facts_of(text) == [
        ("24.7", "INR", "2024-03-31"), (None, "INR", "2025-03-31"), (None, "USD", "2025-03-31")]


def test_two_translated_items_under_respectively_with_no_period_keep_their_translations() -> None:
    text = ("The loans are secured by deposits of RMB24,000 (approximately $3,500) and RMB12,000 "
            "(approximately $1,750), respectively.")
    assert [(a, u) for a, u, _ in facts_of(text)] == [
        ("24000", "CNY"), ("3500", "USD"), ("12000", "CNY"), ("1750", "USD")]
