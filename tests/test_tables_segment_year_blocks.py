"""A segment table laid out with the segments as column headings and a bare year heading
each block of rows ("North Region | South Region | Total" over "($ in thousands)", "2024",
rows, "2023", rows): the grid reader gives its columns neither heading nor date, so the
headings left over the rows name each column's segment, the entity of its cells; the Total
column is the company's (entity null)."""

from __future__ import annotations

import extractor
from extractor.tables.rowlabels import heading_members


def blocks_table(title: str, headings: list[str]) -> str:
    lines = ["|", title, "|12 Months Ended", "Dec. 31, 2024", "|",
             "Summarized financial information for the operating segments is shown in the "
             "following table.", *headings, "($ in thousands)"]
    for year, rows in [("2024", [("Revenue", ["$", "120", "$", "80", "$", "200"]),
                                 ("Total assets", ["510", "90", "600"])]),
                       ("2023", [("Revenue", ["$", "110", "$", "70", "$", "180"]),
                                 ("Total assets", ["480", "85", "565"])])]:
        lines.append(year)
        for label, cells in rows:
            lines += [label, *cells]
    return "\n".join(lines) + "\n"


SEGMENTS = ["Pipeline Services and Products", "Water Treatment Systems", "Total"]


def test_segment_headings_over_year_blocks_give_each_column_its_entity() -> None:
    facts = extractor.extract(blocks_table("Segment Information By Segment", SEGMENTS)).facts
    got = [(f.label, f.entity, f.period, f.amount) for f in facts[:3]]
    assert got == [("Revenue", "Pipeline Services and Products", "P12M/2024-12-31", "120"),
                   ("Revenue", "Water Treatment Systems", "P12M/2024-12-31", "80"),
                   ("Revenue", None, "P12M/2024-12-31", "200")]
    later = [f.entity for f in facts if f.amount in ("480", "85", "565")]
    assert later == ["Pipeline Services and Products", "Water Treatment Systems", None]


def test_the_same_layout_not_about_segments_gives_no_entity() -> None:
    facts = extractor.extract(blocks_table("Revenue And Assets", SEGMENTS)).facts
    assert facts and {f.entity for f in facts} == {None}


def test_measure_headings_over_year_blocks_are_no_members() -> None:
    facts = extractor.extract(
        blocks_table("Segment Information", ["Current", "Deferred", "Total"])).facts
    assert facts and {f.entity for f in facts} == {None}


def test_heading_members_drop_scale_lines_and_years_and_need_two_segments() -> None:
    assert heading_members([*SEGMENTS, "(in millions)", "2024"]) == (
        "Pipeline Services and Products", "Water Treatment Systems", None)
    assert heading_members(["Water Treatment Systems", "Total"]) == ()
    assert heading_members(["Number of Options", "Weighted Average Exercise Price"]) == ()
    # a heading that is neither a segment nor the whole: the headings are not the columns
    assert heading_members([*SEGMENTS, "Percent change"]) == ()
