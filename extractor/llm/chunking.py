"""Splitting a long note into parts the model can take, at section or paragraph boundaries.

A part is a pair of offsets into the document's text, never a copy with its own numbering, so
a span found inside a part is moved back to the document by adding the part's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.document import Document


@dataclass(frozen=True)
class Chunk:
    """One part of a note: `text[start:end]` of the document."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


# Boundaries, strongest first: a blank line or a heading-like line (all caps, "NOTE 5", "(b)"),
# then any line break, then the end of a sentence, then a space.
_SECTION = re.compile(r"\n\s*\n|\n(?=\|?\s*(?:NOTE\b|\([a-z0-9]{1,4}\)\s|[A-Z][A-Z ,&\-]{8,}$))",
                      re.MULTILINE)
_LINE = re.compile(r"\n")
_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-Z(])")
_SPACE = re.compile(r"\s+")
_LEVELS = (_SECTION, _LINE, _SENTENCE, _SPACE)


def chunk_document(doc: Document, max_chars: int) -> list[Chunk]:
    """The whole note as one chunk when it fits, else its body cut into parts of at most
    `max_chars` characters at the strongest boundaries available (the header goes to the model
    beside every part)."""
    if len(doc.text) <= max_chars:
        return [Chunk(0, len(doc.text))]
    start = doc.body_start if doc.body_end > doc.body_start else 0
    end = doc.body_end if doc.body_end > doc.body_start else len(doc.text)
    return split_span(doc.text, start, end, max_chars)


LEAD_CHARS = 1500
"""The longest section opening shown beside a part (`lead_in`)."""


def lead_in(text: str, chunk: Chunk, floor: int, max_chars: int = LEAD_CHARS) -> Chunk | None:
    """The opening of the section a part starts inside: a table's title and column headings,
    which the model needs to read the part's cells. From the last section boundary before the
    part (never before `floor`, the body's start), at most `max_chars` and never into the part.
    None when the part starts its section."""
    floor = max(floor, chunk.start - 20 * max_chars)  # a bounded look back, however long the note
    starts = [m.end() for m in _SECTION.finditer(text, floor, chunk.start)]
    start = starts[-1] if starts else floor
    if start >= chunk.start:
        return None
    end = min(chunk.start, start + max_chars)
    if end < chunk.start:
        nl = text.rfind("\n", start, end)
        end = nl if nl > start else end
    return Chunk(start, end)


def split_span(text: str, start: int, end: int, max_chars: int) -> list[Chunk]:
    """Cut `text[start:end]` into consecutive chunks of at most `max_chars` characters, each
    cut at the strongest boundary that keeps the pieces under the limit."""
    if end - start <= max_chars:
        return [Chunk(start, end)]
    for level in _LEVELS:
        cuts = [m.end() for m in level.finditer(text, start, end) if start < m.end() < end]
        if not cuts:
            continue
        pieces = _pack(start, end, cuts, max_chars)
        if pieces is not None:
            return [c for s, e in pieces for c in split_span(text, s, e, max_chars)]
    # No boundary at all (a run of digits, say): cut blindly rather than fail.
    return [Chunk(s, min(s + max_chars, end)) for s in range(start, end, max_chars)]


def split_in_two(text: str, chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """Halve a chunk at the strongest boundary nearest its middle (None when it has none)."""
    mid = (chunk.start + chunk.end) // 2
    for level in _LEVELS:
        cuts = [m.end() for m in level.finditer(text, chunk.start, chunk.end)
                if chunk.start < m.end() < chunk.end]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - mid))
            # A boundary hugging one edge does not halve anything: try a weaker level.
            if min(cut - chunk.start, chunk.end - cut) >= len(chunk) // 5:
                return Chunk(chunk.start, cut), Chunk(cut, chunk.end)
    return None


def _pack(start: int, end: int, cuts: list[int], max_chars: int) -> list[tuple[int, int]] | None:
    """Greedy packing of the stretches between cuts; None when the level does not split the
    span at all."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    last_ok = start
    for cut in [*cuts, end]:
        if cut - piece_start > max_chars and last_ok > piece_start:
            pieces.append((piece_start, last_ok))
            piece_start = last_ok
        last_ok = cut
    pieces.append((piece_start, end))
    return pieces if len(pieces) > 1 else None
