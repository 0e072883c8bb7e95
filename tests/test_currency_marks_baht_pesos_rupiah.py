"""Marks of Thai, Mexican and Indonesian filers: "Baht 5.6 million" (a mark in words, before
the amount), "Ps.11,904.6 million" (its dot ends no sentence) and "Rp250 billion" are money in
their currency, and a mark is never a party's name."""

from __future__ import annotations

from extractor.api import extract
from extractor.tables.scalenote import scale_cell
from tests.viewer_pages import note_page

_PAGE = note_page("Note 9 - Related Parties", "12 Months Ended", "Dec. 31, 2024")


def _facts(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(f.amount, f.unit, f.period, f.entity) for f in extract(_PAGE + body + "\n").facts]


def test_baht_before_each_amount_of_a_list_is_thai_money() -> None:
    got = _facts("Payments to Rattana totalled Baht 5.6 million, Baht 5.9 million and Baht 6.1 "
                 "million for 2022, 2023 and 2024, respectively.")
    assert [(a, u, p) for a, u, p, _ in got] == [
        ("5.6", "THB", "P12M/2022-12-31"), ("5.9", "THB", "P12M/2023-12-31"),
        ("6.1", "THB", "P12M/2024-12-31")]
    assert {e for *_, e in got} == {"Rattana"}


def test_a_lone_baht_between_amounts_is_a_blank_of_the_list() -> None:
    got = _facts("Revenue from freight services amounted to Baht 41.3 million, Baht and Baht "
                 "28.7 million for 2022, 2023 and 2024, respectively.")
    assert [(a, u, p) for a, u, p, _ in got] == [
        ("41.3", "THB", "P12M/2022-12-31"), (None, "THB", "P12M/2023-12-31"),
        ("28.7", "THB", "P12M/2024-12-31")]


def test_pesos_written_ps_are_mexican_and_end_no_sentence() -> None:
    got = _facts("Operating EBITDA amounted to Ps.11,904.6 million and Ps.3,187.2 million for "
                 "2024 and 2023, respectively.")
    assert got == [("11904.6", "MXN", "P12M/2024-12-31", None),
                   ("3187.2", "MXN", "P12M/2023-12-31", None)]


def test_rupiah_written_rp_is_indonesian_money() -> None:
    got = _facts("The Company has a Rp250 billion facility with a local bank.")
    assert [(a, u) for a, u, _, _ in got] == [("250", "IDR")]


def test_a_scale_of_a_mark_or_code_gives_the_tables_currency() -> None:
    for line, unit, scale in [("(in thousands of R$)", "BRL", 3),
                              ("(in millions of ARS)", "ARS", 6),
                              ("(in thousands of US$)", "USD", 3)]:
        note = scale_cell(line)
        assert note is not None and (note.unit, note.scale) == (unit, scale)


def test_a_baht_column_heading_gives_its_cells_the_currency() -> None:
    body = ("Balances with related parties were as follows (in thousands):\n|\n|\n"
            "|As at 31 December\n|\n|\n|2024\n|\n|\n|2024\n|\n|\n|Baht\n|\n|\n|US$\n|\n"
            "|Amounts due from TFE\n|\n|\n|9,215\n|\n|\n|\n|271\n")
    got = [(a, u) for a, u, _, _ in _facts(body)]
    assert got == [("9215", "THB"), ("271", "USD")]
