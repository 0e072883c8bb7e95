"""An equity statement's "Shares | Amount" sub-columns: its first and total rows print "$" on
every amount and none on the share counts, so the columns left without a mark, as many as the
"Shares" headings, hold counts of shares (unit `share`); other tables keep what they had."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

EQUITY = (
    "WIDGET CORP.\nCONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY\n(In millions)\n"
    "Common Stock\nAdditional Paid-In Capital\nRetained Earnings\nTreasury Stock\n"
    "{heads}\n"
    "Balances at December 31, 2023\n601\n$\n—\n$\n8,428\n$\n23,905\n(126)\n$\n(17,399)\n"
    "$\n14,934\n"
    "Net income\n—\n—\n—\n4,756\n—\n—\n4,756\n"
    "Repurchases of common stock\n—\n—\n—\n—\n(16)\n(6,550)\n(6,550)\n"
    "Balances at December 31, 2024\n601\n$\n—\n$\n8,428\n$\n28,661\n(142)\n$\n(23,949)\n"
    "$\n13,140\n"
)


def _units(text: str, amount: str) -> list[str | None]:
    facts: list[Fact] = tables.extract_tables(read_document(text, "t")).facts
    return [f.unit for f in facts if f.amount == amount]


def test_unmarked_columns_under_shares_headings_are_share_counts() -> None:
    text = EQUITY.format(heads="Shares\nAmount\nShares\nAmount\nTotal")
    assert set(_units(text, "601")) == {"share"}
    assert _units(text, "-16") == ["share"]  # treasury shares repurchased
    assert _units(text, "-126") == ["share"]
    assert _units(text, "-6550") == ["USD", "USD"]  # the amounts keep the "$" of their column


def test_without_shares_headings_unmarked_columns_stay_unitless() -> None:
    text = EQUITY.format(heads="Amount\nAmount\nTotal")
    assert set(_units(text, "601")) == {None}


def test_a_shares_heading_that_does_not_count_the_bare_columns_changes_nothing() -> None:
    # one "Shares" heading but two columns without a mark: which one counts shares is unsaid
    text = EQUITY.format(heads="Shares\nAmount\nAmount\nTotal")
    assert set(_units(text, "601")) == {None}
    assert _units(text, "-16") == [None]
