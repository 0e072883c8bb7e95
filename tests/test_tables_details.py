"""XBRL Details pages: columns from the page header, member lines, footnote marks, sparse rows
placed by currency marks, groups and roll-forwards, and duration headers."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _read(text: str) -> tables.TablePart:
    return tables.extract_tables(read_document(text, "t"))


BALANCES = "\n".join([
    "|",
    "WIDGET PARTIES - Balances (Details)",
    "¥ in Thousands, $ in Thousands",
    "|",
    "Jun. 30, 2021",
    "USD ($)",
    "|",
    "Jun. 30, 2021",
    "CNY (¥)",
    "|",
    "Dec. 31, 2020",
    "CNY (¥)",
    "|WIDGET PARTIES [Line Items]",
    "|Amounts due from related parties",
    "|$ 50",
    "|¥ 330",
    "|¥ 310",
    "|Alpha Software Company Limited | Senior employee",
    "|WIDGET PARTIES [Line Items]",
    "|Amounts due from related parties",
    "|[1]",
    "|120",
    "|110",
    "|Maturity date",
    "|[2]",
    "|February 13, 2024",
    "|Beta [Member] | Service Fee [Member]",
    "|WIDGET PARTIES [Line Items]",
    "|Amounts due from related parties",
    "|¥ 210",
    "|¥ 200",
    "|X",
    "- Definition",
    "+ References",
])


def test_columns_give_period_and_unit_and_the_header_gives_the_scale() -> None:
    part = _read(BALANCES)
    top = [f for f in part.facts if f.entity is None]
    assert [(f.period, f.unit, f.amount, f.scale) for f in top] == [
        ("2021-06-30", "USD", "50", 3),
        ("2021-06-30", "CNY", "330", 3),
        ("2020-12-31", "CNY", "310", 3),
    ]


def test_member_lines_name_the_entity_of_the_rows_beneath() -> None:
    part = _read(BALANCES)
    alpha = [f for f in part.facts if f.entity == "Alpha Software Company Limited"]
    beta = [f for f in part.facts if f.entity == "Beta"]
    assert [f.amount for f in alpha] == ["120", "110"]
    assert [f.amount for f in beta] == ["210", "200"]
    assert "Service Fee" in beta[0].label


def test_unmarked_short_rows_go_to_the_main_currency_columns_not_the_convenience_one() -> None:
    part = _read(BALANCES)
    alpha = [f for f in part.facts if f.entity == "Alpha Software Company Limited"]
    assert [(f.period, f.unit) for f in alpha] == [("2021-06-30", "CNY"), ("2020-12-31", "CNY")]


def test_footnote_marks_and_dates_are_not_amounts() -> None:
    part = _read(BALANCES)
    amounts = {f.amount for f in part.facts}
    assert "1" not in amounts and "2" not in amounts and "13" not in amounts
    assert "2024" not in amounts


ROLL = "\n".join([
    "|",
    "DUE FROM PARTIES (Details)",
    "¥ in Thousands, $ in Thousands",
    "|12 Months Ended",
    "|",
    "Dec. 31, 2019",
    "USD ($)",
    "|",
    "Dec. 31, 2019",
    "CNY (¥)",
    "|",
    "Dec. 31, 2018",
    "USD ($)",
    "|",
    "Dec. 31, 2018",
    "CNY (¥)",
    "|Mr. Example",
    "|Changes in related party balances",
    "|Balance at the beginning of the period",
    "|(18)",
    "|Expense paid on behalf of the Group",
    "|(9)",
    "|Balance at the end of the period",
    "|$ (4)",
    "|¥ (27)",
    "|¥ (18)",
])


def test_a_roll_forward_settles_where_a_single_value_belongs() -> None:
    part = _read(ROLL)
    paid = [f for f in part.facts if f.label.startswith("Expense paid")]
    begin = [f for f in part.facts if f.label.startswith("Balance at the beginning")]
    # 2019: -18 - 9 = -27; 2018 has no movement: the movement is 2019's
    assert [(f.period, f.unit) for f in paid] == [("P12M/2019-12-31", "CNY")]
    # the opening balance of 2019 is the instant before it (FACTS.md 1.1)
    assert [(f.period, f.unit) for f in begin] == [("2018-12-31", "CNY")]
    assert {f.entity for f in part.facts} == {"Mr. Example"}


def test_a_row_whose_columns_stay_open_is_warned() -> None:
    text = "\n".join([
        "|",
        "ROYALTIES (Details) - CNY (¥)",
        "|12 Months Ended",
        "|",
        "Dec. 31, 2018",
        "|",
        "Dec. 31, 2017",
        "|",
        "Dec. 31, 2016",
        "|Royalty fees charged",
        "|¥ 285",
        "|¥ 270",
        "|¥ 152",
        "|Royalty payables",
        "|81",
        "|68",
    ])
    part = _read(text)
    warns = [w for w in part.warnings if w.code == "details_row_ambiguous"]
    assert len(warns) == 1 and "Royalty payables" in warns[0].message
    assert len([f for f in part.facts if f.label == "Royalty payables"]) == 2


def test_a_duration_header_covers_only_columns_sharing_its_first_month_end() -> None:
    text = "\n".join([
        "|",
        "Borrowings (Details) - CNY (¥)",
        "¥ in Thousands",
        "|6 Months Ended",
        "|",
        "Jun. 30, 2024",
        "|",
        "Dec. 31, 2023",
        "|Short term borrowings",
        "|¥ 15,000",
        "|¥ 20,000",
    ])
    doc = read_document(text, "t")
    assert [c.period for c in doc.columns] == ["P6M/2024-06-30", "2023-12-31"]
    facts = tables.extract_tables(doc).facts
    assert [(f.period, f.amount) for f in facts] == [
        ("P6M/2024-06-30", "15000"),
        ("2023-12-31", "20000"),
    ]


def test_a_pipe_line_after_the_dates_is_a_member_not_a_unit() -> None:
    text = "\n".join([
        "|",
        "ROYALTIES (Details) - CNY (¥)",
        "|12 Months Ended",
        "|",
        "Dec. 31, 2018",
        "|",
        "Dec. 31, 2017",
        "|RMS",
        "|ROYALTIES",
        "|Royalty fees charged",
        "|¥ 285",
        "|¥ 270",
    ])
    doc = read_document(text, "t")
    assert {c.unit for c in doc.columns} == {"CNY"}
    assert {f.entity for f in tables.extract_tables(doc).facts} == {"RMS"}


BORROWINGS = "\n".join([
    "|",
    "Schedule of Borrowings (Details) - CNY (¥)",
    "¥ in Thousands",
    "|6 Months Ended",
    "|",
    "Jun. 30, 2024",
    "|",
    "Dec. 31, 2023",
    "|Bank One [Member]",
    "|Short-Term Debt [Line Items]",
    "|Maturity date",
    "|[1]",
    "|February 13, 2024",
    "|Principal amount",
    "|¥ 3,000",
    "|Interest rate per annum",
    "|3.65%",
    "|Bank Two [Member]",
    "|Short-Term Debt [Line Items]",
    "|Maturity date",
    "|May 30, 2025",
    "|Principal amount",
    "|¥ 5,000",
])


def test_a_loan_that_matured_has_no_balance_at_a_later_date() -> None:
    facts = tables.extract_tables(read_document(BORROWINGS, "t")).facts
    got = {(f.entity, f.label, f.period) for f in facts if f.unit == "CNY"}
    assert got == {
        ("Bank One", "Principal amount", "2023-12-31"),  # matured Feb 2024: not at June 30
        ("Bank Two", "Principal amount", "P6M/2024-06-30"),
    }


def test_a_rate_goes_to_the_duration_column_beside_an_instant_one() -> None:
    facts = tables.extract_tables(read_document(BORROWINGS, "t")).facts
    rate = [f for f in facts if f.unit == "percent"]
    assert [(f.period, f.amount, f.scale) for f in rate] == [("P6M/2024-06-30", "3.65", 0)]


def test_sentences_of_a_details_narrative_page_are_left_to_prose() -> None:
    text = "\n".join([
        "|",
        "Related Party (Details Narrative) - CNY (¥)",
        "|12 Months Ended",
        "|",
        "Dec. 31, 2023",
        "|",
        "Dec. 31, 2022",
        "|Revenue from related parties",
        "|¥ 34",
        "|¥ 6",
        "|The amounts due from related parties were and RMB as of December 31, 2022 and 2023.",
    ])
    part = tables.extract_tables(read_document(text, "t"))
    assert [f.amount for f in part.facts] == ["34", "6"]
    sentence = text.index("The amounts due")
    assert not any(s <= sentence < e for s, e in part.claimed)


WIDE = "\n".join([
    "|",
    "Subsequent Events (Details) - CNY (¥)",
    "¥ in Millions",
    "|",
    "Mar. 23, 2021",
    "|",
    "Mar. 15, 2021",
    "|",
    "Jan. 22, 2021",
    "|Appropriation to statutory reserves",
    "|¥ 4,230",
    "|Face value",
    "|¥ 2,000",
    "|¥ 1,500",
    "|¥ 1,000",
])


def test_a_lone_value_nothing_places_on_a_wide_page_is_undated_with_a_warning() -> None:
    part = _read(WIDE)
    lone = [f for f in part.facts if f.label.startswith("Appropriation")]
    assert [(f.amount, f.period) for f in lone] == [("4230", None)]
    assert any("undated" in w.message and "Appropriation" in w.message for w in part.warnings)
    full = [f.period for f in part.facts if f.label.startswith("Face value")]
    assert full == ["2021-03-23", "2021-03-15", "2021-01-22"]


def test_rupee_marks_on_a_details_page_are_values_in_inr() -> None:
    text = "\n".join([
        "|", "Widget Loans - Debentures (Detail) - INR (₨)", "₨ in Millions",
        "|12 Months Ended", "|", "Mar. 31, 2021", "|", "Mar. 31, 2020",
        "|Widget Debentures [Line Items]", "|", "|", "|Net of transaction cost", "|₨ 100,584",
        "|₨ 45,211", "|Transaction cost", "|(530)", "|(218)",
    ])
    got = [(f.amount, f.unit, f.scale, f.period) for f in _read(text).facts]
    assert got[:2] == [("100584", "INR", 6, "P12M/2021-03-31"),
                       ("45211", "INR", 6, "P12M/2020-03-31")]
    assert [a for a, *_ in got[2:]] == ["-530", "-218"]


def test_marked_money_skips_the_one_column_the_header_gives_no_currency() -> None:
    text = "\n".join([
        "|", "Widget Taxes (Details 5)", "¥ / shares in Units, ¥ in Millions",
        "|12 Months Ended", "|", "Apr. 01, 2014", "|", "Mar. 31, 2015", "JPY (¥)",
        "|", "Mar. 31, 2014", "JPY (¥)", "|", "Mar. 31, 2013", "JPY (¥)",
        "|Income taxes", "|Aggregate amounts of tax holidays", "|¥ 5,109", "|¥ 4,362",
        "|¥ 2,968", "|Common stock, stock split", "|2",
    ])
    got = [(f.amount, f.period) for f in _read(text).facts if f.unit == "JPY"]
    assert got == [("5109", "P12M/2015-03-31"), ("4362", "P12M/2014-03-31"),
                   ("2968", "P12M/2013-03-31")]


def test_a_forecasts_years_are_its_own_and_not_the_report_years_rows() -> None:
    cols = []
    for d in ("Dec. 31, 2019", "Dec. 31, 2018", "Dec. 31, 2021", "Dec. 31, 2020"):
        cols += ["|", d]
    text = "\n".join([
        "|", "Widget Notes Payable (Details Narrative) - USD ($)", "|12 Months Ended", *cols,
        "|Amortization of interest expense", "|2,305", "|Interest expenses debt", "|41,695",
        "|Forecast [Member]", "|Interest expenses debt", "|$ 18,795", "|$ 22,910"])
    got = {f.amount: f.period for f in _read(text).facts}
    # ties go to the page's report year, not to the years of the forecast after it
    assert got["41695"] in ("P12M/2019-12-31", None)
    assert (got["18795"], got["22910"]) == ("P12M/2021-12-31", "P12M/2020-12-31")


def test_rows_around_a_roll_forward_are_no_movements_of_it() -> None:
    text = "\n".join([
        "|", "Widget Leases - Right of use assets (Details) - GBP (£)", "|12 Months Ended",
        "|", "Dec. 31, 2022", "|", "Dec. 31, 2021", "|", "Dec. 31, 2020",
        "|Right-of-use assets [line items]", "|Threshold of low value leases", "|£ 10,000",
        "|Net book value, Beginning balance", "|99,000,000", "|£ 116,000,000",
        "|Exchange adjustments", "|9,000,000", "|Additions", "|72,000,000", "|37,000,000",
        "|Depreciation", "|(38,000,000)", "|(35,000,000)", "|Disposals and write-offs",
        "|(19,000,000)", "|Net book value, Ending balance", "|142,000,000", "|99,000,000",
        "|£ 116,000,000", "|Total cash outflow for leases", "|45,000,000", "|38,000,000",
        "|44,000,000",
    ])
    got = {(f.label, f.amount): f.period for f in _read(text).facts}
    assert got[("Net book value, Beginning balance", "99000000")] == "2021-12-31"
    assert got[("Exchange adjustments", "9000000")] == "P12M/2022-12-31"
    assert got[("Disposals and write-offs", "-19000000")] == "P12M/2021-12-31"


def test_a_party_member_after_an_own_instrument_member_is_the_entity() -> None:
    text = BALANCES.replace("|Beta [Member] | Service Fee [Member]",
                            "|Convertible Notes Payable [Member] | Board of Directors [Member]")
    board = [f for f in _read(text).facts if f.amount in ("210", "200")]
    assert [f.entity for f in board] == ["Board of Directors"] * 2
    assert all(f.label.startswith("Convertible Notes Payable / ") for f in board)
    assert all("Board of Directors" not in f.label for f in board)


def test_a_class_member_after_an_own_instrument_member_stays_in_the_label() -> None:
    text = BALANCES.replace("|Beta [Member] | Service Fee [Member]",
                            "|Convertible Notes Payable [Member] | Forecast [Member]")
    rows = [f for f in _read(text).facts if f.amount in ("210", "200")]
    assert [f.entity for f in rows] == [None, None]
    assert all("Forecast" in f.label for f in rows)


def test_a_unit_suffixed_row_label_is_the_rows_words_and_no_member_line() -> None:
    text = "\n".join([
        "|", "Widget Share Options (Details)", "|12 Months Ended", "|", "Mar. 31, 2022",
        "shares", "|Widget Plan [Member]", "|Granted during the year | shares",
        "|Forfeited during the year | shares", "|238,926", "|Exercise price | ₨ / shares",
        "|₨ 317.79",
    ])
    got = [(f.label, f.entity, f.amount) for f in _read(text).facts]
    assert [(label.split(" / ")[-1], amount) for label, _, amount in got] == [
        ("Forfeited during the year", "238926"), ("Exercise price", "317.79")]
    assert all("|" not in label and entity != "₨" for label, entity, _ in got)
