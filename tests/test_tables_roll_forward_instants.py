"""Roll-forward rows in duration columns (FACTS.md 1.1): the opening balance is the instant of
the day before the period starts, the closing balance the instant of its end; movements keep
the duration."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.daterows import balance_row_dates
from extractor.tables.header import TableColumn
from extractor.tables.rollforward import (
    balance_instant,
    opening_instant,
    roll_forward_columns,
)


def _cols(*periods: str) -> list[TableColumn]:
    return [TableColumn(period=p, unit="USD", scale=None) for p in periods]


def test_the_instant_before_a_duration_keeps_month_ends_and_moving_year_ends() -> None:
    assert opening_instant("P12M/2024-12-31") == "2023-12-31"
    assert opening_instant("P6M/2025-06-30") == "2024-12-31"
    assert opening_instant("2024-12-31") == "2024-12-31"
    assert opening_instant("P12M/2020-01-01") == "2019-01-01"  # a Wednesday: no week calendar


def test_a_52_53_week_period_opens_the_day_after_the_same_weekday() -> None:
    # whole weeks: the year to Saturday September 28, 2024 opened after Saturday September 30,
    # 2023, not on "September 28"; Adobe's Friday years, NVIDIA's Sunday years likewise
    assert opening_instant("P12M/2024-09-28") == "2023-09-30"
    assert opening_instant("P12M/2022-09-24") == "2021-09-25"
    assert opening_instant("P3M/2025-06-28") == "2025-03-29"
    assert opening_instant("P12M/2024-11-29") == "2023-12-01"
    assert opening_instant("P12M/2025-01-26") == "2024-01-28"


def test_balances_in_duration_columns_become_instants_and_movements_keep_the_duration() -> None:
    labels = ["Beginning balances", "Accruals", "Payments", "Ending balances"]
    out = roll_forward_columns(_cols("P6M/2025-06-30", "P6M/2024-06-30"), labels)
    assert out[0] == {0: "2024-12-31", 1: "2023-12-31"}
    assert out[3] == {0: "2025-06-30", 1: "2024-06-30"}
    assert 1 not in out and 2 not in out  # the columns' own durations


def test_a_month_day_alone_opens_or_closes_only_where_it_matches_the_column() -> None:
    cols = _cols("P12M/2024-12-31", "P12M/2023-12-31")
    out = roll_forward_columns(cols, ["Balance at January 1", "Accruals", "Balance at December 31"])
    assert out[0] == {0: "2023-12-31", 1: "2022-12-31"}
    assert out[2] == {0: "2024-12-31", 1: "2023-12-31"}
    # a June year: "At December 31" is neither its start nor its end
    assert roll_forward_columns(_cols("P12M/2024-06-30"), ["At December 31", "Accruals"]) == {}


def test_a_day_before_its_month_opens_or_closes_as_foreign_filers_write_it() -> None:
    cols = _cols("P12M/2025-06-30", "P12M/2024-06-30")
    out = roll_forward_columns(cols, ["Balance at 1 July", "Charged", "Outstanding at 30 June"])
    assert out[0] == {0: "2024-06-30", 1: "2023-06-30"}
    assert out[2] == {0: "2025-06-30", 1: "2024-06-30"}
    assert roll_forward_columns(cols, ["At 31 December", "Charged"]) == {}


def test_instant_columns_date_the_movements_and_the_balances_at_each_end() -> None:
    labels = ["Balance at beginning of year", "Additions", "Balance at end of year"]
    out = roll_forward_columns(_cols("2023-12-31", "2024-12-31"), labels)
    assert out[1] == {0: "P12M/2023-12-31", 1: "P12M/2024-12-31"}
    assert out[0] == {0: "2022-12-31", 1: "2023-12-31"}
    assert out[2] == {0: "2023-12-31", 1: "2024-12-31"}


def test_a_lone_balance_row_of_a_details_page_is_an_instant_but_other_rows_are_not() -> None:
    assert balance_instant("Balance at beginning of year", "P12M/2024-12-31") == "2023-12-31"
    assert balance_instant("Closing balance", "P3M/2024-03-31") == "2024-03-31"
    assert balance_instant("End of lease term payments", "P12M/2024-12-31") is None
    assert balance_instant("Accruals", "P12M/2024-12-31") is None
    assert balance_instant("Balance at beginning of year", "2024-12-31") is None


TABLE = "\n".join([
    "The warranty liability changed as follows (in millions):",
    "Year ended December 31,",
    "2024",
    "2023",
    "Balance at beginning of year",
    "$ 1,200",
    "$ 1,000",
    "Accruals",
    "400",
    "350",
    "Payments",
    "(300)",
    "(150)",
    "Balance at end of year",
    "$ 1,300",
    "$ 1,200",
])


def test_a_year_ended_roll_forward_table_dates_each_row_by_its_kind() -> None:
    part = tables.extract_tables(read_document(TABLE, "t"))
    got = {(f.label, f.amount): f.period for f in part.facts}
    assert got[("Balance at beginning of year", "1200")] == "2023-12-31"
    assert got[("Balance at beginning of year", "1000")] == "2022-12-31"
    assert got[("Accruals", "400")] == "P12M/2024-12-31"
    assert got[("Payments", "-150")] == "P12M/2023-12-31"
    assert got[("Balance at end of year", "1300")] == "2024-12-31"


def test_a_standard_label_ending_in_beginning_or_ending_balance_is_a_balance_row() -> None:
    period = "P12M/2022-12-31"
    assert balance_instant("Net book value, Beginning balance", period) == "2021-12-31"
    assert balance_instant("Goodwill, ending balance", period) == "2022-12-31"
    assert balance_instant("Net book value, Beginning of year balance", period) == "2021-12-31"


def test_a_label_naming_a_balance_mid_phrase_is_no_balance_row() -> None:
    period = "P12M/2022-12-31"
    assert balance_instant("Increase in the ending balance of reserves", period) is None
    assert balance_instant("Reserves, beginning balance adjustments", period) is None


def test_a_measure_named_at_the_edge_of_the_period_opens_or_closes_the_roll_forward() -> None:
    labels = ["Benefit obligation at beginning of year", "Service cost", "Benefits paid",
              "Benefit obligation at end of year"]
    out = roll_forward_columns(_cols("P12M/2025-06-30", "P12M/2024-06-30"), labels)
    assert out[0] == {0: "2024-06-30", 1: "2023-06-30"}
    assert out[3] == {0: "2025-06-30", 1: "2024-06-30"}
    assert roll_forward_columns(_cols("P3M/2025-06-30"), [
        "Deferred revenue — beginning of period", "Additions",
        "Deferred revenue, end of period (1)"]) == {0: {0: "2025-03-31"}, 2: {0: "2025-06-30"}}


def test_a_clause_about_another_measure_at_the_period_start_is_no_opening_balance() -> None:
    label = "Portion of net sales that was included in deferred revenue as of the beginning"
    assert roll_forward_columns(_cols("P3M/2025-06-30"), [label + " of the period"]) == {}


def test_a_quarter_row_in_a_longer_column_is_that_quarter_of_it() -> None:
    from extractor.tables.rollforward import quarter_period

    assert quarter_period("First quarter", "P12M/2024-12-31") == "P3M/2024-03-31"
    assert quarter_period("Second quarter [b]", "P6M/2025-06-30") == "P3M/2025-06-30"
    assert quarter_period("Q4", "P12M/2024-09-28") == "P3M/2024-09-28"
    assert quarter_period("Third quarter", "P6M/2025-06-30") is None  # not in the half year
    assert quarter_period("Total", "P12M/2024-12-31") is None
    text = ("Shares repurchased during 2024 and 2023:\nYear Ended December 31,\n2024\n2023\n"
            "First quarter\n100\n200\nSecond quarter\n300\n400\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [
        ("100", "P3M/2024-03-31"), ("200", "P3M/2023-03-31"),
        ("300", "P3M/2024-06-30"), ("400", "P3M/2023-06-30")]


def test_a_balance_named_by_the_first_of_a_month_is_the_instant_of_the_day_before() -> None:
    labels = ["Balance at January 1, 2024", "Accruals", "Balance at December 31, 2024",
              "Outstanding as of April 1, 2024"]
    assert balance_row_dates(labels) == {0: "2023-12-31", 2: "2024-12-31", 3: "2024-03-31"}
    # a row that is its date alone keeps it as written
    assert balance_row_dates(["As at April 1, 2022", "Additions"]) == {0: "2022-04-01"}


def test_a_52_53_week_year_keeps_a_first_of_the_month_as_its_year_end() -> None:
    labels = ["Balances at December 2, 2022", "Net income", "Balances at December 1, 2023"]
    assert balance_row_dates(labels) == {0: "2022-12-02", 2: "2023-12-01"}
    assert balance_row_dates(["Balance at December 1, 2023"], "P12M/2024-11-29") == {
        0: "2023-12-01"}
    assert balance_row_dates(["Balance at January 1, 2024"], "P12M/2024-12-31") == {
        0: "2023-12-31"}


EQUITY = "\n".join([
    "The changes in equity were as follows (in millions):",
    "Common stock",
    "Retained earnings",
    "Total",
    "Balance at January 1, 2024",
    "$ 500",
    "$ 1,000",
    "$ 1,500",
    "Net income",
    "—",
    "200",
    "200",
    "Balance at December 31, 2024",
    "$ 500",
    "$ 1,200",
    "$ 1,700",
])


def test_an_equity_table_dates_its_opening_row_the_day_before_its_first_of_the_month() -> None:
    part = tables.extract_tables(read_document(EQUITY, "t"))
    got = {f.amount: f.period for f in part.facts}
    assert got["1500"] == "2023-12-31"
    assert got["1700"] == "2024-12-31"


def test_an_xbrl_style_label_ending_in_plural_balances_is_a_balance_row() -> None:
    period = "P12M/2022-12-31"
    assert balance_instant("Total stockholders' equity, beginning balances", period) == "2021-12-31"
    assert balance_instant("Common stock outstanding, ending balances", period) == "2022-12-31"


def test_an_opening_row_above_a_section_s_own_opening_row_is_a_balance_of_its_own() -> None:
    # an equity statement: the total's opening balance, then each section's roll-forward
    labels = ["Total equity, beginning balances", "Common stock:", "Beginning balances",
              "Shares issued", "Ending balances"]
    out = roll_forward_columns(_cols("P12M/2024-12-31", "P12M/2023-12-31"), labels)
    assert out[0] == {0: "2023-12-31", 1: "2022-12-31"}
    assert out[2] == {0: "2023-12-31", 1: "2022-12-31"}
    assert out[4] == {0: "2024-12-31", 1: "2023-12-31"}
    assert 3 not in out


def test_a_closing_row_after_the_last_run_is_the_instant_of_its_column_s_end() -> None:
    labels = ["Retained earnings:", "Beginning balances", "Net income", "Ending balances",
              "Total equity, ending balances"]
    out = roll_forward_columns(_cols("P12M/2024-12-31", "P12M/2023-12-31"), labels)
    assert out[4] == {0: "2024-12-31", 1: "2023-12-31"}
    # with no balance row at all, duration columns date nothing
    assert roll_forward_columns(_cols("P12M/2024-12-31"), ["Net income", "Dividends"]) == {}


def test_a_52_53_week_column_opens_at_the_next_column_s_end_when_it_is_within_a_week() -> None:
    # the year to 2023-09-30 opened after the year before ended (2022-09-24), six days from
    # the naive 2022-09-30; the column's own end stays as written
    labels = ["Beginning balances", "Net income", "Ending balances"]
    cols = _cols("P12M/2024-09-28", "P12M/2023-09-30", "P12M/2022-09-24")
    out = roll_forward_columns(cols, labels)
    assert out[0] == {0: "2023-09-30", 1: "2022-09-24", 2: "2021-09-25"}
    assert out[2] == {0: "2024-09-28", 1: "2023-09-30", 2: "2022-09-24"}


def test_a_measure_joined_to_the_period_edge_by_a_bare_dash_or_with_an_aside_is_a_balance() -> None:
    period = "P12M/2024-12-31"
    assert balance_instant("Accrued warranty—beginning of period", period) == "2023-12-31"
    assert balance_instant("Accrued warranty—end of period", period) == "2024-12-31"
    label = "Cash and cash equivalents at beginning of period (including restricted)"
    assert balance_instant(label, period) == "2023-12-31"
    # a word that only ends in "end" is no period edge
    assert balance_instant("Weekend of year", period) is None


def test_a_participle_opening_the_measure_s_name_does_not_make_the_edge_row_a_clause() -> None:
    period = "P12M/2024-12-31"
    assert balance_instant("Paid memberships at end of period (1)", period) == "2024-12-31"
    # a participle after the noun still reads as a clause: a flow, no balance
    assert balance_instant("Amounts paid at end of year", period) is None


def test_a_measure_at_a_month_day_opens_or_closes_year_columns() -> None:
    text = ("A reconciliation of unrecognized tax benefits is as follows:\nMillions\n2024\n2023\n"
            "Unrecognized tax benefits at January 1\n$\n30\n$\n34\nSettlements\n7\n(4)\n"
            "Unrecognized tax benefits at December 31\n$\n37\n$\n30\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [
        ("30", "2023-12-31"), ("34", "2022-12-31"), ("7", "P12M/2024-12-31"),
        ("-4", "P12M/2023-12-31"), ("37", "2024-12-31"), ("30", "2023-12-31")]


def test_an_opening_may_name_the_day_before_the_half_year_starts() -> None:
    half = ["P6M/2025-06-30", "P6M/2024-06-30"]
    assert balance_instant("Balance as of December 31", half[0]) == "2024-12-31"
    assert balance_instant("Cash and restricted cash at June 30", half[0]) == "2025-06-30"
    # under year columns ending December 31 that day is the close, never the opening
    assert balance_instant("Unrecognized tax benefits – December 31", "P12M/2024-12-31") == \
        "2024-12-31"
    assert balance_instant("Revenue recognized in March", half[0]) is None
