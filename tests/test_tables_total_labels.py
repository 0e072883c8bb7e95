"""The label of an unlabelled total: "Total" plus what it adds up, but never "Total total":
a total whose run starts at another unlabelled total (a net-of-allowance subtotal under a
gross subtotal) is that total again."""

from __future__ import annotations

import extractor
from extractor.tables.totals import total_label


def _pipe_table(rows: list[tuple[str, list[str]]]) -> str:
    # the viewer's layout: each value after an empty cell, each row after its label cell
    lines = ["|Schedule of Trade Receivables", "|", "|", "|", "|December 31,", "2024", "|", "|",
             "|December 31,", "2023", "|", "|"]
    for label, values in rows:
        lines.append(f"|{label}")
        for v in values:
            lines += ["|", "|", f"|{v}"]
            lines.append("|)" if v.startswith("(") else "|")
    return "\n".join(lines) + "\n"


def test_a_subtotal_under_an_unlabelled_subtotal_is_no_total_total() -> None:
    text = _pipe_table([
        ("Trade receivables", ["1,200", "900"]),
        ("- Related parties", ["300", "100"]),
        ("", ["1,500", "1,000"]),
        ("Less: allowance for expected credit losses", ["(200", "(100"]),
        ("", ["1,300", "900"]),
    ])
    got = [(f.label, f.amount) for f in extractor.extract(text).facts]
    assert got[4:6] == [("Total trade receivables", "1500"), ("Total trade receivables", "1000")]
    assert got[8:] == [("Total trade receivables", "1300"), ("Total trade receivables", "900")]


def test_total_label_prefixes_total_once() -> None:
    assert total_label("Net revenue") == "Total net revenue"
    assert total_label("Total available-for-sale securities") == (
        "Total available-for-sale securities")
    assert total_label("Totalisator fees") == "Total totalisator fees"
