"""A 10-Q Details page of quarters and year-to-dates beside balance dates: the last run of
dates under "3 Months Ended | 9 Months Ended |" is the balance dates, and a short row goes on
the columns of its kind (a balance on the balance dates, a flow on the durations), which its
label's words tell."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.rowtime import time_kind

QUARTERS = ["Sep. 30, 2024", "Sep. 30, 2023", "Sep. 30, 2024", "Sep. 30, 2023"]
BALANCES = ["Sep. 30, 2024", "Dec. 31, 2023"]


def _page(dates: list[str], headers: tuple[str, ...] = ("3", "9")) -> list[str]:
    lines = ["|", "Gadget Borrowings (Details) - USD ($)", "$ in Thousands",
             *(f"|{h} Months Ended" for h in headers)]
    for d in dates:
        lines += ["|", d]
    return lines


def _facts(dates: list[str], *rows: str) -> list[tuple[str, str | None]]:
    doc = read_document("\n".join([*_page(dates), "|Debt Instrument [Line Items]", *rows]), "t")
    return [(f.amount, f.period) for f in tables.extract_tables(doc).facts]


def test_the_last_run_of_other_dates_is_the_balance_dates() -> None:
    doc = read_document("\n".join([*_page(QUARTERS + BALANCES), "|Debt [Line Items]"]), "t")
    assert [c.period for c in doc.columns] == [
        "P3M/2024-09-30", "P3M/2023-09-30", "P9M/2024-09-30", "P9M/2023-09-30",
        "2024-09-30", "2023-12-31"]


def test_a_last_run_repeating_the_block_is_not_read_as_balance_dates() -> None:
    # three runs of one list under two headers: nothing says the last run is balances
    doc = read_document("\n".join([*_page(QUARTERS + QUARTERS[:2]), "|Debt [Line Items]"]),
                        "t")
    assert "2024-09-30" not in [c.period for c in doc.columns]


def test_a_balance_row_of_two_values_goes_on_the_balance_dates() -> None:
    got = _facts(QUARTERS + BALANCES,
                 "|Long-term debt, gross", "|$ 1,250", "|$ 1,310",
                 "|Interest expense", "|$ 21", "|$ 23", "|$ 64", "|$ 70")
    assert got == [("1250", "2024-09-30"), ("1310", "2023-12-31"),
                   ("21", "P3M/2024-09-30"), ("23", "P3M/2023-09-30"),
                   ("64", "P9M/2024-09-30"), ("70", "P9M/2023-09-30")]


def test_a_flow_row_beside_a_group_on_balance_dates_keeps_the_durations() -> None:
    # the group's balances took the balance dates; the flow still takes the four durations
    got = _facts(QUARTERS + BALANCES,
                 "|Notes payable", "|$ 400", "|$ 400",
                 "|Less: unamortized discount", "|(12)", "|(15)",
                 "|Interest expense", "|7", "|7", "|21", "|21")
    assert [p for _, p in got][4:] == [
        "P3M/2024-09-30", "P3M/2023-09-30", "P9M/2024-09-30", "P9M/2023-09-30"]
    assert [p for _, p in got][:4] == ["2024-09-30", "2023-12-31"] * 2


def test_a_balance_under_a_duration_ending_its_day_is_not_moved_to_a_year_end() -> None:
    # "6 Months Ended Jun. 30, 2024 | Dec. 31, 2023": the June balance stands under the
    # duration; the year end is another day's column, so the label's kind moves nothing
    doc = read_document("\n".join([
        "|", "Gadget Loans (Details) - USD ($)", "|6 Months Ended", "|", "Jun. 30, 2024", "|",
        "Dec. 31, 2023", "|Loans [Line Items]", "|Bank loan outstanding", "|$ 900"]), "t")
    assert [(f.amount, f.period) for f in tables.extract_tables(doc).facts] == [
        ("900", "P6M/2024-06-30")]


@pytest.mark.parametrize(("label", "kind"), [
    ("Interest expense", "duration"),
    ("Liabilities incurred", "duration"),
    ("Proceeds from long-term debt", "duration"),
    ("Loans charged off", "duration"),
    ("Income taxes payable", "instant"),
    ("Deferred revenue", "instant"),
    ("Unrecognized compensation cost", "instant"),
    ("Long-term debt, gross", "instant"),
    ("Line of credit facility, remaining borrowing capacity", "instant"),
    ("Operating lease liabilities, current", "instant"),
    ("Change in fair value", "duration"),
    ("Net increase in deposits", "duration"),
    ("Exercise of warrants", "duration"),
    ("Weighted average interest rate", None),
    ("Balance, end of period", "duration"),
    ("Asset retirement obligations, beginning of period", "duration"),
    ("Management fees", "duration"),
    ("Accrued management fees payable", "instant"),
    ("Due to related party", "instant"),
    ("Amounts due from related parties", "instant"),
    ("Shares authorized", "instant"),
    ("Shares issuable upon exercise of warrants", "instant"),
    ("Common stock reserved for future issuance", "instant"),
    ("Proceeds from shares issued", "duration"),
])
def test_a_labels_words_say_balance_or_flow(label: str, kind: str | None) -> None:
    assert time_kind(label) == kind


def test_beside_an_events_column_a_flow_takes_the_other_durations() -> None:
    doc = read_document("\n".join([
        "|", "Equity (Details) - USD ($)", "$ in Millions", "|1 Months Ended",
        "|3 Months Ended", "|6 Months Ended", "|", "Feb. 28, 2025", "|", "Jun. 29, 2025", "|",
        "Jun. 30, 2024", "|", "Jun. 29, 2025", "|", "Jun. 30, 2024", "|", "Jul. 24, 2025", "|",
        "Jun. 29, 2025", "|Class of Stock [Line Items]", "|Value of shares repurchased",
        "|$ 96.0", "|$ 70.2", "|$ 214.5", "|$ 139.1"]), "t")
    got = [f.period for f in tables.extract_tables(doc).facts]
    assert got == ["P3M/2025-06-29", "P3M/2024-06-30", "P6M/2025-06-29", "P6M/2024-06-30"]


def test_a_roll_forward_in_duration_columns_beside_balance_dates() -> None:
    # its edges stand in the durations they open or close; "Change in fair value" is a
    # movement, not a balance, for all its "fair value"
    got = _facts(QUARTERS + BALANCES,
                 "|Beginning balance", "|$ 7,842", "|$ 11,205", "|$ 9,310", "|$ 12,960",
                 "|Change in fair value", "|(2,526)", "|(2,330)", "|(3,994)", "|(4,085)",
                 "|Ending balance", "|$ 5,316", "|$ 8,875", "|$ 5,316", "|$ 8,875")
    assert [p for _, p in got] == [
        "2024-06-30", "2023-06-30", "2023-12-31", "2022-12-31",
        "P3M/2024-09-30", "P3M/2023-09-30", "P9M/2024-09-30", "P9M/2023-09-30",
        "2024-09-30", "2023-09-30", "2024-09-30", "2023-09-30"]
