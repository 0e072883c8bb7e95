"""Rows that are ambiguous alone take what the table says they measure: a roll-forward under
the subject its intro names ("Movement of X is analyzed as follows:" -> "X / At January 1"),
and a row labelled "Total" alone the schedule's subject ("Total bank borrowings")."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.rowsubjects import movement_subject, total_of, with_subject


def test_a_movement_intro_names_the_subject_without_its_period_or_verb() -> None:
    assert movement_subject("Movement of investments in joint ventures is analyzed as follows:") \
        == "Investments in joint ventures"
    assert movement_subject("The movements in the provision for warranties are as follows:") \
        == "Provision for warranties"
    assert movement_subject(
        "The movement in deferred tax assets during the year, without offsetting, is as follows:"
    ) == "Deferred tax assets"
    assert movement_subject("Changes in contract liabilities in 2024 and 2023 were as follows:") \
        == "Contract liabilities"


def test_a_sentence_that_does_not_introduce_a_movement_names_no_subject() -> None:
    assert movement_subject("Trade receivables are analysed as follows:") is None
    assert movement_subject("The movement in the share price was significant.") is None
    assert movement_subject("Changes in estimates are accounted for prospectively.") is None


def test_a_row_already_naming_the_subject_is_not_joined_twice() -> None:
    assert with_subject("At January 1", "Goodwill") == "Goodwill / At January 1"
    assert with_subject("Goodwill at end of year", "Goodwill") == "Goodwill at end of year"
    assert with_subject("Additions", None) == "Additions"


def test_a_lone_total_takes_the_schedule_s_subject_and_never_a_caption_that_is_not_one() -> None:
    assert total_of("Total", ["(in millions)", "Schedule of Annual Maturities of Long-Term Debt"],
                    None) == "Total annual maturities of long-term debt"
    assert total_of("TOTAL", [], "Prepayments and other assets") \
        == "Total prepayments and other assets"
    assert total_of("Total", ["Weighted average interest rate"], "EQUITY METHOD INVESTMENTS") \
        == "Total equity method investments"
    assert total_of("Total", ["The following"], "Leases (Tables)") == "Total"
    assert total_of("Total", [], "Note 7 - Debt") == "Total"
    assert total_of("Total revenue", ["Schedule of Revenue"], None) == "Total revenue"


TABLE = "\n".join([
    "Note 5 Investments",
    "The balances at December 31 are as follows:",
    "|",
    "|2024",
    "|2023",
    "|Investments in associates",
    "|400",
    "|300",
    "|Movement of investments in associates is analyzed as follows:",
    "|At January 1",
    "|300",
    "|250",
    "|Additions",
    "|100",
    "|50",
    "|At December 31",
    "|400",
    "|300",
])


def test_rows_after_a_movement_intro_inside_a_table_stand_under_its_subject() -> None:
    labels = {f.label for f in tables.extract_tables(read_document(TABLE, "t")).facts}
    assert "Investments in associates" in labels  # the row before the intro stays as it is
    assert "Investments in associates / At January 1" in labels
    assert "Investments in associates / Additions" in labels
    assert "Investments in associates / At December 31" in labels
    assert "At January 1" not in labels


def test_a_maturity_schedule_names_its_subject_from_the_intro_or_a_schedule_heading() -> None:
    from extractor.tables.rowsubjects import maturity_schedule

    s = maturity_schedule("Maturities of lease liabilities as of June 30, 2024 are as follows:",
                          ["Year ending June 30", "Finance Leases", "Operating Leases"])
    assert s is not None and s.subject == "Maturities of lease liabilities"
    assert s.year_heading == "Year ending June 30"
    s = maturity_schedule("", ["Schedule of Annual Maturities of Borrowings",
                               "Years ended May 31:"])
    assert s is not None and s.subject == "Annual maturities of borrowings"
    assert s.year_heading == "Years ended May 31"
    assert maturity_schedule("Revenue by region is as follows:", ["2024", "2023"]) is None
    s = maturity_schedule("The aggregate maturities of all borrowings due subsequent to June 30, "
                          "2021 are as follows:", [])
    assert s is not None and s.subject == "Aggregate maturities of all borrowings"
    # a subject running past ten words is no measure: the schedule names none
    assert maturity_schedule("Future minimum lease payments under non-cancellable leases and a "
                             "reconciliation to the amount recorded as lease liabilities are as "
                             "follows:", []) is None


def test_a_due_year_row_keeps_its_year_under_the_heading_and_the_schedule_s_subject() -> None:
    from extractor.tables.rowsubjects import MaturitySchedule, due_row_label

    s = MaturitySchedule("Annual maturities of borrowings", "Years ended May 31")
    assert due_row_label("2027", s) == "Annual maturities of borrowings / Years ended May 31, 2027"
    assert due_row_label("2030 and thereafter", s) \
        == "Annual maturities of borrowings / Years ended May 31, 2030 and thereafter"
    assert due_row_label("Later years", s) == "Annual maturities of borrowings / Later years"
    assert due_row_label("Total", s) == "Total annual maturities of borrowings"
    assert due_row_label("Less: imputed interest", s) is None
    assert due_row_label("2027", None) is None
    assert due_row_label("2027", MaturitySchedule(None, "Year ending June 30")) \
        == "Year ending June 30, 2027"


SCHEDULE = "\n".join([
    "Note 9 Debt",
    "|Schedule of Annual Maturities of Borrowings",
    "|(in thousands)",
    "|Years ending March 31:",
    "|2026",
    "|$",
    "|1,500",
    "|2027",
    "|2,000",
    "|2028 and thereafter",
    "|700",
    "|Total",
    "|$",
    "|4,200",
])


def test_year_rows_of_a_schedule_without_date_columns_are_labelled_by_their_year() -> None:
    labels = {f.amount: f.label for f in tables.extract_tables(read_document(SCHEDULE, "t")).facts}
    assert labels["1500"] == "Annual maturities of borrowings / Years ending March 31, 2026"
    assert labels["700"] == \
        "Annual maturities of borrowings / Years ending March 31, 2028 and thereafter"
    assert labels["4200"] == "Total annual maturities of borrowings"


def test_a_schedule_caption_names_what_it_lists_in_any_case() -> None:
    from extractor.tables.captions import caption_text

    assert caption_text("SCHEDULE OF CASH ON HAND") == "Cash on hand"
    assert caption_text("Schedule of Related Party Transactions") == "Related Party Transactions"
    assert caption_text("Schedule of the deferred financing cost") == "Deferred financing cost"
    assert caption_text("Schedule of") == "Schedule of"
    assert caption_text("Leases") == "Leases"


UNLABELLED_TOTAL = "\n".join([
    "|Schedule of Related Party Transactions",
    "|",
    "|2024",
    "|2023",
    "|Service fees",
    "|100",
    "|90",
    "|Rental income",
    "|50",
    "|40",
    "|",
    "|150",
    "|130",
])


def test_an_unlabelled_total_names_the_schedule_in_running_text() -> None:
    labels = {f.amount: f.label
              for f in tables.extract_tables(read_document(UNLABELLED_TOTAL, "t")).facts}
    assert labels["150"] == "Total related party transactions"
