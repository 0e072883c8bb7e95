"""A currency mark with no value after it ("$ | $", or "$" ending a row) is an empty cell of its
own column: a blank slot that keeps the mark's unit, so later values keep their columns."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

HEAD = (
    "Three Months Ended\nDecember 31,\nNine Months Ended\nDecember 31,\n"
    "2013\n2012\n2013\n2012\n"
)


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def _row(text: str, label: str) -> list[tuple[str | None, str | None, bool]]:
    return [(f.period, f.amount, f.blank) for f in _facts(text) if f.label == label]


def test_a_mark_followed_by_a_mark_is_an_empty_cell_and_later_values_keep_their_columns() -> None:
    text = HEAD + "Service cost\n$\n5\n$\n$\n46\n$\nSelling\n143\n26\n353\n104\n"
    assert _row(text, "Service cost") == [
        ("P3M/2013-12-31", "5", False),
        ("P3M/2012-12-31", None, True),
        ("P9M/2013-12-31", "46", False),
        ("P9M/2012-12-31", None, True),
    ]


def test_the_blank_of_a_mark_only_cell_keeps_the_mark_unit_and_sits_right_after_it() -> None:
    text = HEAD + "Service cost\n$\n5\n$\n$\n46\n$\nSelling\n143\n26\n353\n104\n"
    blanks = [f for f in _facts(text) if f.blank]
    assert [f.unit for f in blanks] == ["USD", "USD"]
    for f in blanks:
        assert f.span is not None and f.span[0] == f.span[1]
        assert text[f.span[0] - 1] == "$"


def test_a_row_with_a_value_for_every_column_takes_no_blank_from_a_trailing_mark() -> None:
    text = HEAD + "Selling\n$\n143\n$\n26\n$\n353\n$\n104\nResearch\n80\n41\n248\n109\n"
    facts = _facts(text)
    assert not any(f.blank for f in facts)
    assert [f.amount for f in facts if f.label == "Selling"] == ["143", "26", "353", "104"]


def test_marks_before_values_are_units_not_empty_cells() -> None:
    text = HEAD + "Selling\n$\n143\n$\n26\n$\n353\n$\n104\n"
    assert _row(text, "Selling") == [
        ("P3M/2013-12-31", "143", False),
        ("P3M/2012-12-31", "26", False),
        ("P9M/2013-12-31", "353", False),
        ("P9M/2012-12-31", "104", False),
    ]
