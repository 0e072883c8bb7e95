"""Per-share measures: the act before the measure is not part of it, and later items of a
per-share list keep the first item's measure. Every text is made up."""

from __future__ import annotations

import extractor


def labels(body: str) -> list[tuple[str, str | None]]:
    return [(f.label, f.amount) for f in extractor.extract("Note\n" + body).facts]


def test_the_act_before_a_per_share_measure_is_not_in_its_label() -> None:
    body = (
        "We will pay dividends of $0.48 per share during 2019, and paid dividends of $0.35 per "
        "share during 2018. The Board declared cash dividends of $0.16 per share of common "
        "stock, which represents an increase of $0.02 per share."
    )
    assert labels(body) == [
        ("Dividends per share", "0.48"),
        ("Dividends per share", "0.35"),
        ("Cash dividends per share", "0.16"),
        ("Increase per share", "0.02"),
    ]


def test_later_items_of_a_per_share_list_keep_the_first_measure() -> None:
    body = (
        "We paid cash dividends of $0.44 per share on March 28, 2024 and $0.41 per share on "
        "March 28, 2023, respectively. The Board declared dividends of $0.10 per share, $0.12 "
        "per share and $0.14 per share in 2022, 2023 and 2024, respectively."
    )
    assert [label for label, _ in labels(body)] == ["Cash dividends per share"] * 2 + [
        "Dividends per share"
    ] * 3


def test_a_per_share_amount_after_a_new_clause_takes_its_own_measure() -> None:
    body = (
        "The dividend of $0.10 per share was paid in cash, and $2.00 per share was the closing "
        "price."
    )
    assert labels(body) == [("Dividend per share", "0.10"), ("Closing price per share", "2.00")]


def test_a_list_of_share_counts_after_its_verb_takes_the_act() -> None:
    body = (
        "In fiscal years 2025 and 2024, we repurchased 310 million and 210 million shares of our "
        "common stock, respectively."
    )
    assert labels(body) == [
        ("Common stock shares repurchased", "310"),
        ("Common stock shares repurchased", "210"),
    ]


def test_a_bare_count_after_a_verb_that_counts_no_shares_is_no_share_count() -> None:
    body = "In 2024 the Company acquired 3 and 4 stores in Ohio and Texas, respectively."
    assert all("shares" not in label.lower() for label, _ in labels(body))


def test_shares_reserved_by_a_plan_are_shares_reserved() -> None:
    body = "The 2019 Plan reserved 12,000,000 shares of our common stock for issuance."
    assert labels(body) == [("Common stock shares reserved", "12000000")]
