"""Tables rendered as plain lines ("Customer relationships47,547 47,547"): each line is cut into
a label and its value cells, each header line into its header cells, so the table is read
like any other; prose lines are left whole."""

from __future__ import annotations

import extractor
from extractor.document import read_document
from extractor.tables.cells import tokenise
from extractor.tables.textrows import split_text_rows


def _cells(text: str) -> list[str]:
    doc = read_document(text, "t")
    cells = split_text_rows(doc.text, tokenise(doc.text, doc.lines()))
    for c in cells:  # every cell keeps its own characters
        assert doc.text[c.start : c.end].split() == c.text.split()
    return [c.text for c in cells]


GLUED = (
    "Our intangible assets consist of the following:\n"
    " June 30,\n2024\nDecember 31, 2023\n"
    "Intellectual property$12,450 $12,450 \n"
    "Customer relationships47,547 47,547 \n"
    "Less:  Accumulated amortization(13,293)(9,838)\n"
    "Related party— — \n"
    "Total intangible assets, net$46,704 $50,159 \n"
)


def test_glued_rows_are_cut_into_a_label_and_value_cells() -> None:
    cells = _cells(GLUED)
    assert cells[cells.index("Customer relationships") + 1 :][:2] == ["47,547", "47,547"]
    assert cells[cells.index("Less: Accumulated amortization") + 1 :][:2] == [
        "(13,293)", "(9,838)"]
    assert cells[cells.index("Related party") + 1 :][:2] == ["—", "—"]


def test_a_glued_table_is_dated_by_its_header() -> None:
    got = [(f.label, f.amount, f.period) for f in extractor.extract(GLUED).facts]
    assert ("Customer relationships", "47547", "2024-06-30") in got
    assert ("Customer relationships", "47547", "2023-12-31") in got
    assert ("Less: Accumulated amortization", "-9838", "2023-12-31") in got


def test_space_aligned_rows_and_headers_are_cut_at_their_gaps() -> None:
    text = ("The components of inventories consist of the following:\n\n"
            "    September 30, 2017     December 31, 2016  \n"
            "Finished goods   $ 3,535     $ 3,216  \n"
            "Raw materials     4,037       4,171  \n"
            "    $ 7,572     $ 7,387  \n")
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got == [("3535", "2017-09-30"), ("3216", "2016-12-31"), ("4037", "2017-09-30"),
                   ("4171", "2016-12-31"), ("7572", "2017-09-30"), ("7387", "2016-12-31")]


def test_glued_years_and_glued_duration_headings_are_cells_of_their_own() -> None:
    assert _cells("Expense was:\nThree Months EndedSix Months Ended\n20242023\n")[-4:] == [
        "Three Months Ended", "Six Months Ended", "2024", "2023"]


def test_prose_lines_ending_in_numbers_stay_whole() -> None:
    lines = ["The Company repaid loans of $1,200 and $3,400 in the year 2,000 3,000",
             "Revenue for 2024 2023", "Tranche 2 3"]
    for line in lines:
        assert _cells(line + "\n")[-1] == line


def test_a_month_and_year_with_a_footnote_mark_is_one_cell_not_a_row() -> None:
    # "April 2025 (2)": a maturity date and its note, which read as a label and two values
    assert _cells("Facility\n1.92%\nApril 2025 (2)\nNotes\n54\n") == [
        "Facility", "1.92%", "April 2025 (2)", "Notes", "54"]
    assert _cells("Other items 2025 (2)\n") == ["Other items", "2025", "(2)"]


def test_bare_values_glued_to_their_label_are_a_row_but_spaced_small_numbers_are_not() -> None:
    text = ("Movements in the allowance were as follows:\n"
            "2025 2024\n"
            "Opening balance412 388\n"
            "Charge for the year1,204 933\n"
            "Tranche 2 3\n")
    cells = _cells(text)
    assert cells[cells.index("Opening balance") + 1 :][:2] == ["412", "388"]
    assert "Tranche 2 3" in cells


def test_an_opening_balance_row_whose_values_were_dropped_heads_no_section() -> None:
    text = ("Movements in the allowance were as follows:\n"
            "|2025\n|2024\n"
            "|Other receivables\n"
            "|Beginning balance\n"
            "|Charge for the year\n|1,204\n|933\n"
            "|Write-off\n|(20)\n|(30)\n"
            "|Ending balance\n")
    facts = extractor.extract(text).facts
    # (the value-less balance rows are rows of blanks: tables/emptyrows.py)
    labels = {f.label for f in facts if not f.blank}
    assert labels == {"Other receivables / Charge for the year", "Other receivables / Write-off"}
