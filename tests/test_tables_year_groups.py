"""Years over sub-columns ("2019 | 2018 | 2017" over "Actual Currency | Constant Currency"):
each year spans the sub-columns under it, so a row's values keep their years."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

YEARS = "Revenue by region was as follows:\nIn millions\n2024\n2023\n2022\n"
SPLIT = "Reported\nAdjusted\nReported\nAdjusted\nReported\nBasis\nBasis1)\nBasis\nBasis1)\nBasis\n"
ROWS = "North\n120\n118\n101\n99\n90\nSouth\n30\n31\n28\n27\n25\n"


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def _periods(facts: list[Fact], label_start: str) -> list[str | None]:
    return [f.period for f in facts if f.label.startswith(label_start)]


def test_years_over_two_line_sub_headings_span_two_columns_each_from_the_left() -> None:
    facts = _facts(YEARS + SPLIT + ROWS)
    assert _periods(facts, "North") == [
        "P12M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2023-12-31",
        "P12M/2022-12-31",
    ]
    assert [f.label for f in facts if f.amount in ("120", "118")] == [
        "North / Reported Basis", "North / Adjusted Basis",
    ]


def test_sub_headings_on_one_line_of_cells_span_their_years_too() -> None:
    heads = "Reported\nAdjusted\nReported\nAdjusted\n"
    text = "Revenue:\n2024\n2023\n" + heads + "North\n120\n118\n101\n99\nSouth\n30\n31\n28\n27\n"
    facts = _facts(text)
    assert _periods(facts, "South") == [
        "P12M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2023-12-31",
    ]


def test_a_heading_over_rows_as_wide_as_the_years_stays_a_section() -> None:
    facts = _facts(YEARS + "Products\nNorth\n120\n101\n90\nSouth\n30\n28\n25\n")
    assert [f.label for f in facts if f.amount == "120"] == ["Products / North"]
    assert _periods(facts, "Products / South") == [
        "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31",
    ]
