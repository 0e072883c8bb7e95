"""A headerless roll-forward laid across (opening | movements | closing, the first plus the
ones between being the last) on a page whose header gives one duration ("12 Months Ended |
Dec. 31, 2022") and under an intro that names none ("The movement ... during the year is as
follows:"): the page's year is the table's, so the first value is the opening instant, the
last the closing one (FACTS.md 1.1); a row the viewer ran into the one before it (eight
values where the others hold four) is two such rows."""

from __future__ import annotations

from extractor.api import extract

_PAGE = (
    "|\nIncome Taxes (Tables)\n|12 Months Ended\nDec. 31, 2022\n"
    "|Summary of Movement in Deferred Taxes\n|\n"
    "The movement in deferred tax balances during the year is as follows:\n|\n|\n"
    "Investments in associates\n|\n|\n|(1,000\n|)\n|\n|\n|(200\n|)\n|\n|\n|50\n|\n|\n|(1,150\n|)\n"
    "Depreciation\n|\n|\n|(400\n|)\n|\n|\n|(100\n|)\n|\n|\n|—\n|\n|\n|(500\n|)\n"
    "|\n|\n|(300\n|)\n|\n|\n|(20\n|)\n|\n|\n|(5\n|)\n|\n|\n|(325\n|)\n"
    "Provisions\n|\n|\n|700\n|\n|\n|30\n|\n|\n|—\n|\n|\n|730\n"
)


def _periods(text: str) -> dict[str, str | None]:
    return {f.amount: f.period for f in extract(text).facts if f.amount}


def test_the_page_year_dates_a_headerless_roll_forward_laid_across() -> None:
    periods = _periods(_PAGE)
    assert periods["-1000"] == "2021-12-31"  # the opening balance: the instant before
    assert periods["-200"] == "P12M/2022-12-31"  # a movement: the year
    assert periods["-1150"] == "2022-12-31"  # the closing balance: the year's end
    assert periods["700"] == "2021-12-31" and periods["730"] == "2022-12-31"


def test_a_row_run_into_the_one_before_it_rolls_forward_too() -> None:
    periods = _periods(_PAGE)
    assert periods["-300"] == "2021-12-31"
    assert periods["-20"] == "P12M/2022-12-31"
    assert periods["-325"] == "2022-12-31"


def test_values_across_that_do_not_roll_forward_are_no_balances() -> None:
    periods = _periods(_PAGE.replace("|730\n", "|999\n"))
    assert periods["700"] != "2021-12-31"
    assert periods["999"] != "2022-12-31"
    assert periods["-1150"] != "2022-12-31"
