"""Korean filers' won sign rendered as a plain "W" alone before a value's cell ("W |856,813"):
in a table it is the KRW mark of that value and its column; a bare "W" in prose or as a
table's text is a letter, never a currency."""

from __future__ import annotations

from extractor.api import extract


def _facts(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(f.label, f.period, f.amount, f.unit) for f in extract(text).facts]


_TABLE = (
    "Borrowings as of December 31, 2018 are as follows:\n"
    "|\n|2018\n|\n|Amount\n|\n"
    "Call money\n|\n|\n"
    "W |12,345\n|\n"
    "Bill sold\n|\n|\n"
    "|6,789\n|\n"
)


def test_a_w_before_a_value_cell_is_the_won_mark() -> None:
    facts = _facts(_TABLE)
    assert ("Call money", "2018-12-31", "12345", "KRW") in facts
    assert ("Bill sold", "2018-12-31", "6789", "KRW") in facts


def test_a_bare_w_in_prose_is_no_currency() -> None:
    facts = _facts("Type W turbines sold in 2018 numbered W 250, of a fleet of 900 units.\n")
    assert not any(u == "KRW" for *_, u in facts)


def test_a_dollar_before_a_value_cell_keeps_its_dollar() -> None:
    facts = _facts(_TABLE.replace("W |", "$ |"))
    assert ("Call money", "2018-12-31", "12345", "USD") in facts
