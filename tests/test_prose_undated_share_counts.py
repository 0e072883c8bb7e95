"""A share count that neither its sentence nor its paragraph dates takes the page's period
header, as an undated monetary amount does (gold/LABELLING.md: FACTS.md names money only, and a
count is a quantity, not a rate, price or term); a par value per share stays undated. Every
text is made up."""

from __future__ import annotations

import extractor

PAGE = "Equity (Details)\n|\n3 Months Ended\n|\nMar. 31, 2018\n|\n"


def test_an_undated_share_count_takes_the_page_period() -> None:
    facts = extractor.extract(
        PAGE + "The Company is authorized to issue 10,000,000 shares of common stock.").facts
    assert [(f.amount, f.unit, f.period) for f in facts] == [
        ("10000000", "share", "P3M/2018-03-31")]


def test_a_dated_share_count_keeps_its_own_date() -> None:
    facts = extractor.extract(
        PAGE + "On January 2, 2018, the Company issued 400,000 shares of preferred stock.").facts
    assert [(f.amount, f.period) for f in facts] == [("400000", "2018-01-02")]


def test_an_undated_par_value_per_share_stays_undated() -> None:
    facts = extractor.extract(PAGE + "The common stock has a par value of $0.0001 per share.").facts
    assert [(f.amount, f.period) for f in facts] == [("0.0001", None)]
