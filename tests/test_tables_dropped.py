"""Tables whose every amount the viewer dropped: the marks left say where the blanks are."""

from __future__ import annotations

import extractor
from extractor import tables
from extractor.document import read_document


def table_blanks(text: str) -> list[extractor.Fact]:
    """The blanks the table reader finds (the prose reader has its own rules for marks)."""
    return [f for f in tables.extract_tables(read_document(text, "t")).facts if f.blank]


def row(label: str, cells: list[str]) -> list[str]:
    return [label, *(f"|{c}" for c in cells)]


SPACER = ["", "$", "", "", "", "$", "", ""]  # spacer | mark | value | spacer, twice
EMPTY = [""] * 8


def note(*rows: list[str]) -> str:
    lines = ["|Widget Co. - Borrowings [Table Text Block]"]
    for r in rows:
        lines += r
    return "\n".join(lines) + "\n"


def test_each_cell_after_a_mark_is_a_blank_in_every_row_of_the_layout() -> None:
    text = note(row("Obligations under leases", SPACER), row("Bonds, due 2030", EMPTY),
                row("Borrowings from banks", EMPTY + [""] * 6))
    blanks = [f for f in extractor.extract(text).facts if f.blank]
    assert [f.label for f in blanks] == ["Obligations under leases"] * 2 + [
        "Bonds, due 2030"] * 2 + ["Borrowings from banks"] * 2
    assert {(f.unit, f.amount, f.period) for f in blanks} == {("USD", None, None)}
    mark = text.index("$")
    assert blanks[0].span == (mark + 1, mark + 1)  # right after the mark
    bonds = text.index("Bonds, due 2030") + len("Bonds, due 2030")
    # the third cell of the row: right after its pipe
    assert blanks[2].span[0] == bonds + len("\n|\n|\n|")
    for f in blanks:
        assert f.quote and text[f.span[0] - len(f.quote) : f.span[0]] == f.quote


def test_empty_cells_without_any_mark_are_not_blanks() -> None:
    text = note(row("Obligations under leases", EMPTY), row("Bonds, due 2030", EMPTY))
    assert not [f for f in extractor.extract(text).facts if f.blank]
    assert not table_blanks(text)


def test_marks_at_disagreeing_places_say_nothing_for_certain() -> None:
    other = ["$", "", "", "", "", "", "$", ""]
    text = note(row("Obligations under leases", SPACER), row("Bonds, due 2030", other))
    assert not table_blanks(text)


def test_headings_and_short_rows_take_no_blank() -> None:
    text = note(row("Obligations under leases", SPACER), row("Unsecured:", EMPTY),
                row("Bonds, due 2030", ["", ""]))
    blanks = [f for f in extractor.extract(text).facts if f.blank]
    assert [f.label for f in blanks] == ["Obligations under leases"] * 2
