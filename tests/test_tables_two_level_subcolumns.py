"""Sub-headings two levels deep under each date ("Actual | Required for Capital Adequacy"
under each date, "Amount | Ratio" under each of those) give each date its four columns."""

from __future__ import annotations

import extractor

MID = ["Actual", "Required to Be Adequately Capitalized by the Rules"]


def capital(mid: list[str], low: list[str]) -> str:
    """A bank capital table, a cell a line, under a section heading ending with a colon."""
    lines = ["|", "Regulatory Capital", "|12 Months Ended", "Dec. 31, 2024",
             "The banks' capital amounts and ratios are presented in the following table:",
             "December 31, 2024", "December 31, 2023", *mid, *mid, "(Dollars in thousands)",
             *low * 4, "Total Capital (to Risk Weighted Assets):",
             "North Bank", "$", "525,202", "12.0", "%", "$", "436,884", "10.0", "%",
             "$", "461,643", "12.5", "%", "$", "386,358", "10.5", "%"]
    return "\n".join(lines) + "\n"


def by_amount(text: str) -> dict[str, str | None]:
    return {f.amount: f.period for f in extractor.extract(text).facts}


def test_two_levels_of_sub_headings_put_four_columns_under_each_date() -> None:
    got = by_amount(capital(MID, ["Amount", "Ratio"]))
    assert got["436884"] == got["10.0"] == "2024-12-31"
    assert got["461643"] == got["386358"] == got["10.5"] == "2023-12-31"


def test_second_level_headings_that_do_not_repeat_are_not_read_as_two_levels() -> None:
    # "Amount | Ratio | Share | Ratio": no run repeated under each first-level heading, so
    # the dates are not spread over four columns each (the older reading stands)
    got = by_amount(capital(MID, ["Amount", "Ratio", "Share", "Ratio"]))
    assert got["436884"] == "2023-12-31"
