"""Table headings that name parties: the sections of a related-party table and the columns
of a segment table are the entity of their values; elsewhere such headings stay words of the
label."""

from __future__ import annotations

import extractor
from extractor import tables
from extractor.document import read_document
from extractor.tables.parties import names_party, segment_column

RELATED = "\n".join([
    "|Schedule of Related Party Transactions",
    "|",
    "The following table presents amounts payable to related parties:",
    "March 31, 2024", "December 31, 2023",
    "Due from related parties:",
    "Sponsor", "$", "1,200", "$", "900",
    "Due to related parties:",
    "Advisor:",
    "Asset management fees", "$", "40", "$", "30",
    "Organization costs", "60", "50",
    "100", "80",
    "Blue Harbor Partners:",
    "Property management fees", "7", "6",
])


def _facts(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_document(text, "t")
    return [(f.label, f.entity, f.amount or "") for f in tables.extract_tables(doc).facts]


def test_related_party_section_heading_is_the_entity_of_its_rows() -> None:
    facts = _facts(RELATED)
    assert ("Advisor / Asset management fees", "Advisor", "40") in facts
    assert ("Advisor / Organization costs", "Advisor", "60") in facts
    assert ("Blue Harbor Partners / Property management fees", "Blue Harbor Partners", "7") in facts


def test_related_party_subtotal_keeps_its_party() -> None:
    assert [e for label, e, a in _facts(RELATED) if a == "100"] == ["Advisor"]


def test_related_party_row_that_is_a_name_takes_the_section_as_measure() -> None:
    assert ("Due from related parties", "Sponsor", "1200") in _facts(RELATED)


def test_measure_headings_of_other_tables_are_not_parties() -> None:
    taxes = RELATED.replace("Related Party Transactions", "Income Taxes").replace(
        "payable to related parties", "of the provision").replace("Advisor:", "Federal:")
    facts = _facts(taxes)
    assert all(e is None for _, e, _ in facts)
    assert names_party("Federal:") is False


def test_party_names_and_measures() -> None:
    assert names_party("Advisor:")
    assert names_party("Resource Securities")
    assert names_party("RAI")
    for heading in ("Due to related parties:", "Other:", "Total", "Current", "Level 1",
                    "Asset management fees", "US$"):
        assert not names_party(heading), heading


SEGMENTS = "\n".join([
    "|Segment Reporting",
    "|",
    "The segment information for the year ended 30 June 2024 is as follows:",
    "|2024", "|", "|Research and development", "|", "|Products", "|", "|Total", "|",
    "|$", "|", "|$", "|", "|$", "|",
    "|Revenue", "|", "|10", "|", "|20", "|", "|30", "|",
    "|Operating profit", "|", "|(5", "|)", "|8", "|", "|3", "|",
])


def test_segment_columns_are_the_entity_and_the_total_column_none() -> None:
    facts = _facts(SEGMENTS)
    assert facts[:3] == [
        ("Revenue", "Research and development", "10"),
        ("Revenue", "Products", "20"),
        ("Total revenue", None, "30"),  # a total column totals the row (as gold labels it)
    ]


def test_segment_column_headings() -> None:
    assert segment_column("Hyperimmune products") == "Hyperimmune products"
    assert segment_column("Unallocated") == "Unallocated"
    for heading in ("Total", "Consolidated", "Eliminations", "Carrying amount", "2024", None):
        assert segment_column(heading) is None, heading


SEGMENT_ROWS = "\n".join([
    "|Schedule of segment profit",
    "|",
    "€ millions", "2024", "2023",
    "Cloud Services", "100", "90",
    "Blue Spend Group", "30", "20",
    "Total segment revenue for reportable segments", "130", "110",
    "Other revenue", "5", "4",
    "Total revenue", "135", "114",
])


def test_rows_a_segment_total_sums_are_segments_of_its_measure() -> None:
    facts = _facts(SEGMENT_ROWS)
    assert ("Segment revenue / Cloud Services", "Cloud Services", "100") in facts
    assert ("Segment revenue / Blue Spend Group", "Blue Spend Group", "30") in facts
    assert ("Other revenue", None, "5") in facts  # below the total: no segment


def test_segment_rows_need_a_segment_total() -> None:
    facts = _facts(SEGMENT_ROWS.replace("Total segment revenue for reportable segments",
                                        "Total product revenue"))
    assert ("Cloud Services", None, "100") in facts


def test_breakdown_and_period_headings_are_not_segments() -> None:
    for heading in ("Revenue by End Market", "Fiscal 2026", "June 30, 2024"):
        assert segment_column(heading) is None, heading


def test_how_a_cost_was_booked_is_no_party() -> None:
    # "Expensed:" / "Capitalized:" over a related-party table's fee rows: a class of the cost
    for heading in ("Expensed:", "Capitalized:", "Incurred", "Accrued:", "Paid"):
        assert not names_party(heading), heading
    assert names_party("Advisor:")


def _area_rows(rows: list[str]) -> str:
    lines = ["|", "Geographic information (Tables)", "|12 Months Ended", "Dec. 31, 2024", "|",
             "(in thousands)", "2024", "2023", "Long-lived assets:"]
    for i, r in enumerate(rows):
        lines += [r, "$", f"{100 + i}", "$", f"{200 + i}"]
    return "\n".join(lines) + "\n"


def test_a_row_naming_one_country_under_a_colon_section_is_that_area() -> None:
    facts = extractor.extract(_area_rows(["Germany", "United States", "Japan"])).facts
    assert [f.entity for f in facts] == ["Germany", "Germany", "United States",
                                         "United States", "Japan", "Japan"]


def test_a_tax_class_row_names_no_area() -> None:
    from extractor.tables.parties import names_place
    assert names_place("Germany") and names_place("the PRC")
    assert not names_place("Foreign") and not names_place("Domestic")
    assert not names_place("International") and not names_place("germany")
