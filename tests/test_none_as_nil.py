""""none" as a list's item before its period ("S$5,000 in 2022 and none in 2023") is a nil
amount, as "nil" is; "none" as a pronoun is not. Made-up sentences."""

from __future__ import annotations

import extractor


def facts_of(text: str) -> list[tuple[str | None, bool, str | None]]:
    return [(f.amount, f.blank, f.period) for f in extractor.extract(text).facts]


def test_none_after_an_amount_before_its_year_is_a_nil() -> None:
    assert facts_of("Rent concessions were S$5,000 in 2022 and none in 2023.") == [
        ("5000", False, "P12M/2022-12-31"), ("0", False, "P12M/2023-12-31")]


def test_none_after_a_dropped_amount_is_a_nil_too() -> None:
    assert facts_of("Rent concessions were S$ in 2022 and none in 2023.") == [
        (None, True, "P12M/2022-12-31"), ("0", False, "P12M/2023-12-31")]


def test_none_as_a_pronoun_is_no_amount() -> None:
    assert facts_of("The Company had two loans, and none in 2023 were impaired.") == []
    assert facts_of("None of the loans was impaired in 2023.") == []
