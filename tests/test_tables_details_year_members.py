"""A Details page whose members are maturity years printed bare ("2021" over "... [Line
Items]", the filer's members not tagged "[Member]"): the year is the member line of the rows
under it, joined to their labels, and no amount of the row before it (years are no facts).
Every text is made up for the test."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document

HEADER = ["|", "Widget borrowings (Details 4) - INR (₨)", "₨ in Millions", "|", "Mar. 31, 2020",
          "|", "Mar. 31, 2019", "|Maturities of widget borrowings [Line Items]"]


def _facts(*rows: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = read_document("\n".join([*HEADER, *rows]), "t")
    return [(f.label, f.entity, f.amount, f.period) for f in tables.extract_tables(doc).facts]


def test_a_bare_year_over_line_items_names_the_rows_under_it() -> None:
    got = _facts("|Term loans", "|₨ 900", "|₨ 800",
                 "|2021", "|Maturities of widget borrowings [Line Items]",
                 "|Term loans", "|300", "|250")
    assert got == [
        ("Term loans", None, "900", "2020-03-31"), ("Term loans", None, "800", "2019-03-31"),
        ("Term loans / 2021", None, "300", "2020-03-31"),
        ("Term loans / 2021", None, "250", "2019-03-31"),
    ]


def test_a_year_after_a_row_over_line_items_is_no_amount_of_that_row() -> None:
    got = _facts("|Term loans", "|₨ 900", "|₨ 800",
                 "|2021", "|Maturities of widget borrowings [Line Items]")
    assert [amount for _, _, amount, _ in got] == ["900", "800"]


def test_a_year_like_count_before_a_row_label_stays_an_amount() -> None:
    # no "[Line Items]" after it: "2020" is the row's value (a count of widgets)
    got = _facts("|Number of widgets", "|2020", "|1,950", "|Term loans", "|₨ 900", "|₨ 800")
    assert ("Number of widgets", None, "2020", "2020-03-31") in got


def test_a_number_that_is_no_year_over_line_items_stays_an_amount() -> None:
    got = _facts("|Term loans", "|₨ 900", "|3,100",
                 "|Maturities of widget borrowings [Line Items]", "|Leases", "|₨ 5", "|₨ 4")
    assert ("Term loans", None, "3100", "2019-03-31") in got
