"""Tables whose columns are segments, not dates: the intro's one period dates them, each
column heading is its cells' entity, a "Total"/"Consolidated" column is the company's."""

from __future__ import annotations

import extractor
from extractor.tables.columnmembers import class_heads, column_member

HEADINGS = ["North Region", "South Region", "Eliminations", "Consolidated"]


def segment_table(intro: str, headings: list[str] = HEADINGS, title: str = "SEGMENTS") -> str:
    lines = [f"|{title}", "|", intro, "|"]
    for h in headings:
        lines += ["|", f"|{h}", "|"]
    for _ in headings:
        lines += ["|", "|$", "|"]
    for label, values in [("Product sales", ["1,200", "800", "(100", "1,900"]),
                          ("Service fees", ["300", "-", "-", "300"])]:
        lines.append(f"|{label}")
        for v in values:
            lines += ["|", f"|{v}"]
            if v.startswith("("):
                lines.append("|)")
        lines.append("|")
    return "\n".join(lines) + "\n"


INTRO = ("The following table presents revenues by reportable segment for the nine months ended "
         "September 30, 2024:")


def test_the_intro_sentence_period_dates_a_header_without_dates() -> None:
    facts = extractor.extract(segment_table(INTRO)).facts
    assert len(facts) == 8
    assert {f.period for f in facts} == {"P9M/2024-09-30"}


def test_segment_column_headings_are_the_entity_and_the_row_is_the_label() -> None:
    facts = extractor.extract(segment_table(INTRO)).facts
    got = [(f.label, f.entity, f.amount) for f in facts[:4]]
    assert got == [("Product sales", "North Region", "1200"),
                   ("Product sales", "South Region", "800"),
                   ("Product sales", "Eliminations", "-100"),
                   ("Product sales", None, "1900")]


def test_a_total_column_totals_the_row_label() -> None:
    assert column_member("Revenues", "Total") == ("Total revenues", None)
    assert column_member("Total revenues", "Total") == ("Total revenues", None)
    assert column_member("Revenues", "Consolidated") == ("Revenues", None)
    assert column_member("Revenues", "Retail") == ("Revenues", "Retail")


def test_an_intro_naming_two_periods_dates_nothing() -> None:
    intro = ("The following table presents revenues by reportable segment for the nine months "
             "ended September 30, 2024 and 2023:")
    facts = extractor.extract(segment_table(intro)).facts
    assert {f.period for f in facts} == {None}


def test_a_sentence_that_does_not_introduce_the_table_dates_nothing() -> None:
    intro = "Revenues grew in both regions during the nine months ended September 30, 2024."
    facts = extractor.extract(segment_table(intro)).facts
    assert {f.period for f in facts} == {None}


def test_headings_that_are_not_segments_stay_in_the_label() -> None:
    # asset classes side by side, nothing says segments: the heading qualifies the measure
    intro = "The following table presents right-of-use assets for the year ended December 31, 2024:"
    text = segment_table(intro, ["Office Premises", "Motor vehicles", "Shops", "Total"],
                         title="LEASES")
    facts = extractor.extract(text).facts
    assert [(f.label, f.entity) for f in facts[:2]] == [
        ("Product sales / Office Premises", None), ("Product sales / Motor vehicles", None)]
    assert {f.period for f in facts} == {"P12M/2024-12-31"}


def _headings_under_one_period(headings: list[str], values: list[str]) -> str:
    lines = ["|SEGMENT INFORMATION", "|", "Year ended March 31, 2024", "|", "|Millions of yen", "|"]
    for h in headings:
        lines += ["|", f"|{h}", "|"]
    lines += ["Revenues", "|"]
    for v in values:
        lines += ["|¥", f"|{v}", "|"]
    return "\n".join(lines) + "\n"


def test_headings_after_a_one_period_header_are_its_columns() -> None:
    text = _headings_under_one_period(["Retail", "Real Estate", "Total"], ["100", "250", "350"])
    got = [(f.label, f.entity, f.period, f.amount, f.unit, f.scale)
           for f in extractor.extract(text).facts]
    assert got == [
        ("Revenues", "Retail", "P12M/2024-03-31", "100", "JPY", 6),
        ("Revenues", "Real Estate", "P12M/2024-03-31", "250", "JPY", 6),
        ("Total revenues", None, "P12M/2024-03-31", "350", "JPY", 6),
    ]


def test_headings_that_do_not_match_the_first_row_are_not_columns() -> None:
    text = _headings_under_one_period(["Retail", "Real Estate", "Total"], ["100", "250"])
    assert all(f.entity is None for f in extractor.extract(text).facts)


CLASS_INTRO = ("The following table presents the movement in the allowance for credit losses for "
               "the nine months ended September 30, 2024:")


def test_columns_naming_classes_are_the_entity_without_a_word_of_segments() -> None:
    text = segment_table(CLASS_INTRO, ["Accounts Receivable", "Contract Assets",
                                       "Notes Receivable", "Total"], title="CREDIT LOSSES")
    got = [(f.label, f.entity) for f in extractor.extract(text).facts[:4]]
    assert got == [("Product sales", "Accounts Receivable"), ("Product sales", "Contract Assets"),
                   ("Product sales", "Notes Receivable"), ("Total product sales", None)]


def test_class_columns_beside_measure_columns_give_only_their_own_cells_an_entity() -> None:
    text = segment_table(CLASS_INTRO, ["Employees", "Consultants", "Total",
                                       "Weighted average exercise price"], title="OPTIONS")
    got = [(f.label, f.entity) for f in extractor.extract(text).facts[:4]]
    assert got == [("Product sales / Employees", "Employees"),
                   ("Product sales / Consultants", "Consultants"),
                   ("Product sales / Total", None),
                   ("Product sales / Weighted average exercise price", None)]


def test_measure_period_and_lone_headings_name_no_classes() -> None:
    assert class_heads(["Employees", "Consultants", "Total"]) == {"Employees", "Consultants"}
    assert class_heads(["Trade Receivables", "Financed Receivables"]) == {
        "Trade Receivables", "Financed Receivables"}
    assert class_heads(["Gross carrying amount", "Accumulated amortization", "Net"]) == set()
    assert class_heads(["Number of shares", "Weighted average exercise price"]) == set()
    assert class_heads(["Net receivables", "Gross receivables"]) == set()
    assert class_heads(["December 31, 2024", "December 31, 2023"]) == set()
    assert class_heads(["Accounts Receivable", "Total"]) == set()


def test_place_column_headings_are_the_entity_without_a_word_of_segments() -> None:
    # areas side by side under one period: each area is its cells' entity, "Total" the whole
    intro = ("The following table presents the allowance for credit losses for the year ended "
             "December 31, 2024:")
    text = segment_table(intro, ["United States", "Europe", "Other countries", "Total"],
                         title="CREDIT LOSSES")
    facts = extractor.extract(text).facts
    assert [(f.label, f.entity) for f in facts[:3]] == [
        ("Product sales", "United States"), ("Product sales", "Europe"),
        ("Product sales", "Other countries")]
    assert (facts[3].label, facts[3].entity) == ("Total product sales", None)


def test_domestic_and_foreign_columns_name_no_area() -> None:
    # a tax class side by side names no country: the heading stays in the label
    from extractor.tables.columnmembers import place_heads
    assert not place_heads(["Domestic", "Foreign", "Total"])
    assert place_heads(["Japan", "Rest of the world", "Total"])
    assert not place_heads(["Japan", "Shops", "Total"])
    assert not place_heads(["Japan"])
