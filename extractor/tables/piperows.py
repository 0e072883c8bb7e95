"""Table rows written one to a line, their cells joined by pipes.

The viewer writes a table one cell to a line, each cell opening with "|". Text from other
renderings (or pasted from one) keeps a row on one line: "|Total| |96,480| | |78,215|",
"Buildings and improvements | $ | 58,318 | | $ | 51,072 |", a header "2024 | | 2023 |" or
"December 31, |". Such a line is cut at its pipes into the cells the one-cell-per-line reader
knows, each with its own offsets; the pipe that closes the row opens no cell. A line is cut
only when it holds two or more pipes besides a leading one (and no more than a row holds: a
whole table written on one line is another layout), or is a short header cell closed by one
("December 31, |"), so prose that ends on a pipe keeps its line.
"""

from __future__ import annotations

import re

_MAX_PIPES = 32
"""More pipes than a row of a dozen columns with their marks and padding holds."""
# A short header cell closed by a pipe: a date, a month, a year or a column group's words
_CLOSED_HEADER = re.compile(r"^[A-Za-z][A-Za-z.,\s\d]{0,38}\|$|^(?:19|20)\d\d\s*\|$")


def pipe_cells(line: str) -> list[tuple[int, int]] | None:
    """The [start, end) offsets within `line` of the cells a row-per-line line holds (an empty
    cell as an empty span), or None when the line is not such a row."""
    body = line.rstrip()
    if body.count("|") > _MAX_PIPES:
        return None  # a whole table on one line, not a row: the plain-line reader's
    inner = body[1:] if body.startswith("|") else body
    only_pipes = body.count("|") >= 2 and not body.replace("|", "").strip()  # "| |"
    if inner.count("|") < 2 and not only_pipes and not _CLOSED_HEADER.match(body.lstrip()):
        return None
    out: list[tuple[int, int]] = []
    start = 1 if body.startswith("|") else 0
    for piece in body[start:].split("|"):
        end = start + len(piece)
        lead = len(piece) - len(piece.lstrip())
        s, e = start + lead, start + len(piece.rstrip())
        out.append((s, e) if e > s else (s, s))
        start = end + 1
    if body.endswith("|"):
        out.pop()  # the row's closing pipe
    return out
