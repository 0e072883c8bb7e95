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


def reconciliation(closing: list[str]) -> str:
    lines = ["|", "Income Taxes", "|12 Months Ended", "Dec. 31, 2024", "|", "Income Taxes",
             "(Dollars in millions)",
             "A reconciliation of the statutory rate to our effective tax rate is as follows:",
             "Year Ended December 31,", "2024", "2023",
             "Statutory income tax rate", "21.0", "%", "21.0", "%",
             "State taxes, net of federal benefit", "0.7", "1.1",
             "Research credits", "(2.9)", "(1.5)",
             "Effective tax rate", *closing]
    return "\n".join(lines) + "\n"


def test_rows_between_a_tables_first_and_closing_percent_rows_are_percentages() -> None:
    facts = extractor.extract(reconciliation(["11.8", "%", "17.6", "%"])).facts
    got = {f.label: (f.unit, f.scale) for f in facts}
    assert got["State taxes, net of federal benefit"] == ("percent", 0)
    assert got["Research credits"] == ("percent", 0)
    assert [f.amount for f in facts if f.label == "Research credits"] == ["-2.9", "-1.5"]


def test_a_table_whose_closing_row_is_unmarked_keeps_its_scale() -> None:
    # only the first row in "%": the rows below may be the table's money (no closing rate)
    facts = extractor.extract(reconciliation(["11.8", "17.6"])).facts
    assert {(f.unit, f.scale) for f in facts if f.label == "Research credits"} != {("percent", 0)}


LEASES = "\n".join([
    "|", "Leases", "|12 Months Ended", "Dec. 31, 2024", "|", "Leases", "(Dollars in millions)",
    "Lease terms and discount rates were as follows:", "Dec. 31, 2024", "Dec. 31, 2023",
    "Weighted-average discount rate (%)",
    "Operating leases", "3.8", "3.6",
    "Finance leases", "4.4", "4.1",
    "Right-of-use assets",
    "Operating leases", "1,450", "1,390",
]) + "\n"


def test_rows_under_a_heading_stating_percent_are_percentages() -> None:
    facts = extractor.extract(LEASES).facts
    rates = {(f.amount, f.unit, f.scale) for f in facts if "discount rate" in f.label}
    assert rates == {("3.8", "percent", 0), ("3.6", "percent", 0), ("4.4", "percent", 0),
                     ("4.1", "percent", 0)}
    # the next heading names no percent: its rows are the page's money
    assert {f.scale for f in facts if "Right-of-use" in f.label} == {6}
    assert "percent" not in {f.unit for f in facts if "Right-of-use" in f.label}


def test_a_negative_rate_closed_by_its_bracket_and_sign_in_one_cell_is_a_rate() -> None:
    # "(21.0" | ")%": the viewer puts the closing bracket and the "%" on the next line; that
    # line is the rate's mark, not a row of its own
    text = reconciliation(["(11.8", ")%", "17.6", "%"]).replace(
        "Statutory income tax rate\n21.0\n%", "Statutory income tax rate\n(21.0\n)%")
    facts = extractor.extract(text).facts
    got = [(f.label, f.amount, f.unit, f.period) for f in facts
           if f.label in ("Statutory income tax rate", "Effective tax rate")]
    assert got == [("Statutory income tax rate", "-21.0", "percent", "P12M/2024-12-31"),
                   ("Statutory income tax rate", "21.0", "percent", "P12M/2023-12-31"),
                   ("Effective tax rate", "-11.8", "percent", "P12M/2024-12-31"),
                   ("Effective tax rate", "17.6", "percent", "P12M/2023-12-31")]
    assert not any(f.label.startswith(")") for f in facts)
