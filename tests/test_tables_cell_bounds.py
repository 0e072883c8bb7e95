"""Every cell keeps the offsets of its own stripped characters in the text."""

from __future__ import annotations

from extractor.document import split_lines
from extractor.tables.cells import tokenise


def test_cells_of_lines_with_and_without_pipes_span_their_stripped_text() -> None:
    text = "  Cash on hand  \n|  Revenue \t\n   1,234\u00a0 \n|\n\t-\n"
    cells = tokenise(text, split_lines(text))
    assert [c.text for c in cells] == ["Cash on hand", "Revenue", "1,234", "-"]
    for c in cells:
        assert text[c.start : c.end] == text[c.start : c.end].strip()
        assert text[c.start : c.end].replace("\n", " ").split() == c.text.split()
