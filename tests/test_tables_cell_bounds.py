"""Every cell keeps the offsets of its own stripped characters in the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import split_lines
from extractor.tables.cells import tokenise


def test_cells_of_lines_with_and_without_pipes_span_their_stripped_text() -> None:
    text = "  Cash on hand  \n|  Revenue \t\n   1,234\u00a0 \n|\n\t-\n"
    cells = tokenise(text, split_lines(text))
    assert [c.text for c in cells] == ["Cash on hand", "Revenue", "1,234", "-"]
    for c in cells:
        assert text[c.start : c.end] == text[c.start : c.end].strip()
        assert text[c.start : c.end].replace("\n", " ").split() == c.text.split()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab |\n\t\u00a0", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_lines_cover_their_range_between_its_newlines(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    lines = split_lines(text, start, end)
    for ln in lines:
        assert ln.text == text[ln.start : ln.end] and "\n" not in ln.text
    # the lines and the newlines between them are the range, but for a newline that ends it
    assert "\n".join(ln.text for ln in lines) == text[start:end].removesuffix("\n")
    assert all(ln.start == start or text[ln.start - 1] == "\n" for ln in lines)


def test_a_pipe_with_nothing_after_it_is_an_empty_cell_at_its_lines_end() -> None:
    text = "|Revenue\n|   \n|1,234"
    cells = tokenise(text, split_lines(text))
    assert [(c.text, c.piped) for c in cells] == [("Revenue", True), ("", True), ("1,234", True)]
    empty = cells[1]
    assert empty.start == empty.end == text.index("\n|1,234")
