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


LEVELS = (
    "Assets measured at fair value were as follows:\nDecember 31, 2024\nDecember 31, 2023\n"
    "Total\nLevel 1\nLevel 2\nTotal\nLevel 1\nLevel 2\n"
)


def test_dates_over_repeated_sub_headings_span_them_though_a_section_heading_comes_first() -> None:
    # "Assets" (no values) opens the rows: the headings alone say the six sub-columns
    text = LEVELS + "Assets\nMoney market funds\n$640\n$640\n$150\n$150\n" \
        "Corporate notes\n335\n35\n300\n183\n83\n100\n"
    facts = _facts(text)
    assert _periods(facts, "Assets / Corporate notes") == ["2024-12-31"] * 3 + ["2023-12-31"] * 3
    assert [f.label for f in facts if f.amount == "35"] == ["Assets / Corporate notes / Level 1"]


def test_a_short_row_under_date_groups_puts_as_many_values_in_each_group() -> None:
    # 4 values for 2 x 3 sub-columns: two under each date (their empty Level 2 dropped)
    facts = _facts(LEVELS + "Assets\nMoney market funds\n$640\n$640\n$150\n$150\n")
    assert [(f.amount, f.period) for f in facts] == [
        ("640", "2024-12-31"), ("640", "2024-12-31"), ("150", "2023-12-31"),
        ("150", "2023-12-31"),
    ]


def test_a_short_row_printing_dashes_is_short_by_whole_columns_from_the_left() -> None:
    heads = "Fair Value\nLevel I\nLevel II\nLevel III\n" * 2
    facts = _facts("Assets:\nDecember 31, 2024\nDecember 31, 2023\n" + heads +
                   "Money market funds\n1,753\n1,753\n—\n—\n109\n109\n—\n—\n"
                   "Digital assets\n1,076\n1,076\n—\n—\nNot applicable\n")
    assert [f.period for f in facts if "Digital" in f.label] == ["2024-12-31"] * 4


def test_sub_headings_that_do_not_repeat_under_each_date_are_no_groups() -> None:
    heads = "Total\nLevel 1\nLevel 2\nLevel 3\n"
    text = "Assets:\nDecember 31, 2024\nDecember 31, 2023\n" + heads + \
        "Derivatives:\nSwaps\n10\n4\n6\n0\n"
    assert "Level 3" not in " ".join(f.label for f in _facts(text))


def test_date_groups_over_a_colon_section_heading_take_its_rows() -> None:
    text = ("The fair values of derivatives were as follows:\nAs of December 31, 2023\n"
            "As of December 31, 2024\nAssets(1)\nLiabilities(2)\nAssets(1)\nLiabilities(2)\n"
            "Derivatives designated as hedging instruments:\nForeign exchange contracts\n"
            "$\n205\n$\n242\n$\n1,054\n$\n0\n")
    facts = _facts(text)
    assert [(f.amount, f.period) for f in facts] == [
        ("205", "2023-12-31"), ("242", "2023-12-31"), ("1054", "2024-12-31"),
        ("0", "2024-12-31"),
    ]
    assert facts[1].label.endswith("Foreign exchange contracts / Liabilities")


def test_a_short_row_whose_dash_follows_a_mark_still_puts_one_value_in_each_group() -> None:
    # "$ | — | $ | 190": the dash after "$" is a printed nil, not an empty cell's stand-in
    text = (YEARS + "Shares\nPrice\nShares\nPrice\nShares\nPrice\n"
            "Outstanding\n500\n$\n4.10\n400\n$\n3.90\n300\n$\n3.50\n"
            "Intrinsic value\n$\n—\n$\n190\n$\n4,928\n")
    facts = _facts(text)
    assert _periods(facts, "Intrinsic value") == [
        "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31"]
