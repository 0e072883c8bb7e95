"""Amounts and rates inside names (gold/LABELLING.md, "Amounts inside names"): a money amount
a member line or row label states is an undated fact, in the unit and scale of its own mark,
labelled by what such a name's amount is; years, series letters and note numbers in names are
not facts."""

from __future__ import annotations

import pytest

from extractor import extract, tables
from extractor.amounts import find_amounts
from extractor.document import read_document
from extractor.members import member_party
from extractor.tables.namedamounts import named_amounts
from extractor.tables.rowparties import short_row
from extractor.tables.values import clean_label


def _read(name: str) -> list[tuple[str, str, str, int, str]]:
    return [(n.amount, n.unit, n.label, n.scale, name[n.start : n.end])
            for n in named_amounts(name)]


@pytest.mark.parametrize(("name", "expected"), [
    ("K€20,000 ACME revolving facility",
     [("20000", "EUR", "ACME revolving facility / Facility amount", 3, "20,000")]),
    ("Term loan principal K EUR 4,500",
     [("4500", "EUR", "Term loan principal", 3, "4,500")]),
    ("€75 million term loan", [("75", "EUR", "Term loan / Loan amount", 6, "75")]),
    ("$40,000 Promissory Note", [("40000", "USD", "Promissory Note / Face amount", 0, "40,000")]),
    ("Credit line up to $2,000,000", [("2000000", "USD", "Credit line", 0, "2,000,000")]),
    ("Bridge loan of $300,000 due 2026",
     [("300000", "USD", "Bridge loan due 2026 / Loan amount", 0, "300,000")]),
    ("7.5% Senior Debentures due 2031",
     [("7.5", "percent", "Senior Debentures due 2031 / Interest rate", 0, "7.5")]),
    ("Yen notes (fixed rate 1.20%)",
     [("1.20", "percent", "Yen notes (fixed rate) / Interest rate", 0, "1.20")]),
])
def test_a_name_states_its_face_amount_or_rate(name: str, expected: list) -> None:
    assert _read(name) == expected


@pytest.mark.parametrize("name", [
    "2021 Omnibus Incentive Plan",  # a year
    "Series B Preferred Stock",  # a series letter
    "Loans under Note 7",  # a note number
    "Notes due 2029",  # a due year
    "Tax at the statutory rate of 21%",  # a rate after words: prose reads it
    "Income tax (rate 25%)",  # a rate in a parenthesis after no debt's name
    "The associate's loss for 2019 totaled $81,400.",  # a sentence: prose dates it
    "Facility fees paid $12,000",  # a verb: a sentence, not a name
    "Senior notes, net of unamortized discount of $12",  # a deduction, not the face amount
])
def test_years_series_note_numbers_and_prose_rates_are_not_name_amounts(name: str) -> None:
    assert named_amounts(name) == []


def _page(lines: list[str]) -> str:
    head = ["|", "Widget Corp - Borrowings (Details)", "€ in Thousands", "|12 Months Ended",
            "|", "Dec. 31, 2024", "|", "Dec. 31, 2023"]
    return "\n".join([*head, *lines, "|X", "- Definition", "+ References"]) + "\n"


PAGE = _page([
    "|Borrowings [Line Items]",
    "|Facility principal K EUR 9,000",
    "|9,000",
    "|K€60,000 Nordbank revolving facility [Member]",
    "|Borrowings [Line Items]",
    "|Commitment fee percentage",
    "|0.20%",
    "|K€12,000 secured bank loans [Member]",
    "|Borrowings [Line Items]",
    "|Drawn amount",
    "|€ 8,000",
    "|9,500",
])


def _facts(text: str) -> list[tuple[str, str | None, str | None, str, str | None, int]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.label, f.entity, f.period, str(f.amount), f.unit, f.scale) for f in part.facts]


def test_details_member_line_amounts_are_undated_facts_with_the_members_party() -> None:
    facts = _facts(PAGE)
    assert ("Nordbank revolving facility / Facility amount", "Nordbank", None, "60000",
            "EUR", 3) in facts
    assert ("Secured bank loans / Loan amount", None, None, "12000", "EUR", 3) in facts


def test_details_row_label_amount_takes_the_rows_own_measure_and_no_period() -> None:
    assert ("Facility principal", None, None, "9000", "EUR", 3) in _facts(PAGE)


def test_a_name_amount_is_read_once_and_never_dated_by_the_page_header() -> None:
    facts = extract(PAGE, doc_id="t").facts
    in_names = [f for f in facts if f.amount in ("60000", "12000")]
    assert len(in_names) == 2 and all(f.period is None for f in in_names)


@pytest.mark.parametrize(("member", "expected"), [
    ("K€60,000 Nordbank bank loan", ("Nordbank", "K€60,000 Nordbank bank loan")),
    ("Shareholder loan", ("Shareholder", "Shareholder loan")),
    ("K€5,000 Acquisition Bank Loan, tranche two",
     (None, "K€5,000 Acquisition Bank Loan, tranche two")),
    ("Unsecured Short-term Loans", ("Unsecured Short-term Loans", None)),  # a class of debt
    # one of the company's loans by its series: an instrument, no party (the labelling brief
    # since round 8, gold/synthetic/s8/BRIEF.md: "a 'Revolver', 'Term Loan B', 'Series A
    # Preferred' are not parties")
    ("Term Loan B", (None, "Term Loan B")),
])
def test_a_loan_member_names_its_lender_its_own_loan_or_a_class_of_debt(
    member: str, expected: tuple
) -> None:
    assert member_party(member) == expected


LOCATED = "\n".join([
    "|Schedule of Lease Balances",
    "|",
    "June 30",
    "December 31",
    "in thousands",
    "Balance Sheet Location",
    "2025",
    "2024",
    "Assets",
    "Operating leases",
    "Operating lease right-of-use assets",
    "$ 1,200",
    "$ 1,100",
    "Finance leases",
    "Property and equipment, net",
    "300",
    "250",
    "Total lease assets",
    "$ 1,500",
    "$ 1,350",
]) + "\n"


def test_a_balance_sheet_location_column_is_the_labels_words_not_a_party() -> None:
    facts = [(f.label, f.entity, f.amount) for f in tables.extract_tables(
        read_document(LOCATED, "t")).facts]
    assert ("Finance leases / Property and equipment, net", None, "300") in facts
    assert all(entity is None for _, entity, _ in facts)


UNIT_LINE = "\n".join([
    "|Stock option activity",
    "|", "|Number of options", "|", "|Weighted-average exercise price",
    "|", "|", "|", "|(US$/share)",
    "|(RMB)",
    "|Balance as of January 1, 2025", "|", "|1,200", "|", "|3.25",
    "|Granted", "|", "|300", "|", "|4.10",
]) + "\n"


def test_a_units_line_under_the_headings_is_no_section_or_title_of_the_rows() -> None:
    labels = {f.label for f in tables.extract_tables(read_document(UNIT_LINE, "t")).facts}
    assert labels and not any("(RMB)" in label for label in labels)


GRID = "\n".join([
    "Long-term debt consisted of the following (in millions):",
    "|", "|2025", "|2024",
    "2023 Notes issuance of $4.5 billion", "|", "|3,000", "|", "|3,500",
    "K€5,000 Nordbank term loan", "|4,000", "|5,000",
    "Accounts payable, net of discounts of $12 and $9", "|40", "|35",
    "Total", "|", "|7,040", "|", "|8,535",
]) + "\n"


def test_grid_row_labels_state_undated_face_amounts_in_their_own_scale() -> None:
    facts = [(f.label, f.entity, f.period, f.amount, f.unit, f.scale)
             for f in extract(GRID, doc_id="t").facts if f.period is None]
    assert ("2023 Notes issuance", None, None, "4.5", "USD", 9) in facts
    assert ("Nordbank term loan / Loan amount", "Nordbank", None, "5000", "EUR", 3) in facts
    # a list of amounts in a label is the table's to read, one per column, not a name's
    assert not any(f[3] in ("12", "9") for f in facts)


@pytest.mark.parametrize(("label", "expected"), [
    ("Net book value (US$’000)", "Net book value"),
    ("Aggregate intrinsic value ($000)", "Aggregate intrinsic value"),
    ("Segment revenue (RMB'000)", "Segment revenue"),
    ("Units sold (1,000)", "Units sold (1,000)"),  # a count in brackets, not a scale mark
])
def test_a_scale_mark_in_a_row_label_is_neither_its_words_nor_an_amount(
    label: str, expected: str
) -> None:
    assert clean_label(label) == expected
    assert [a.value for a in find_amounts(label) if a.value == "000"] == []


HEADED = "\n".join([
    "Borrowings at December 31 consisted of the following (in thousands):",
    "|", "|2025", "|2024",
    "€40 million Nordbank revolving facility:",
    "Drawn amount", "|12,000", "|9,000",
    "Undrawn amount", "|28,000", "|31,000",
]) + "\n"


def test_a_table_heading_that_states_an_amount_is_read_not_swallowed() -> None:
    facts = [(f.label, f.entity, f.period, f.amount, f.unit, f.scale)
             for f in extract(HEADED, doc_id="t").facts]
    assert ("Nordbank revolving facility / Facility amount", "Nordbank", None, "40", "EUR",
            6) in facts
    assert len(facts) == 5


MARKED = _page([
    "|Loans [Line Items]",
    "|Carrying amount",
    "|€ 500",
    "|Nordbank [Member]",
    "|Assets",
    "|Cash",
    "|Liabilities",
    "|Bank overdraft",
    "|€ 120",
])


def test_on_a_page_that_marks_its_members_an_unmarked_line_is_no_member() -> None:
    facts = [(f.label, f.entity) for f in tables.extract_tables(read_document(MARKED, "t")).facts]
    assert ("Bank overdraft", "Nordbank") in facts


def test_a_due_date_in_an_instruments_member_names_no_party() -> None:
    assert member_party("8% Convertible Notes Payable Due December 16, 2027") == (
        None, "8% Convertible Notes Payable Due December 16, 2027")


def test_a_details_row_naming_its_lender_gives_the_entity_a_grid_row_would() -> None:
    page = _page(["|Level 3 [Member]", "|Borrowings [Line Items]", "|Loan from Nordbank",
                  "|€ 700", "|Bank overdraft", "|€ 120"])
    facts = [(f.label, f.entity) for f in tables.extract_tables(read_document(page, "t")).facts]
    assert ("Level 3 / Loan from Nordbank", "Nordbank") in facts
    assert ("Level 3 / Bank overdraft", None) in facts


def test_a_dates_comma_is_no_clause_end_of_a_long_row() -> None:
    assert short_row("Vested and exercisable as of December 31, 2024") == (
        "Vested and exercisable as of December 31, 2024", None)
    assert short_row("Bank loan from Foo Bank, dated July 11, 2021, due July 10, 2022") == (
        "Bank loan", "Foo Bank")


def test_a_grid_heading_that_names_a_debt_and_its_rate_states_the_rate() -> None:
    text = ("(¥ in millions)\nAt March 31:\n|Due in years ending\nMarch 31:\n|2011\n|2010\n"
            "Unsecured bonds:\nYen notes (fixed rate 1.20%)\n|2011\n|—\n|¥\n|10,000\n"
            "Yen notes (floating rate 0.70%)\n|2012\n|¥\n|4,000\n|4,000\n")
    got = [(f.label, f.amount, f.unit, f.period) for f in extract(text, doc_id="t").facts
           if f.unit == "percent"]
    assert got == [("Yen notes (fixed rate) / Interest rate", "1.20", "percent", None),
                   ("Yen notes (floating rate) / Interest rate", "0.70", "percent", None)]


PARTY_ROWS = "\n".join([
    "|Schedule of Related Parties", "Due from related parties:", "|As of December 31",
    "|2025", "|2024", "|RMB", "|RMB",
    "|Current:",
    "|Nordlicht", "|500", "|400",
    "|Wen Haoran", "|300", "|200",
]) + "\n"


def test_rows_that_are_parties_under_a_measure_heading_take_the_heading_as_label() -> None:
    facts = {(f.label, f.entity) for f in tables.extract_tables(
        read_document(PARTY_ROWS, "t")).facts}
    assert facts == {("Current", "Nordlicht"), ("Current", "Wen Haoran")}
