"""Nil cells of text-block tables: a dash in the same cell as its mark ("|$ —"), and a table's
last nil cell right before a paragraph of prose. Made-up tables in the viewer's layout."""

from __future__ import annotations

from viewer_pages import note_page

import extractor

_PAGE = note_page("Note 7 - Fair Value", "9 Months Ended", "Sep. 30, 2024")


def cells_of(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(f.amount, f.period, f.blank) for f in extractor.extract(_PAGE + text).facts]


def test_dash_with_its_mark_in_one_cell_is_a_nil_of_its_column() -> None:
    table = ("Assets at fair value as of September 30, 2024 (in thousands):\n|\n|Level 1\n"
             "|Level 2\n|Total\n|Money market funds\n|$ 58,412\n|$ —\n|$ 58,412\n")
    assert cells_of(table) == [
        ("58412", "2024-09-30", False), ("0", "2024-09-30", False),
        ("58412", "2024-09-30", False)]


def test_last_nil_cell_before_a_paragraph_is_a_nil_not_a_label() -> None:
    table = ("The fair values were as follows (in thousands):\n|\n|Location\n|September 30,\n"
             "2024\n|December 31,\n2023\n|Forwards\n|Accrued liabilities\n|$\n|1,276\n|$\n|—\n"
             "As of September 30, 2024, the Company held no other contracts with any banks.\n")
    assert cells_of(table) == [("1276", "2024-09-30", False), ("0", "2023-12-31", False)]


def test_leading_dash_of_a_label_on_the_next_line_still_joins_it() -> None:
    table = ("Borrowings were as follows (in thousands):\n|\n|December 31,\n2024\n"
             "|December 31,\n2023\n|—\nDenominated in US$\n|1,200\n|1,100\n")
    got = extractor.extract(_PAGE + table).facts
    assert [(f.amount, f.label) for f in got] == [
        ("1200", "Denominated in US$"), ("1100", "Denominated in US$")]
