"""Date pairs over repeated flow and balance sub-headings ("Six Months Ended" over "June 30,
2024 | June 30, 2024 | June 30, 2023 | December 31, 2023" over "Paid | Due" twice): a flow
heading takes its group's duration, a balance heading the instant of the group's second date.
Headings that are neither keep the layout of `tables/subcolumns.py`."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _facts(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount) for f in tables.extract_tables(doc).facts]


def _table(heads: str) -> str:
    return (
        "The costs charged by the manager for the six months ended June 30, 2024 and 2023:\n"
        "Six Months Ended\nSix Months Ended\n"
        "June 30, 2024\nJune 30, 2024\nJune 30, 2023\nDecember 31, 2023\n"
        f"{heads}"
        "Management fees\n$\n1,200\n$\n300\n$\n1,100\n$\n250\n"
        "Leasing commissions\n40\n—\n35\n15\n"
    )


def test_flow_headings_take_the_duration_and_balance_headings_the_group_instant() -> None:
    facts = _facts(_table("Paid\nDue\nPaid\nDue\n"))
    assert ("Management fees / Paid", "P6M/2024-06-30", "1200") in facts
    assert ("Management fees / Due", "2024-06-30", "300") in facts
    assert ("Management fees / Paid", "P6M/2023-06-30", "1100") in facts
    assert ("Management fees / Due", "2023-12-31", "250") in facts
    assert ("Leasing commissions / Due", "2024-06-30", "0") in facts
    assert ("Leasing commissions / Due", "2023-12-31", "15") in facts


def test_three_sub_headings_per_group_with_two_balances() -> None:
    text = (
        "Six Months Ended\nSix Months Ended\n"
        "June 30, 2024\nJune 30, 2024\nJune 30, 2023\nDecember 31, 2023\n"
        "Expensed\nReceivable\nPayable\nExpensed\nReceivable\nPayable\n"
        "Advisory fees\n$\n90\n$\n—\n$\n12\n$\n80\n$\n—\n$\n9\n"
    )
    facts = _facts(text)
    assert ("Advisory fees / Expensed", "P6M/2023-06-30", "80") in facts
    assert ("Advisory fees / Receivable", "2023-12-31", "0") in facts
    assert ("Advisory fees / Payable", "2024-06-30", "12") in facts
    assert ("Advisory fees / Payable", "2023-12-31", "9") in facts


def test_headings_that_are_not_flows_and_balances_keep_the_durations() -> None:
    facts = _facts(_table("Gross\nNet\nGross\nNet\n"))
    assert not any(p is not None and not p.startswith("P") for _, p, _ in facts)


def test_one_balance_heading_without_a_flow_is_not_read_as_mixed() -> None:
    facts = _facts(_table("Payable\nDue\nPayable\nDue\n"))
    assert not any(p == "2023-12-31" for _, p, _ in facts)
