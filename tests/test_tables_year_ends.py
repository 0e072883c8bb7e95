"""Bare-year columns ("2024 | 2023") under a fiscal year that does not end on December 31 take
the year end the note names for each year, before the page header's month-day."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.yearends import year_ends


def _periods(text: str) -> list[tuple[str, str | None]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.amount, f.period) for f in part.facts]


PAGE = "|\nDeferred Taxes\n|12 Months Ended\nSep. 28, 2024\n|\n"
ROWS = "2024\n2023\nDeferred tax assets\n$ 19,499\n$ 17,852\n"


def test_a_moving_fiscal_year_end_named_in_a_sentence_dates_its_bare_year_column() -> None:
    text = PAGE + "Balances as of September 28, 2024 and September 30, 2023 were:\n" + ROWS
    assert _periods(text) == [("19499", "2024-09-28"), ("17852", "2023-09-30")]


def test_without_a_named_year_end_bare_years_end_on_the_page_weekday_rule() -> None:
    # Sep. 28, 2024 is the last Saturday of September: so is September 30, 2023
    assert _periods(PAGE + "Balances were as follows:\n" + ROWS) == [
        ("19499", "2024-09-28"), ("17852", "2023-09-30"),
    ]


def test_an_event_date_or_a_far_date_is_no_year_end() -> None:
    # "on" a date is an event; January 1 is months from a September year end
    text = PAGE + ("On September 26, 2023, the Company signed a lease. As of January 1, 2023 "
                   "it adopted the standard.\n") + ROWS
    # neither names 2023's end: the page's weekday rule does (not September 26)
    assert _periods(text)[1] == ("17852", "2023-09-30")


def test_a_year_ended_phrase_without_a_page_period_makes_bare_years_fiscal_durations() -> None:
    text = ("Revenue for the year ended 30 June 2019 and the year ended 30 June 2018 was:\n"
            "2019\n2018\nRevenue\n1,200\n1,100\n")
    assert _periods(text) == [("1200", "P12M/2019-06-30"), ("1100", "P12M/2018-06-30")]


def test_calendar_year_notes_keep_calendar_year_columns() -> None:
    text = ("Revenue for the years ended December 31, 2019 and 2018 was:\n"
            "2019\n2018\nRevenue\n1,200\n1,100\n")
    assert _periods(text) == [("1200", "P12M/2019-12-31"), ("1100", "P12M/2018-12-31")]
    assert year_ends(text, None).default is None


def test_a_year_end_a_day_into_the_next_month_is_the_same_fiscal_year() -> None:
    ends = year_ends("Balances as of November 29, 2024 and December 1, 2023.", "2024-11-29")
    assert ends.month_day(2023) == (12, 1)
    assert ends.month_day(2022) == (12, 2)  # the Friday nearest November 30, 2022


DEC_PAGE = "|\nIncome Taxes\n|12 Months Ended\nDec. 31, 2024\n|\n"


def test_three_bare_years_under_a_duration_page_are_flows() -> None:
    text = DEC_PAGE + "Income taxes were:\n2024\n2023\n2022\nFederal\n$ 1,649\n$ 1,417\n$ 1,465\n"
    assert [p for _, p in _periods(text)] == [
        "P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31",
    ]


def test_two_bare_years_are_flows_after_a_for_the_years_ended_sentence_else_balances() -> None:
    rows = "2024\n2023\nService cost\n52\n48\n"
    flows = DEC_PAGE + "The components for the years ended December 31 were as follows:\n" + rows
    assert [p for _, p in _periods(flows)] == ["P12M/2024-12-31", "P12M/2023-12-31"]
    balances = DEC_PAGE + "Accrued liabilities as of December 31 consisted of:\n" + rows
    assert [p for _, p in _periods(balances)] == ["2024-12-31", "2023-12-31"]
    plain = DEC_PAGE + "Accrued liabilities consisted of:\n" + rows
    assert [p for _, p in _periods(plain)] == ["2024-12-31", "2023-12-31"]


def test_a_caption_naming_the_fiscal_year_end_dates_bare_year_flow_columns() -> None:
    text = ("Statements of Cash Flows\nAmounts in millions; fiscal years ended June 30\n"
            "2025\n2024\nNet earnings\n$\n1,600\n$\n1,500\n")
    part = tables.extract_tables(read_document(text, "t"))
    assert [(f.amount, f.period, f.scale) for f in part.facts] == [
        ("1600", "P12M/2025-06-30", 6), ("1500", "P12M/2024-06-30", 6)]


def test_a_caption_naming_a_balance_date_without_a_year_makes_bare_years_instants() -> None:
    text = ("Balance Sheets\nAmounts in millions except stated values; as of June 30\n"
            "2025\n2024\nCash\n$\n9,556\n$\n9,482\n")
    assert _periods(text) == [("9556", "2025-06-30"), ("9482", "2024-06-30")]


def test_a_caption_month_day_does_not_override_dates_in_the_header() -> None:
    text = ("Balance Sheets\nas of June 30\nDecember 31, 2025\nDecember 31, 2024\n"
            "Cash\n$\n9,556\n$\n9,482\n")
    assert _periods(text) == [("9556", "2025-12-31"), ("9482", "2024-12-31")]


BLOCKS = ("The tables show the holdings as of September 28, 2024 and September 30, 2023 "
          "(in millions):\n2024\nCost\nGains\nFair\nValue\nCash\n$\n10\n$\n2\n$\n12\n"
          "Bonds\n5\n1\n6\n2023\nCost\nGains\nFair\nValue\nCash\n$\n8\n$\n1\n$\n9\n")


def test_a_lone_year_over_a_headerless_block_dates_it_from_the_sentence_before() -> None:
    got = _periods(PAGE + BLOCKS)
    assert {p for a, p in got[:6]} == {"2024-09-28"}
    assert {p for a, p in got[6:]} == {"2023-09-30"}


def test_a_lone_year_block_without_a_period_in_the_sentence_stays_undated() -> None:
    text = BLOCKS.replace("as of September 28, 2024 and September 30, 2023 ", "")
    assert {p for _, p in _periods(text)} == {None}


def test_rising_future_year_columns_say_when_amounts_fall_due_not_their_period() -> None:
    text = (DEC_PAGE + "Our commitments as of December 31, 2024 (in millions):\n"
            "Year Ended December 31,\n2025\n2026\n2027\nDebt\n$\n10\n$\n20\n$\n30\n")
    assert {p for _, p in _periods(text)} == {"2024-12-31"}
    # without the sentence's date the page's period dates them (FACTS.md: money undated
    # by its sentence takes the page header)
    text = DEC_PAGE + "Scheduled payments:\n2025\n2026\n2027\nDebt\n$\n10\n$\n20\n$\n30\n"
    assert {p for _, p in _periods(text)} == {"P12M/2024-12-31"}


def test_comparative_year_columns_are_no_due_schedule() -> None:
    text = DEC_PAGE + "Balances were:\n2024\n2023\nCash\n$\n10\n$\n20\n"
    assert [p for _, p in _periods(text)] == ["2024-12-31", "2023-12-31"]
    rising = DEC_PAGE + "Balances were:\n2023\n2024\nCash\n$\n10\n$\n20\n"
    assert [p for _, p in _periods(rising)] == ["2023-12-31", "2024-12-31"]
