"""Small negatives alone in a cell ("(3)", "(65)") are values where they stand among values,
footnote marks where they stand between a row label and its values."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _rows(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in tables.extract_tables(read_document(text, "t")).facts:
        out.setdefault(f.label, []).append(f.amount)
    return out


HEAD = "Year ended December 31,\n2024\n2023\n2022\n"


def test_a_small_bracketed_number_after_a_value_is_a_negative() -> None:
    rows = _rows(HEAD + "Other income\n73\n(31)\n72\nTotal\n1,204\n1,100\n1,050\n")
    assert rows["Other income"] == ["73", "-31", "72"]


def test_a_run_of_small_bracketed_numbers_is_a_row_of_negatives() -> None:
    rows = _rows(HEAD + "Payments\n(30)\n(15)\n(8)\nTotal\n1,204\n1,100\n1,050\n")
    assert rows["Payments"] == ["-30", "-15", "-8"]


def test_a_bracketed_number_after_a_currency_mark_is_a_negative() -> None:
    rows = _rows(HEAD + "Hedging loss\n$\n(5)\n$\n(12)\n$\n4\n")
    assert rows["Hedging loss"] == ["-5", "-12", "4"]


def test_a_bracketed_number_between_a_label_and_its_values_stays_a_footnote_mark() -> None:
    rows = _rows(HEAD + "Derivative assets\n(1)\n8,022\n1,423\n950\n")
    assert rows["Derivative assets"] == ["8022", "1423", "950"]


def test_a_bracketed_number_before_a_sentence_under_the_table_is_a_footnote_mark() -> None:
    text = HEAD + ("Lease cost\n$\n186\n$\n158\n$\n147\n(1)\nLeases with a term of one year or "
                   "less, including leases with a term of one month or less, are excluded.\n")
    assert _rows(text)["Lease cost"] == ["186", "158", "147"]


def test_a_bracketed_number_after_a_label_is_a_negative_without_such_a_footnote() -> None:
    # one value per row: "(12)" stands where the row's amount stands, and no "(12) ..." follows
    text = ("The changes were as follows:\nDecember 31, 2023\n$\n531\nIncreases\n136\n"
            "Decreases\n(12)\nIncreases for the current year\n222\nDecember 31, 2024\n877\n")
    assert _rows(text)["Decreases"] == ["-12"]


def test_a_first_value_in_brackets_after_a_label_is_a_negative_without_its_footnote() -> None:
    rows = _rows(HEAD + "Revenue\n$\n1,000\n$\n900\n$\n800\nUnbilled receivables\n(60)\n321\n6\n")
    assert rows["Unbilled receivables"] == ["-60", "321", "6"]


def test_a_bracketed_number_whose_footnote_the_note_prints_stays_a_footnote_mark() -> None:
    text = HEAD + ("Revenue\n$\n1,000\n$\n900\n$\n800\nOther items\n(1)\n321\n6\n"
                   "(1) Includes the effect of divestitures.\n")
    assert _rows(text)["Other items"] == ["321", "6"]
