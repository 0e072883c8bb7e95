"""A headerless table whose intro lists its periods: each row's values take them in order."""

from __future__ import annotations

import extractor

INTRO = ("The differences for the years ended December 31, 2024, 2023 and 2022 are attributable "
         "to the following:")


def table(rows: list[tuple[str, list[str]]]) -> str:
    lines = ["|Income taxes", "|", INTRO, "|"]
    for label, values in rows:
        lines.append(label)
        for v in values:
            lines += ["|", f"|{v}"]
        lines.append("|")
    return "\n".join(lines) + "\n"


def test_a_headerless_table_takes_the_periods_its_intro_lists_in_order() -> None:
    text = table([("Taxes at the statutory rate", ["450,819", "382,517", "329,580"]),
                  ("Tax credits", ["(26,204", "(64,829", "(10,300"])])
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    years = ["P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31"]
    assert got[:3] == list(zip(["450819", "382517", "329580"], years, strict=True))
    assert [p for _, p in got[3:6]] == years


def test_a_row_with_another_number_of_values_is_not_dated_by_the_intro() -> None:
    text = table([("Taxes at the statutory rate", ["450,819", "382,517"])])
    assert [f.period for f in extractor.extract(text).facts] == [None, None]
