"""Rows whose every value the viewer dropped, in a table whose other rows kept theirs: a
roll-forward balance with nothing after it, or a line between rows of values and a total or
net row, is a row of blank slots, one per column; a heading stays a heading. Every text is
made up for the test."""

from __future__ import annotations

import extractor
from extractor.facts import Fact

ROLL = (
    "Note\n"
    "Changes in the allowance during the years ended December 31, 2024 and 2023 are as follows:\n"
    "20242023\n"
    "(In thousands of dollars)\n"
    "Trade receivables\n"
    "Beginning balance412 377 \n"
    "Provision64 35 \n"
    "Ending balance476 412 \n"
    "20242023\n"
    "(In thousands of dollars)\n"
    "Other receivables\n"
    "Beginning balance\n"
    "Provision— — \n"
    "Write-off— — \n"
    "Ending balance\n"
    "The allowance is reviewed every quarter.\n"
)


def _blanks(text: str) -> list[Fact]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [f for f in facts if f.blank]


def test_empty_balances_of_a_roll_forward_are_blanks_at_their_instants() -> None:
    blanks = _blanks(ROLL)
    assert [(f.period, f.unit, f.scale) for f in blanks] == [
        ("2023-12-31", "USD", 3), ("2022-12-31", "USD", 3),
        ("2024-12-31", "USD", 3), ("2023-12-31", "USD", 3)]
    begin = ROLL.index("Beginning balance\nProvision") + len("Beginning balance")
    assert blanks[0].span == (begin, begin)


def test_the_rows_after_an_empty_balance_keep_their_own_heading() -> None:
    labels = {f.label for f in extractor.extract(ROLL).facts if f.amount == "0"}
    assert all(not label.startswith("Beginning balance") for label in labels)


SPACED = (
    "Note\n"
    "Compensation expense for the three months ended March 31, 2024 and 2023 was (in thousands):"
    "\n\nThree Months Ended\nMarch 31,\n\n \n\n2024\n\n \n\n2023\n\n"
    "Research and development\n\n \n\n$\n\n80\n\n \n\n$\n\n41\n\n"
    "Total expense\n\n \n\n115\n\n \n\n60\n\n"
    "Income tax benefit\n\n \n\n \n\n \n\n"
    "Net expense\n\n \n\n$\n\n115\n\n \n\n$\n\n60\n\n"
)


def test_a_line_between_a_total_and_a_net_row_is_a_row_of_blanks() -> None:
    blanks = _blanks(SPACED)
    assert [(f.label, f.period, f.unit, f.scale) for f in blanks] == [
        ("Income tax benefit", "P3M/2024-03-31", "USD", 3),
        ("Income tax benefit", "P3M/2023-03-31", "USD", 3)]
    net = [f.label for f in extractor.extract(SPACED).facts if f.amount == "115"]
    assert "Net expense" in net


def test_a_heading_over_its_items_stays_a_heading() -> None:
    text = ("Note\nThe balances as of December 31, 2024 and 2023 were:\n"
            "December 31, 2024December 31, 2023\n"
            "Operating expenses\n"
            "Selling$1,200 $1,100 \n"
            "General$900 $800 \n"
            "Total$2,100 $1,900 \n")
    assert _blanks(text) == []


def test_not_applicable_cells_and_unread_values_are_no_blank_rows() -> None:
    text = ("Note\nRevenue for the years ended December 31, 2024 and 2023 was:\n"
            "20242023\n"
            "Segment A1,200 1,100 \n"
            "NA\n"
            "Total revenue1,200 1,100 \n")
    assert _blanks(text) == []


def test_a_segment_heading_over_its_net_sales_row_stays_a_heading() -> None:
    text = ("Note\nSegment results for the years ended December 31, 2024 and 2023 were:\n"
            "20242023\n"
            "Segment A\n"
            "Net sales1,200 1,100 \n"
            "Operating income300 250 \n"
            "Segment B\n"
            "Net sales900 800 \n"
            "Operating income100 90 \n")
    assert _blanks(text) == []
    labels = {f.label for f in extractor.extract(text).facts if f.amount == "900"}
    assert labels == {"Segment B / Net sales"}


def test_an_adjustment_line_before_a_net_row_is_a_row_of_blanks() -> None:
    text = ("Note\nThe elements of earnings per share for the years ended December 31, 2024 "
            "and 2023 were:\n20242023\n"
            "Net income attributable to shareholders$1,817 $2,222 \n"
            "Less: preferred dividends58 60 \n"
            "Less: earnings available to participating securities\n"
            "Net income available to common shareholders$1,759 $2,162 \n")
    blanks = _blanks(text)
    assert [(f.label, f.period) for f in blanks] == [
        ("Less: earnings available to participating securities", "P12M/2024-12-31"),
        ("Less: earnings available to participating securities", "P12M/2023-12-31")]


BALANCE_SHEET = (
    "Note\nThe balance sheet is as follows (in millions):\nDecember 31, 2024\nDecember 31, 2023\n"
    "Total liabilities\n48,390\n43,009\nCommitments and contingencies (Note 14)\n{after}"
    "Common stock\n3\n3\nTotal equity\n72,913\n62,634\n"
)


def test_the_empty_commitments_and_contingencies_line_is_a_row_of_blanks() -> None:
    for after in ("", "Stockholders' equity:\n"):  # a row label or a heading after it
        blanks = _blanks(BALANCE_SHEET.format(after=after))
        assert [(f.label, f.period) for f in blanks] == [
            ("Commitments and contingencies", "2024-12-31"),
            ("Commitments and contingencies", "2023-12-31")]


def test_another_empty_line_before_a_heading_stays_a_heading() -> None:
    text = BALANCE_SHEET.format(after="").replace("Commitments and contingencies (Note 14)",
                                                  "Equity attributable to owners")
    assert _blanks(text.replace("Common stock", "Stockholders' equity:\nCommon stock")) == []
