"""The lines above an iXBRL statement table (its title and "(In millions)") head its document,
also when the table opens a block that holds more after it, and when a statement is printed as
two tables one under the other with no line of their own between them."""

from __future__ import annotations

from pathlib import Path

from html_helpers import ixbrl, nf

import extractor
from extractor.html import documents_from_bytes

TITLE = "<div>CONSOLIDATED STATEMENTS OF CASH FLOWS</div><div>(In millions)</div><div><br/></div>"


def _table(value: str, label: str = "Net income") -> str:
    return f"<table><tr><td>{label}</td><td>$</td><td>" + nf(value) + "</td></tr></table>"


def test_a_table_first_in_a_block_that_holds_more_takes_the_lines_above_the_block() -> None:
    body = TITLE + "<div>" + _table("6,197") + "<div>See accompanying notes.</div></div>"
    docs = documents_from_bytes(ixbrl(body), "co")
    assert [d.doc_id for d in docs] == ["co#Statement-01-ConsolidatedStatementsOfCashFlows"]
    assert docs[0].text.startswith("CONSOLIDATED STATEMENTS OF CASH FLOWS\n(In millions)\n")


def _scales(tmp_path: Path, body: str) -> dict[str, int]:
    path = tmp_path / "co-10k.html"
    path.write_bytes(ixbrl(body))
    return {f.quote.strip(): f.scale for r in extractor.extract_path(path) for f in r.facts}


def test_a_table_right_under_another_statement_table_stands_under_its_lines(
        tmp_path: Path) -> None:
    body = (TITLE + "<div>" + _table("6,197") + "</div><div>" + _table("4,136", "Net loss")
            + "</div>")
    docs = documents_from_bytes(ixbrl(body), "co")
    assert [d.text.split("\n")[:2] for d in docs] == [
        ["CONSOLIDATED STATEMENTS OF CASH FLOWS", "(In millions)"]] * 2
    assert _scales(tmp_path, body) == {"6,197": 6, "4,136": 6}


def test_a_line_between_two_tables_heads_the_second_alone(tmp_path: Path) -> None:
    body = (TITLE + "<div>" + _table("6,197") + "</div><div>BALANCE SHEETS</div><div>"
            + _table("4,136", "Cash") + "</div>")
    docs = documents_from_bytes(ixbrl(body), "co")
    assert docs[1].text.startswith("BALANCE SHEETS\nCash\n")
    assert _scales(tmp_path, body) == {"6,197": 6, "4,136": 0}
