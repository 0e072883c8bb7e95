"""Scales on a Details page of earnings per share: "shares in Thousands" in the page header
scales the counts of shares, and a "per share" that names a row's purpose leaves it money."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.scalenote import is_per_share_row, without_purpose


def _facts(text: str) -> list[tuple[str, str | None, str | None, int]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.label, f.amount, f.unit, f.scale) for f in part.facts]


EPS_PAGE = "\n".join([
    "|", "Widget Earnings Per Share - Summary (Detail) - JPY (¥)",
    "¥ / shares in Units, shares in Thousands, ¥ in Millions",
    "|12 Months Ended", "|", "Mar. 31, 2020", "|", "Mar. 31, 2019",
    "|Profit attributable to shareholders", "|¥ 200,052", "|¥ 541,932",
    "|Weighted average number of shares outstanding", "|1,375,118", "|1,397,599",
    "|Basic earnings per share", "|¥ 145.48", "|¥ 387.76",
    "|Net profit used to determine diluted earnings per share", "|¥ 200,049", "|¥ 541,913",
    "|Weighted average number of shares for diluted earnings per share", "|1,375,920",
    "|1,398,523",
    "|Diluted earnings per share", "|¥ 145.39", "|¥ 387.50",
    "|Dividends declared per share", "|¥ 30.00", "|¥ 30.00",
])


def test_shares_in_thousands_in_the_page_header_scales_the_share_counts() -> None:
    got = {label: (unit, scale) for label, _, unit, scale in _facts(EPS_PAGE)}
    assert got["Weighted average number of shares outstanding"] == ("share", 3)
    assert got["Weighted average number of shares for diluted earnings per share"] == (
        "share", 3)


def test_per_share_values_keep_scale_zero_beside_shares_in_thousands() -> None:
    got = {label: (unit, scale) for label, _, unit, scale in _facts(EPS_PAGE)}
    assert got["Basic earnings per share"] == ("JPY", 0)
    assert got["Diluted earnings per share"] == ("JPY", 0)
    assert got["Dividends declared per share"] == ("JPY", 0)


def test_money_used_to_determine_a_per_share_figure_takes_the_page_scale() -> None:
    got = {label: (unit, scale) for label, _, unit, scale in _facts(EPS_PAGE)}
    assert got["Net profit used to determine diluted earnings per share"] == ("JPY", 6)
    assert got["Profit attributable to shareholders"] == ("JPY", 6)


def test_a_page_without_a_shares_scale_leaves_counts_in_units() -> None:
    page = EPS_PAGE.replace(", shares in Thousands", "")
    got = {label: (unit, scale) for label, _, unit, scale in _facts(page)}
    assert got["Weighted average number of shares outstanding"] == ("share", 0)


def test_a_purpose_phrase_ending_in_per_share_is_no_per_share_row() -> None:
    assert not is_per_share_row("Net income used in computing basic net income per share")
    assert not is_per_share_row(
        "Weighted-average shares outstanding for diluted net income per share")
    assert not is_per_share_row("Shares used to compute diluted earnings per share")
    assert is_per_share_row("Basic earnings per share")
    assert is_per_share_row("Dividends declared per share")
    assert is_per_share_row("Diluted net income per share of common stock")
    assert without_purpose("Net loss used in the calculation of basic and diluted loss per "
                           "share") == "Net loss"
