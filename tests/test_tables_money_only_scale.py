"""A caption that scales the money alone ("(Dollars in millions except per share amounts)",
"($ in thousands)", "(in millions of dollars)") leaves share counts in units; "(In millions,
except per share data)" scales counts of shares too, and a caption naming the shares' own scale
keeps it."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.scalenote import ScaleNote, find_scale_note

EPS = """(Dollars in millions except per share amounts)
2025
2024
Weighted-average shares outstanding during period
930,807,276
920,287,541
Net income
$
2,194
$
1,834
"""


@pytest.mark.parametrize(("text", "note"), [
    ("(Dollars in millions except per share amounts)", ScaleNote(6, None, 0)),
    ("($ in thousands)", ScaleNote(3, "USD", 0)),
    ("(in millions of dollars)", ScaleNote(6, "USD", 0)),
    ("(In millions, except per share data)", ScaleNote(6)),
    ("(Dollars in millions, shares in thousands)", ScaleNote(6, None, 3)),
])
def test_a_scale_of_dollars_alone_leaves_the_shares_in_units(text: str, note: ScaleNote) -> None:
    assert find_scale_note(text) == note


def test_share_counts_under_dollars_in_millions_are_in_units_and_money_in_millions() -> None:
    part = tables.extract_tables(read_document(EPS, "t"))
    found = {f.amount: (f.unit, f.scale) for f in part.facts}
    assert found == {"930807276": ("share", 0), "920287541": ("share", 0),
                     "2194": ("USD", 6), "1834": ("USD", 6)}


def test_share_counts_under_a_plain_millions_caption_keep_its_scale() -> None:
    text = EPS.replace("(Dollars in millions except per share amounts)",
                       "(In millions, except per share amounts)").replace(
        "930,807,276", "930.8").replace("920,287,541", "920.3")
    part = tables.extract_tables(read_document(text, "t"))
    assert {f.amount: f.scale for f in part.facts if f.unit == "share"} == {
        "930.8": 6, "920.3": 6}
