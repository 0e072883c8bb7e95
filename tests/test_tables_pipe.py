"""Flattened pipe tables of policy notes: split cells, multi-line headers, negatives, dashes,
ranges, percentages, section headings, claimed ranges and total checks."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact


def _read(text: str) -> tables.TablePart:
    return tables.extract_tables(read_document(text, "t"))


def _by(facts: list[Fact], label_part: str) -> list[Fact]:
    return [f for f in facts if label_part.lower() in f.label.lower()]


CONVENIENCE = "\n".join([
    "|",
    "WIDGETS (Tables)",
    "|12 Months Ended",
    "Dec. 31, 2022",
    "|SCHEDULE OF WIDGET RECEIVABLES",
    "|",
    "|RMB", "|", "|RMB", "|", "|US$", "|",
    "|December", "31,", "|",
    "|2021", "|", "|2022", "|",
    "|RMB", "|", "|RMB", "|", "|US$",
    "|Widget", "receivables", "|", "|", "|1,000", "|", "|", "|1,200", "|", "|", "|180",
    "|Allowance", "for losses", "|", "|", "|(100", "|)", "|", "|-", "|", "|", "|-",
    "|Widget receivables, net", "|", "|", "|900", "|", "|", "|1,200", "|", "|", "|180",
])


def test_split_label_cells_are_one_label_and_columns_take_date_and_currency() -> None:
    part = _read(CONVENIENCE)
    rec = [f for f in part.facts if f.label == "Widget receivables"]
    assert [(f.period, f.amount, f.unit) for f in rec] == [
        ("2021-12-31", "1000", "CNY"),
        ("2022-12-31", "1200", "CNY"),
        ("2022-12-31", "180", "USD"),  # the convenience column takes the last date
    ]


def test_negative_split_over_two_cells_and_dash_zero() -> None:
    text = CONVENIENCE
    part = _read(text)
    allowance = _by(part.facts, "Allowance for losses")
    assert [f.amount for f in allowance] == ["-100", "0", "0"]
    neg = allowance[0]
    assert neg.span is not None and text[neg.span[0] : neg.span[1]] == "(100"
    dash = allowance[1]
    assert dash.span is not None and text[dash.span[0] : dash.span[1]] == "-"
    assert neg.quote in text


def test_net_row_that_adds_up_gives_no_warning() -> None:
    assert not [w for w in _read(CONVENIENCE).warnings if w.code == "table_total_mismatch"]


def test_total_that_does_not_add_up_is_warned_and_left_as_written() -> None:
    text = CONVENIENCE.replace("|900", "|990")
    part = _read(text)
    warns = [w for w in part.warnings if w.code == "table_total_mismatch"]
    assert len(warns) == 1 and "Widget receivables, net" in warns[0].message
    net = [f for f in part.facts if f.label == "Widget receivables, net"]
    assert net[0].amount == "990"


USEFUL_LIVES = "\n".join([
    "|SCHEDULE OF ESTIMATED USEFUL LIVES",
    "|",
    "The",
    "estimated useful lives are as follows:",
    "SCHEDULE OF ESTIMATED USEFUL LIVES",
    "|Office",
    "equipment",
    "|",
    "|3-5 years",
    "|Buildings",
    "|",
    "|20 years",
    "|Leasehold improvements",
    "|",
    "|The shorter of lease terms",
    "and estimated useful lives",
])


def test_useful_life_ranges_are_years_with_a_maximum_and_no_period() -> None:
    part = _read(USEFUL_LIVES)
    got = {(f.label.split(" / ")[-1], f.amount, f.amount_max, f.unit, f.period) for f in part.facts}
    assert got == {
        ("Office equipment", "3", "5", "year", None),
        ("Buildings", "20", None, "year", None),
    }


SUBSIDIARIES = "\n".join([
    "|SCHEDULE OF SUBSIDIARIES",
    "|",
    "The",
    "following table lists the subsidiaries of the Company as of December 31, 2023:",
    "|",
    "|Place",
    "of incorporation",
    "|",
    "|Percentage",
    "of ownership",
    "|Alpha Widgets",
    "Co., Ltd.",
    "|",
    "|PRC",
    "|",
    "|",
    "|100",
    "|%",
    "|Beta Trading Limited",
    "|",
    "|HK",
    "|",
    "|",
    "|51",
    "|%",
])


def test_split_percentages_of_a_subsidiaries_table_name_the_subsidiary() -> None:
    part = _read(SUBSIDIARIES)
    got = [(f.entity, f.amount, f.unit, f.period) for f in part.facts]
    assert got == [
        ("Alpha Widgets Co., Ltd.", "100", "percent", "2023-12-31"),
        ("Beta Trading Limited", "51", "percent", "2023-12-31"),
    ]
    assert all("ownership" in f.label.lower() for f in part.facts)


SECTIONS = "\n".join([
    "|SCHEDULE OF CASH",
    "|",
    "|December 31,", "|", "|2022", "|", "|2023", "|", "|RMB", "|", "|RMB",
    "|Financial institutions in Ruritania",
    "|", "|", "|",
    "|—Denominated in RMB", "|", "|50", "|", "|60",
    "|—", "Denominated in US$", "|", "|5", "|", "|-",
    "|Total cash in Ruritania", "|", "|55", "|", "|60",
])


def test_rows_under_a_heading_join_it_and_leading_dashes_go() -> None:
    part = _read(SECTIONS)
    labels = {f.label for f in part.facts}
    assert "Financial institutions in Ruritania / Denominated in RMB" in labels
    assert "Financial institutions in Ruritania / Denominated in US$" in labels
    assert not part.warnings


def test_claimed_ranges_cover_the_table_but_not_the_sentence_before_it() -> None:
    text = SUBSIDIARIES
    part = _read(text)
    sentence = text.index("following table lists")
    assert not any(s <= sentence < e for s, e in part.claimed)
    for f in part.facts:
        assert f.span is not None
        assert any(s <= f.span[0] and f.span[1] <= e for s, e in part.claimed)


MOVEMENT = "\n".join([
    "|Allowance movement",
    "|",
    "|Year", "ended December 31,", "|", "|2022", "|", "|2023", "|", "|RMB", "|", "|RMB",
    "|Balance", "at the beginning of the year", "|", "|10", "|", "|12",
    "|Provisions", "|", "|2", "|", "|(3", "|)",
    "|Balance", "at the end of the year", "|", "|12", "|", "|9",
])


def test_year_ended_columns_date_balances_as_instants_and_movements_as_durations() -> None:
    part = _read(MOVEMENT)
    begin = _by(part.facts, "beginning")
    # FACTS.md 1.1: the opening balance is the instant before the year, the closing its end
    assert [f.period for f in begin] == ["2021-12-31", "2022-12-31"]
    assert [f.period for f in _by(part.facts, "end of the year")] == ["2022-12-31", "2023-12-31"]
    assert [f.amount for f in _by(part.facts, "Provisions")] == ["2", "-3"]
    assert [f.period for f in _by(part.facts, "Provisions")] == [
        "P12M/2022-12-31", "P12M/2023-12-31",
    ]
    assert not part.warnings


ROLL_DATED_ROWS = "\n".join([
    "|SCHEDULE OF RIGHT OF USE ASSETS",
    "|",
    "|Office", "Premises", "|", "|Vehicles", "|", "|Total",
    "|", "|HKD", "|", "|HKD", "|", "|HKD",
    "|As at April 1, 2022", "|", "|-", "|", "|100", "|", "|100",
    "|Additions", "|", "|50", "|", "|-", "|", "|50",
    "|Depreciation charge", "|", "|(10", "|)", "|", "|(20", "|)", "|", "|(30", "|)",
    "|As at March 31, 2023", "|", "|40", "|", "|80", "|", "|120",
])


def test_category_columns_and_movements_between_dated_balance_rows() -> None:
    part = _read(ROLL_DATED_ROWS)
    opening = [f for f in part.facts if f.period == "2022-04-01"]
    assert [(f.label, f.amount) for f in opening] == [
        ("Right of use assets / Office Premises", "0"),  # a dated row takes the table's measure
        ("Right of use assets / Vehicles", "100"),
        ("Right of use assets / Total", "100"),
    ]
    dep = [f for f in part.facts if f.label.startswith("Depreciation")]
    assert {f.period for f in dep} == {"P12M/2023-03-31"}
    assert [f.amount for f in dep] == ["-10", "-20", "-30"]
    assert all(f.unit == "HKD" for f in part.facts)


WIDE = "\n".join([
    "|Schedule of Bank Borrowings",
    "|",
    "|Interest rate",
    "|",
    "|Balance as of March 31,",
    "|Lender", "|", "|Type", "|", "|Currency",
    "|", "|2023", "|", "|2024", "|", "|2023", "|", "|2024",
    "|", "|HK$", "|", "|HK$",
    "|Bank of Ruritania (note a)", "|", "|Term loan", "|", "|HK$",
    "|", "|3.34", "|%", "|", "|4.81", "|%", "|", "|1,000", "|", "|2,000",
    "|Bank of Ruritania (note b)", "|", "|Revolving loan", "|", "|HK$",
    "|", "—", "|", "|5.88", "|%", "|", "—", "|", "|3,000",
    "|Total", "|", "|", "|", "|", "|", "|", "|", "|1,000", "|", "|5,000",
])


def test_wide_table_text_columns_name_the_party_and_rates_stay_rates() -> None:
    part = _read(WIDE)
    first = [f for f in part.facts if f.span and f.span[0] < WIDE.index("(note b)")]
    assert [(f.period, f.amount, f.unit) for f in first] == [
        ("2023-03-31", "3.34", "percent"),
        ("2024-03-31", "4.81", "percent"),
        ("2023-03-31", "1000", "HKD"),
        ("2024-03-31", "2000", "HKD"),
    ]
    assert {f.entity for f in first} == {"Bank of Ruritania"}
    assert {f.label for f in first} == {"Term loan"}
    revolving = [f for f in part.facts if f.label == "Revolving loan"]
    assert [(f.amount, f.unit) for f in revolving][:2] == [("0", "percent"), ("5.88", "percent")]
    # a lone "Total" names what the schedule lists (gold/LABELLING.md: "Total" plus what it totals)
    total = [f for f in part.facts if f.label == "Total bank borrowings"]
    assert [(f.period, f.amount) for f in total] == [("2023-03-31", "1000"), ("2024-03-31", "5000")]


INTERIM_ROLL = "\n".join([
    "|Schedule of Receivables",
    "|",
    "|December 31,", "2024", "|", "|June 30,", "2025",
    "|", "|RM", "|", "|RM",
    "|Trade receivables", "|", "|1,000", "|", "|1,200",
    "|Movement in the allowance for credit losses is as follows:",
    "|At beginning of the year", "|", "|30", "|", "|50",
    "|Additions", "|", "|20", "|", "|(5", "|)",
    "|At end of the year", "|", "|50", "|", "|45",
])


def test_a_roll_forward_under_date_columns_takes_durations_to_each_date() -> None:
    part = _read(INTERIM_ROLL)
    trade = [f.period for f in part.facts if f.label == "Trade receivables"]
    assert trade == ["2024-12-31", "2025-06-30"]  # balances stay instants
    # the rows after the intro stand under what it says moves (tables/rowsubjects.py)
    adds = [(f.period, f.amount) for f in part.facts
            if f.label == "Allowance for credit losses / Additions"]
    assert adds == [("P12M/2024-12-31", "20"), ("P6M/2025-06-30", "-5")]
    assert all(f.unit == "MYR" for f in part.facts)
    assert not part.warnings  # 30 + 20 = 50 and 50 - 5 = 45


def test_list_marker_opening_a_heading_is_not_part_of_the_label() -> None:
    from extractor.tables.values import clean_label

    assert clean_label("(II) Long-term receivable due from related parties") == (
        "Long-term receivable due from related parties"
    )
    assert clean_label("a) Due to employees") == "Due to employees"
    assert clean_label("(2019) Plan awards") == "(2019) Plan awards"  # not a list marker
