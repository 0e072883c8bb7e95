"""'RMB50.0 million ($7.0 million) and nil': a nil after a translated amount is the list's next
item, dated by the phrase's next period."""

import extractor

_TEXT = ("As of December 31, 2023 and 2024, loans payable were RMB50.0 million ($7.0 million) and "
         "nil, and the related interest payable was RMB24.4 million ($3.4 million) and nil, "
         "respectively.\n")


def test_a_nil_after_a_translation_takes_the_lists_next_period():
    got = sorted((f.amount, f.unit, f.period) for f in extractor.extract(_TEXT).facts)
    assert got == sorted([
        ("50.0", "CNY", "2023-12-31"), ("7.0", "USD", "2023-12-31"), ("0", "CNY", "2024-12-31"),
        ("24.4", "CNY", "2023-12-31"), ("3.4", "USD", "2023-12-31"), ("0", "CNY", "2024-12-31"),
    ])


def test_an_amount_after_a_translation_still_starts_its_own_list():
    text = ("The loans were secured by deposits of RMB246,500,000 (approximately $37,961,000) "
            "and RMB194,600,000 (approximately $29,968,400), respectively.\n")
    amounts = [f.amount for f in extractor.extract(text).facts]
    assert amounts == ["246500000", "37961000", "194600000", "29968400"]
