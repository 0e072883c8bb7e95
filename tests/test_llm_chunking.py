"""Splitting long notes: at paragraph boundaries, offsets kept, nothing lost."""

from __future__ import annotations

from itertools import pairwise

from extractor.document import read_document
from extractor.llm.chunking import Chunk, chunk_document, lead_in, split_in_two, split_span

HEADER = "|\nLoans (Details Narrative)\n|12 Months Ended\nDec. 31, 2022\n|\n"
BODY = "\n\n".join(f"Paragraph {i} says the loan was US${i},000 at year end." for i in range(30))


def test_a_short_note_is_one_chunk_with_its_header():
    doc = read_document(HEADER + "One paragraph.", "d")
    assert chunk_document(doc, 1000) == [Chunk(0, len(doc.text))]


def test_a_long_note_is_cut_at_paragraphs_into_contiguous_parts_within_the_limit():
    doc = read_document(HEADER + BODY, "d")
    chunks = chunk_document(doc, 300)
    assert len(chunks) > 3
    assert chunks[0].start == doc.body_start and chunks[-1].end == doc.body_end
    assert all(a.end == b.start for a, b in pairwise(chunks))
    assert all(len(c) <= 300 for c in chunks)
    # Each cut falls right after a blank line: no paragraph is split.
    assert all(doc.text[c.start - 2 : c.start] == "\n\n" for c in chunks[1:])


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentences():
    text = " ".join(f"Sentence {i} states RMB{i}." for i in range(60))
    chunks = split_span(text, 0, len(text), 200)
    assert all(len(c) <= 200 for c in chunks)
    assert "".join(c.of(text) for c in chunks) == text
    assert all(c.of(text).rstrip().endswith(".") for c in chunks[:-1])


def test_halving_cuts_near_the_middle_at_a_boundary():
    text = HEADER + BODY
    whole = Chunk(len(HEADER), len(text))
    halves = split_in_two(text, whole)
    assert halves is not None
    a, b = halves
    assert a.start == whole.start and a.end == b.start and b.end == whole.end
    assert abs(len(a) - len(b)) < len(whole) // 3
    assert text[b.start - 2 : b.start] == "\n\n"


def test_a_part_starting_inside_a_table_gets_the_tables_opening_as_lead_in():
    table = "SCHEDULE OF LEASE COSTS\n|Year ended\n|December 31, 2024\n" + "".join(
        f"|Cost item {i}\n|{i},000\n" for i in range(40)
    )
    text = HEADER + "Intro paragraph.\n" + table
    doc = read_document(text, "d")
    chunks = chunk_document(doc, 300)
    later = chunks[-1]
    lead = lead_in(text, later, doc.body_start)
    assert lead is not None and lead.end <= later.start
    assert lead.of(text).startswith("SCHEDULE OF LEASE COSTS\n|Year ended\n|December 31, 2024")
    assert lead_in(text, chunks[0], doc.body_start) is None
