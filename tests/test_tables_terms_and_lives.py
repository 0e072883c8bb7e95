"""Durations in tables: a useful life is a fact in years, never in the page's money scale; a
term (an expected option life, a remaining lease term, a warrant's term, a vesting period) is
no fact (FACTS.md, "What counts as a fact")."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.lifeterms import label_duration_unit, names_a_term


def _facts(text: str) -> list[tuple[str, str | None, str | None, int]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.label, f.amount, f.unit, f.scale) for f in part.facts]


ASSUMPTIONS = "\n".join([
    "|", "Widget Stock Compensation (Details) - USD ($)", "$ in Thousands",
    "|3 Months Ended", "|", "Mar. 31, 2016", "|", "Mar. 31, 2015",
    "|Option assumptions [Line Items]",
    "|Risk-free interest rate", "|1.40%", "|1.20%",
    "|Expected life (years)", "|5.5", "|4.2",
    "|Stock-based compensation expense", "|$ 310", "|$ 280",
])


def test_an_expected_life_in_years_is_no_fact_and_takes_no_money_scale() -> None:
    got = _facts(ASSUMPTIONS)
    assert not [f for f in got if f[0].startswith("Expected life")]
    assert ("Stock-based compensation expense", "310", "USD", 3) in got
    assert ("Risk-free interest rate", "1.40", "percent", 0) in got


def test_a_remaining_lease_term_row_is_no_fact_but_a_useful_life_row_is() -> None:
    text = "\n".join([
        "|", "Widget Leases (Details)", "|", "Jun. 30, 2021", "|", "Dec. 31, 2020",
        "|Leases [Line Items]",
        "|Weighted-average remaining lease term - operating leases", "|9.1 years", "|9.5 years",
        "|Estimated useful life (years)", "|7", "|7",
        "|Operating lease liabilities", "|$ 4,431", "|$ 4,290",
    ])
    got = _facts(text)
    assert not [f for f in got if "lease term" in f[0]]
    assert [(a, u, s) for label, a, u, s in got if label.startswith("Estimated useful life")] == [
        ("7", "year", 0), ("7", "year", 0)]


def test_a_row_label_names_its_duration_unit_after_its_words() -> None:
    assert label_duration_unit("Expected life (years)") == "year"
    assert label_duration_unit("Remaining term, in years") == "year"
    assert label_duration_unit("Vesting period (months)") == "month"
    # a heading alone, which the viewer may have put over another column, names no row's unit
    assert label_duration_unit("(Number of Years) / (CAD$)") is None
    assert label_duration_unit("Revenue") is None


def test_a_term_is_named_by_its_words_and_a_useful_life_is_never_one() -> None:
    assert names_a_term("Warrant term")
    assert names_a_term("Weighted-average remaining lease term – finance leases")
    assert names_a_term("Expected life (years)")
    assert not names_a_term("Estimated useful lives / Buildings")
    assert not names_a_term("Buildings SCHEDULE OF TERM DEPOSITS MAINTAINED AT BANKS")
    assert not names_a_term("Long-term investments")
    assert not names_a_term("Useful life of leasehold improvements (shorter of lease term)")


def test_a_label_unit_is_read_in_any_case_and_none_without_year_or_month_words() -> None:
    # the quick test for "year"/"month" in front of the pattern folds case as the pattern does
    assert label_duration_unit("EXPECTED LIFE (YEARS)") == "year"
    assert label_duration_unit("Remaining Term, In Months") == "month"
    assert label_duration_unit("Expected life (days)") is None
