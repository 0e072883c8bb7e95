"""A retail calendar's weeks and quarters: "Thirteen Weeks Ended" heads a quarter's column and
"the thirty-nine weeks ended" is nine months; on an interim page of a note that names its
fiscal years by their start, "the third quarter of fiscal 2025" ends on the page's day; a
comparative "(fiscal 2024: $0.88)" is the same part of the year before, on the weekday rule."""

from __future__ import annotations

import pytest

from extractor.api import extract
from extractor.periods import find_periods, week_months
from extractor.weekyears import same_end_in
from tests.viewer_pages import note_page

_PAGE = note_page("Note 6 - Earnings Per Share", "9 Months Ended", "Nov. 01, 2025")


def _dated(body: str) -> list[tuple[str | None, str | None]]:
    return [(f.amount, f.period) for f in extract(_PAGE + body + "\n").facts]


@pytest.mark.parametrize(("words", "months"), [
    ("thirteen", 3), ("26", 6), ("thirty-nine", 9), ("52", 12), ("fifty-three", 12),
    ("16", 4), ("8", 0), ("60", 0)])
def test_weeks_stand_for_the_months_of_a_part_of_a_year(words: str, months: int) -> None:
    assert week_months(words) == months


def test_a_phrase_of_weeks_is_a_duration_of_months() -> None:
    got = find_periods("for the thirteen and thirty-nine weeks ended November 1, 2025")
    assert got[0].periods == ("P3M/2025-11-01", "P9M/2025-11-01")
    assert find_periods("within 8 weeks ended June 1, 2025")[0].kind != "duration"


def test_a_table_headed_by_weeks_ended_dates_its_columns() -> None:
    body = ("The share amounts were as follows (in thousands):\n|\nThirteen Weeks Ended\n|\n"
            "Thirty-Nine Weeks Ended\n|\nNovember 1,\n2025\n|\nNovember 2,\n2024\n|\n"
            "November 1,\n2025\n|\nNovember 2,\n2024\n|Weighted-average shares - basic\n"
            "|41,262\n|42,905\n|41,774\n|43,118")
    assert [p for _, p in _dated(body)] == [
        "P3M/2025-11-01", "P3M/2024-11-02", "P9M/2025-11-01", "P9M/2024-11-02"]


def test_a_fiscal_quarter_named_by_the_years_start_ends_on_the_pages_day() -> None:
    got = _dated("Diluted earnings per share were $0.51 for the third quarter of fiscal 2025, "
                 "compared to $0.42 for the third quarter of fiscal 2024.")
    assert got == [("0.51", "P3M/2025-11-01"), ("0.42", "P3M/2024-11-02")]


def test_a_fiscal_years_comparative_is_the_same_part_a_year_back() -> None:
    got = _dated("For the thirty-nine weeks ended November 1, 2025, basic earnings per share "
                 "were $1.19 (fiscal 2024: $0.88).")
    assert got == [("1.19", "P9M/2025-11-01"), ("0.88", "P9M/2024-11-02")]


def test_a_period_end_moves_to_another_year_on_its_weekday_rule() -> None:
    assert same_end_in("2025-11-01", 2024) == "2024-11-02"  # the Saturday nearest Oct 31
    assert same_end_in("2025-09-27", 2024) == "2024-09-28"  # the last Saturday of September
    assert same_end_in("2024-12-31", 2023) == "2023-12-31"
    assert same_end_in("2024-02-29", 2023) == "2023-02-28"


_EVENT_PAGE = "\n".join([
    "|", "Leases (Details Narrative) - USD ($)", "$ in Thousands", "|1 Months Ended",
    "|12 Months Ended", "|", "Mar. 31, 2025", "|", "Feb. 01, 2025", "|", "Feb. 03, 2024", "|",
    "Jan. 28, 2023", "|", "Feb. 01, 2025", "|", "Feb. 03, 2024",
    "|Lessee, Lease, Description [Line Items]", "|Operating lease cost", "|$ 48,212",
    "|$ 45,630", "|$ 41,977", "|Lessee, operating lease, description",
    "|Sublease income was $0.3 million, $0.2 million and $0.1 million for fiscal 2024, 2023"
    " and 2022, respectively.", ""])


def test_a_details_page_opened_by_an_events_month_reads_years_by_its_year_columns() -> None:
    # "1 Months Ended Mar. 31, 2025" says nothing of the year end: the year columns (Feb. 01,
    # 2025 on the Saturday rule) date "fiscal 2024, 2023 and 2022"
    facts = extract(_EVENT_PAGE).facts
    got = [f.period for f in facts if f.label.startswith("Sublease")]
    assert got == ["P12M/2025-02-01", "P12M/2024-02-03", "P12M/2023-01-28"]


def test_the_comparable_prior_year_period_of_a_52_53_week_year_ends_on_its_weekday() -> None:
    # "6 Months Ended Jun. 28, 2025" (the last Saturday of June): a year back is Saturday
    # June 29, 2024, not June 28
    page = note_page("Note 9 - Leases", "6 Months Ended", "Jun. 28, 2025")
    body = ("Cash paid for operating leases totaled $22.5 million year-to-date, versus $19.0 "
            "million in the comparable prior-year period.")
    got = [(f.amount, f.period) for f in extract(page + body + "\n").facts]
    assert got == [("22.5", "P6M/2025-06-28"), ("19.0", "P6M/2024-06-29")]


def test_year_to_date_on_a_quarters_page_takes_the_pages_year_to_date_columns() -> None:
    # a Details page of "3 Months Ended | 9 Months Ended": its period is the quarter's, but
    # "the year-to-date periods then ended" are the nine months the page also heads
    page = "\n".join(["|", "Segment Information (Details) - USD ($)", "$ in Thousands",
                      "|3 Months Ended", "|9 Months Ended", "|", "Sep. 27, 2025", "|",
                      "Sep. 28, 2024", "|", "Sep. 27, 2025", "|", "Sep. 28, 2024",
                      "|Segment Reporting Information [Line Items]", "|Intersegment sales",
                      "|Intersegment sales were $3,412 and $3,100 for the three months ended "
                      "September 27, 2025 and September 28, 2024, respectively, and $9,870 and "
                      "$9,020 for the year-to-date periods then ended.", ""])
    got = [(f.amount, f.period) for f in extract(page).facts if f.amount in ("9870", "9020")]
    assert got == [("9870", "P9M/2025-09-27"), ("9020", "P9M/2024-09-28")]
