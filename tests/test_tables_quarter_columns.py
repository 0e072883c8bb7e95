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


def test_rows_labelled_by_year_date_quarter_columns_on_a_52_53_week_calendar() -> None:
    # a year ending on the last Saturday of December: 2020 ends December 26, 2019 December 28,
    # each quarter 13 weeks; the "Year" column is the row's whole fiscal year
    text = (
        "Quarterly Financial Data (Unaudited)\n"
        "Quarter\nFirst (a)\nSecond (a)\nThird (a)\nFourth (a)\nYear\n"
        "(in thousands)\n"
        "Net sales:\n2020\n$\n10\n$\n11\n$\n12\n$\n13\n$\n46\n"
        "2019\n$\n20\n$\n21\n$\n22\n$\n23\n$\n86\n"
    )
    got = _facts(text, end="Dec. 26, 2020")
    assert [p for _, p, _ in got] == [
        "P3M/2020-03-28", "P3M/2020-06-27", "P3M/2020-09-26", "P3M/2020-12-26", "P12M/2020-12-26",
        "P3M/2019-03-30", "P3M/2019-06-29", "P3M/2019-09-28", "P3M/2019-12-28", "P12M/2019-12-28"]


def test_rows_labelled_by_year_on_a_calendar_of_month_ends() -> None:
    cols = quarter_columns(["Quarter", "First", "Second", "Third", "Fourth", "Total"],
                           "P12M/2024-12-31")
    assert cols is not None and len(cols) == 5
    from extractor.tables.quartercolumns import year_period
    assert [year_period(c.template or "", 2023) for c in cols] == [
        "P3M/2023-03-31", "P3M/2023-06-30", "P3M/2023-09-30", "P3M/2023-12-31", "P12M/2023-12-31"]
    # a year template of another kind keeps its reading
    assert year_period("P3M/{year}-03-31", 2023) == "P3M/2023-03-31"


def test_quarter_columns_over_line_items_are_the_page_years_quarters() -> None:
    text = (
        "Quarterly results:\nQuarter\nFirst\nSecond\nThird\nFourth\n"
        "Revenue\n$\n10\n$\n11\n$\n12\n$\n13\n"
    )
    assert [p for _, p, _ in _facts(text)] == [
        "P3M/2024-03-31", "P3M/2024-06-30", "P3M/2024-09-30", "P3M/2024-12-31"]
