"""A bare scale cell ("(In millions)") after the sub-headings that repeat under two dates, in
the label column's heading cell: the header run ends at the dates, each date spans its
sub-columns (not every other value), and the cell gives the table's scale. A heading that
carries a scale ("Amount (in millions)") stays a heading."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _facts(text: str) -> list[tuple[str, str | None, str, int | None]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount, f.scale) for f in tables.extract_tables(doc).facts]


def _table(scale_cells: str) -> str:
    return (
        "The components of the widget assets are as follows:\n"
        "Mar 31, 2025\nMar 31, 2024\n"
        "Gross Amount\nAccumulated Wear\nNet Amount\n"
        "Gross Amount\nAccumulated Wear\nNet Amount\n"
        f"{scale_cells}"
        "Widgets\n$\n500\n$\n(120)\n$\n380\n$\n450\n$\n(90)\n$\n360\n"
        "Gadgets\n70\n(20)\n50\n60\n(15)\n45\n"
    )


def test_a_scale_cell_after_sub_headings_keeps_each_date_over_its_sub_columns() -> None:
    facts = _facts(_table("(In millions)\n"))
    assert ("Widgets / Accumulated Wear", "2025-03-31", "-120", 6) in facts
    assert ("Widgets / Net Amount", "2025-03-31", "380", 6) in facts
    assert ("Widgets / Gross Amount", "2024-03-31", "450", 6) in facts
    assert ("Gadgets / Accumulated Wear", "2024-03-31", "-15", 6) in facts
    # never the dates alternating over the values
    assert not any(f[1] == "2024-03-31" and f[2] == "-120" for f in facts)


def test_a_scale_cell_per_date_group_is_one_scale() -> None:
    facts = _facts(_table("(in thousands)\n(in thousands)\n"))
    assert ("Widgets / Net Amount", "2025-03-31", "380", 3) in facts
    assert ("Gadgets / Gross Amount", "2024-03-31", "60", 3) in facts


def test_without_the_scale_cell_the_layout_reads_the_same_in_units() -> None:
    facts = _facts(_table(""))
    assert ("Widgets / Accumulated Wear", "2025-03-31", "-120", 0) in facts
    assert ("Gadgets / Net Amount", "2024-03-31", "45", 0) in facts


def _grouped(scale_cell: str) -> str:
    return (
        "The gadget balances measured at fair value are as follows:\n"
        "At June 30, 2025\nAt December 31, 2024\n"
        f"{scale_cell}"
        "Assets\nLiabilities\nAssets\nLiabilities\n"
        "Contracts designated as hedges:\n"
        "Gadget swaps\n$\n40\n$\n15\n$\n35\n$\n12\n"
        "Gizmo swaps\n8\n3\n6\n2\n"
    )


def test_a_scale_cell_before_repeated_sub_headings_is_no_heading() -> None:
    facts = _facts(_grouped("(Dollars in millions)\n"))
    assert ("Contracts designated as hedges / Gadget swaps / Liabilities", "2025-06-30", "15",
            6) in facts
    assert ("Contracts designated as hedges / Gizmo swaps / Assets", "2024-12-31", "6", 6) \
        in facts
    assert not any(f[1] == "2024-12-31" and f[2] == "15" for f in facts)
