"""Quarter columns ("2024 Quarters" over "First | Second | Third | Fourth"): each column is
the three months ending at that quarter's end of its year, stepped back from the page's fiscal
year end (13 weeks a quarter on a 52/53-week year); ordinal columns that are no quarters
("First lien | Second lien") keep their old reading."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.quartercolumns import quarter_columns, quarter_end

_PAGE = "|\nSelected Quarterly Data\n|12 Months Ended\n{end}\n|\n"


def _facts(text: str, end: str = "Dec. 31, 2024") -> list[tuple[str, str | None, str]]:
    doc = read_document(_PAGE.format(end=end) + text, "t")
    return [(f.label, f.period, f.amount) for f in tables.extract_tables(doc).facts]


def test_quarter_end_steps_back_by_months_or_by_thirteen_weeks() -> None:
    assert quarter_end("2024-12-31", 1) == "2024-03-31"
    assert quarter_end("2024-12-31", 2) == "2024-06-30"
    assert quarter_end("2025-06-30", 1) == "2024-09-30"
    # a year ending on the last Saturday of December: whole weeks, not month ends
    assert quarter_end("2020-12-26", 1) == "2020-03-28"
    assert quarter_end("2020-12-26", 3) == "2020-09-26"


def test_two_year_groups_of_quarters_date_each_column() -> None:
    text = (
        "Quarterly results (unaudited):\n"
        "2024 Quarters\n2023 Quarters\n(In thousands)\n"
        "First\nSecond\nThird\nFourth\nFirst\nSecond\nThird\nFourth\n"
        "Revenue\n$\n10\n$\n11\n$\n12\n$\n13\n$\n20\n$\n21\n$\n22\n$\n23\n"
        "Net income\n1\n2\n3\n4\n5\n6\n7\n8\n"
    )
    got = _facts(text)
    assert [p for lab, p, _ in got if lab == "Revenue"] == [
        "P3M/2024-03-31", "P3M/2024-06-30", "P3M/2024-09-30", "P3M/2024-12-31",
        "P3M/2023-03-31", "P3M/2023-06-30", "P3M/2023-09-30", "P3M/2023-12-31"]
    assert ("Net income", "P3M/2023-06-30", "6") in got


def test_quarters_on_a_fiscal_year_ending_in_june() -> None:
    cols = quarter_columns(["Fiscal 2025 Quarters", "First", "Second", "Third", "Fourth"],
                           "P12M/2025-06-30")
    assert cols is not None
    assert [c.period for c in cols] == ["P3M/2024-09-30", "P3M/2024-12-31", "P3M/2025-03-31",
                                        "P3M/2025-06-30"]


def test_ordinals_that_name_no_quarter_are_no_quarter_columns() -> None:
    # liens and tranches are ordinals too: without "quarter" in the heading no column is dated
    assert quarter_columns(["2024", "First lien", "Second lien"], "P12M/2024-12-31") is None
    assert quarter_columns(["2024", "First", "Second"], "P12M/2024-12-31") is None
    assert quarter_columns(["2024 Quarters", "Second", "First"], "P12M/2024-12-31") is None
    text = (
        "Term loans outstanding:\n2024\nFirst\nSecond\n"
        "Principal\n$\n10\n$\n11\n"
    )
    assert not any(p is not None and p.startswith("P3M/") for _, p, _ in _facts(text))


def test_year_groups_that_do_not_match_the_quarter_groups_date_nothing() -> None:
    # two groups of quarters under one year: which year the second is, the heading does not say
    cols = quarter_columns(["2024 Quarters", *["First", "Second", "Third", "Fourth"] * 2],
                           "P12M/2024-12-31")
    assert cols is None
    assert quarter_columns(["2024 Quarters", "First", "Second"], None) is None
