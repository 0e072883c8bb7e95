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


WARRANTS = (
    "Outstanding warrants consisted of the following:\nDecember 31, 2022\nDecember 31, 2021\n"
    "Expiration\nNumber of Shares Issued and Exercisable\nExercise Price\n"
    "Number of Shares Issued and Exercisable\nExercise Price\n"
)


def test_date_labelled_rows_under_a_label_heading_and_sub_columns_keep_their_dates() -> None:
    # the first heading names the label column ("Expiration"); the rows' labels are dates
    text = WARRANTS + "October 1, 2025\n648,783\n8.12\n648,783\n8.12\n" \
        "May 14, 2023\n1,818,788\n2.95\n1,998,788\n2.95\n"
    facts = _facts(text)
    assert [(f.amount, f.period) for f in facts[:4]] == [
        ("648783", "2022-12-31"), ("8.12", "2022-12-31"),
        ("648783", "2021-12-31"), ("8.12", "2021-12-31"),
    ]
    assert facts[1].label == "October 1, 2025 / Exercise Price"
    assert facts[6].period == "2021-12-31" and facts[6].amount == "1998788"


def test_headings_one_more_than_twice_the_values_are_not_sub_columns() -> None:
    text = WARRANTS + "Shares\nOctober 1, 2025\n648,783\n8.12\n648,783\n8.12\n"
    assert "Exercise Price" not in " ".join(f.label for f in _facts(text))
