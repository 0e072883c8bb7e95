"""An abbreviated currency word alone in a cell ("Rs." before its value's cell) is a mark, as
"$" is: the value takes its currency."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

HEAD = "As of December 31,\n2024\n2023\n"


def _units(text: str) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for f in tables.extract_tables(read_document(text, "t")).facts:
        out.setdefault(f.amount or "", []).append(f.unit)
    return out


def test_rs_alone_in_a_cell_before_a_value_is_the_rupee_mark() -> None:
    units = _units(HEAD + "Loans to associates\nRs.\n17,362.6\nRs.\n7.9\n")
    assert units == {"17362.6": ["INR"], "7.9": ["INR"]}


def test_a_spelled_currency_word_alone_in_a_cell_is_not_taken_as_a_mark() -> None:
    units = _units(HEAD + "Loans to associates\nRenminbi\n17,362.6\n7.9\n")
    assert "INR" not in {u for us in units.values() for u in us}
    assert all(u != "CNY" for u in units.get("17362.6", []))
