"""Details pages whose rows are shorter than their header, on columns of two currencies: the
viewer marks the first and the last value of each column's run of money, so a bare value
cannot open a column, and a bare "$" under "HKD ($)" is that column's dollar."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _page(units: tuple[str, str, str], *rows: str) -> list[tuple[str, str, str | None, str | None]]:
    header = ["|", "Widget Intangibles (Details)", "|12 Months Ended"]
    for date, unit in zip(("Dec. 31, 2022", "Dec. 31, 2022", "Dec. 31, 2021"), units,
                          strict=True):
        header += ["|", date, unit]
    doc = read_document("\n".join([*header, "|Intangibles [Line Items]", *rows]), "t")
    return [(f.label, f.amount, f.period, f.unit) for f in tables.extract_tables(doc).facts]


ROWS = ("|Cost of licences", "|$ 500", "|$ 400", "|Additions", "|20", "|30",
        "|Carrying amount of licences", "|$ 66", "|520", "|430")


def test_a_bare_value_opens_no_column_so_the_marked_row_moves_right() -> None:
    got = _page(("USD ($)", "HKD ($)", "HKD ($)"), *ROWS)
    # the carrying amount's bare 430 stands in the 2021 column: a column the marked cost
    # opened, so the cost is 2022 and 2021 in HK dollars, and so are the additions
    assert got[:4] == [
        ("Cost of licences", "500", "P12M/2022-12-31", "HKD"),
        ("Cost of licences", "400", "P12M/2021-12-31", "HKD"),
        ("Additions", "20", "P12M/2022-12-31", "HKD"),
        ("Additions", "30", "P12M/2021-12-31", "HKD"),
    ]
    assert got[4] == ("Carrying amount of licences", "66", "P12M/2022-12-31", "USD")


def test_a_page_of_one_currency_is_not_placed_by_its_marks() -> None:
    # a page of one currency may mark every value of a row: its marks decide nothing, and
    # the short rows stay reported as ambiguous
    header = ["|", "Widget Intangibles (Details)", "|12 Months Ended"]
    for date in ("Dec. 31, 2022", "Dec. 31, 2022", "Dec. 31, 2021"):
        header += ["|", date, "USD ($)"]
    doc = read_document("\n".join([*header, "|Intangibles [Line Items]", *ROWS]), "t")
    part = tables.extract_tables(doc)
    ambiguous = [w.message for w in part.warnings if w.code == "details_row_ambiguous"]
    assert any("'Cost of licences'" in m for m in ambiguous)
    assert {f.unit for f in part.facts} == {"USD"}
