"""Tables whose rows are written one to a line, cells joined by pipes, read as the viewer's
one-cell-per-line tables are (made-up tables): their headers date the columns, the intro's
scale and the rows' marks give unit and scale. Prose that ends on a pipe, a whole table on
one line and a Details page's member lines are no such rows."""

from __future__ import annotations

from extractor.api import extract
from extractor.tables.piperows import pipe_cells
from tests.viewer_pages import note_page

_PAGE = note_page("Note 5 - Balance Sheet Components", "12 Months Ended", "Dec. 31, 2024")


def _facts(body: str) -> list[tuple[str | None, str | None, str | None, int]]:
    return [(f.period, f.amount, f.unit, f.scale) for f in extract(_PAGE + body).facts]


def test_a_row_on_one_line_is_cut_at_its_pipes_the_closing_pipe_opening_no_cell() -> None:
    line = "Machinery | $ | 94,605 | | $ | 88,931 |"
    assert [line[s:e] for s, e in pipe_cells(line) or []] == [
        "Machinery", "$", "94,605", "", "$", "88,931"]
    total = "|Total| |96,480|"
    assert [total[s:e] for s, e in pipe_cells(total) or []] == ["Total", "", "96,480"]
    empty = pipe_cells("| |")  # one empty cell
    assert empty is not None and len(empty) == 1 and empty[0][0] == empty[0][1]
    assert pipe_cells("December 31, |") == [(0, 12)]


def test_prose_ending_on_a_pipe_and_a_whole_table_on_one_line_are_not_cut() -> None:
    assert pipe_cells("The Company granted 1,000 shares to its two directors in March 2020.|"
                      ) is None
    assert pipe_cells("|The Term Loan amortizes at 1.25% per quarter") is None
    assert pipe_cells("Intro: " + " | ".join(["x", "$", "1.0"] * 12)) is None


def test_a_pipe_row_table_reads_its_stacked_header_and_its_intros_scale() -> None:
    body = ("Property and equipment consisted of the following (in thousands):\n"
            "| |\nDecember 31, |\n| |\n2024 | | 2023 |\n"
            "Buildings | $ | 58,318 | | $ | 51,072 |\n"
            "Less: accumulated depreciation | (71,902 | ) | (63,118 | )\n")
    assert _facts(body) == [
        ("2024-12-31", "58318", "USD", 3), ("2023-12-31", "51072", "USD", 3),
        ("2024-12-31", "-71902", "USD", 3), ("2023-12-31", "-63118", "USD", 3)]


def test_pipe_rows_under_a_one_cell_per_line_header_take_its_columns() -> None:
    body = ("|\n|(Yen in millions)\n|\n|March 31,\n|\n|2025\n|\n|2024\n|\n"
            "|Unsecured loans from banks|¥|61,480| |¥|58,215|\n"
            "|Total| |96,480| | |78,215|\n")
    facts = _facts(body)
    assert facts[:2] == [("2025-03-31", "61480", "JPY", 6), ("2024-03-31", "58215", "JPY", 6)]
    assert facts[2:] == [("2025-03-31", "96480", "JPY", 6), ("2024-03-31", "78215", "JPY", 6)]
