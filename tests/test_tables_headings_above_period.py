"""Column headings printed above a one-period row ("Retail | Wholesale | Total" over "Three
Months Ended December 31, 2024"), then rows of one value per heading: each heading is a
column of that period (a roll-forward by segment), not one column with the rest of each row
read as unlabelled totals."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_PAGE = note_page("Note 4 - Allowance", "3 Months Ended", "Dec. 31, 2024")


def _table(headings: list[str]) -> str:
    head = "".join(f"|\n|{h}\n" for h in headings)
    return (_PAGE + "The allowance by segment was as follows (in thousands):\n|\n" + head
            + "|\nThree Months Ended December 31, 2024\n|\n|\n|\n"
            + "Balance, beginning of period\n|$\n|4,120\n|$\n|2,275\n|$\n|6,395\n"
            + "Provision\n|\n|310\n|\n|(45\n|)\n|265\n"
            + "Balance, end of period\n|$\n|4,430\n|$\n|2,230\n|$\n|6,660\n")


def test_each_heading_above_the_period_row_is_a_column_of_that_period() -> None:
    facts = extract(_table(["Retail\nloans", "Wholesale", "Total"])).facts
    got = [(f.amount, f.period) for f in facts]
    assert got == [
        ("4120", "2024-09-30"), ("2275", "2024-09-30"), ("6395", "2024-09-30"),
        ("310", "P3M/2024-12-31"), ("-45", "P3M/2024-12-31"), ("265", "P3M/2024-12-31"),
        ("4430", "2024-12-31"), ("2230", "2024-12-31"), ("6660", "2024-12-31")]
    assert "Wholesale" in facts[1].label + (facts[1].entity or "")


def test_headings_that_do_not_count_the_rows_values_name_no_columns() -> None:
    # two headings over rows of three values: the headings are not the columns
    facts = extract(_table(["Retail", "Wholesale"])).facts
    assert not any("Retail" in f.label + (f.entity or "") for f in facts)
