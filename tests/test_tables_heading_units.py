"""A column heading that says what its cells count or are stated in gives them that unit:
"Number of Shares" -> share, "Exercise Price (Canadian Dollars)" -> CAD, and a bare "$" under
such a heading is the heading's dollar. Headings that say neither leave the unit alone."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact
from extractor.tables.headingunits import bare_dollar_before, column_dollar, heading_unit


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("Exercise Price (Canadian Dollars)", "CAD"),
        ("Weighted average exercise price (U.S. Dollars)", "USD"),
        ("Amount (RMB)", "CNY"),
        ("US$", "USD"),
        ("Carrying value in Hong Kong dollars", "HKD"),
        ("Number of Shares Issued and Exercisable", "share"),
        ("Number of options", "share"),
        ("Shares", "share"),
        ("Number of Non-vested Restricted Shares", "share"),
        ("Number of target PSUs", "share"),
        ("Interest rate (%)", "percent"),
        ("Excess of fair value over book value (in percent)", "percent"),
        ("Effective rate (in percentages)", "percent"),
    ],
)
def test_a_heading_naming_a_currency_or_a_share_count_gives_that_unit(
    heading: str, want: str
) -> None:
    assert heading_unit(heading) == want


@pytest.mark.parametrize(
    "heading",
    ["Exercise Price", "Total", "Actual Currency", "Fair value of shares",
     "Number of employees", "Number of Delinquent Loans", "Reported Basis", "Rate",
     "% of total revenue", "Change (%) in revenue"],
)
def test_a_heading_that_names_no_unit_gives_none(heading: str) -> None:
    assert heading_unit(heading) is None


def test_a_bare_dollar_before_a_value_is_told_from_a_prefixed_one() -> None:
    text = "$ | 7.22 US$ 5 C$\n3"
    assert bare_dollar_before(text, text.index("7.22"))
    assert not bare_dollar_before(text, text.index("5"))
    assert not bare_dollar_before(text, text.index("3"))
    assert column_dollar("USD", "CAD", text, text.index("7.22")) == "CAD"
    assert column_dollar("USD", "USD", text, text.index("7.22")) is None
    assert column_dollar("USD", "EUR", text, text.index("7.22")) is None


WARRANTS = (
    "Outstanding warrants to purchase common shares consisted of the following:\n"
    "December 31, 2024\nDecember 31, 2023\nExpiration\n"
    "Number of Shares\nExercise Price (Canadian Dollars)\n"
    "Number of Shares\nExercise Price (Canadian Dollars)\n"
    "May 8, 2027\n648,783\n8.12\n648,783\n8.12\n"
    "April 26, 2026\n5,394,945\n10.35\n5,394,945\n10.35\n"
    "Total\n6,043,728\n$\n10.13\n6,043,728\n$\n10.13\n"
)


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def test_sub_column_headings_give_share_counts_and_canadian_prices_their_units() -> None:
    got = [(f.amount, f.unit, f.period) for f in _facts(WARRANTS)]
    assert got[:4] == [
        ("648783", "share", "2024-12-31"), ("8.12", "CAD", "2024-12-31"),
        ("648783", "share", "2023-12-31"), ("8.12", "CAD", "2023-12-31"),
    ]
    # the total row's "$" is the column's Canadian dollar, not a US one
    assert [(f.amount, f.unit) for f in _facts(WARRANTS)[-4:]] == [
        ("6043728", "share"), ("10.13", "CAD"), ("6043728", "share"), ("10.13", "CAD"),
    ]


def test_sub_column_headings_that_name_no_unit_keep_the_years_currency() -> None:
    text = (
        "Revenue by region was as follows:\n2024\n2023\nRMB\nRMB\n"
        "Reported\nAdjusted\nReported\nAdjusted\n"
        "North\n120\n118\n101\n99\nSouth\n30\n31\n28\n27\n"
    )
    assert {f.unit for f in _facts(text)} == {"CNY"}


DETAILS = (
    "Share-based payments (Details)\n|12 Months Ended\nMar. 31, 2021\n₨ / shares\n"
    "Mar. 31, 2020\n₨ / shares\n|Disclosure of Share-based payments [Abstract]\n"
    "|Number of options, Opening balance\n|11,056,100\n|4,588,300\n"
    "|Weighted average exercise price, Opening balance\n|₨ 5.20\n|₨ 4.10\n"
    "|Fair value of options granted\n|₨ 7.50\n|₨ 6.25\n"
)


def test_a_details_row_counting_options_is_in_shares_and_its_prices_keep_their_currency() -> None:
    got = {(f.label, f.amount): f.unit for f in _facts(DETAILS)}
    assert got[("Number of options, Opening balance", "11056100")] == "share"
    assert got[("Number of options, Opening balance", "4588300")] == "share"
    assert got[("Weighted average exercise price, Opening balance", "5.20")] == "INR"
    assert got[("Fair value of options granted", "7.50")] == "INR"


STANDARD_LABELS = (
    "Convertible Notes (Details) - USD ($)\n|12 Months Ended\nDec. 31, 2018\n"
    "Dec. 31, 2017\n|Common stock, shares issued\n|50,441\n|9,364\n"
    "|Common stock value\n|$ 5,044\n|$ 936\n"
    "|Common stock shares issued for services, shares\n|750,000\n|120,000\n"
)


def test_a_details_row_with_a_standard_share_count_label_is_in_shares() -> None:
    got = {(f.label, f.amount): f.unit for f in _facts(STANDARD_LABELS)}
    assert got[("Common stock, shares issued", "50441")] == "share"
    assert got[("Common stock shares issued for services, shares", "750000")] == "share"
    assert got[("Common stock value", "5044")] == "USD"
