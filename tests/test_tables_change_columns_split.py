"""Column groups over split date headings with a change column in each group: "%" on the
dates' line and "Change" on the years' line head a column of the group (its rates take the
group's current period), they do not end the header; the scale in the first header cell
holds."""

from __future__ import annotations

from extractor.api import extract
from tests.viewer_pages import note_page

_PAGE = note_page("Note 12 - Segments", "6 Months Ended", "Jun. 28, 2025")


def _table(change: bool) -> str:
    pct = "|\n|%\n" if change else ""
    chg = "|\n|Change\n" if change else ""
    val = "|\n|13\n|%\n" if change else ""
    val2 = "|\n|16\n|%\n" if change else ""
    return (_PAGE + "Revenue by region was as follows:\n|\n|Three Months Ended\n|\n"
            "|Six Months Ended\n|\n|June 28,\n|\n|June 29,\n" + pct + "|\n|June 28,\n|\n"
            "|June 29,\n" + pct + "|(Dollars in Millions)\n|2025\n|\n|2024\n" + chg
            + "|\n|2025\n|\n|2024\n" + chg + "|China\n|$\n|412.8\n|\n|$\n|365.1\n" + val
            + "|$\n|801.4\n|\n|$\n|690.2\n" + val2)


def test_a_split_percent_change_column_keeps_the_groups_periods_and_scale() -> None:
    got = [(f.amount, f.period, f.unit, f.scale) for f in extract(_table(True)).facts]
    assert got == [
        ("412.8", "P3M/2025-06-28", "USD", 6), ("365.1", "P3M/2024-06-29", "USD", 6),
        ("13", "P3M/2025-06-28", "percent", 0), ("801.4", "P6M/2025-06-28", "USD", 6),
        ("690.2", "P6M/2024-06-29", "USD", 6), ("16", "P6M/2025-06-28", "percent", 0)]


def test_no_percent_header_cell_is_read_as_a_blank() -> None:
    assert not any(f.blank for f in extract(_table(True)).facts)


def test_the_same_groups_without_change_columns_read_alike() -> None:
    got = [(f.amount, f.period) for f in extract(_table(False)).facts]
    assert got == [("412.8", "P3M/2025-06-28"), ("365.1", "P3M/2024-06-29"),
                   ("801.4", "P6M/2025-06-28"), ("690.2", "P6M/2024-06-29")]
