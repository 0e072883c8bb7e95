"""A useful-life column beside the money columns of a balance table ("Useful Lives (Years) |
Gross | Accumulated Amortization | Net" under one date): its values are useful lives in
years that nothing dates (FACTS.md), while the money columns keep the table's date."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.lifeterms import life_heading

TABLE = (
    "Intangible assets subject to amortization were as follows:\n"
    "June 30, 2024\n{head}\nCost\nAccumulated Amortization\nNet\n"
    "Patents\n7\n$\n500\n$\n(200\n)\n$\n300\n"
    "Licenses\n5\n250\n(50\n)\n200\n"
)


def _facts(head: str) -> list[tuple[str, str | None, str, str | None]]:
    doc = read_document(TABLE.format(head=head), "t")
    return [(f.label, f.period, f.amount, f.unit) for f in tables.extract_tables(doc).facts]


def test_life_heading_names_lives_and_their_unit() -> None:
    assert life_heading("Useful Lives (Years)") == ("Useful Lives", "year")
    assert life_heading("Weighted Average Useful Life (in months)") == (
        "Weighted Average Useful Life", "month")
    assert life_heading("Estimated Useful Life") == ("Estimated Useful Life", "year")
    assert life_heading("Accumulated Depreciation") is None
    assert life_heading("Weighted Average Remaining Contractual Term (years)") is None


def test_a_useful_life_column_is_undated_years_beside_dated_money() -> None:
    got = _facts("Useful Lives (Years)")
    lives = [f for f in got if f[3] == "year"]
    assert lives == [("Patents / Useful Lives", None, "7", "year"),
                     ("Licenses / Useful Lives", None, "5", "year")]
    money = [f for f in got if f[3] != "year"]
    assert [(lab, p, a) for lab, p, a, _ in money][:3] == [
        ("Patents / Cost", "2024-06-30", "500"),
        ("Patents / Accumulated Amortization", "2024-06-30", "-200"),
        ("Patents / Net", "2024-06-30", "300"),
    ]


def test_a_column_of_other_words_keeps_the_tables_date() -> None:
    got = _facts("Units")
    assert ("Patents / Units", "2024-06-30", "7") in {(lab, p, a) for lab, p, a, _ in got}
    assert all(u != "year" for *_, u in got)
