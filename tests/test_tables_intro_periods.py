"""A headerless table whose intro lists its periods: each row's values take them in order."""

from __future__ import annotations

import extractor

INTRO = ("The differences for the years ended December 31, 2024, 2023 and 2022 are attributable "
         "to the following:")


def table(rows: list[tuple[str, list[str]]], lead: tuple[str, ...] = ("|Income taxes", "|", INTRO)
          ) -> str:
    """A headerless spacer-cell table under `lead`: each value in a cell between empty ones."""
    lines = [*lead, "|"]
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


def test_values_run_into_the_row_before_are_rows_of_their_own() -> None:
    # the viewer left the label cells of two rows empty: their values follow the first row's
    text = table([("Taxes at the statutory rate", ["450,819", "382,517", "329,580",
                                                   "(9,843", "(3,091", "(14,969"]),
                  ("Tax credits", ["(26,204", "(64,829", "(10,300"]),
                  ("Income tax expense", ["414,772", "314,597", "304,311"])])
    facts = extractor.extract(text).facts
    years = ["P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31"]
    assert [(f.amount, f.period) for f in facts[3:6]] == list(
        zip(["-9843", "-3091", "-14969"], years, strict=True))
    assert facts[3].label != "Taxes at the statutory rate"


def test_rows_that_all_hold_more_values_than_listed_periods_are_not_cut() -> None:
    text = table([("Taxes at the statutory rate", ["1", "2", "3", "4", "5", "6"]),
                  ("Tax credits", ["7", "8", "9", "10", "11", "12"])])
    facts = extractor.extract(text).facts
    assert [f.period for f in facts] == [None] * 12
    assert {f.label for f in facts} == {"Taxes at the statutory rate", "Tax credits"}


ROLL_INTRO = ("The changes in deferred taxes for the years ended December 31, 2024 and 2023 are "
              "as follows:")


def rolled(rows: list[tuple[str, list[str]]]) -> str:
    return table(rows, lead=(ROLL_INTRO,))


def test_a_headerless_roll_forward_across_dates_its_balances_and_movements() -> None:
    text = rolled([("Loss allowance", ["75,115", "1,475", "—", "—", "76,590"]),
                   ("Accrued interest", ["(6,839", "(1,395", "—", "7,266", "(968"])])
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got[:5] == [("75115", "2023-12-31"), ("1475", "P12M/2024-12-31"),
                       ("0", "P12M/2024-12-31"), ("0", "P12M/2024-12-31"),
                       ("76590", "2024-12-31")]
    assert got[9] == ("-968", "2024-12-31")


def test_rows_that_do_not_roll_forward_stay_undated() -> None:
    text = rolled([("Loss allowance", ["75,115", "1,475", "—", "—", "80,000"]),
                   ("Accrued interest", ["(6,839", "(1,395", "—", "7,266", "(968"])])
    assert {f.period for f in extractor.extract(text).facts} == {None}


def test_a_second_intro_after_a_headerless_table_dates_the_next_table() -> None:
    first = table([("Taxes at the statutory rate", ["450,819", "382,517", "329,580"]),
                   ("Tax credits", ["(26,204", "(64,829", "(10,300"])])
    text = first + rolled([("Loss allowance", ["75,115", "1,475", "—", "—", "76,590"]),
                           ("Accrued interest", ["(6,839", "(1,395", "—", "7,266", "(968"])])
    facts = extractor.extract(text).facts
    assert [f.period for f in facts[:3]] == ["P12M/2024-12-31", "P12M/2023-12-31",
                                             "P12M/2022-12-31"]
    assert facts[6].period == "2023-12-31" and facts[10].period == "2024-12-31"


def test_three_value_rows_of_a_table_of_other_widths_are_not_the_listed_years() -> None:
    # columns of components under "for the years ended 2024, 2023 and 2022": rows of five
    text = table([("Balance at the start", ["(105", "1", "6", "(11,561", "(11,659"]),
                  ("Reclassified", ["10", "(4", "6"]),
                  ("Other movements", ["(62", "(1", "(30", "2,202", "2,109"])])
    assert {f.period for f in extractor.extract(text).facts} == {None}


def test_a_percent_range_cell_is_a_rate_range_dated_by_the_intro() -> None:
    text = "\n".join([
        "The following table sets forth the range of interest rates as of December 31, 2022 "
        "and 2023:", "|", "Bank loans - fixed rate", "|", "|2.70%-4.30%", "|", "|",
        "|2.78%-4.50%", "|", "Bank loans - floating rate", "|", "|1.72%-5.59%", "|", "|",
        "|6.28%-7.24%", "|"]) + "\n"
    got = [(f.amount, f.amount_max, f.unit, f.period) for f in extractor.extract(text).facts]
    assert got[:2] == [("2.70", "4.30", "percent", "2022-12-31"),
                       ("2.78", "4.50", "percent", "2023-12-31")]


def test_an_intro_naming_periods_after_a_tables_rows_opens_the_next_table() -> None:
    text = "\n".join([
        "Outstanding warrants consisted of the following:", "|December 31, 2022", "|",
        "|December 31, 2021", "|", "Warrants A", "|", "|100", "|", "|200",
        "Warrants B", "|", "|300", "|", "|400",
        "Warrant activity for the year ended December 31, 2022 is summarized below:",
        "Balance as of December 31, 2021", "|", "|1,000", "|", "Exercised", "|", "|(180",
        "|)", "Balance as of December 31, 2022", "|", "|820", "|"]) + "\n"
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got[:4] == [("100", "2022-12-31"), ("200", "2021-12-31"),
                       ("300", "2022-12-31"), ("400", "2021-12-31")]
    assert got[4:] == [("1000", "2021-12-31"), ("-180", "P12M/2022-12-31"),
                       ("820", "2022-12-31")]


def test_a_one_duration_intro_dates_flows_and_gives_balances_their_instants() -> None:
    text = "\n".join([
        "Stock option activity for the year ended December 31, 2024 was as follows:",
        "Shares", "Weighted Average Exercise Price",
        "Outstanding at beginning of year", "792,662", "$252.35",
        "Granted", "124,374", "200.83",
        "Outstanding at end of year", "915,083", "$245.76"]) + "\n"
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got == [("792662", "2023-12-31"), ("252.35", "2023-12-31"),
                   ("124374", "P12M/2024-12-31"), ("200.83", "P12M/2024-12-31"),
                   ("915083", "2024-12-31"), ("245.76", "2024-12-31")]


def test_balance_rows_named_by_their_date_alone_date_the_movements_between() -> None:
    text = "\n".join([
        "The following table presents restructuring activity for the fiscal years ended June "
        "30, 2025 and 2024:", "Separation Costs", "Other Costs", "Total",
        "RESERVE JUNE 30, 2023", "$", "155", "$", "19", "$", "174",
        "Cost incurred", "202", "355", "557",
        "Cost paid/settled", "(224)", "(342)", "(566)",
        "RESERVE JUNE 30, 2024", "133", "32", "165"]) + "\n"
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got[0] == ("155", "2023-06-30") and got[-1] == ("165", "2024-06-30")
    assert got[3] == ("202", "P12M/2024-06-30")


def test_unit_cells_under_worded_headings_do_not_cut_a_row_at_their_count() -> None:
    text = "\n".join([
        "A summary of option activity is presented below:", "Weighted", "Average",
        "Number of", "Exercise", "Contractual", "Intrinsic", "Options", "Price", "Life", "Value",
        "US$", "In Years", "US$",
        "Outstanding as of December 31, 2022", "63,733,455", "3.94", "6.39", "559,325",
        "Granted", "10,402,129", "0.0001823",
        "Outstanding as of December 31, 2023", "67,557,594", "2.61", "5.90", "891,353"]) + "\n"
    facts = extractor.extract(text).facts
    assert [(f.amount, f.period) for f in facts[:4]] == [
        ("63733455", "2022-12-31"), ("3.94", "2022-12-31"), ("6.39", "2022-12-31"),
        ("559325", "2022-12-31")]
    # one row, one label (its date is the period, not part of the measure's name)
    assert {f.label for f in facts[:4]} == {"Outstanding"}
    assert facts[4].period == "P12M/2023-12-31"


def test_a_sentence_ending_with_a_colon_introduces_values_and_labels_none() -> None:
    text = "\n".join([
        "|Borrowings", "The following table sets forth the range of interest rates as of "
        "December 31, 2022 and 2023:", "|",
        "Fixed rate loans", "|", "|2.70%", "|", "|", "|2.78%", "|",
        "Floating rate loans", "|", "|1.72%", "|", "|", "|6.28%", "|",
        "The bank borrowings are repayable as follows:", "|", "|36,915,513", "|", "|",
        "|36,031,387", "|", "|", "|1,838,920", "|", "|", "|952,977", "|"]) + "\n"
    facts = extractor.extract(text).facts
    assert [(f.amount, f.period) for f in facts[4:]] == [
        ("36915513", "2022-12-31"), ("36031387", "2023-12-31"),
        ("1838920", "2022-12-31"), ("952977", "2023-12-31")]
    assert not any("repayable as follows" in f.label for f in facts)


def test_a_row_across_that_names_its_year_takes_that_year() -> None:
    # a schedule of valuation accounts: one year per row, named by the row
    text = rolled([("Year ended December 31, 2023", ["1,389", "2,125", "(2,301)", "1,213"]),
                   ("Year ended December 31, 2024", ["1,213", "3,115", "(2,737)", "1,591"])])
    got = [(f.amount, f.period) for f in extractor.extract(text).facts]
    assert got[:4] == [("1389", "2022-12-31"), ("2125", "P12M/2023-12-31"),
                       ("-2301", "P12M/2023-12-31"), ("1213", "2023-12-31")]
    assert got[4:] == [("1213", "2023-12-31"), ("3115", "P12M/2024-12-31"),
                       ("-2737", "P12M/2024-12-31"), ("1591", "2024-12-31")]
