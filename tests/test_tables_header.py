"""Table headers, read directly: one header cell, and a run of them turned into columns."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.api import extract
from extractor.document import read_document
from extractor.tables.header import HeaderCell, TableColumn, build_columns, parse_header_cell


def _columns(cells: list[str], yen: str = "CNY", year_end: tuple[int, int] | None = None):
    parsed = [parse_header_cell(c) for c in cells]
    assert all(isinstance(h, HeaderCell) for h in parsed), parsed
    return [
        (c.period, c.unit)
        for c in build_columns(parsed, [], yen, None, year_end)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    ("cell", "months", "instant", "date", "mark", "scale"),
    [
        ("Year ended December 31,", 12, False, (None, 12, 31), None, None),
        ("For the Six Months Ended", 6, False, (None, None, None), None, None),
        ("Three months ended", 3, False, (None, None, None), None, None),
        ("As of December 31, 2024", None, True, (2024, 12, 31), None, None),
        ("31 December 2023", None, False, (2023, 12, 31), None, None),
        ("June 30, 2024 (unaudited)", None, False, (2024, 6, 30), None, None),
        ("2019", None, False, (2019, None, None), None, None),
        ("RMB’million", None, False, (None, None, None), "RMB", 6),
        ("US$", None, False, (None, None, None), "US$", None),
        ("(in thousands)", None, False, (None, None, None), None, 3),
    ],
)
def test_a_header_cell_says_its_duration_date_currency_and_scale(
    cell: str, months: int | None, instant: bool, date: tuple, mark: str | None,
    scale: int | None,
) -> None:
    h = parse_header_cell(cell)
    assert h is not None
    assert (h.months, h.instant, (h.year, h.month, h.day), h.unit_mark, h.scale) == (
        months, instant, date, mark, scale
    )


@pytest.mark.parametrize("cell", ["Cash on hand", "", "Amounts due from related parties"])
def test_a_row_label_is_not_a_header_cell(cell: str) -> None:
    assert parse_header_cell(cell) is None


def test_years_under_a_duration_phrase_are_years_to_its_month_and_day() -> None:
    assert _columns(["Year ended December 31,", "2022", "2023"]) == [
        ("P12M/2022-12-31", None), ("P12M/2023-12-31", None)
    ]


def test_a_convenience_currency_column_takes_the_last_date() -> None:
    # "RMB | RMB | US$" over "2022 | 2023": the US$ column restates 2023
    assert _columns(["As of December 31,", "2022", "2023", "RMB", "RMB", "US$"]) == [
        ("2022-12-31", "CNY"), ("2023-12-31", "CNY"), ("2023-12-31", "USD")
    ]
    # the same with the currencies printed above the dates
    assert _columns(["RMB", "RMB", "US$", "December 31,", "2022", "2023"]) == [
        ("2022-12-31", "CNY"), ("2023-12-31", "CNY"), ("2023-12-31", "USD")
    ]


def test_a_run_of_duration_phrases_splits_the_columns_evenly() -> None:
    cells = ["For the Three Months Ended", "For the Nine Months Ended",
             "June 26, 2015", "June 27, 2014", "June 26, 2015", "June 27, 2014"]
    assert [p for p, _ in _columns(cells)] == [
        "P3M/2015-06-26", "P3M/2014-06-27", "P9M/2015-06-26", "P9M/2014-06-27"
    ]


def test_dates_alone_are_instants_in_the_order_printed() -> None:
    assert _columns(["June 30, 2024", "December 31, 2023"]) == [
        ("2024-06-30", None), ("2023-12-31", None)
    ]


def test_the_yen_mark_means_what_the_document_says_it_means() -> None:
    cells = ["¥", "¥", "December 31, 2023", "December 31, 2022"]
    assert [u for _, u in _columns(cells, yen="JPY")] == ["JPY", "JPY"]
    assert [u for _, u in _columns(cells, yen="CNY")] == ["CNY", "CNY"]


def test_columns_are_table_columns() -> None:
    (col,) = build_columns([parse_header_cell("December 31, 2023")], [], "CNY", None)  # type: ignore[list-item]
    assert col == TableColumn(period="2023-12-31", unit=None, scale=None)


def test_dates_split_over_two_header_lines_pair_month_cells_with_year_cells() -> None:
    text = ("The balances are as follows:\nMarch 31,\nSeptember\nSeptember 30,\n2019\n30, 2019\n"
            "2019\nRMB\nRMB\nRMB\nAccounts receivable\n1,200\n1,500\n214\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [f.period for f in facts] == ["2019-03-31", "2019-09-30", "2019-09-30"]
    two = "Balances:\nJune 30,\nDecember 31,\n2024\n2023\nAccounts receivable\n1,200\n1,500\n"
    facts = tables.extract_tables(read_document(two, "t")).facts
    assert [f.period for f in facts] == ["2024-06-30", "2023-12-31"]


def test_a_month_and_year_is_no_split_header_cell() -> None:
    # "February 2025" is a maturity column's text; "September" alone is half a date
    assert parse_header_cell("February 2025") is None
    cell = parse_header_cell("September")
    assert cell is not None and cell.month == 9 and cell.day is None
    assert parse_header_cell("30, 2019") == HeaderCell(day=30, year=2019)


GROUPS = "\n".join([
    "Revenue by segment was as follows (in millions):",
    "Three Months Ended", "Six Months Ended",
    "June 30, 2025", "June 30, 2024", "Percent Change",
    "June 30, 2025", "June 30, 2024", "Percent Change",
    "Cloud", "$ 1,796", "$ 1,547", "16 %", "$ 3,483", "$ 3,057", "14 %",
])


def test_percent_change_columns_between_date_pairs_do_not_shift_the_values() -> None:
    facts = tables.extract_tables(read_document(GROUPS, "t")).facts
    assert [(f.amount, f.period, f.unit) for f in facts] == [
        ("1796", "P3M/2025-06-30", "USD"), ("1547", "P3M/2024-06-30", "USD"),
        ("16", "P3M/2025-06-30", "percent"),
        ("3483", "P6M/2025-06-30", "USD"), ("3057", "P6M/2024-06-30", "USD"),
        ("14", "P6M/2025-06-30", "percent"),
    ]


def test_a_row_heading_on_change_or_a_movement_column_is_no_change_column() -> None:
    from extractor.tables.kinds import is_change_header

    assert is_change_header("Yr.-to-Yr. Percent Change")
    assert not is_change_header("Change in benefit obligation")
    # "Balance | Increase / Decrease | Balance": a movement after one date, not a comparison
    text = ("Activity was as follows:\nDecember 1,\n2023\nIncrease / Decrease\nNovember 29,\n2024\n"
            "Unrealized losses\n$ (12)\n$ 11\n$ (1)\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    # no change column is put between the two dates: the second value takes the second date
    got = [(f.amount, f.period) for f in facts][:2]
    assert got == [("-12", "2023-12-01"), ("11", "2024-11-29")]


def test_a_header_row_repeated_around_its_month_day_line_gives_each_year_once() -> None:
    # "2022 | 2023 | December 31, | 2022 | 2023": the same texts read twice must still be told
    # apart (the readings of a cell text are cached; each call gets its own cell).
    assert _columns(["2022", "2023", "December 31,", "2022", "2023"]) == [
        ("2022-12-31", None),
        ("2023-12-31", None),
    ]
    first, again = parse_header_cell("2022"), parse_header_cell("2022")
    assert first == again and first is not again


def test_numeric_month_day_year_headers_date_their_columns() -> None:
    assert _columns(["6/30/2025", "12/31/24"]) == [("2025-06-30", None), ("2024-12-31", None)]
    text = "Debt\nBalance\nBalance\n6/30/2025\n12/31/2024\nNotes\n$\n1,600\n$\n1,601\n"
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [("1600", "2025-06-30"), ("1601", "2024-12-31")]


@pytest.mark.parametrize("cell", ["13/31/2025", "1/2", "3/4 of the units"])
def test_a_fraction_or_an_impossible_numeric_date_is_no_header(cell: str) -> None:
    assert parse_header_cell(cell) is None


def test_a_footnote_mark_after_a_header_date_is_not_part_of_it() -> None:
    assert _columns(["Three Months Ended June 30,", "2025", "2024 (1)"]) == [
        ("P3M/2025-06-30", None), ("P3M/2024-06-30", None)]
    assert _columns(["December 31, 2023 (a)", "2022*"]) == [("2023-12-31", None),
                                                            ("2022-12-31", None)]
    assert parse_header_cell("(1)") is None


def test_a_caption_between_a_duration_phrase_and_its_dates_keeps_the_phrase() -> None:
    text = ("Three Months Ended\nStatements of Operations (unaudited):\nMarch 31, 2024\n"
            "June 30, 2024\nOther income\n$\n108\n$\n20\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [("108", "P3M/2024-03-31"),
                                                     ("20", "P3M/2024-06-30")]


def test_year_rows_under_year_less_phrases_over_categories_take_each_columns_length() -> None:
    text = ("Three Months Ended March 31\nNine Months Ended March 31\nNet Sales\nNet Earnings\n"
            "Net Sales\nNet Earnings\nBeauty\n2025\n$\n3,490\n$\n539\n$\n11,231\n$\n2,158\n"
            "2024\n3,550\n587\n11,496\n2,426\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [
        ("3490", "P3M/2025-03-31"), ("539", "P3M/2025-03-31"),
        ("11231", "P9M/2025-03-31"), ("2158", "P9M/2025-03-31"),
        ("3550", "P3M/2024-03-31"), ("587", "P3M/2024-03-31"),
        ("11496", "P9M/2024-03-31"), ("2426", "P9M/2024-03-31"),
    ]


def test_at_and_a_whole_date_heads_a_balance_sheet_column() -> None:
    text = ("Balance Sheet\n(Dollars in millions)\nAt June 30, 2025\nAt December 31, 2024\n"
            "Cash and cash equivalents\n$\n11,943\n$\n13,947\nRestricted cash\n83\n214\n")
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert [(f.amount, f.period) for f in facts] == [
        ("11943", "2025-06-30"), ("13947", "2024-12-31"), ("83", "2025-06-30"),
        ("214", "2024-12-31")]


@pytest.mark.parametrize("cell", ["At January 1", "At December 31,", "Atlanta, Georgia 2024"])
def test_at_without_a_whole_date_is_no_header_cell(cell: str) -> None:
    # "At January 1" is a roll-forward's opening row; "At December 31," over years is not read
    # as one here either
    assert parse_header_cell(cell) is None


@pytest.mark.parametrize("cells", [
    ["Three months ended", "February 30, 2024", "Dec. 31, 2023"],
    ["As of", "March 62, 2018", "December 31, 2017"],
])
def test_a_day_the_month_does_not_have_dates_no_column(cells: list[str]) -> None:
    # (found by fuzzing: "March 62, 2018" became the period "2018-03-62", and the
    # roll-forward check then failed the whole table on it)
    periods = [p for p, _ in _columns(cells)]
    assert periods[0] is None
    assert periods[1] in ("P3M/2023-12-31", "2017-12-31")


def test_a_roll_forward_under_an_impossible_date_still_gives_its_facts() -> None:
    text = ("Allowance (Details)\n|\n|\n|Mar. 62, 2018\n|Dec. 31, 2017\n"
            "|Balance, beginning of period\n|1,211\n|25,030\n|Provision\n|(15)\n|24\n"
            "|Balance, end of period\n|1,196\n|25,054\n")
    result = extract(text, doc_id="impossible-date")
    assert not [w for w in result.warnings if w.code == "engine_failure"]
    assert {f.amount for f in result.facts} >= {"1211", "25030", "1196", "25054"}
    assert all(f.period is None or "-62" not in f.period for f in result.facts)
