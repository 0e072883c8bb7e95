"""Rows that name an issuing trust in a wide debentures table: the trust is the entity of its
row's values, also of the pieces the viewer broke the row into (a label-less row of amounts,
a rate row "L+1.50"); line items and totals name no trust."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.rowparties import entity_of

# made up: the layout of a bank's junior subordinated debentures table as the viewer
# renders it (one cell a line, a wide row broken after its first two amounts)
TRUSTS = "\n".join([
    "|Junior Subordinated Debentures",
    "|",
    "The following table summarises the debentures as of December 31, 2024 and 2023.",
    "Common Securities",
    "Debentures",
    "(Dollars in thousands)",
    "2024",
    "2023",
    "Harbor Capital Trust II",
    "$", "310", "$", "10,000",
    "$", "10,310", "$", "10,310",
    "L+1.50", "1.75", "%",
    "Lakeside Statutory Trust 3",
    "155", "5,000",
    "5,155", "5,155",
    "L+2.10", "2.40",
    "Total",
    "$", "15,465", "$", "15,465",
])


def _facts(text: str) -> list[tuple[str | None, str]]:
    doc = read_document(text, "t")
    return [(f.entity, f.amount or "") for f in tables.extract_tables(doc).facts]


def test_named_trust_is_a_party() -> None:
    assert entity_of("Harbor Capital Trust II") == "Harbor Capital Trust II"
    assert entity_of("Lakeside Statutory Trust 3") == "Lakeside Statutory Trust 3"
    assert entity_of("Rabbi Trust") == "Rabbi Trust"


def test_trust_words_in_line_items_name_no_party() -> None:
    assert entity_of("Total Trust") is None
    assert entity_of("Investments held in trust") is None
    assert entity_of("Trust preferred securities") is None
    assert entity_of("Other Trust") is None


def test_trust_row_and_its_broken_pieces_take_the_trust() -> None:
    facts = _facts(TRUSTS)
    assert ("Harbor Capital Trust II", "310") in facts
    assert ("Harbor Capital Trust II", "10310") in facts
    assert ("Lakeside Statutory Trust 3", "5155") in facts


def test_total_row_after_trust_rows_names_no_trust() -> None:
    facts = _facts(TRUSTS)
    assert (None, "15465") in facts
    assert ("Lakeside Statutory Trust 3", "15465") not in facts


def test_label_less_total_over_several_trusts_names_none() -> None:
    text = "\n".join([
        "|Junior Subordinated Debentures", "|",
        "The debentures as of December 31, 2024 and 2023 were as follows.",
        "(Dollars in thousands)", "2024", "2023",
        "Harbor Capital Trust II", "$", "10,310", "$", "10,310",
        "Lakeside Statutory Trust 3", "5,155", "5,155",
        "$", "15,465", "$", "15,465",
    ])
    facts = _facts(text)
    assert ("Lakeside Statutory Trust 3", "5155") in facts
    assert ("Lakeside Statutory Trust 3", "15465") not in facts


def test_label_less_row_that_sums_nothing_keeps_no_party() -> None:
    # a row whose name the viewer dropped, under a party's row: a row of its own
    text = "\n".join([
        "|Related Party Balances", "|",
        "Amounts due to related parties as of December 31, 2024 and 2023:",
        "December 31, 2024", "December 31, 2023",
        "Harbor Capital Trust II", "2,950", "1,940",
        "10", "—",
        "Total", "2,960", "1,940",
    ])
    facts = _facts(text)
    assert ("Harbor Capital Trust II", "2950") in facts
    assert ("Harbor Capital Trust II", "10") not in facts
