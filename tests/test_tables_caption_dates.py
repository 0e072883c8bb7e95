"""A short caption right above a table that states one date dates the table, over the date a
sentence before it names in passing."""

from __future__ import annotations

import extractor

PROSE = ("The tables below show the aging of the loan book. For periods prior to January 1, "
         "2024, acquired loans are shown in the same classes for comparison.")


def aging(caption: str, prose: str = PROSE) -> str:
    """A headerless aging table, a cell a line, under `prose` and `caption`."""
    lines = ["|", "Loans and Allowance", "|12 Months Ended", "Dec. 31, 2024", prose, caption,
             "Nonaccrual", "Past due", "Current", "Total",
             "Commercial", "$", "1,743", "$", "6,900", "$", "91,667", "$", "100,310",
             "Consumer", "563", "—", "13,608", "14,171"]
    return "\n".join(lines) + "\n"


def periods(text: str) -> set[str | None]:
    return {f.period for f in extractor.extract(text).facts}


def test_a_captions_one_date_dates_the_table_over_the_sentence_before() -> None:
    assert periods(aging("As of December 31, 2023 (Dollars in thousands)")) == {"2023-12-31"}


def test_a_caption_without_a_date_leaves_the_sentences_date() -> None:
    prose = "The aging of the loan book as of December 31, 2023 was as follows:"
    assert periods(aging("(Dollars in thousands)", prose)) == {"2023-12-31"}


def test_a_caption_naming_two_dates_does_not_date_the_table() -> None:
    # two dates over columns that are not dates: neither is the one date of every column
    got = periods(aging("As of December 31, 2023 and 2022 (Dollars in thousands)"))
    assert got.isdisjoint({"2023-12-31", "2022-12-31"})


ROLL_INTRO = ("A summary of the activity in the allowance by portfolio for the years ended "
              "December 31, 2024 and 2023 is as follows:")


def roll(caption: str) -> str:
    """A headerless allowance roll-forward over three segment columns, a cell a line."""
    lines = ["|", "Allowance", "|12 Months Ended", "Dec. 31, 2024", ROLL_INTRO, caption,
             "Commercial", "Consumer", "Total",
             "Allowance at beginning of period", "$", "6,492", "$", "851", "$", "7,343",
             "Charge-offs", "(1,829)", "(196)", "(2,025)",
             "Provision for credit losses", "2,100", "300", "2,400",
             "Allowance at period end", "$", "6,763", "$", "955", "$", "7,718"]
    return "\n".join(lines) + "\n"


def by_label(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for f in extractor.extract(text).facts:
        out.setdefault(f.label, set()).add(f.period)
    return out


def test_a_captions_one_year_dates_a_roll_forward_under_a_two_year_intro() -> None:
    got = by_label(roll("Year Ended December 31, 2023 (Dollars in thousands)"))
    assert got["Charge-offs"] == {"P12M/2023-12-31"}
    assert got["Allowance at beginning of period"] == {"2022-12-31"}  # FACTS.md 1.1: edges
    assert got["Allowance at period end"] == {"2023-12-31"}


def test_a_caption_of_two_years_leaves_the_roll_forward_to_the_page() -> None:
    got = by_label(roll("Years Ended December 31, 2023 and 2022 (Dollars in thousands)"))
    assert "P12M/2023-12-31" not in got["Charge-offs"]


def levels(second: str) -> str:
    """Two fair-value tables by level, each under its own dated caption, no sentence between."""
    lines = ["|", "Fair Value", "|12 Months Ended", "Dec. 31, 2024",
             "The following table sets forth by level the liabilities at fair value (in "
             "thousands):", "Fair value as of December 31, 2024", "Level 1", "Level 2", "Total",
             "Liabilities:", "Derivative instruments", "$", "—", "$", "(2,537", ")", "$", "(2,537",
             ")", second, "Level 1", "Level 2", "Total", "Liabilities:",
             "Derivative instruments", "$", "—", "$", "(3,468", ")", "$", "(3,468", ")"]
    return "\n".join(lines) + "\n"


def test_a_dated_caption_after_a_tables_rows_opens_the_next_dates_table() -> None:
    facts = extractor.extract(levels("Fair value as of December 31, 2023")).facts
    got = {(f.amount, f.period, f.scale) for f in facts if f.amount != "0"}
    assert got == {("-2537", "2024-12-31", 3), ("-3468", "2023-12-31", 3)}


def test_an_undated_line_after_the_rows_does_not_split_the_table() -> None:
    facts = extractor.extract(levels("Fair value hierarchy")).facts
    assert {f.period for f in facts if f.amount == "-3468"} == {"2024-12-31"}


def test_rows_after_the_closing_balance_are_balances_at_the_years_end() -> None:
    text = roll("Year Ended December 31, 2023 (Dollars in thousands)") + "\n".join(
        ["Loans at period end:", "Individually evaluated", "$", "29,442", "$", "56", "$",
         "29,498"]) + "\n"
    got = by_label(text)
    assert got["Loans at period end / Individually evaluated"] == {"2023-12-31"}
    assert got["Charge-offs"] == {"P12M/2023-12-31"}  # before the closing row: the year
