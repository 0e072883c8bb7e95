"""A table introduced "for the year ended/as at March 31, 2020": its flows take the year, its
balances ("Amounts receivable ...") the date."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.mixedperiod import flow_period, is_balance_label

ROWS = (
    "Associates\nJoint ventures\n"
    "Purchase of goods\n$\n1,870.7\n$\n19.2\n"
    "Sale of services\n484.7\n228.9\n"
    "Amounts receivable in respect of loans\n$\n479.3\n$\n6.3\n"
)


def _periods(intro: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for f in tables.extract_tables(read_document(intro + "\n" + ROWS, "t")).facts:
        out.setdefault(f.label, set()).add(f.period)
    return out


def test_flows_take_the_year_and_balances_the_date_under_year_ended_slash_as_at() -> None:
    got = _periods("Transactions and balances with related parties for the year ended/as at "
                   "March 31, 2020 were as follows:")
    assert got["Purchase of goods"] == {"P12M/2020-03-31"}
    assert got["Sale of services"] == {"P12M/2020-03-31"}
    assert got["Amounts receivable in respect of loans"] == {"2020-03-31"}


def test_an_intro_that_only_says_as_at_keeps_every_row_at_the_date() -> None:
    got = _periods("Balances with related parties as at March 31, 2020 were as follows:")
    assert got["Purchase of goods"] == {"2020-03-31"}


def test_year_ended_and_as_of_in_words_read_as_the_year() -> None:
    assert flow_period("for the year ended and as of December 31, 2023:") == "P12M/2023-12-31"
    assert flow_period("as of December 31, 2023:") is None


def test_balance_labels_are_amounts_due_or_outstanding_not_flows() -> None:
    assert is_balance_label("Amounts payable in respect of lease liability")
    assert is_balance_label("Balance due to the parent")
    assert not is_balance_label("Purchase of property, plant and equipment")
