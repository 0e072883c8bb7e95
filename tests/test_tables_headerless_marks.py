"""A headerless table whose rows hold the same number of values: the i-th value of each row
stands in column i, so the marks of its first row ("Rs. | Rs. | US$") give each column its
currency; rows the viewer ran together (k times that many values) fold onto the same
columns. Rows of no common width keep the marks to themselves."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

INTRO = "The following table summarizes transactions for the year ended March 31, 2020:\n"


def _cells(*rows: tuple[str, list[str]]) -> str:
    out = [INTRO]
    for label, values in rows:
        out += ["|", label] if label else []
        for v in values:
            mark, _, amount = v.rpartition(" ")
            out += ["|", mark, "|", amount] if mark else ["|", "|", amount]
    return "\n".join(out) + "\n"


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(f.amount, f.unit) for f in tables.extract_tables(read_document(text, "t")).facts]


def test_first_row_marks_give_each_place_its_currency() -> None:
    text = _cells(("Sales", ["Rs. 100.0", "Rs. 50.0", "US$ 2.0"]),
                  ("Purchases", ["10.0", "5.0", "0.2"]),
                  ("Fees", ["7.0", "3.0", "0.1"]))
    assert _units(text)[3:] == [("10.0", "INR"), ("5.0", "INR"), ("0.2", "USD"),
                                ("7.0", "INR"), ("3.0", "INR"), ("0.1", "USD")]


def test_rows_run_together_fold_onto_the_same_places() -> None:
    text = _cells(("Sales", ["Rs. 100.0", "Rs. 50.0", "US$ 2.0", "40.0", "20.0", "0.8"]),
                  ("Purchases", ["10.0", "5.0", "0.2"]),
                  ("Fees", ["7.0", "3.0", "0.1"]))
    assert [u for _, u in _units(text)[:6]] == ["INR", "INR", "USD", "INR", "INR", "USD"]


def test_rows_of_no_common_width_take_no_currency_by_place() -> None:
    text = _cells(("Sales", ["Rs. 100.0", "Rs. 50.0", "US$ 2.0"]),
                  ("Purchases", ["10.0", "5.0"]),
                  ("Fees", ["7.0", "3.0", "0.1", "4.0"]))
    got = dict(_units(text))
    assert got["10.0"] is None and got["0.1"] is None
