"""A section of balance-sheet amounts under duration columns ("Reconciliation of cash ... to
the consolidated balance sheets"): its rows are balances at each column's end."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

CASH_FLOWS = ("Year Ended December 31,\n2024\n2023\nNet income\n$\n62,360\n$\n39,098\n"
              "Cash at end of the period\n$\n45,438\n$\n42,827\n{heading}\n"
              "Cash and cash equivalents\n$\n43,889\n$\n41,862\nRestricted cash\n1,549\n965\n")


def _periods(text: str, amount: str) -> list[str | None]:
    facts = tables.extract_tables(read_document(text, "t")).facts
    return [f.period for f in facts if f.amount == amount]


def test_rows_under_a_balance_sheet_section_are_instants_at_the_column_end() -> None:
    for heading in ("Reconciliation of cash, cash equivalents, and restricted cash to the "
                    "consolidated balance sheets",
                    "to the Condensed Consolidated Statement of Financial Position:"):
        text = CASH_FLOWS.format(heading=heading)
        assert _periods(text, "43889") == ["2024-12-31"]
        assert _periods(text, "965") == ["2023-12-31"]
        assert _periods(text, "62360") == ["P12M/2024-12-31"]


def test_rows_under_another_section_keep_the_duration() -> None:
    text = CASH_FLOWS.format(heading="Supplemental cash flow information")
    assert _periods(text, "43889") == ["P12M/2024-12-31"]
