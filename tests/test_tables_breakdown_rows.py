"""Rows that break a measure down by area or segment above its "Total <measure>" row: each
row is the entity (the area or segment), the total's measure the label; rows that are parts
of the measure, or tax classes, stay line items."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document


def _facts(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_document(text, "t")
    return [(f.label, f.entity, f.amount or "") for f in tables.extract_tables(doc).facts]


AREAS = "\n".join([
    "|",
    "The following table shows sales by the location of customers (in thousands):",
    "|", "|Year Ended December 31,", "|", "|2024", "|2023",
    "|Spain", "|$ 1,200", "|$ 1,100",
    "|Italy", "|800", "|700",
    "|Nordics", "|300", "|250",
    "|Rest of world", "|90", "|80",
    "|Total net sales", "|$ 2,390", "|$ 2,130",
])


def test_area_rows_above_a_total_take_its_measure_and_are_the_entity() -> None:
    facts = _facts(AREAS)
    assert ("Net sales", "Spain", "1200") in facts
    assert ("Net sales", "Italy", "800") in facts
    assert ("Net sales", "Nordics", "300") in facts  # a name, where the intro says locations
    assert ("Net sales", "Rest of world", "90") in facts
    assert ("Total net sales", None, "2390") in facts


def test_a_region_name_needs_the_intro_unless_every_row_is_a_place() -> None:
    facts = _facts(AREAS.replace("by the location of customers", "as follows"))
    assert ("Nordics", None, "300") in facts  # not a place, and nothing says areas
    places_only = AREAS.replace("Nordics", "Portugal").replace("by the location of customers",
                                                              "as follows")
    assert ("Net sales", "Portugal", "300") in _facts(places_only)


def test_tax_classes_are_no_areas() -> None:
    text = "\n".join([
        "|", "Income before income taxes consisted of:", "|", "|2024", "|2023",
        "|Domestic", "|500", "|400",
        "|Foreign", "|200", "|100",
        "|Total income before income taxes", "|700", "|500",
    ])
    facts = _facts(text)
    assert ("Domestic", None, "500") in facts
    assert ("Foreign", None, "200") in facts


SEGMENTS = "\n".join([
    "|",
    "The Company has two reportable segments: Outdoor and Apparel.",
    "Net sales by segment were as follows:",
    "|", "|2024", "|2023",
    "|Outdoor", "|$ 900", "|$ 850",
    "|Apparel", "|400", "|350",
    "|Total net sales", "|$ 1,300", "|$ 1,200",
])


def test_segment_rows_the_note_names_take_the_totals_measure() -> None:
    facts = _facts(SEGMENTS)
    assert ("Net sales", "Outdoor", "900") in facts
    assert ("Net sales", "Apparel", "400") in facts


def test_segment_rows_the_note_names_nowhere_else_stay_line_items() -> None:
    text = SEGMENTS.replace("two reportable segments: Outdoor and Apparel", "two segments")
    assert ("Outdoor", None, "900") in _facts(text)


def test_parts_of_the_measure_are_not_segments() -> None:
    text = "\n".join([
        "|", "Segment expenses were as follows. Depreciation and Amortization are shown:",
        "|", "|2024", "|2023",
        "|Depreciation", "|90", "|85",
        "|Amortization", "|40", "|35",
        "|Total depreciation and amortization", "|130", "|120",
    ])
    facts = _facts(text)
    assert ("Depreciation", None, "90") in facts
    assert ("Amortization", None, "40") in facts


def test_line_items_above_a_total_are_no_breakdown() -> None:
    text = "\n".join([
        "|", "Accrued liabilities by category:", "|", "|2024", "|2023",
        "|Accrued payroll", "|50", "|40",
        "|Accrued interest", "|20", "|10",
        "|Total accrued liabilities", "|70", "|50",
    ])
    facts = _facts(text)
    assert ("Accrued payroll", None, "50") in facts


def test_a_country_beside_its_rest_as_a_tax_class_is_no_breakdown() -> None:
    text = "\n".join([
        "|", "Income before income taxes by jurisdiction:", "|", "|2024", "|2023",
        "|U.S.", "|500", "|400",
        "|Non-U.S.", "|200", "|100",
        "|Total income before income taxes", "|700", "|500",
    ])
    assert ("Non-U.S.", None, "200") in _facts(text)


def test_a_total_of_a_segment_group_names_no_measure() -> None:
    text = "\n".join([
        "|", "Revenue by segment (the Marine and Rail segments are reported together):",
        "|", "|2024", "|2023",
        "|Marine", "|500", "|400",
        "|Rail", "|200", "|100",
        "|Total Marine Group", "|700", "|500",
    ])
    entities = {f[1] for f in _facts(text)}
    assert "Marine" not in entities and "Rail" not in entities


def test_an_elimination_row_between_the_areas_and_their_total_is_no_member() -> None:
    text = AREAS.replace("|Total net sales", "|Intersegment eliminations\n|(40\n|(30\n"
                         "|Total net sales")
    facts = _facts(text)
    assert ("Net sales", "Spain", "1200") in facts
    assert ("Intersegment eliminations", None, "-40") in facts


BY_JURISDICTION = "\n".join([
    "|",
    "Loss before income taxes by jurisdiction is as follows (in thousands):",
    "|", "|Year Ended December 31,", "|", "|2024", "|2023",
    "|Cayman Islands", "|(1,200", "|)", "|(1,100", "|)",
    "|Hong Kong", "|(300", "|)", "|(250", "|)",
    "|PRC", "|(4,000", "|)", "|(3,500", "|)",
    "|Total", "|(5,500", "|)", "|(4,850", "|)",
])


def test_a_bare_total_takes_the_measure_its_lead_in_breaks_down_by_jurisdiction() -> None:
    facts = _facts(BY_JURISDICTION)
    assert ("Loss before income taxes", "Cayman Islands", "-1200") in facts
    assert ("Loss before income taxes", "Hong Kong", "-300") in facts  # a place is a member here
    assert ("Loss before income taxes", "PRC", "-4000") in facts


def test_a_bare_total_without_a_by_phrase_leaves_the_rows_as_line_items() -> None:
    facts = _facts(BY_JURISDICTION.replace("by jurisdiction is", "is"))
    assert ("Cayman Islands", None, "-1200") in facts
