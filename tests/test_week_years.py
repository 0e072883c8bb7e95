"""52/53-week years: a bare year on a page whose year ends on a moving day ends on the day the
filer's weekday rule gives for it, not on the page's month-day."""

from __future__ import annotations

from datetime import date

from extractor import tables
from extractor.document import read_document
from extractor.prose.yearphrases import sentence_phrases
from extractor.tables.yearends import year_ends
from extractor.weekyears import week_rule


def test_the_last_weekday_of_the_month_moves_from_year_to_year() -> None:
    rule = week_rule([date(2024, 9, 28), date(2023, 9, 30)])  # last Saturday of September
    assert rule is not None
    assert [rule.end(y) for y in (2021, 2022, 2023)] == [
        date(2021, 9, 25), date(2022, 9, 24), date(2023, 9, 30)]


def test_a_year_end_in_the_next_month_means_the_weekday_nearest_the_month_end() -> None:
    rule = week_rule([date(2024, 11, 29), date(2023, 12, 1)])  # Friday closest to Nov 30
    assert rule is not None and rule.nearest
    assert rule.end(2022) == date(2022, 12, 2)


def test_month_ends_and_mixed_weekdays_are_no_week_years() -> None:
    assert week_rule([date(2024, 12, 31)]) is None
    assert week_rule([date(2024, 9, 28), date(2023, 9, 29)]) is None  # Saturday, Friday
    assert week_rule([date(2024, 9, 14)]) is None  # mid-month: no year end rule


def test_a_december_year_keeps_the_page_month_day_for_bare_years() -> None:
    ends = year_ends("Revenue was as follows:", "P12M/2024-12-31")
    assert ends.month_day(2022) == (12, 31)


NOTE = "\n".join([
    "|",
    "Income Taxes",
    "|12 Months Ended",
    "Sep. 28, 2024",
    "|",
    "Income taxes",
    "The provision for income taxes for 2024, 2023 and 2022 consisted of the following"
    " (in millions):",
    "2024",
    "2023",
    "2022",
    "Current",
    "$ 5,571",
    "$ 9,445",
    "$ 7,890",
    "Deferred tax assets were $19,499 as of September 28, 2024 and $17,852 as of"
    " September 30, 2023.",
])


def test_a_bare_year_column_of_a_52_53_week_filer_ends_on_its_own_weekday() -> None:
    part = tables.extract_tables(read_document(NOTE, "t"))
    got = {f.amount: f.period for f in part.facts}
    assert got["5571"] == "P12M/2024-09-28"
    assert got["9445"] == "P12M/2023-09-30"
    assert got["7890"] == "P12M/2022-09-24"


def test_fiscal_years_in_a_sentence_end_on_the_week_rule_s_day_not_the_page_s_month_day() -> None:
    page = "P12M/2025-01-26"  # the last Sunday of January
    text = ("Amortization expense for fiscal years 2025, 2024, and 2023 was $593 million, "
            "$614 million, and $699 million, respectively.")
    phrases = sentence_phrases(text, page, year_ends(text, page))
    assert [p.periods for p in phrases] == [
        ("P12M/2025-01-26", "P12M/2024-01-28", "P12M/2023-01-29")]
    # without the note's year ends (a calendar or fixed year end), the page's month-day stays
    assert sentence_phrases(text, page)[0].periods[1] == "P12M/2024-01-26"


def test_a_month_end_fiscal_year_keeps_its_day_beside_a_first_of_the_month() -> None:
    page = "P12M/2025-01-31"
    text = ("Our balance sheet as of February 1, 2023 was restated. Advertising costs were $4.4 "
            "billion and $4.1 billion for fiscal 2024 and 2023, respectively.")
    phrases = sentence_phrases(text, page, year_ends(text, page))
    assert ("P12M/2024-01-31", "P12M/2023-01-31") in [p.periods for p in phrases]
