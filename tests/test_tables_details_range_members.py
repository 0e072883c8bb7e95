"""Details member lines led by a range member ("Minimum | Office furniture"): the range member
leads the label, the next member is the entity; a one-column page dates every value, useful
lives included."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.rangemembers import split_range_member


def _page(header: list[str], groups: list[tuple[str, str, list[str]]]) -> str:
    lines = ["|", "Widget Corp - Property and equipment (Details)", *header]
    for members, label, values in groups:
        lines += [f"|{members}", "|Property and equipment [Line Items]", f"|{label}"]
        lines += [f"|{v}" for v in values]
    lines += ["|X", "- Definition", "+ References"]
    return "\n".join(lines) + "\n"


ONE_COLUMN = ["|12 Months Ended", "Dec. 31, 2022"]
THREE_COLUMNS = ["|12 Months Ended", "|", "Dec. 31, 2022", "|", "Dec. 31, 2021", "|",
                 "Dec. 31, 2020"]


def _facts(text: str) -> list[tuple[str, str | None, str | None, str]]:
    part = tables.extract_tables(read_document(text, "t"))
    return [(f.label, f.entity, f.period, f.amount) for f in part.facts]


def test_range_member_leads_the_label_and_the_next_member_is_the_entity() -> None:
    text = _page(ONE_COLUMN, [
        ("Minimum | Office furniture", "Estimated useful lives", ["4 years"]),
        ("Maximum | Office furniture", "Estimated useful lives", ["8 years"]),
    ])
    assert _facts(text) == [
        ("Minimum / Estimated useful lives", "Office furniture", "P12M/2022-12-31", "4"),
        ("Maximum / Estimated useful lives", "Office furniture", "P12M/2022-12-31", "8"),
    ]


def test_a_lone_range_member_leaves_no_entity() -> None:
    text = _page(ONE_COLUMN, [("Weighted Average", "Discount rate", ["6.5%"])])
    assert _facts(text) == [("Weighted Average / Discount rate", None, "P12M/2022-12-31", "6.5")]


def test_a_useful_life_nothing_places_on_a_wide_page_stays_undated() -> None:
    text = _page(THREE_COLUMNS, [("Minimum", "Estimated useful lives", ["3 years"])])
    assert _facts(text) == [("Minimum / Estimated useful lives", None, None, "3")]


def test_a_member_that_is_not_a_range_keeps_the_first_member_rule() -> None:
    text = _page(ONE_COLUMN, [("Office furniture | Leased", "Estimated useful lives",
                               ["5 years"])])
    assert _facts(text) == [
        ("Estimated useful lives / Leased", "Office furniture", "P12M/2022-12-31", "5")]


@pytest.mark.parametrize(
    ("members", "want"),
    [
        (["Minimum", "Vehicles"], ("Minimum", ["Vehicles"])),
        (["Vehicles", "Maximum"], ("Maximum", ["Vehicles"])),
        (["Weighted-average"], ("Weighted-average", [])),
        (["Minimum Wage Fund", "Vehicles"], (None, ["Minimum Wage Fund", "Vehicles"])),
    ],
)
def test_the_range_member_is_found_wherever_it_stands(
    members: list[str], want: tuple[str | None, list[str]]
) -> None:
    assert split_range_member(members) == want
