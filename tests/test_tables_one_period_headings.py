"""One duration over headings that do not count a table's values ("Year Ended December 31,
2019" over "Residential loans | Residential loans held | Equity investments | Total" and rows
of three values): the duration is the whole table's (`headingcolumns.whole_table_period`),
also where the reader cut the rows into undated columns, so the movements take it and the
balances at its edges its instants (FACTS.md 1.1), never the page's period."""

from __future__ import annotations

import extractor

PAGE = ["|", "Fair Value (Tables)", "|12 Months Ended", "Dec. 31, 2020", "|"]


def rollforward(caption: str, headings: list[str]) -> list[str]:
    return [caption, *headings,
            "Balance at beginning of period", "$", "1,129", "$", "73", "$", "1,202",
            "Purchases", "300", "10", "310",
            "Balance at the end of period", "$", "1,429", "$", "83", "$", "1,512"]


def periods(lines: list[str]) -> dict[tuple[str, str], str | None]:
    facts = extractor.extract("\n".join(lines) + "\n").facts
    return {(f.label.split(" / ")[0], f.amount): f.period for f in facts}


HEADINGS = ["Residential loans", "Residential loans held", "Equity investments", "Total"]


def test_a_comparative_years_roll_forward_takes_its_own_year_not_the_pages() -> None:
    got = periods([*PAGE, "The following tables detail changes in Level 3 assets:",
                   *rollforward("Year Ended December 31, 2019", HEADINGS)])
    assert got[("Balance at beginning of period", "1129")] == "2018-12-31"
    assert got[("Purchases", "300")] == "P12M/2019-12-31"
    assert got[("Purchases", "310")] == "P12M/2019-12-31"
    assert got[("Balance at the end of period", "1512")] == "2019-12-31"


def test_a_quarter_over_segment_headings_dates_every_value_with_the_quarter() -> None:
    lines = [*PAGE, "The following table reflects goodwill impairments as recorded:",
             "Three Months Ended March 31, 2020", "(in thousands)", "As originally recorded",
             "Segment", "Products", "Projects", "Total",
             "Products/Robotics", "$", "51,302", "$", "17,457", "$", "33,845",
             "Projects/Services", "129,562", "84,661", "44,901",
             "Total goodwill impairment", "180,864", "102,118", "78,746"]
    got = periods(lines)
    assert {got[k] for k in got} == {"P3M/2020-03-31"}


def test_headings_that_count_the_values_stay_the_columns_of_the_one_period() -> None:
    facts = extractor.extract("\n".join([
        *PAGE, "The following tables detail changes in Level 3 assets:",
        *rollforward("Year Ended December 31, 2019",
                     ["Residential loans", "Equity investments", "Total"])]) + "\n").facts
    purchases = [(f.label, f.period) for f in facts if f.label.startswith("Purchases")]
    assert purchases == [("Purchases / Residential loans", "P12M/2019-12-31"),
                         ("Purchases / Equity investments", "P12M/2019-12-31"),
                         ("Purchases / Total", "P12M/2019-12-31")]
