"""A roll-forward laid across under worded edge headings ("Balance at Beginning of Period |
Additions | Deductions | Balance at End of Period", a schedule of valuation accounts), its rows
per class in blocks headed by a fiscal year ("Fiscal year 2025" ... "Fiscal year 2024"): the
first value of a row is the instant before its year, the last the year's end, the ones between
the year (FACTS.md 1.1); a block's fiscal year is the page's moved by whole years on the page's
52/53-week rule. Also: a "(2)" after a "$"-marked value and before the next "$", where the note
prints footnote (2), is the footnote's mark, not a negative value."""

from __future__ import annotations

from extractor.api import extract
from extractor.weekyears import fiscal_year, shifted_year

# made-up: a 52/53-week filer whose fiscal year 2025 ends on the last Sunday of January
_PAGE = (
    "|\nValuation Accounts\n|12 Months Ended\nJan. 26, 2025\n|\n"
    "Valuation and Qualifying Accounts\nDescription\nBalance at Beginning of Period\n"
    "Additions\nDeductions\nBalance at End of Period\n(In millions)\nFiscal year 2025\n"
    "Returns allowance\n$\n40\n$\n25\n(1)\n$\n(30)\n(2)\n$\n35\n"
    "Warranty reserve\n$\n12\n$\n8\n$\n(5)\n$\n15\n"
    "Fiscal year 2024\n"
    "Returns allowance\n$\n33\n$\n19\n(1)\n$\n(12)\n(2)\n$\n40\n"
    "Warranty reserve\n$\n10\n$\n6\n$\n(4)\n$\n12\n"
    "(1)Additions are charged to revenue.\n(2)Deductions are returns.\n"
)


def _facts(text: str) -> dict[str, str | None]:
    return {f.quote: f.period for f in extract(text).facts if f.amount}


def test_edge_headings_make_the_first_and_last_values_instants() -> None:
    rows = [(f.quote, f.period) for f in extract(_PAGE).facts if f.amount]
    assert rows[:4] == [("40", "2024-01-28"), ("25", "P12M/2025-01-26"),
                        ("(30)", "P12M/2025-01-26"), ("35", "2025-01-26")]
    assert rows[4:8] == [("12", "2024-01-28"), ("8", "P12M/2025-01-26"),
                         ("(5)", "P12M/2025-01-26"), ("15", "2025-01-26")]


def test_a_fiscal_year_block_takes_its_own_year_on_the_week_rule() -> None:
    facts = [f for f in extract(_PAGE).facts if f.amount]
    opening = [f.period for f in facts if f.quote == "33"]
    assert opening == ["2023-01-29"]  # the day fiscal 2023 ended: before fiscal 2024
    assert {f.period for f in facts if f.quote in ("19", "(12)", "6", "(4)")} == {
        "P12M/2024-01-28"}
    assert [f.period for f in facts if f.quote == "10"] == ["2023-01-29"]


def test_a_footnote_mark_between_marked_values_is_no_value() -> None:
    amounts = [f.amount for f in extract(_PAGE).facts if f.amount]
    assert "-1" not in amounts and "-2" not in amounts
    assert amounts.count("-30") == 1


def test_an_unmarked_negative_without_a_printed_footnote_stays_a_value() -> None:
    text = _PAGE.replace("(1)Additions are charged to revenue.\n", "")
    amounts = [f.amount for f in extract(text).facts if f.amount]
    assert "-1" in amounts


def test_segment_headings_that_add_up_across_are_no_edges() -> None:
    text = _PAGE.replace("Balance at Beginning of Period", "Americas").replace(
        "Balance at End of Period", "Consolidated")
    p = _facts(text)
    assert p["25"] != "P12M/2025-01-26" or p["15"] != "2025-01-26"


def test_fiscal_year_headings_and_shifted_years() -> None:
    assert fiscal_year("Fiscal year 2024") == 2024 and fiscal_year("FY2023") == 2023
    assert fiscal_year("Fiscal year 2024 sales") is None
    assert shifted_year("P12M/2025-01-26", -1) == "P12M/2024-01-28"  # last Sunday of January
    assert shifted_year("P12M/2024-06-30", -1) == "P12M/2023-06-30"
    assert shifted_year("P12M/2024-02-29", -1) == "P12M/2023-02-28"  # a month's end stays one
    assert shifted_year("P6M/2024-06-30", -1) is None
