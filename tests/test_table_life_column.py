"""A useful-life column between a table's row labels and its amounts ("Buildings | 15 - 30
years | 10,500 | 9,800" under "Estimated Useful Lives | June 30, 2025 | 2024"): the life is an
undated fact of its row, and the amounts keep their columns. Made-up table in the viewer's
text-block layout."""

from __future__ import annotations

from viewer_pages import note_page

import extractor

_PAGE = note_page("Note 6 - Property", "12 Months Ended", "Jun. 30, 2025") + (
         "Property and equipment consisted of the following (in "
         "thousands):\n|\n|Estimated\nUseful Lives\n|\n|June 30,\n|\n|\n|2025\n|\n|\n|2024\n|\n")


def facts_of(rows: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.label, f.period, f.amount, f.unit) for f in extractor.extract(_PAGE + rows).facts]


def test_life_cell_before_the_amounts_is_an_undated_life_and_the_amounts_keep_columns() -> None:
    rows = ("|Land\n|\n|\n|$\n|1,200\n|\n|$\n|1,200\n|\n|Buildings\n|15 – 30 years\n|\n|\n"
            "|10,500\n|\n|\n|9,800\n|\n|Vehicles\n|5 years\n|\n|\n|2,300\n|\n|\n|2,100\n")
    assert facts_of(rows) == [
        ("Land", "2025-06-30", "1200", "USD"), ("Land", "2024-06-30", "1200", "USD"),
        ("Buildings", None, "15", "year"),
        ("Buildings", "2025-06-30", "10500", "USD"), ("Buildings", "2024-06-30", "9800", "USD"),
        ("Vehicles", None, "5", "year"),
        ("Vehicles", "2025-06-30", "2300", "USD"), ("Vehicles", "2024-06-30", "2100", "USD"),
    ]


def test_life_column_leaves_no_row_unlabelled_and_totals_add_up() -> None:
    rows = ("|Buildings\n|15 – 30 years\n|\n|\n|10,500\n|\n|\n|9,800\n|\n|Vehicles\n|5 years\n"
            "|\n|\n|2,300\n|\n|\n|2,100\n|\n|Total\n|\n|\n|$\n|12,800\n|\n|$\n|11,900\n")
    codes = {w.code for w in extractor.extract(_PAGE + rows).warnings}
    assert not codes & {"table_row_unlabelled", "table_row_ambiguous", "table_total_mismatch"}
