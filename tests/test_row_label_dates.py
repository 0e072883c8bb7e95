"""Amounts a balance sheet's row label states ("4,321 and 4,198 shares issued and outstanding,
respectively", "net of allowances of $12 in 2024 and $9 in 2023") take the dates of the
columns beside them, one amount per column in order; a lone amount, a price or a list of
unlike things stays as the prose reader leaves it."""

from __future__ import annotations

from extractor.document import read_document
from extractor.engines.rules import RulesEngine
from extractor.facts import Fact

BALANCE_SHEET = (
    "Widget Corp.\nCONSOLIDATED BALANCE SHEETS\n"
    "(In millions, except number of shares, which are reflected in thousands)\n"
    "March 31, 2024\nMarch 31, 2023\nCash and cash equivalents\n$\n1,200\n$\n1,100\n"
    "Receivables (net of allowances of $12 in 2024 and $9 in 2023)\n340\n310\n"
    "Common stock, $0.01 par value: 9,000 shares authorized; 4,321 and 4,198 shares issued "
    "and outstanding, respectively\n5,000\n4,900\n"
    "Treasury stock, at cost (150 and 120 shares, respectively)\n(800)\n(700)\n"
    "Preferred stock, $2.50 par value, 1,400 authorized\n—\n—\n"
)

INCOME_STATEMENT = (
    "Widget Corp.\nCONSOLIDATED STATEMENTS OF INCOME\n(In millions)\n"
    "Year Ended December 31,\n2024\n2023\nRevenue\n$\n9,000\n$\n8,000\n"
    "Other comprehensive income (net of tax of $12 and $9)\n340\n310\n"
)


def _facts(text: str) -> list[Fact]:
    return list(RulesEngine().extract(read_document(text, "t")).facts)


def _period(facts: list[Fact], amount: str) -> list[str | None]:
    return [f.period for f in facts if f.amount == amount]


def test_a_label_list_of_one_count_per_column_takes_the_columns_dates_in_order() -> None:
    facts = _facts(BALANCE_SHEET)
    assert _period(facts, "4321") == ["2024-03-31"]
    assert _period(facts, "4198") == ["2023-03-31"]
    assert _period(facts, "150") == ["2024-03-31"]
    assert _period(facts, "120") == ["2023-03-31"]


def test_years_in_a_label_name_the_columns_of_those_years() -> None:
    facts = _facts(BALANCE_SHEET)
    assert _period(facts, "12") == ["2024-03-31"]  # "in 2024": the March 31, 2024 column
    assert _period(facts, "9") == ["2023-03-31"]


def test_a_lone_count_a_par_value_and_unlike_pairs_are_no_columns_values() -> None:
    facts = _facts(BALANCE_SHEET)
    assert _period(facts, "9000") == [None]  # "9,000 shares authorized": once, for no column
    assert _period(facts, "0.01") == [None]
    # "$2.50 par value, 1,400 authorized": a price and a count, not one value per column
    assert _period(facts, "2.50") == [None]
    assert _period(facts, "1400") == [None]


def test_a_label_under_duration_columns_is_not_made_instants() -> None:
    facts = _facts(INCOME_STATEMENT)
    assert all(p is None or p.startswith("P") for p in _period(facts, "12") + _period(facts, "9"))
