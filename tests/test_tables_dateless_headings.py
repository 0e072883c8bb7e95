"""A dateless option or warrant table's worded headings say what its values are: the value
under "Number of Options Outstanding" (by place when a row holds one value per heading, else
the bare first value when the count heading comes first) is a count of shares, never money,
while the "$"-marked price beside it keeps its currency. Money headings ("Amount", "Value",
"Aggregate intrinsic value") never make a count."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact
from extractor.tables.cells import Cell
from extractor.tables.headingplaces import (
    award_count_columns,
    counts_shares,
    heading_scale,
    prices_awards,
    value_headings,
)
from extractor.tables.values import Value

OPTIONS = (
    "|Summary of warrant activity\n|\n"
    "The following table summarizes warrant activity for the year ended June 30, 2024:\n|\n"
    "|Number of Warrants\n|\n|Weighted Average Exercise Price\n|\n"
    "|Remaining Contractual Life (years)\n|\n|Aggregate Intrinsic Value\n|\n"
    "|Outstanding at June 30, 2023\n|\n|250,400\n|\n|$\n|1.75\n|\n"
    "|Issued\n|\n|—\n|\n|—\n|\n"
    "|Cancelled\n|\n|(12,000\n|)\n|$\n|2.10\n|\n"
    "|Outstanding at June 30, 2024\n|\n|238,400\n|\n|$\n|1.70\n|\n|2.5\n|\n|$\n|18,200\n|\n"
)


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def _by_amount(text: str) -> dict[str, Fact]:
    return {f.amount or "": f for f in _facts(text)}


def test_a_bare_first_value_under_a_count_heading_is_a_share_count_beside_a_priced_one() -> None:
    got = _by_amount(OPTIONS)
    assert got["250400"].unit == "share"
    assert got["-12000"].unit == "share"
    assert got["1.75"].unit == "USD"
    assert got["2.10"].unit == "USD"
    assert got["250400"].label.endswith("/ Number of Warrants")


def test_a_row_with_one_value_per_heading_takes_each_heading_and_its_term_is_no_fact() -> None:
    got = _by_amount(OPTIONS)
    assert got["238400"].unit == "share"
    assert got["1.70"].unit == "USD"
    assert got["18200"].unit == "USD"
    assert got["18200"].label.endswith("/ Aggregate Intrinsic Value")
    assert "2.5" not in got  # a remaining contractual life is a term, no fact


def test_a_dash_under_the_count_heading_is_a_nil_count() -> None:
    issued = [f for f in _facts(OPTIONS) if f.label.startswith("Issued")]
    assert [f.unit for f in issued] == ["share", "USD"]


def _values(*explicit: bool) -> list[Value]:
    cell = Cell(0, 1, "1", True, 0, 0)
    return [Value(cell, 0, 1, "1", unit="USD" if e else None, explicit=e) for e in explicit]


def test_money_headings_make_no_count_and_leave_values_unplaced() -> None:
    heads = ["Amount", "Value", "Aggregate intrinsic value"]
    assert not counts_shares(heads)
    assert value_headings(heads, _values(False, False, False)) == [None, None, None]


def test_a_marked_first_value_is_not_taken_for_the_count() -> None:
    heads = ["Number of options", "Exercise price", "Aggregate intrinsic value"]
    assert value_headings(heads, _values(True, False)) == [None, None]
    assert value_headings(heads, _values(False, True)) == ["Number of options", None]


def test_a_count_heading_not_first_places_only_rows_with_a_value_per_heading() -> None:
    heads = ["Exercise price", "Options outstanding", "Aggregate intrinsic value"]
    assert value_headings(heads, _values(False)) == [None]
    assert value_headings(heads, _values(False, False)) == [None, None]
    assert value_headings(heads, _values(True, False, True)) == heads


def test_a_title_before_the_count_heading_is_no_column() -> None:
    heads = ["Stock option activity", "Options outstanding", "Weighted average exercise price"]
    assert value_headings(heads, _values(False, True)) == heads[1:]
    assert value_headings(heads, _values(False)) == ["Options outstanding"]


PAGE = (
    "Stock options (Tables)\n|12 Months Ended\nDec. 31, 2024\n|Stock option activity\n|\n"
    "|Options Outstanding\n|\n|Weighted Average Exercise Price\n|\n"
    "|Granted\n|\n|40,000\n|\n|$\n|3.20\n|\n"
    "|Forfeited\n|\n|(5,000\n|)\n|$\n|2.90\n|\n"
)


def test_a_count_nothing_else_dates_stays_undated_beside_its_dated_price() -> None:
    got = _by_amount(PAGE)  # FACTS.md: only money takes the page's period
    assert (got["40000"].unit, got["40000"].period) == ("share", None)
    assert (got["3.20"].unit, got["3.20"].period) == ("USD", "P12M/2024-12-31")


def test_a_scale_line_among_the_headings_is_no_count_column() -> None:
    heads = ["Basic EPS", "(In millions, except number of shares and per share data)"]
    assert value_headings(heads, _values(False, False)) == [None, None]
    heads = ["In thousands, except per share", "Number of shares", "Exercise price"]
    assert value_headings(heads, _values(False, True)) == ["Number of shares", "Exercise price"]


AWARDS = (
    "|Restricted stock unit activity for the year was as follows:\n|\n"
    "|RSU awards\n|\n|Units (in thousands)\n|\n|Weighted Average Grant Date Fair Value\n|\n"
    "|Non-vested at July 1, 2024\n|\n|2,210\n|\n|$\n|120.40\n|\n"
    "|Granted\n|\n|815\n|\n|131.05\n|\n"
    "|Non-vested at June 30, 2025\n|\n|2,530\n|\n|$\n|126.10\n|\n"
)


def test_award_units_beside_a_grant_date_fair_value_are_counts_at_their_headings_scale() -> None:
    got = _by_amount(AWARDS)
    assert (got["2210"].unit, got["2210"].scale) == ("share", 3)
    assert (got["815"].unit, got["815"].scale) == ("share", 3)
    assert (got["120.40"].unit, got["120.40"].scale) == ("USD", 0)
    assert (got["131.05"].unit, got["131.05"].scale) == ("USD", 0)


def test_units_with_no_award_price_beside_them_are_no_share_count() -> None:
    assert not counts_shares(["Units", "Square feet", "Annual rent"])
    assert value_headings(["Units", "Annual rent"], _values(False)) == [None]


def test_a_title_naming_awards_is_no_count_heading_and_a_group_count_keeps_the_tables_scale(
) -> None:
    heads = ["RSUs, PSUs and Market-based PSUs Outstanding", "Number of Shares",
             "Weighted Average Grant-Date Fair Value Per Share"]
    assert value_headings(heads, _values(False, True)) == heads[1:]
    grouped = ["Options", "Options (in thousands)", "Weighted Average Exercise Price"]
    assert heading_scale("Options", grouped) is None
    assert heading_scale("Options (in thousands)", grouped) == 3
    assert heading_scale("Weighted Average Exercise Price", grouped) == 0
    assert heading_scale("Weighted Average Exercise Price", [*grouped, "(In millions)"]) is None


STACKED = (
    "Warrant activity during the years is summarized in the table below:\n|\n|\n"
    "|Weighted average\n|\n|Weighted average\n|\n"
    "|Number of\n|\n|exercise price\n|\n|Number of\n|\n|exercise price\n|\n"
    "|Warrants\n|\n|(Canadian Dollars)\n|\n|Warrants\n|\n|(U.S. Dollars)\n|\n"
    "|Balance as of December 31, 2023\n|\n|4,500,000\n|\n|$\n|6.10\n|\n|300,000\n|\n|$\n|4.20\n|\n"
    "|Issued\n|\n|1,250,000\n|\n|3.90\n|\n|—\n|\n|—\n|\n"
)


def test_headings_stacked_over_two_lines_are_joined_per_column() -> None:
    got = _by_amount(STACKED)
    assert (got["4500000"].unit, got["4500000"].label) == (
        "share", "Balance / Number of Warrants")
    assert got["300000"].unit == "share"
    assert got["1250000"].unit == "share"


def test_a_stacked_heading_naming_a_currency_gives_it_to_bare_and_dollar_marked_values() -> None:
    got = _by_amount(STACKED)
    assert got["6.10"].unit == "CAD"  # "$ 6.10" under "(Canadian Dollars)": the viewer's "$"
    assert got["3.90"].unit == "CAD"  # bare
    assert got["4.20"].unit == "USD"


def test_lines_without_an_open_phrase_are_not_stacked() -> None:
    heads = ["Options", "Weighted average exercise price", "Total", "Remaining"]
    assert value_headings(heads, _values(False, True)) == ["Options", None]


NUMBERED = (
    "|Restricted stock unit activity for 2022 was as follows:\n|\n"
    "|Number\n|\n|Weighted Average Fair Value\n|\n|Aggregate Intrinsic Value\n|\n"
    "|Granted\n|\n|710,200\n|\n|17.15\n|\n"
    "|Issued\n|\n|(310,400)\n|\n|45.10\n|\n|$\n|4,870,000\n|\n"
)


def test_a_bare_number_heading_beside_an_award_fair_value_counts_the_awards() -> None:
    got = _by_amount(NUMBERED)
    assert got["710200"].unit == "share"
    assert got["-310400"].unit == "share"
    assert got["4870000"].unit == "USD"  # the "$"-marked intrinsic value stays money
    heads = ["Number", "Weighted Average Fair Value"]
    assert counts_shares(heads)
    assert value_headings(heads, _values(False)) == ["Number"]


def test_a_bare_number_heading_beside_money_or_rates_is_no_count() -> None:
    assert not counts_shares(["Number", "Amount"])
    assert not counts_shares(["Number", "Fair value", "Interest rate"])
    assert value_headings(["Number", "Amount"], _values(False)) == [None]


HYPHENATED = (
    "A summary of restricted stock activity for the year ended December 31, 2022 follows:\n"
    "Weighted-\nAverage\nGrant-Date\nFair Value\nShares\nPer Share\n"
    "Nonvested at January 1, 2022\n410,250\n$\n21.40\n"
    "Granted\n188,600\n$\n9.75\n"
)


def test_a_price_heading_broken_at_a_hyphen_over_lines_leaves_the_count_heading_first() -> None:
    got = _by_amount(HYPHENATED)
    assert got["410250"].unit == "share"
    assert got["188600"].unit == "share"
    assert (got["21.40"].unit, got["9.75"].unit) == ("USD", "USD")


def test_a_whole_price_heading_before_the_count_heading_still_makes_the_first_value_a_price(
) -> None:
    heads = ["Weighted-average exercise price", "Options outstanding", "Intrinsic value"]
    assert value_headings(heads, _values(False, False)) == [None, None]
    # a hyphenated compound word that is not left open is no fragment
    heads = ["Grant-date fair value", "Shares", "Per share"]
    assert value_headings(heads, _values(False, True)) == [None, None]


LONE = (
    "RSU activity under the plan was as follows:\nShares\n"
    "RSUs outstanding at December 31, 2021\n512,400\nGranted\n120,300\n"
)


def test_a_lone_count_heading_over_rows_of_one_value_makes_them_counts() -> None:
    got = _by_amount(LONE)
    assert (got["512400"].unit, got["120300"].unit) == ("share", "share")
    assert value_headings(["Shares"], _values(False)) == ["Shares"]
    assert value_headings(["Amount"], _values(False)) == [None]  # a money heading: no count


YEAR_UNITS = (
    "Restricted stock unit activity was as follows:\n2022\n2021\nWt. Avg.\nWt. Avg.\n"
    "(in thousands, except per share data)\nUnits\nFair Value\nUnits\nFair Value\n"
    "Outstanding, beginning of year\n1,210\n$\n17.05\n1,105\n$\n19.48\n"
    "Granted\n640\n21.30\n590\n15.10\n"
)


def test_units_sub_columns_beside_a_weighted_fair_value_under_years_are_counts() -> None:
    got = _by_amount(YEAR_UNITS)
    assert (got["1210"].unit, got["1210"].scale) == ("share", 3)
    assert (got["640"].unit, got["590"].unit) == ("share", "share")
    assert (got["17.05"].unit, got["17.05"].scale) == ("USD", 0)
    assert award_count_columns(["Units", "Wt. Avg. Fair Value"]) == frozenset({0})
    # "Units" beside a rent is a count of apartments, not of awards
    assert award_count_columns(["Units", "Annual rent"]) == frozenset()


SPLIT = (
    "Option activity under the 2018 plan was as follows:\nShares\n"
    "Weighted Average Exercise Price (per share)\n"
    "Weighted Average Remaining Contractual Term (in years)\n"
    "Aggregate Intrinsic Value (in millions)\n"
    "Options outstanding at December 31, 2021\n1,210,300\n$\n14.20\n3.4\n$\n8.1\n"
    "Exercised\n(410,500\n)\n(13.90\n)\n—\n—\n"
    "Options outstanding at December 31, 2022\n799,800\n$\n14.35\n2.6\n$\n6.2\n"
)


def test_one_heading_per_value_over_award_rows_gives_each_value_its_heading_and_scale() -> None:
    got = _by_amount(SPLIT)
    assert (got["1210300"].unit, got["1210300"].scale) == ("share", 0)
    assert (got["-410500"].unit, got["-410500"].scale) == ("share", 0)
    assert (got["14.20"].unit, got["14.20"].scale) == ("USD", 0)  # a price, not millions
    assert (got["8.1"].unit, got["8.1"].scale) == ("USD", 6)  # the heading's own scale
    assert "3.4" not in got  # a remaining term is no fact


def test_an_equity_statements_shares_and_amount_headings_price_no_awards() -> None:
    heads = ["Shares", "Amount", "Additional Paid-in Capital", "Total (in thousands)"]
    assert not prices_awards(heads)
    assert prices_awards(["Shares", "Weighted Average Exercise Price (per share)"])


def test_a_count_heading_keeps_the_scale_another_count_heading_states() -> None:
    heads = ["Options", "Options (in thousands)", "Aggregate intrinsic value (in millions)"]
    assert heading_scale("Options", heads) is None
    heads = ["Options outstanding", "Exercise price", "Aggregate intrinsic value (in millions)"]
    assert heading_scale("Options outstanding", heads) == 0
