"""A table without date columns whose blocks of rows are each headed by a lone year ("2024",
rows, "2023", rows) while the sentence before it names no period: the page's period header
says what kind of period a block is, so each block is the page's span in its own year (a
column headed "2023" is that year, FACTS.md), and a balance at a block's start or end is an
instant (FACTS.md 1.1: "Total assets at end of year" under the 2023 block is 2023-12-31)."""

from __future__ import annotations

import extractor
from extractor.tables.yearends import YearEnds, year_period


def blocks_page(header: list[str], years: list[str], intro: str = "Summarized financial "
                "information for the operating segments is shown in the following table.") -> str:
    lines = ["|", "Segment Information (Tables)", *header, "|", intro,
             "Retail Banking", "Wealth Advisory", "Consolidated", "(Dollars in thousands)"]
    for k, year in enumerate(years):
        lines.append(year)
        lines += ["Net interest income", "$", f"{120 + k}", "$", f"{80 + k}", "$", f"{200 + k}"]
        lines += ["Total assets at end of year", f"{510 + k}", f"{90 + k}", f"{600 + k}"]
    return "\n".join(lines) + "\n"


def periods(text: str) -> dict[str, str | None]:
    return {f.amount: f.period for f in extractor.extract(text).facts}


def test_each_year_block_takes_the_pages_span_in_its_own_year() -> None:
    got = periods(blocks_page(["|12 Months Ended", "Dec. 31, 2024"], ["2024", "2023", "2022"]))
    assert [got[a] for a in ("120", "200", "121", "201", "122")] == [
        "P12M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2023-12-31",
        "P12M/2022-12-31"]


def test_a_balance_at_a_blocks_end_is_the_instant_of_its_end() -> None:
    got = periods(blocks_page(["|12 Months Ended", "Dec. 31, 2024"], ["2024", "2023"]))
    assert [got[a] for a in ("510", "600", "511", "601")] == [
        "2024-12-31", "2024-12-31", "2023-12-31", "2023-12-31"]


def test_a_fiscal_year_page_moves_the_blocks_on_its_own_month_end() -> None:
    got = periods(blocks_page(["|12 Months Ended", "Jun. 30, 2024"], ["2024", "2023"]))
    assert (got["120"], got["121"], got["511"]) == (
        "P12M/2024-06-30", "P12M/2023-06-30", "2023-06-30")


def test_a_block_year_after_the_pages_year_is_not_dated_by_the_page() -> None:
    ends = YearEnds()
    assert year_period(2026, (), ends, "P12M/2024-12-31") is None
    assert year_period(2023, (), ends, "P12M/2024-12-31") == "P12M/2023-12-31"
    assert year_period(2023, (), ends, "2024-12-31") == "2023-12-31"
    assert year_period(2023, (), ends) is None  # no page period: a year alone says no kind


def test_the_sentences_own_periods_still_come_first() -> None:
    text = blocks_page(["|12 Months Ended", "Dec. 31, 2024"], ["2024", "2023"],
                       intro="Segment results as of December 31, 2024 and 2023 were:")
    got = periods(text)
    assert (got["120"], got["121"]) == ("2024-12-31", "2023-12-31")


def test_fiscal_year_block_headings_date_their_blocks_on_the_pages_year_end() -> None:
    text = blocks_page(["|12 Months Ended", "Jun. 30, 2024"], ["Fiscal 2024", "Fiscal 2023"])
    got = periods(text)
    assert (got["120"], got["121"], got["511"]) == (
        "P12M/2024-06-30", "P12M/2023-06-30", "2023-06-30")


def test_a_block_year_is_no_label_of_its_rows() -> None:
    facts = extractor.extract(blocks_page(["|12 Months Ended", "Dec. 31, 2024"],
                                          ["FY2024", "FY2023"])).facts
    assert {f.label for f in facts} == {"Net interest income", "Total assets at end of year"}
