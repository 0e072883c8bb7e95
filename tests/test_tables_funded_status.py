"""A pension plan's reconciliation under year columns: the benefit obligation and the plan
assets roll forward, then the funded status (the obligation less the assets at the year's
end) follows their closing rows. It is a balance at the column's end, as those closing rows
are (FACTS.md 1.1); a movement after them ("Change in funded status recognized in other
comprehensive income") keeps the year."""

from __future__ import annotations

import extractor


def pension(after: list[str]) -> str:
    lines = ["|", "Pension Plans (Tables)", "|12 Months Ended", "Dec. 31, 2024", "|",
             "The changes in the benefit obligation and plan assets were as follows:",
             "Year Ended December 31,", "(in millions)", "2024", "2023",
             "Change in benefit obligation", "Benefit obligation at beginning of year",
             "$", "555.2", "$", "547.2", "Service cost", "1.5", "1.7",
             "Benefit obligation at end of year", "$", "556.7", "$", "548.9",
             "Change in plan assets", "Fair value of plan assets at beginning of year",
             "$", "425.6", "$", "410.2", "Actual return on plan assets", "12.3", "15.4",
             "Fair value of plan assets at end of year", "$", "437.9", "$", "425.6", *after]
    return "\n".join(lines) + "\n"


def periods(text: str) -> dict[str, str | None]:
    return {f.amount or "": f.period for f in extractor.extract(text).facts}


def test_the_funded_status_after_the_closing_rows_is_the_instant_of_the_years_end() -> None:
    got = periods(pension(["Funded status of the plans", "$", "(118.8)", "$", "(123.3)"]))
    assert (got["-118.8"], got["-123.3"]) == ("2024-12-31", "2023-12-31")
    assert (got["556.7"], got["1.5"]) == ("2024-12-31", "P12M/2024-12-31")


def test_a_change_in_the_funded_status_after_them_keeps_the_year() -> None:
    got = periods(pension(["Change in funded status recognized in other comprehensive income",
                           "$", "(4.5)", "$", "(2.1)"]))
    assert (got["-4.5"], got["-2.1"]) == ("P12M/2024-12-31", "P12M/2023-12-31")
