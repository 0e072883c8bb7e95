"""A headerless table whose rows all hold k values: a row of m*k values is m rows, and the
marks on the first row give each column its currency."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

ROWS = [
    ("Purchase of equipment", ["810.0", "—", "23.7", "11.0"]),
    ("Sale of equipment", ["21.8", "—", "953.0", "12.9"]),
    ("Finance given", ["—", "6,181.7", "35.0", "81.7"]),
    ("Finance taken", ["1,040.0", "—", "45.6", "616.6"]),
]


def _table(first_marks: bool = True, dropped_label: bool = True) -> str:
    lines = ["|Related-party transactions",
             "|",
             "The following table summarizes transactions for the year ended March 31, 2024:"]
    for i, (label, values) in enumerate(ROWS):
        lines.append(label)
        for j, v in enumerate(values):
            mark = ("Rs." if j < 3 else "US$") if (i == 0 and first_marks) else ""
            lines += ["|", mark, v] if mark else ["|", v]
        if i == 1 and dropped_label:  # the viewer dropped the next row's words
            lines += ["|", "5.0", "|", "6.0", "|", "7.0", "|", "0.1"]
    return "\n".join(lines)


def _facts(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_document(text, "t")
    return [(f.label, f.unit, f.amount or "") for f in tables.extract_tables(doc).facts]


def test_first_row_marks_give_each_column_its_currency() -> None:
    facts = _facts(_table())
    units = {amount: unit for _, unit, amount in facts}
    assert units["953.0"] == "INR"
    assert units["12.9"] == "USD"
    assert units["6181.7"] == "INR"
    assert units["81.7"] == "USD"


def test_a_row_with_twice_the_values_is_two_rows() -> None:
    facts = _facts(_table())
    labels = {amount: label for label, _, amount in facts}
    assert labels["12.9"] == "Sale of equipment"
    assert labels["5.0"] != "Sale of equipment"  # the unlabelled row after it
    assert {amount: unit for _, unit, amount in facts}["0.1"] == "USD"


def test_rows_of_mixed_widths_are_left_as_they_are() -> None:
    text = _table().replace("\n|\n81.7", "").replace("\n|\n616.6", "")  # widths 4, 8, 3, 3
    units = {amount: unit for _, unit, amount in _facts(text)}
    assert units["953.0"] is None  # no column to carry the mark down


def test_several_rows_of_one_wider_width_are_wider_rows_not_rows_run_together() -> None:
    # a table whose last rows fill more columns (an options roll-forward's closing rows)
    lines = ["|Options", "|", "The following table shows options for the year:"]
    for label in ("Granted", "Exercised", "Expired"):
        lines += [label, "|", "100", "|", "20.5", "|", "3"]
    for label in ("Outstanding at year end", "Exercisable at year end"):
        lines += [label, "|", "900", "|", "21.0", "|", "4", "|", "5.1", "|", "8,000", "|", "7"]
    labels = [label for label, _, _ in _facts("\n".join(lines))]
    assert labels.count("Exercisable at year end") == 6
