"""An option plan's Details page: rows that name their unit ("Forfeited during the year |
shares") are in shares, and rows naming only what is held at the year's end
("Vested/exercisable", "Outstanding") are instants, not the year (FACTS.md 1.1)."""

import pytest

from extractor.document import read_document
from extractor.engines.rules import RulesEngine
from extractor.tables.rollforward import balance_instant

_PAGE = "\n".join([
    "|", "Share options outstanding (Details)", "|12 Months Ended", "|",
    "Mar. 31, 2022", "shares", "₨ / shares", "|", "Mar. 31, 2021", "shares", "₨ / shares",
    "|Foo Share Plan 2010 [Member]", "|IfrsStatementLineItems [Line Items]",
    "|Number of options outstanding at the beginning of the year | shares", "|500", "|700",
    "|Forfeited during the year | shares", "|40", "|60",
    "|Forfeited during the year | ₨ / shares", "|₨ 12.50", "|₨ 13.25",
    "|Number of options outstanding at the end of the year | shares", "|460", "|500",
    "|Vested/exercisable | shares", "|300", "|250",
    "|Vested/exercisable | ₨ / shares", "|₨ 11.10", "|₨ 10.90",
    "|X", "- Definition", "+ References", "",
])


def _facts():
    return RulesEngine().extract(read_document(_PAGE, "d")).facts


def test_a_movement_row_naming_shares_as_its_unit_is_in_shares():
    forfeited = [f for f in _facts() if f.amount in ("40", "60")]
    assert [(f.unit, f.period) for f in forfeited] == [
        ("share", "P12M/2022-03-31"), ("share", "P12M/2021-03-31")]
    (price,) = [f for f in _facts() if f.amount == "12.50"]
    assert price.unit == "INR"


def test_a_vested_exercisable_row_is_the_balance_at_each_year_end():
    held = {f.amount: (f.period, f.unit) for f in _facts() if "Vested/exercisable" in f.label}
    assert held == {"300": ("2022-03-31", "share"), "250": ("2021-03-31", "share"),
                    "11.10": ("2022-03-31", "INR"), "10.90": ("2021-03-31", "INR")}


@pytest.mark.parametrize("label", ["Vested/exercisable", "Vested and exercisable", "Exercisable",
                                   "Outstanding", "Nonvested", "Unvested (1)"])
def test_a_row_naming_only_what_is_held_is_a_year_end_instant(label: str):
    assert balance_instant(label, "P12M/2024-12-31") == "2024-12-31"


@pytest.mark.parametrize("label", ["Vested", "Number of warrants exercisable", "Granted",
                                   "Exercisable price"])
def test_a_movement_or_a_measure_of_held_awards_keeps_its_column(label: str):
    assert balance_instant(label, "P12M/2024-12-31") is None


_LONE = "\n".join([
    "|", "Share options outstanding (Details)", "|12 Months Ended", "|",
    "Mar. 31, 2022", "shares", "₨ / shares", "|", "Mar. 31, 2021", "shares", "₨ / shares",
    "|Foo Share Plan 2010 [Member]", "|IfrsStatementLineItems [Line Items]",
    "|Number of options outstanding at the beginning of the year | shares", "|460", "|700",
    "|Number of options outstanding at the beginning of the year | ₨ / shares", "|₨ 9.00",
    "|₨ 9.50",
    "|Forfeited during the year | shares", "|240",
    "|Expired during the year | shares", "|15",
    "|Number of options outstanding at the end of the year | shares", "|445", "|460",
    "|Number of options outstanding at the end of the year | ₨ / shares", "|₨ 8.00",
    "|₨ 9.00",
    "|X", "- Definition", "+ References", "",
])


def test_a_lone_unsigned_decrease_takes_the_year_whose_counts_it_rolls_forward():
    facts = RulesEngine().extract(read_document(_LONE, "d")).facts
    period = {f.amount: f.period for f in facts if f.unit == "share"}
    # 700 - 240 = 460 in the year to March 2021; 460 - 15 = 445 in the year to March 2022
    assert (period["240"], period["15"]) == ("P12M/2021-03-31", "P12M/2022-03-31")


def _price_page(unit_lines: list[str]) -> str:
    return "\n".join([
        "|", "Share-based payments (Details)", "|12 Months Ended", "|",
        "Mar. 31, 2021", *unit_lines, "|", "Mar. 31, 2020", *unit_lines,
        "|Weighted average exercise price, Opening balance", "|₨ 70.90", "|₨ 78.84",
        "|Weighted average exercise price, Granted during the year", "|118.05", "|89.55",
        "|Weighted average exercise price, Closing balance", "|₨ 86.13", "|₨ 70.90",
        "|X", "- Definition", "+ References", "",
    ])


def test_a_per_share_unit_line_alone_gives_unmarked_price_rows_its_currency():
    facts = RulesEngine().extract(read_document(_price_page(["₨ / shares"]), "d")).facts
    granted = [f.unit for f in facts if "Granted" in f.label]
    assert granted == ["INR", "INR"]


def test_a_currency_line_over_the_per_share_line_keeps_its_own_currency():
    page = _price_page(["USD ($)", "₨ / shares"])
    facts = RulesEngine().extract(read_document(page, "d")).facts
    assert [f.unit for f in facts if "Granted" in f.label] == ["USD", "USD"]
