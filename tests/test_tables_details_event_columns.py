"""A Details Narrative page headed "1 Months Ended | 12 Months Ended" over an event's dates and
two year ends ("Oct. 25, 2017 | Jun. 29, 2017 | ... | Dec. 31, 2017 | Dec. 31, 2016"): the year
header covers the year ends of consecutive years, and a row of two balances with nothing else
to place it stands in those year-end columns, not in the first (event) columns. A page
without event columns ("6 Months Ended" beside two year ends) keeps its first columns. Every
text is made up for the test."""

from __future__ import annotations

from extractor import tables
from extractor.document import Column, read_document
from extractor.tables.shortrows import column_ends, is_comparative_run

EVENTS = ["|", "Widget Notes (Details Narrative) - USD ($)", "|1 Months Ended",
          "|12 Months Ended", "|", "Oct. 25, 2017", "|", "Jun. 29, 2017", "|", "Jun. 19, 2017",
          "|", "Dec. 31, 2017", "|", "Dec. 31, 2016"]


def _facts(head: list[str], *rows: str) -> list[tuple[str, str | None]]:
    doc = read_document("\n".join([*head, *rows]), "t")
    return [(f.amount, f.period) for f in tables.extract_tables(doc).facts]


def test_the_year_header_covers_the_year_ends_past_the_event_dates() -> None:
    doc = read_document("\n".join([*EVENTS, "|Face amount", "|$ 1,000"]), "t")
    assert [c.period for c in doc.columns] == [
        "P1M/2017-10-25", "2017-06-29", "2017-06-19", "P12M/2017-12-31", "P12M/2016-12-31"]


def test_two_balances_on_an_event_page_stand_in_the_year_end_columns() -> None:
    got = _facts(EVENTS, "|Interest expense", "|$ 96", "|$ 68",
                 "|Convertible debt", "|724", "|1,180")
    assert got == [("96", "P12M/2017-12-31"), ("68", "P12M/2016-12-31"),
                   ("724", "P12M/2017-12-31"), ("1180", "P12M/2016-12-31")]


def test_event_dates_a_year_apart_are_no_comparatives() -> None:
    cols = [Column("P1M/2018-10-25", "USD", "a"), Column("P1M/2017-10-25", "USD", "b"),
            Column("P12M/2017-12-31", "USD", "c"), Column("P12M/2016-12-31", "USD", "d")]
    ends = column_ends(cols)
    assert not is_comparative_run(ends, (0, 1))
    assert is_comparative_run(ends, (2, 3))


def test_beside_a_half_year_column_two_balances_keep_the_first_columns() -> None:
    head = ["|", "Widget Notes (Details Narrative) - USD ($)", "|6 Months Ended", "|",
            "Jun. 30, 2017", "|", "Dec. 31, 2016", "|", "Dec. 31, 2015"]
    got = _facts(head, "|Advance from officer", "|$ 6,130", "|$ 6,130")
    assert got == [("6130", "P6M/2017-06-30"), ("6130", "2016-12-31")]


NOTE_PAGE = ["|", "Widget Notes (Details) - USD ($)", "|1 Months Ended", "|3 Months Ended", "|",
             "Nov. 29, 2021", "|", "Nov. 18, 2021", "|", "Dec. 31, 2021"]


def test_beside_event_columns_a_lone_rate_lends_its_column_to_no_other_value() -> None:
    doc = read_document("\n".join([*NOTE_PAGE, "|Widget Notes [Line Items]",
                                   "|Note interest rate", "|12.00%", "|Cash", "|$ 30,000"]), "t")
    part = tables.extract_tables(doc)
    got = {f.amount: f.period for f in part.facts}
    assert got["30000"] is None
    assert any("30,000" in doc.text[w.span[0]:w.span[1]] and "undated" in w.message
               for w in part.warnings if w.span)


def test_without_event_columns_the_rates_column_still_places_its_notes_balance() -> None:
    head = ["|", "Widget Notes (Details Narrative) - USD ($)", "|6 Months Ended", "|",
            "Jun. 30, 2017", "|", "Dec. 31, 2016", "|", "Dec. 31, 2015",
            "|Promissory Note Jan 2011 [Member]", "|Interest rate", "|3.00%",
            "|Balance of note", "|$ 112,411"]
    got = {a: p for a, p in _facts(head)}
    assert got["112411"] == "P6M/2017-06-30"


def test_a_short_row_that_nothing_places_on_an_event_page_is_undated() -> None:
    # three values for five columns (event dates and two year ends): no comparative run, no
    # mark, no group decides, so none of them is dated, with a warning
    doc = read_document("\n".join([*EVENTS, "|Legal costs", "|$ 5,000", "|11,750", "|5,000"]),
                        "t")
    part = tables.extract_tables(doc)
    assert [(f.amount, f.period) for f in part.facts] == [
        ("5000", None), ("11750", None), ("5000", None)]
    assert any("the values are undated" in w.message for w in part.warnings)


WIDE_EVENTS = ["|", "Widget Note Payable (Details Narrative) - USD ($)", "|12 Months Ended",
               "|", "Dec. 31, 2019", "|", "Nov. 07, 2019", "|", "Oct. 16, 2019", "|",
               "Sep. 30, 2019", "|", "Sep. 18, 2019", "|", "Dec. 18, 2018", "|",
               "Dec. 31, 2019", "|", "Dec. 31, 2018"]


def test_an_undated_short_row_lends_its_guessed_columns_to_no_later_row() -> None:
    # the interest row ties between any two adjacent event dates: undated; the conversion
    # prices after it, in its group, are then as open, not placed on the interest row's guess
    got = _facts(WIDE_EVENTS, "|Convertible Note [Member]", "|Interest expense", "|$ 905",
                 "|$ 54,000", "|Debt conversion price", "|$ 0.12", "|$ 0.10", "|$ 0.12",
                 "|Common stock issued", "|1,746,579", "|679,730", "|1,252,058")
    assert got == [(a, None) for a in ("905", "54000", "0.12", "0.10", "0.12", "1746579",
                                       "679730", "1252058")]


def test_a_short_row_its_group_places_keeps_its_columns() -> None:
    # the group's face amounts take the year ends; the costs after them follow their group
    got = _facts(EVENTS, "|Face amount", "|$ 100,000", "|$ 100,000",
                 "|Legal costs", "|$ 5,000", "|11,750", "|5,000")
    assert all(period is not None for _, period in got)


def test_a_row_one_column_short_keeps_its_first_columns() -> None:
    # two rates on a page of three columns: the choices are few, the first stands
    got = _facts(NOTE_PAGE, "|Widget Notes [Line Items]", "|Carrying interest rate", "|12.00%",
                 "|12.00%")
    assert got == [("12.00", "P1M/2021-11-29"), ("12.00", "2021-11-18")]
