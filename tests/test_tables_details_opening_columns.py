"""Details pages whose header shows the day each year opens beside the years ("12 Months
Ended" over "Jan. 01, 2021 | Jan. 01, 2020 | Dec. 31, 2021 | Dec. 31, 2020"): the first-of-
the-year columns are instants, and a roll-forward's rows with as many values as the years are
placed on the year columns."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.headerspans import opening_month_days

HEADER = ["|", "Widget Receivables - Allowance (Details) - EUR (€)", "€ in Millions",
          "|12 Months Ended", "|", "Jan. 01, 2021", "|", "Jan. 01, 2020", "|", "Dec. 31, 2021",
          "|", "Dec. 31, 2020"]


def _facts(*rows: str) -> dict[tuple[str, str], str | None]:
    doc = read_document("\n".join([*HEADER, *rows]), "t")
    return {(f.label, f.amount): f.period for f in tables.extract_tables(doc).facts}


def test_a_column_dated_the_day_after_another_column_is_an_instant() -> None:
    doc = read_document("\n".join([*HEADER, "|Widget allowance [Line Items]"]), "t")
    assert [c.period for c in doc.columns] == [
        "2021-01-01", "2020-01-01", "P12M/2021-12-31", "P12M/2020-12-31"]


def test_the_first_of_a_month_alone_opens_no_year() -> None:
    # two year ends are never a day apart; a first of the month with no month end the day
    # before it among the columns is no opening day
    assert opening_month_days(["2021-01-01", "2020-12-31"]) == {"01-01"}
    assert opening_month_days(["2021-01-01", "2020-12-30"]) == set()
    assert opening_month_days(["2021-04-01", "2021-03-31", "2020-03-31"]) == {"04-01"}


def test_movements_and_the_closing_balance_take_the_year_columns() -> None:
    got = _facts(
        "|Allowance [Line Items]",
        "|Beginning balance", "|€ 50", "|€ 40", "|€ 50", "|€ 40",
        "|Charge for the year", "|12", "|14",
        "|Write-offs", "|(3)", "|(4)",
        "|Ending balance", "|59", "|50",
    )
    assert got[("Beginning balance", "50")] in ("2021-01-01", "2020-12-31")
    assert got[("Charge for the year", "12")] == "P12M/2021-12-31"
    assert got[("Write-offs", "-4")] == "P12M/2020-12-31"
    # the closing balance is the instant its year ends on, not the next year's first day
    assert (got[("Ending balance", "59")], got[("Ending balance", "50")]) == (
        "2021-12-31", "2020-12-31")


def test_a_row_naming_the_opening_day_takes_the_opening_columns() -> None:
    got = _facts(
        "|Allowance [Line Items]",
        "|Beginning balance", "|€ 50", "|€ 40", "|€ 50", "|€ 40",
        "|Restated allowance as at January 1 under the new standard", "|52", "|41",
        "|Charge for the year", "|12", "|14",
        "|Ending balance", "|61", "|52",
    )
    label = "Restated allowance as at January 1 under the new standard"
    assert (got[(label, "52")], got[(label, "41")]) == ("2021-01-01", "2020-01-01")
    assert got[("Charge for the year", "14")] == "P12M/2020-12-31"
