"""A short row on a Details page whose columns are all one length takes consecutive years
(comparatives) when nothing else tells its choices apart: "Dec. 31, 2020 | 2019 | 2017 |
2016 | 2015" with three values is 2017, 2016 and 2015, not the first three columns. Beside a
column of another length (a 10-Q's "6 Months Ended" with the year-end instants) no run of
years decides. Every text is made up for the test."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _page(head: list[str], *rows: str) -> list[tuple[str, str | None]]:
    doc = read_document("\n".join(["|", "Widget Taxes (Details) - EUR (€)", "€ in Thousands",
                                   *head, *rows]), "t")
    return [(f.amount, f.period) for f in tables.extract_tables(doc).facts]


FIVE_YEARS = ["|12 Months Ended", "|", "Dec. 31, 2020", "|", "Dec. 31, 2019", "|",
              "Dec. 31, 2017", "|", "Dec. 31, 2016", "|", "Dec. 31, 2015"]


def test_three_values_on_five_annual_columns_with_a_gap_take_the_consecutive_years() -> None:
    got = _page(FIVE_YEARS, "|Unused tax losses", "|€ 900", "|€ 800", "|€ 700",
                "|Enacted tax rate", "|25.00%", "|26.00%", "|30.00%", "|30.00%", "|30.00%")
    assert got[:3] == [("900", "P12M/2017-12-31"), ("800", "P12M/2016-12-31"),
                       ("700", "P12M/2015-12-31")]
    assert [p for _, p in got[3:]] == [
        "P12M/2020-12-31", "P12M/2019-12-31", "P12M/2017-12-31", "P12M/2016-12-31",
        "P12M/2015-12-31"]


def test_two_values_on_three_consecutive_years_keep_the_latest_two() -> None:
    head = ["|12 Months Ended", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022", "|",
            "Dec. 31, 2021"]
    got = _page(head, "|Deferred tax assets", "|€ 69", "|€ 51",
                "|Change in valuation allowance", "|(3.10%)", "|2.50%", "|1.20%")
    assert got[:2] == [("69", "P12M/2023-12-31"), ("51", "P12M/2022-12-31")]


def test_beside_a_half_year_column_the_report_date_and_last_year_end_stay() -> None:
    head = ["|6 Months Ended", "|", "Jun. 30, 2017", "|", "Dec. 31, 2016", "|",
            "Dec. 31, 2015"]
    got = _page(head, "|Advance from officer", "|€ 6,130", "|€ 6,130")
    assert got == [("6130", "P6M/2017-06-30"), ("6130", "2016-12-31")]
