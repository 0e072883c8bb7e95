"""Tables rendered without cell pipes, one cell per line, and mixed notes of prose and tables."""

from __future__ import annotations

import extractor
from extractor import tables
from extractor.document import read_document
from extractor.tables.cells import tokenise


def _read(text: str) -> tables.TablePart:
    return tables.extract_tables(read_document(text, "t"))


PARTIES = "\n".join([
    "|Schedule of Related Party Transactions",
    "|",
    "(a) The Group entered into the following transactions with its related parties:",
    "For Year Ended December 31,",
    "2020",
    "2021",
    "RMB",
    "RMB",
    "Service revenue generated from Acme",
    "1,500",
    "—",
    "Consulting fees paid to Zenith Group",
    "300",
    "Rent paid to Acme",
    "40",
    "45",
])


def test_one_cell_per_line_rows_take_year_ended_columns_and_name_the_party() -> None:
    part = _read(PARTIES)
    acme = [f for f in part.facts if f.label.startswith("Service revenue")]
    assert [(f.period, f.amount, f.unit, f.entity) for f in acme] == [
        ("P12M/2020-12-31", "1500", "CNY", "Acme"),
        ("P12M/2021-12-31", "0", "CNY", "Acme"),  # "—" is an explicit zero
    ]


def test_a_row_with_fewer_values_than_columns_is_warned_not_dropped() -> None:
    part = _read(PARTIES)
    zenith = [f for f in part.facts if "Zenith" in f.label]
    assert [f.amount for f in zenith] == ["300"]
    warns = [w for w in part.warnings if w.code == "table_row_ambiguous"]
    assert len(warns) == 1 and "Consulting fees" in warns[0].message
    assert warns[0].span == zenith[0].span


def test_the_sentence_before_the_table_is_left_to_prose() -> None:
    part = _read(PARTIES)
    at = PARTIES.index("The Group entered")
    assert not any(s <= at < e for s, e in part.claimed)


SEGMENTS = "\n".join([
    "|",
    "Selected information by segment is presented in the following tables ($ in millions):",
    "For the Quarters Ended",
    "For the Nine Months Ended",
    "June 26, 2015",
    "June 27, 2014",
    "June 26, 2015",
    "June 27, 2014",
    "Operating income (loss):",
    "North Widgets",
    "$",
    "160",
    "$",
    "117",
    "$",
    "384",
    "$",
    "333",
    "Corporate and Other",
    "(72",
    ")",
    "(58",
    ")",
    "(214",
    ")",
    "(73",
    ")",
    "$",
    "88",
    "$",
    "59",
    "$",
    "170",
    "$",
    "260",
])


def test_dollar_marks_on_their_own_lines_split_negatives_and_two_duration_headers() -> None:
    text = SEGMENTS
    part = _read(text)
    corp = [f for f in part.facts if "Corporate and Other" in f.label]
    assert [(f.period, f.amount) for f in corp] == [
        ("P3M/2015-06-26", "-72"),
        ("P3M/2014-06-27", "-58"),
        ("P9M/2015-06-26", "-214"),
        ("P9M/2014-06-27", "-73"),
    ]
    assert all(f.unit == "USD" and f.scale == 6 for f in part.facts)
    first = corp[0]
    assert first.span is not None and text[first.span[0] : first.span[1]] == "(72"


def test_an_unlabelled_row_that_sums_the_rows_above_is_their_total() -> None:
    part = _read(SEGMENTS)
    totals = [f for f in part.facts if f.label.lower().startswith("total")]
    assert [f.amount for f in totals] == ["88", "59", "170", "260"]
    assert "operating income" in totals[0].label.lower()
    assert not part.warnings


def test_a_segment_row_under_a_measure_heading_names_the_segment() -> None:
    part = _read(SEGMENTS)
    north = [f for f in part.facts if "North Widgets" in f.label]
    assert {f.entity for f in north} == {"North Widgets"}


MILLIONS = "\n".join([
    "|",
    "|",
    "15",
    "|",
    "Investments accounted for using equity method",
    "|",
    "|",
    "As at December 31,",
    "|",
    "|",
    "2018",
    "RMB’million",
    "|",
    "|",
    "2019",
    "RMB’million",
    "|",
    "Investments in associates",
    "|",
    "|",
    "190",
    "|",
    "|",
    "422",
    "|",
    "Investments in joint ventures",
    "|",
    "|",
    "(9",
    "|",
    ")",
    "|",
    "|",
    "67",
    "|",
    "|",
    "|",
    "181",
    "|",
    "|",
    "489",
])


def test_scale_from_column_headers_and_negatives_split_over_three_lines() -> None:
    part = _read(MILLIONS)
    assert all(f.scale == 6 and f.unit == "CNY" for f in part.facts)
    jv = [f for f in part.facts if f.label == "Investments in joint ventures"]
    assert [(f.period, f.amount) for f in jv] == [("2018-12-31", "-9"), ("2019-12-31", "67")]
    assert "15" not in {f.amount for f in part.facts}  # the note number is not a value


def test_no_header_no_table_in_prose_with_numbers_on_their_own_lines() -> None:
    text = "\n".join([
        "|Goodwill",
        "|",
        "The recoverable amount was computed with a pre-tax discount rate of",
        "12.5",
        "% and a terminal growth rate of",
        "2",
        "%.",
    ])
    part = _read(text)
    assert part.facts == [] and part.claimed == []


def test_values_with_no_label_that_are_no_total_are_warned() -> None:
    text = PARTIES.replace("Rent paid to Acme\n40\n45", "Rent paid to Acme\n40\n45\n7\n8")
    part = _read(text)
    warns = [w for w in part.warnings if w.code == "table_row_unlabelled"]
    assert len(warns) == 1
    seven = text.index("\n7\n") + 1
    assert warns[0].span == (seven, seven + 3)


def test_headerless_table_one_cell_per_line_is_read_like_its_piped_form() -> None:
    rows = ["Alpha Co., Ltd.", "PRC", "100", "%", "Beta Limited", "HK", "60", "%"]
    piped = "\n".join(["|OWNERSHIP", "|Name", "|Place", "|Percentage of ownership"]
                      + [f"|{r}" for r in rows])
    bare = "\n".join(["|OWNERSHIP", "Name", "Place", "Percentage of ownership", *rows])
    want = [(f.amount, f.unit, f.entity) for f in _read(piped).facts]
    assert want == [("100", "percent", "Alpha Co., Ltd."), ("60", "percent", "Beta Limited")]
    assert [(f.amount, f.unit, f.entity) for f in _read(bare).facts] == want


def test_headerless_columns_take_the_dollar_of_their_first_and_total_rows() -> None:
    rows = ["2024", "$", "1,200", "$", "300", "2025", "1,100", "250", "Thereafter", "500", "—",
            "Total", "$", "2,800", "$", "550"]
    text = "\n".join(["|LEASES", "|", "Maturities as of December 31, 2023 were as follows:",
                      *rows])
    facts = _read(text).facts
    assert [f.amount for f in facts] == ["1200", "300", "1100", "250", "500", "0", "2800", "550"]
    assert {f.unit for f in facts} == {"USD"}
    assert {f.period for f in facts} == {"2023-12-31"}


def test_year_columns_with_no_month_or_day_anywhere_are_calendar_years() -> None:
    text = (
        "|Income tax\n|\nTax expense is as follows:\n|\n2021\n|\n2020\n|\n|\nHK$\n|\nHK$\n"
        "|Current tax\n|\n1,200\n|\n900\n"
    )
    facts = extractor.extract(text).facts
    assert {(f.period, f.amount) for f in facts} >= {
        ("P12M/2021-12-31", "1200"), ("P12M/2020-12-31", "900")
    }


# A piped cell the viewer wrote over lines: "|", then the mark, then the value, each alone.
MARK_OVER_LINES = "\n".join([
    "The segment information for the year ended June 30, 2019 is as follows:",
    "|",
    "|Segment loss",
    "|A$",
    "|(734,835",
    "|)",
    "|A$",
    "|(919,932",
    "|)",
    "|Segment revenue",
    "|",
    "A$",
    "1,138,377",
    "|",
    "A$",
    "364,874",
    "|Unallocated assets",
    "|A$",
    "|968,861",
    "|A$",
    "|",
])


def test_a_mark_alone_in_a_piped_cell_belongs_to_the_value_on_the_next_line() -> None:
    part = _read(MARK_OVER_LINES)
    revenue = [(f.amount, f.unit, f.blank) for f in part.facts if f.label == "Segment revenue"]
    assert revenue == [("1138377", "AUD", False), ("364874", "AUD", False)]
    assert not any(f.blank for f in part.facts if f.label != "Unallocated assets")



def test_a_mark_cell_joins_only_a_bare_value_line_after_it() -> None:
    text = ("Segment revenue is as follows:\n|\nA$\n1,138,377\n|$\n|\n|1,200\n|€\n€ 15\n"
            "|\nRs.\n810.0\n")
    doc = read_document(text, "t")
    got = [c.text for c in tokenise(doc.text, doc.lines())]
    # ("Rs." is a mark only alone in its cell: "Rs. 810.0" would read as no value)
    assert got[1:] == ["A$ 1,138,377", "$", "", "1,200", "€", "€ 15", "Rs.", "810.0"]
