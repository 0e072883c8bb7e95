"""A block of a table printed with "%" on its first row only ("Mix:" over "Commercial | 37 % |
31 %", "Home equity | 1 | 2"): its later unmarked values are percentages, as a block's "$"
on the first row makes its later rows money; amounts over 100 there stay the table's."""

from __future__ import annotations

import extractor


def portfolio(mix_rows: list[list[str]], mix_total: list[str]) -> str:
    lines = ["|", "Loan Portfolio", "|12 Months Ended", "Dec. 31, 2024", "|",
             "The following table shows the loan portfolio by category:",
             "(Dollars in thousands)", "December 31, 2024", "December 31, 2023",
             "Balance:",
             "Commercial", "$", "1,200,000", "$", "950,000",
             "Home equity", "40,000", "52,000",
             "Total loans", "$", "1,240,000", "$", "1,002,000",
             "Mix:",
             "Commercial", "97", "%", "95", "%"]
    for label, *cells in mix_rows:
        lines += [label, *cells]
    lines += ["Total loans", *mix_total]
    return "\n".join(lines) + "\n"


def test_unmarked_values_under_a_percent_first_row_are_percentages() -> None:
    text = portfolio([["Home equity", "3", "5"]], ["100", "%", "100", "%"])
    facts = extractor.extract(text).facts
    got = [(f.label, f.amount, f.unit, f.scale) for f in facts if f.label.startswith("Mix")]
    assert got == [("Mix / Commercial", "97", "percent", 0),
                   ("Mix / Commercial", "95", "percent", 0),
                   ("Mix / Home equity", "3", "percent", 0),
                   ("Mix / Home equity", "5", "percent", 0),
                   ("Mix / Total loans", "100", "percent", 0),
                   ("Mix / Total loans", "100", "percent", 0)]
    money = {(f.unit, f.scale) for f in facts if f.label.startswith("Balance")}
    assert money == {("USD", 3)}


def test_a_block_whose_total_prints_a_dollar_keeps_the_table_units() -> None:
    text = portfolio([["Home equity", "3", "5"]], ["$", "100", "$", "100"])
    facts = extractor.extract(text).facts
    assert [f.unit for f in facts if f.label == "Mix / Home equity"] == ["USD", "USD"]
