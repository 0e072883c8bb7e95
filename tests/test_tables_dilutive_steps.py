"""Rows that step one count of shares to the next ("Basic weighted average shares" over
"Add: Stock-based awards", "Warrants" and "Diluted weighted average shares") are share counts
too, at the counts' scale, where the steps add up; money between two count rows stays money."""

from __future__ import annotations

import extractor


def eps_table(steps: list[list[str]], diluted: list[str]) -> str:
    lines = ["|", "Net Income Per Share", "|3 Months Ended", "Jun. 30, 2025", "|",
             "The reconciliation of basic to diluted weighted average shares was as follows"
             " (in millions):",
             "Three Months Ended June 30,", "2025", "2024",
             "Weighted average shares used in computing net income per share, basic",
             "3,223", "3,191", "Add:"]
    for label, *cells in steps:
        lines += [label, *cells]
    lines += ["Weighted average shares used in computing net income per share, diluted",
              *diluted]
    return "\n".join(lines) + "\n"


def _units(text: str, label: str) -> set[tuple[str | None, int]]:
    return {(f.unit, f.scale) for f in extractor.extract(text).facts if label in f.label}


def test_steps_that_add_up_between_two_share_counts_are_share_counts() -> None:
    text = eps_table([["Stock-based awards", "296", "278"], ["Warrants", "—", "11"]],
                     ["3,519", "3,480"])
    assert _units(text, "Stock-based awards") == {("share", 6)}
    assert _units(text, "Warrants") == {("share", 6)}


def test_a_step_taken_away_counts_too() -> None:
    text = eps_table([["Less: participating securities", "0.3", "0.3"]], ["3,222.7", "3,190.7"])
    assert _units(text, "participating securities") == {("share", 6)}


def test_rows_that_do_not_add_up_keep_the_tables_units() -> None:
    text = eps_table([["Stock-based awards", "296", "278"]], ["4,000", "4,100"])
    assert ("share", 6) not in _units(text, "Stock-based awards")


def test_money_between_two_share_counts_stays_money() -> None:
    # "Net income" names money: no step of shares, though 3,223 + 296 = 3,519
    text = eps_table([["Net income attributable to common stockholders", "296", "278"]],
                     ["3,519", "3,469"])
    assert ("share", 6) not in _units(text, "Net income attributable")


def share_table(intro: str) -> str:
    return "\n".join([
        "|", "Shareholders' Equity", "|12 Months Ended", "Dec. 31, 2024", "|",
        "(Dollars in millions, except otherwise stated)", intro, "2024", "2023",
        "Common stock outstanding, beginning balances", "15,550,061", "15,943,425",
        "Common stock repurchased", "(499,372)", "(471,419)",
        "Common stock outstanding, ending balances", "15,050,689", "15,472,006",
    ]) + "\n"


def test_a_table_its_intro_says_counts_shares_is_in_shares() -> None:
    text = share_table("The following table shows the changes in shares of common stock:")
    facts = extractor.extract(text).facts
    assert {(f.unit, f.scale) for f in facts if f.label.startswith("Common stock")} == {
        ("share", 0)}


def test_a_table_of_changes_in_shareholders_equity_keeps_its_money() -> None:
    text = share_table("The following table shows the changes in shareholders' equity:")
    facts = extractor.extract(text).facts
    assert "share" not in {f.unit for f in facts if f.label.startswith("Common stock")}
