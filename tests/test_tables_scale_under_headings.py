"""'(in thousands)' standing under a table's column headings, after the rows of a table before
it, is the scale of the table it opens: a scale statement, never a row heading."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.facts import Fact

FIRST = "Lease cost\n2025\n2024\nOperating lease cost\n$\n5\n$\n6\nShort-term lease cost\n1\n2\n"
SECOND = (
    "Changes in accumulated other comprehensive loss were as follows:\n"
    "Translation Adjustments\nCash Flow Hedges\nTotal\n{scale}\n"
    "Balances as of March 31, 2025\n$\n(285,557)\n$\n(12,200)\n$\n(297,757)\n"
    "Other comprehensive income before reclassifications\n169,299\n(93,400)\n75,899\n"
)


def _facts(text: str) -> list[Fact]:
    return tables.extract_tables(read_document(text, "t")).facts


def test_a_scale_line_under_headings_after_a_table_is_the_next_table_scale_not_a_label() -> None:
    facts = _facts(FIRST + SECOND.format(scale="(in thousands)"))
    later = [f for f in facts if f.amount in ("-285557", "169299")]
    # (the row's date is its period, so "Balances as of March 31, 2025" is labelled "Balances";
    # both rows stand under what the intro says changes, tables/rowsubjects.py)
    assert [f.label for f in later] == [
        "Accumulated other comprehensive loss / Balances",
        "Accumulated other comprehensive loss / "
        "Other comprehensive income before reclassifications",
    ]
    assert {f.scale for f in later} == {3}
    assert not any("thousands" in f.label for f in facts)


def test_the_table_before_a_mid_note_scale_line_keeps_its_own_scale() -> None:
    facts = _facts(FIRST + SECOND.format(scale="(in millions)"))
    assert {f.scale for f in facts if f.label == "Operating lease cost"} == {0}
    assert {f.scale for f in facts if f.amount == "169299"} == {6}


def test_a_heading_that_is_not_a_scale_still_heads_the_rows_under_it() -> None:
    facts = _facts(FIRST + "Retail segment:\nStore rent\n3\n4\n")
    assert [f.label for f in facts if f.amount in ("3", "4")] == ["Retail segment / Store rent"] * 2
    assert {f.period for f in facts if f.amount in ("3", "4")} == {
        "P12M/2025-12-31", "P12M/2024-12-31",
    }
