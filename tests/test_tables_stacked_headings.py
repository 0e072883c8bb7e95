"""Sub-column headings stacked one word per line and repeated under each year of a
one-cell-per-line table: each year spans its sub-columns (as many as the first row holds per
year), each sub-column's heading is its words joined where the run can be cut with
confidence, and a "$" column is money, the other shares."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.stackedheads import continued_headings, cut_headings, stacked_names

WORDS = ["Number", "of", "Awards", "Weighted", "Average", "Grant", "Price"]


def _facts(text: str) -> list[tuple[str, str | None, str, str | None]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount, f.unit) for f in tables.extract_tables(doc).facts]


def _table(words: list[str]) -> str:
    head = "\n".join(words * 2)
    return (
        "Award activity for the years ended March 31, 2024 and 2023 was as follows:\n"
        f"Year Ended March 31,\n2024\n2023\n{head}\n"
        "Granted\n1,200\n$\n8.15\n900\n$\n7.40\n"
        "Forfeited\n(100\n)\n$\n8.00\n(50\n)\n$\n7.10\n"
    )


def test_a_word_run_is_cut_at_the_words_that_open_a_heading() -> None:
    assert cut_headings(["Shares", "Under", "Options", "Weighted", "Average", "Exercise",
                         "Price"], 2) == ["Shares Under Options", "Weighted Average Exercise Price"]
    assert cut_headings(["Awards", "Granted", "Grant", "Price"], 2) is None  # no opener word
    names = ["Number of Awards", "Weighted Average Grant Price"]
    assert stacked_names(WORDS * 2, 2, 4) == names * 2
    assert stacked_names([*WORDS, "Other", *WORDS], 2, 4) is None  # the runs differ
    # one word per heading is no stacked run
    assert stacked_names(["Awards", "Price"] * 2, 2, 4) is None


def test_each_year_spans_its_sub_columns_and_each_heading_is_its_words_joined() -> None:
    got = _facts(_table(WORDS))
    assert got[:4] == [
        ("Granted / Number of Awards", "P12M/2024-03-31", "1200", "share"),
        ("Granted / Weighted Average Grant Price", "P12M/2024-03-31", "8.15", "USD"),
        ("Granted / Number of Awards", "P12M/2023-03-31", "900", "share"),
        ("Granted / Weighted Average Grant Price", "P12M/2023-03-31", "7.40", "USD"),
    ]
    assert [p for _, p, _, _ in got[4:]] == ["P12M/2024-03-31"] * 2 + ["P12M/2023-03-31"] * 2


def test_a_run_that_cannot_be_cut_keeps_the_periods_and_invents_no_heading() -> None:
    got = _facts(_table(["Awards", "Granted", "Grant", "Date", "Price"]))
    assert [(lab, p) for lab, p, _, _ in got[:4]] == [
        ("Granted", "P12M/2024-03-31"), ("Granted", "P12M/2024-03-31"),
        ("Granted", "P12M/2023-03-31"), ("Granted", "P12M/2023-03-31"),
    ]
    assert got[1][3] == "USD" and got[3][3] == "USD"  # the "$" cells stay money


def test_unnamed_sub_columns_are_shares_beside_marked_money_only_under_count_words() -> None:
    units = [u for *_, u in _facts(_table(["Awards", "Granted", "Grant", "Date", "Price"]))]
    assert units[:4] == ["share", "USD", "share", "USD"]
    # no word names shares or awards: the unmarked cells say nothing of their unit
    units = [u for *_, u in _facts(_table(["Grant", "Date", "Value", "Exercise", "Price"]))]
    assert units[:4] == [None, "USD", None, "USD"]


def _option_table(marks: str) -> str:
    return (
        "Share option activity was as follows:\n|Summary of share option activity\n|\n"
        "Weighted average\nAggregate\nDirectors\nStaff\nTotal\nexercise price\n"
        f"intrinsic value\n(in thousands)\n(in thousands)\n(in thousands)\n{marks}\n"
        "Outstanding at January 1, 2024\n1,000\n200\n1,200\n0.50\n3,000\n"
        "Granted\n100\n—\n100\n0.60\n—\n"
    )


def test_lowercase_lines_continue_the_tall_headings_of_the_first_lines() -> None:
    lines = ["Weighted average", "Aggregate", "Directors", "Staff", "Total", "exercise price",
             "intrinsic value"]
    assert continued_headings(lines, 5) == [
        "Directors", "Staff", "Total", "Weighted average exercise price",
        "Aggregate intrinsic value"]
    assert continued_headings(lines, 4) is None  # the first row does not hold that many
    assert continued_headings(["Directors", "Staff", "Total"], 3) is None  # nothing continues


def test_marks_go_to_the_money_headings_and_the_scale_to_the_counts() -> None:
    got = {(lab, a): (u, s) for lab, _, a, u, s in _facts_scaled(_option_table("US$\nRMB"))}
    assert got[("Outstanding / Directors", "1000")] == ("share", 3)
    assert got[("Outstanding / Total", "1200")] == ("share", 3)
    assert got[("Outstanding / Weighted average exercise price", "0.50")] == ("USD", 0)
    assert got[("Outstanding / Aggregate intrinsic value", "3000")] == ("CNY", 0)


def test_marks_that_do_not_match_the_money_headings_give_those_no_unit() -> None:
    got = {(lab, a): (u, s) for lab, _, a, u, s in _facts_scaled(_option_table("US$"))}
    assert got[("Outstanding / Directors", "1000")] == ("share", 3)
    assert got[("Outstanding / Weighted average exercise price", "0.50")] == (None, 0)
    assert got[("Outstanding / Aggregate intrinsic value", "3000")] == (None, 0)


def _facts_scaled(text: str) -> list[tuple[str, str | None, str, str | None, int | None]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount, f.unit, f.scale)
            for f in tables.extract_tables(doc).facts]


def test_a_term_heading_among_them_states_no_fact() -> None:
    text = (
        "Share option activity was as follows:\n|Summary of share option activity\n|\n"
        "Weighted average\nRemaining\nDirectors\nTotal\nexercise price\ncontractual life\n"
        "(in thousands)\n(in thousands)\nUS$\n"
        "Outstanding at January 1, 2024\n1,000\n1,200\n0.50\n2.75\n"
    )
    got = _facts_scaled(text)
    assert [(lab, a, u) for lab, _, a, u, _ in got] == [
        ("Outstanding / Directors", "1000", "share"), ("Outstanding / Total", "1200", "share"),
        ("Outstanding / Weighted average exercise price", "0.50", "USD")]
