"""A row label closing on its own scale ("Aggregate intrinsic value ($000)", "Fair value (in
millions)") scales that row's values alone, unless the row prints them in full ("63,101,000"
beside "(US$’000)"); the rows around it keep the table's scale."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

TABLE = (
    "Options activity is as follows:\n2025\n2024\n"
    "Outstanding, end of year\n1,200\n1,500\n"
    "{label}\n$\n{a}\n$\n{b}\n"
    "Weighted average exercise price\n$\n4.10\n$\n3.90\n"
)


def _facts(label: str, a: str = "190", b: str = "4,928") -> list[Fact]:
    text = TABLE.format(label=label, a=a, b=b)
    return tables.extract_tables(read_document(text, "t")).facts


def _scales(facts: list[Fact], amounts: set[str]) -> set[int | None]:
    return {f.scale for f in facts if f.amount in amounts}


def test_a_thousands_mark_in_a_row_label_scales_that_row() -> None:
    facts = _facts("Aggregate intrinsic value ($000)")
    assert _scales(facts, {"190", "4928"}) == {3}
    assert not any("000" in f.label for f in facts)


def test_a_scale_word_in_a_row_label_scales_that_row() -> None:
    assert _scales(_facts("Aggregate intrinsic value (in millions)"), {"190", "4928"}) == {6}


def test_the_rows_around_a_row_stating_its_scale_keep_the_tables() -> None:
    facts = _facts("Aggregate intrinsic value ($000)")
    assert _scales(facts, {"4.1", "3.9", "4.10", "3.90"}) == {0}
    assert _scales(facts, {"1200", "1500"}) != {3}


def test_a_row_label_without_a_scale_leaves_the_row_in_units() -> None:
    assert _scales(_facts("Aggregate intrinsic value"), {"190", "4928"}) == {0}


def test_values_printed_in_full_beside_a_thousands_mark_stay_in_units() -> None:
    facts = _facts("Net carrying amount (US$’000)", a="63,101,000", b="492,185,000")
    assert _scales(facts, {"63101000", "492185000"}) == {0}


def test_a_row_label_counting_shares_at_its_own_scale_is_shares_at_that_scale() -> None:
    text = ("(In millions of yen)\n2025\n2024\nNet income\n¥\n120\n¥\n110\n"
            "Weighted average number of common stock in issue (in thousands of shares)\n"
            "1,329,026\n1,364,770\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    got = {(f.unit, f.scale) for f in facts if f.amount in {"1329026", "1364770"}}
    assert got == {("share", 3)}


def test_a_share_count_row_states_its_scale_over_the_tables_money_scale() -> None:
    text = ("(In millions, except number of shares and per share data)\n2025\n2024\n"
            "Net income\n$\n120\n$\n110\n"
            "Weighted-average common shares outstanding (millions of shares)\n430\n410\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    got = {f.amount: (f.unit, f.scale) for f in facts}
    assert got["430"] == ("share", 6)
    assert got["120"] == ("USD", 6)


def test_a_money_row_naming_shares_in_its_scale_aside_is_not_a_count() -> None:
    # "(in thousands)" after a money word stays the money's scale
    facts = _facts("Proceeds from shares issued (in thousands)")
    assert {(f.unit, f.scale) for f in facts if f.amount in {"190", "4928"}} == {("USD", 3)}
