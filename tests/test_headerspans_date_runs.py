"""Two or more duration headers over a Details page's dates: the viewer prints each header's
columns as a run of falling dates, and the columns of a balance date that no duration heads
last ("3 Months Ended | 9 Months Ended |" over "Sep. 30, 2020 | Sep. 30, 2019 | Sep. 30,
2020 | Sep. 30, 2019 | Dec. 31, 2019": the year end before them is an instant)."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _header(headers: list[str], dates: list[str]) -> list[str]:
    lines = ["|", "Widget Notes (Details) - USD ($)", *(f"|{h} Months Ended" for h in headers)]
    for d in dates:
        lines += ["|", d]
    return lines


def _periods(headers: list[str], dates: list[str]) -> list[str | None]:
    doc = read_document("\n".join([*_header(headers, dates), "|Widget notes [Line Items]"]))
    return [c.period for c in doc.columns]


QUARTER = ["Sep. 30, 2020", "Sep. 30, 2019", "Sep. 30, 2020", "Sep. 30, 2019"]


def test_a_year_end_after_the_quarters_comparatives_is_an_instant() -> None:
    assert _periods(["3", "9"], [*QUARTER, "Dec. 31, 2019"]) == [
        "P3M/2020-09-30", "P3M/2019-09-30", "P9M/2020-09-30", "P9M/2019-09-30", "2019-12-31"]


def test_the_quarters_comparatives_alone_take_one_header_each() -> None:
    assert _periods(["3", "9"], QUARTER) == [
        "P3M/2020-09-30", "P3M/2019-09-30", "P9M/2020-09-30", "P9M/2019-09-30"]


def test_event_dates_ahead_of_the_repeated_block_take_the_first_header() -> None:
    got = _periods(["3", "9"], ["Jun. 30, 2020", "Apr. 30, 2020", *QUARTER, "Dec. 31, 2019"])
    assert got == ["P3M/2020-06-30", "P3M/2020-04-30", "P3M/2020-09-30", "P3M/2019-09-30",
                   "P9M/2020-09-30", "P9M/2019-09-30", "2019-12-31"]


def test_an_event_page_keeps_the_month_day_reading() -> None:
    # "1 Months Ended" over issue dates: the year header takes the year ends of consecutive
    # years, the other event dates stay instants (tests/test_tables_details_event_columns.py)
    got = _periods(["1", "12"], ["Oct. 31, 2017", "May 17, 2017", "Apr. 21, 2017",
                                 "Dec. 31, 2017", "Dec. 31, 2016"])
    assert got == ["P1M/2017-10-31", "2017-05-17", "2017-04-21",
                   "P12M/2017-12-31", "P12M/2016-12-31"]


def test_a_trailing_date_later_than_the_run_before_it_is_no_balance_date() -> None:
    # a date after the quarters' (a subsequent event's) is no balance date printed last
    got = _periods(["3", "9"], [*QUARTER, "Dec. 31, 2020"])
    assert got[-1] != "2020-12-31"


def test_a_single_header_is_read_by_month_and_day() -> None:
    # (one header: the run reading does not apply; "Dec. 31, 2019" after a later date stays
    # under the year header)
    assert _periods(["12"], ["Dec. 31, 2020", "Dec. 31, 2019"]) == [
        "P12M/2020-12-31", "P12M/2019-12-31"]


def test_a_row_of_the_quarters_and_the_year_end_dates_its_balance_as_an_instant() -> None:
    lines = [*_header(["3", "9"], [*QUARTER, "Dec. 31, 2019"]), "|Widget notes [Line Items]",
             "|Interest expense", "|$ 31", "|$ 29", "|$ 90", "|$ 85",
             "|Notes payable", "|$ 500", "|$ 500", "|$ 400", "|$ 400", "|$ 450"]
    facts = tables.extract_tables(read_document("\n".join(lines))).facts
    got = {(f.label, f.amount, f.period) for f in facts}
    assert ("Notes payable", "450", "2019-12-31") in got
    assert ("Interest expense", "90", "P9M/2020-09-30") in got


def test_an_event_header_and_a_year_header_over_an_even_count_of_columns() -> None:
    # six columns under two headers: no even share (three each would give the year ends to
    # the event's header); a translation's column repeats a year end in another currency
    doc = read_document("\n".join([
        "|", "Loans to Related Parties (Details)", "¥ in Thousands, $ in Thousands",
        "|1 Months Ended", "|12 Months Ended", "|", "Mar. 31, 2024", "CNY (¥)", "|",
        "Dec. 31, 2024", "USD ($)", "|", "Dec. 31, 2024", "CNY (¥)", "|", "Dec. 31, 2023",
        "CNY (¥)", "|", "Dec. 31, 2022", "CNY (¥)", "|", "Aug. 15, 2023", "CNY (¥)",
        "|Related Party Transaction [Line Items]"]))
    assert [c.period for c in doc.columns] == [
        "P1M/2024-03-31", "P12M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31",
        "P12M/2022-12-31", "2023-08-15"]


def test_one_year_twice_in_one_currency_is_no_run_of_year_ends() -> None:
    # "Dec. 31, 2017" twice in one currency: not one year end per year, so the year header
    # takes no run and those columns stay balance dates
    got = _periods(["1", "12"], ["Jan. 31, 2017", "Dec. 31, 2016", "Nov. 30, 2016",
                                 "Dec. 31, 2017", "Dec. 31, 2017", "Dec. 31, 2016",
                                 "Dec. 31, 2017"])
    assert got == ["P1M/2017-01-31", "2016-12-31", "2016-11-30", "2017-12-31", "2017-12-31",
                   "2016-12-31", "2017-12-31"]


def test_an_event_header_before_quarters_half_years_and_balance_dates() -> None:
    # "1 Months Ended | 3 Months Ended | 6 Months Ended": the event's one column, a comparative
    # pair under each later header, then a subsequent event's day and the balance date
    got = _periods(["1", "3", "6"], ["Feb. 28, 2025", "Jun. 29, 2025", "Jun. 30, 2024",
                                     "Jun. 29, 2025", "Jun. 30, 2024", "Jul. 24, 2025",
                                     "Jun. 29, 2025"])
    assert got == ["P1M/2025-02-28", "P3M/2025-06-29", "P3M/2024-06-30", "P6M/2025-06-29",
                   "P6M/2024-06-30", "2025-07-24", "2025-06-29"]


def test_an_event_header_and_a_quarters_header_over_its_pair_and_balance_dates() -> None:
    got = _periods(["1", "3"], ["Feb. 28, 2025", "Mar. 31, 2025", "Mar. 31, 2024",
                                "Mar. 31, 2025", "Dec. 31, 2024", "Apr. 30, 2025"])
    assert got == ["P1M/2025-02-28", "P3M/2025-03-31", "P3M/2024-03-31", "2025-03-31",
                   "2024-12-31", "2025-04-30"]


def test_an_event_header_without_a_comparative_pair_keeps_the_older_reading() -> None:
    # no pair after the event's day: the even share (or month-day reading) stands
    got = _periods(["1", "3"], ["Feb. 28, 2025", "Mar. 31, 2025", "Dec. 31, 2024",
                                "Apr. 30, 2025"])
    assert got[1:3] != ["P3M/2025-03-31", "P3M/2024-03-31"]


def test_blocks_first_then_balance_dates_and_a_subsequent_events_day() -> None:
    got = _periods(["3", "9"], [*QUARTER, "Sep. 30, 2020", "Dec. 31, 2019", "Oct. 14, 2020"])
    assert got == ["P3M/2020-09-30", "P3M/2019-09-30", "P9M/2020-09-30", "P9M/2019-09-30",
                   "2020-09-30", "2019-12-31", "2020-10-14"]


def test_one_year_header_over_three_years_then_two_year_ends() -> None:
    got = _periods(["12"], ["Dec. 31, 2024", "Dec. 31, 2023", "Dec. 31, 2022", "Dec. 31, 2024",
                            "Dec. 31, 2023"])
    assert got == ["P12M/2024-12-31", "P12M/2023-12-31", "P12M/2022-12-31", "2024-12-31",
                   "2023-12-31"]


def test_one_header_over_its_comparatives_then_the_quarter_end_and_the_year_end() -> None:
    # a 10-Q's "3 Months Ended" over the two quarters, then the balance dates: the quarter's
    # own end repeated opens the instants (a viewer order the month-day reading misses)
    got = _periods(["3"], ["Mar. 31, 2025", "Mar. 31, 2024", "Mar. 31, 2025", "Dec. 31, 2024"])
    assert got == ["P3M/2025-03-31", "P3M/2024-03-31", "2025-03-31", "2024-12-31"]


def test_each_header_takes_its_run_and_the_last_run_is_balance_dates() -> None:
    got = _periods(["1", "3", "12"], ["Feb. 29, 2024", "Dec. 31, 2024", "Dec. 31, 2024",
                                      "Dec. 31, 2023", "Dec. 31, 2022", "Dec. 31, 2024",
                                      "Dec. 31, 2023"])
    assert got == ["P1M/2024-02-29", "P3M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31",
                   "P12M/2022-12-31", "2024-12-31", "2023-12-31"]


def test_an_events_day_later_than_the_52_53_week_years_after_it() -> None:
    # the event's month ends after the fiscal year (Mar. 31 beside Feb. 01): it still takes
    # only its own column, and the years end on moving days
    got = _periods(["1", "12"], ["Mar. 31, 2025", "Feb. 01, 2025", "Feb. 03, 2024",
                                 "Jan. 28, 2023", "Feb. 01, 2025", "Feb. 03, 2024"])
    assert got == ["P1M/2025-03-31", "P12M/2025-02-01", "P12M/2024-02-03", "P12M/2023-01-28",
                   "2025-02-01", "2024-02-03"]


def test_a_header_over_event_days_keeps_its_month_day_reading() -> None:
    # "12 Months Ended" over event days and year ends, then the year ends again: the event
    # days are no year's, so the run reading does not apply
    got = _periods(["12"], ["Dec. 31, 2019", "Nov. 07, 2019", "Oct. 16, 2019", "Dec. 31, 2019",
                            "Dec. 31, 2018"])
    assert got[1:3] == ["2019-11-07", "2019-10-16"]


def test_a_rate_row_beside_an_events_month_takes_the_pages_periods() -> None:
    lines = [*_header(["3", "9", "1"], [*QUARTER, "Jul. 31, 2020", "Sep. 30, 2020",
                                        "Dec. 31, 2019"]),
             "|Income Tax Disclosure [Line Items]", "|Effective income tax rate",
             "|23.40%", "|19.80%", "|22.10%", "|21.30%"]
    facts = tables.extract_tables(read_document("\n".join(lines))).facts
    assert [f.period for f in facts] == [
        "P3M/2020-09-30", "P3M/2019-09-30", "P9M/2020-09-30", "P9M/2019-09-30"]


def test_a_10k_pages_balance_dates_may_repeat_the_years_ends_after_an_event_and_a_quarter(
) -> None:
    # "1 Months Ended | 3 Months Ended | 12 Months Ended" over an event's day, the fourth
    # quarter, the two years and the two year ends: the last two are the balances' instants
    got = _periods(["1", "3", "12"], ["Feb. 28, 2025", "Dec. 31, 2024", "Dec. 31, 2024",
                                      "Dec. 31, 2023", "Dec. 31, 2024", "Dec. 31, 2023"])
    assert got == ["P1M/2025-02-28", "P3M/2024-12-31", "P12M/2024-12-31", "P12M/2023-12-31",
                   "2024-12-31", "2023-12-31"]


def test_balance_dates_that_repeat_a_quarters_dates_are_no_balance_run() -> None:
    # a repeat of a shorter header's dates is another header's columns, not balances
    got = _periods(["1", "3", "6"], ["Feb. 28, 2025", "Jun. 30, 2024", "Jun. 30, 2024",
                                     "Jun. 30, 2023", "Jun. 30, 2024", "Jun. 30, 2023"])
    assert got[-2:] != ["2024-06-30", "2023-06-30"]
