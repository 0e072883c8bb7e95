"""A filing's blanket scale statement above its notes ("(Dollars in millions, except otherwise
stated)" under "Notes to the Consolidated Financial Statements", or a page header "Amounts in
millions of dollars except per share amounts or as otherwise specified."): the notes' own text
never repeats it, so each note's header carries it and its tables and prose take its scale,
per-share amounts and unitless values excepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from html_helpers import ixbrl, nf

import extractor
from extractor.document import read_document
from extractor.html import documents_from_bytes
from extractor.tables.scalenote import blanket_scale

BLANKET = "(Dollars in millions, except otherwise stated)"


def _note(inner: str, name: str = "us-gaap:DebtDisclosureTextBlock") -> str:
    return (f'<div><ix:nonNumeric name="{name}" contextRef="fy24" escape="true">{inner}'
            "</ix:nonNumeric></div>")


TABLE = ("<div>Debt consisted of the following:</div><table><tr><td></td><td>2024</td></tr>"
         "<tr><td>Term loan</td><td>$</td><td>" + nf("1,250", ctx="i24") + "</td></tr>"
         "<tr><td>Notes</td><td>" + nf("975", ctx="i24") + "</td></tr></table>")


def _facts(tmp_path: Path, body: str) -> dict[str, extractor.Fact]:
    path = tmp_path / "co-10k.html"
    path.write_bytes(ixbrl(body))
    return {f.quote.strip(): f for r in extractor.extract_path(path) for f in r.facts
            if r.doc_id.endswith("DebtDisclosureTextBlock")}


def test_a_blanket_statement_is_a_scale_line_with_an_otherwise_clause() -> None:
    assert blanket_scale(BLANKET).scale == 6
    note = blanket_scale("Amounts in millions of dollars except per share amounts or as "
                         "otherwise specified.")
    assert (note.scale, note.unit) == (6, "USD")
    assert blanket_scale("(In millions)") is None  # a table's own caption
    assert blanket_scale("(in thousands, unless otherwise noted)").scale == 3


def test_the_statement_above_the_notes_heads_each_note_after_it() -> None:
    body = ("<div>Notes to the Consolidated Financial Statements</div>"
            f"<div><span>{BLANKET}</span></div>" + _note("<div>Debt</div>" + TABLE)
            + _note("<div>Leases</div>", "us-gaap:LeasesTextBlock"))
    docs = documents_from_bytes(ixbrl(body), "co-10k")
    assert [d.scale_statement for d in docs] == [BLANKET, BLANKET]
    assert docs[0].text.startswith(f"|\nDebt Disclosure\n{BLANKET}\n|12 Months Ended\n")
    assert docs[0].period == "P12M/2024-12-31"  # the header still gives the page period


def test_a_note_before_the_statement_or_a_caption_without_otherwise_gets_none() -> None:
    body = (_note("<div>Debt</div>" + TABLE) + "<div>(In millions)</div>"
            + _note("<div>Leases</div>", "us-gaap:LeasesTextBlock")
            + f"<div>{BLANKET}</div>")
    docs = documents_from_bytes(ixbrl(body), "co-10k")
    assert [d.scale_statement for d in docs] == [None, None]


def test_a_repeated_page_header_between_continuations_is_not_part_of_the_note(
        tmp_path: Path) -> None:
    header = "Amounts in millions of dollars except per share amounts or as otherwise specified."
    body = (f"<div>{header}</div>" + _note(
        "<div>Debt</div><div>Interest paid was $" + nf("534") + ", or $"
        + nf("0.94", name="us-gaap:EarningsPerShareBasic", unit="usdPerShare", scale="0")
        + " per share, in 2024.</div>"))
    facts = _facts(tmp_path, body)
    paid = next(f for q, f in facts.items() if "534" in q)
    per_share = next(f for f in facts.values() if f.amount == "0.94")
    assert (paid.amount, paid.scale, paid.unit) == ("534", 6, "USD")
    assert per_share.scale == 0  # "except per share amounts"


def test_tables_in_the_note_take_the_statement_unless_they_state_their_own(
        tmp_path: Path) -> None:
    own = TABLE.replace("the following:", "the following (in thousands):")
    facts = _facts(tmp_path, f"<div>{BLANKET}</div>" + _note("<div>Debt</div>" + TABLE))
    assert {f.amount: f.scale for f in facts.values()} == {"1250": 6, "975": 6}
    facts = _facts(tmp_path, f"<div>{BLANKET}</div>" + _note("<div>Debt</div>" + own))
    assert {f.amount: f.scale for f in facts.values()} == {"1250": 3, "975": 3}


def test_a_unitless_table_value_keeps_scale_zero_under_the_statement(tmp_path: Path) -> None:
    counts = ("<table><tr><td></td><td>2024</td><td>2023</td></tr><tr><td>Aircraft leased"
              "</td><td>" + nf("12", name="co:AircraftCount", unit="pure", scale="0", ctx="i24")
              + "</td><td>" + nf("9", name="co:AircraftCount", unit="pure", scale="0", ctx="i24")
              + "</td></tr></table>")
    facts = _facts(tmp_path, f"<div>{BLANKET}</div>" + _note("<div>Debt</div>" + counts))
    assert {f.amount: (f.unit, f.scale) for f in facts.values()} == {
        "12": (None, 0), "9": (None, 0)}


def test_a_text_note_whose_header_holds_the_statement_reads_it_as_the_page_scale() -> None:
    doc = read_document(f"|\nDebt\n{BLANKET}\n|12 Months Ended\nDec. 31, 2024\n|\nBody text.")
    assert doc.scale_statement == BLANKET and doc.scale_for("USD") == 6
    assert doc.period == "P12M/2024-12-31" and doc.body.startswith("Body text")


def _two_tables(first_caption: str, between: str, page: str = BLANKET) -> str:
    second = (f"<div>{between}</div><table><tr><td></td><td>December 31, 2024</td></tr>"
              "<tr><td>Term loan</td><td>$</td><td>" + nf("640", ctx="i24") + "</td></tr>"
              "<tr><td>Notes</td><td>" + nf("310", ctx="i24") + "</td></tr></table>")
    return (f"<div>{page}</div>" + _note(
        "<div>Debt</div>" + TABLE.replace("the following:", first_caption) + second))


PARAGRAPH = "Our largest lender has about half of the notes issued in 2024."


@pytest.mark.parametrize(("caption", "own"), [("(in billions)", 9), ("(in thousands)", 3)])
def test_a_table_after_paragraphs_does_not_keep_the_last_tables_exception(
        tmp_path: Path, caption: str, own: int) -> None:
    facts = _facts(tmp_path, _two_tables(f"the following {caption}:", PARAGRAPH))
    assert {f.amount: f.scale for f in facts.values()} == {
        "1250": own, "975": own, "640": 6, "310": 6}


def test_a_table_right_after_one_or_on_a_page_without_statement_keeps_the_last_scale(
        tmp_path: Path) -> None:
    facts = _facts(tmp_path, _two_tables("the following (in billions):", ""))
    assert {f.scale for f in facts.values()} == {9}  # no paragraph of its own between
    facts = _facts(tmp_path, _two_tables("the following (in billions):", PARAGRAPH,
                                         page="Notes to the Financial Statements"))
    assert {f.scale for f in facts.values()} == {9}  # no blanket statement to fall back on
