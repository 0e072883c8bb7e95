"""Plain-line table rows whose label is glued to its values without any formatting to say so
("Beginning balance319 689 579", "Current period provision560", "Over 1 year87.3 %"): the glue
itself is the flattened row's mark. Every text is made up for the test."""

from __future__ import annotations

import extractor
from extractor.document import read_document
from extractor.tables.cells import tokenise
from extractor.tables.textrows import split_text_rows


def _cells(text: str) -> list[str]:
    doc = read_document(text, "t")
    cells = split_text_rows(doc.text, tokenise(doc.text, doc.lines()))
    for c in cells:
        assert doc.text[c.start : c.end].split() == c.text.split()
    return [c.text for c in cells]


ROLL = (
    "Changes in the allowance during the years ended December 31, 2024 and 2023 are as follows:\n"
    "20242023\n"
    "(In thousands of dollars)\n"
    "Beginning balance412 377 \n"
    "Provision64 35 \n"
    "Ending balance476 412 \n"
)


def test_unformatted_values_glued_to_their_label_are_cells() -> None:
    cells = _cells(ROLL)
    assert cells[cells.index("Beginning balance") + 1 :][:2] == ["412", "377"]
    assert cells[cells.index("Provision") + 1 :][:2] == ["64", "35"]


def test_a_glued_roll_forward_gives_its_balances_their_instants() -> None:
    got = {(f.amount, f.period) for f in extractor.extract(ROLL).facts}
    assert {("412", "2023-12-31"), ("377", "2022-12-31"), ("64", "P12M/2024-12-31"),
            ("476", "2024-12-31")} <= got


def test_one_value_glued_to_its_label_is_a_row() -> None:
    assert _cells("Note\nCurrent period provision560 \n")[-2:] == [
        "Current period provision", "560"]
    assert _cells("Note\nMore than 1 year87.3 %\n")[-2:] == ["More than 1 year", "87.3 %"]
    assert _cells("Note\nWrite-off(1,095)\n")[-2:] == ["Write-off", "(1,095)"]


def test_a_marked_value_glued_to_a_dated_label_keeps_its_mark() -> None:
    assert _cells("Note\nAllowance, January 1, 2024$1,006 \n")[-2:] == [
        "Allowance, January 1, 2024", "$1,006"]


def test_names_and_footnote_marks_glued_to_a_digit_stay_whole() -> None:
    for line in ("Series A1", "Tranche 2 3", "Local currency1)", "Total2023", "See Note 3"):
        assert _cells(f"Note\n{line}\n")[-1] == line
