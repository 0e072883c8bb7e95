"""Visible HTML text in the SEC viewer's layout: prose lines, each table cell on its own line.

The rules read the text the viewer shows, so HTML is rendered to that layout rather than to
any text at all: block elements (paragraphs, divs, rows, line breaks) end a line, each table
cell stands on a line of its own (with a leading "|" in the viewer's report tables), empty
cells are dropped as the viewer drops them, runs of whitespace and no-break spaces become one
space. Scripts, styles, comments, the head, hidden elements (`display:none`, which is where an
iXBRL filing keeps its header) and attribute values never reach the text.

The renderer can record where chosen elements land in the text (`track`), so that a tagged
number's place in the rendered text is known exactly: that is how the filer's own XBRL tags
become gold with spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

SKIP = frozenset({
    "script", "style", "head", "title", "noscript", "template", "meta", "link", "object",
    "iframe", "svg",
})
BLOCK = frozenset({
    "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "thead", "tbody", "tfoot", "section", "article", "footer", "blockquote", "pre", "hr",
    "dl", "dt", "dd", "center", "form", "caption", "body", "html", "nav", "aside", "main",
    "figure", "figcaption", "address", "fieldset", "legend",
})
CELL = frozenset({"td", "th"})
_WS = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def local_name(el: etree._Element) -> str:
    """The element's tag without namespace, lower-cased for HTML ("nonfraction" stays as
    written for iXBRL: callers compare with the case they expect)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].split(":")[-1]


@lru_cache(maxsize=1024)
def _lower_name(tag: str) -> str:
    # a filing has a few dozen distinct tags over some 100,000 elements
    return tag.rsplit("}", 1)[-1].split(":")[-1].lower()


def lower_name(el: etree._Element) -> str:
    """`local_name` in lower case ("" for a comment or processing instruction)."""
    tag = el.tag
    return _lower_name(tag) if isinstance(tag, str) else ""


def is_hidden(el: etree._Element) -> bool:
    """An element the page does not show (`display:none` or the `hidden` attribute)."""
    style = el.get("style")
    # (most styles say nothing of "none": the scan runs only on those that do)
    return bool(style and "none" in style.lower() and _HIDDEN.search(style)) or (
        el.get("hidden") is not None)


@dataclass
class Rendered:
    """Rendered text and where each tracked element landed in it ([start, end))."""

    text: str
    spans: list[tuple[etree._Element, int, int]] = field(default_factory=list)


class _Writer:
    """Accumulates text with one-space collapsing and line breaks; no trailing spaces are ever
    written, so offsets recorded on the way stay true to the final text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.line_len = 0
        self.space = False
        self.prefix = ""  # a cell's "|" waiting for the cell's first text
        self.waiting: list[list[int]] = []  # tracked starts waiting for the next text
        self.in_cell = 0  # table cells open around the text being written
        self.one_line_cells = False  # a cell's blocks and <br>s joined by spaces

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)
        self.line_len = 0 if s.endswith("\n") else self.line_len + len(s)

    def flush_prefix(self) -> None:
        if self.prefix:
            self.newline()
            self._put(self.prefix)
            self.prefix = ""

    def write(self, raw: str | None) -> None:
        if not raw:
            return
        # (a printable text's only space is " ": without "  " there is nothing to fold)
        s = raw if raw.isprintable() and "  " not in raw else _WS.sub(" ", raw)
        if s.startswith(" "):
            self.space = True
        core = s.strip(" ")
        if core:
            self.flush_prefix()
            if self.space and self.line_len > 0 and not self.parts[-1].endswith("|"):
                self._put(" ")
            for start in self.waiting:
                if start[0] < 0:
                    start[0] = self.pos
            self.waiting.clear()
            self._put(core)
            self.space = False
        if s.endswith(" "):
            self.space = True

    def newline(self) -> None:
        if self.line_len > 0:
            self._put("\n")
        self.space = False

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")


def _has_text(el: etree._Element) -> bool:
    return any(t.strip(" \t\r\n\u00a0\u200b") for t in el.itertext())


def render(
    roots: Iterable[etree._Element],
    *,
    track: Callable[[etree._Element], bool] | None = None,
    cell_prefix: Callable[[etree._Element], str] | None = None,
    skip: Callable[[etree._Element], bool] | None = None,
    one_line_cells: bool = False,
) -> Rendered:
    """Render the visible text of `roots` (in order, each starting a new line).

    `track(el)` chooses elements whose [start, end) in the text is recorded (an element with no
    text gets the empty position where it stands). `cell_prefix(cell)` gives the mark a table
    cell's line starts with ("" by default). `skip(el)` leaves an element out entirely.
    `one_line_cells`: a table cell's blocks and line breaks are spaces, so each cell is one
    line (an iXBRL filing's "Redeemable<br>Noncontrolling<br>Interests" heading); the viewer's
    R pages keep their header cells' lines ("3 Months Ended" over "Mar. 29, 2025").
    """
    w = _Writer()
    w.one_line_cells = one_line_cells
    spans: list[tuple[etree._Element, int, int]] = []
    for root in roots:
        w.newline()
        _walk(root, w, spans, track, cell_prefix, skip)
        w.newline()
    text = w.text()
    n = len(text)
    return Rendered(text, [(el, min(s, n), min(e, n)) for el, s, e in spans])


def _break(w: _Writer, el: etree._Element) -> None:
    """A block's or a <br>'s end of line; inside a table cell of a one-line-cells rendering a
    space ("Redeemable<br>Noncontrolling<br>Interests" is one heading)."""
    if w.in_cell and w.one_line_cells and lower_name(el) != "table":
        w.space = True
        return
    if w.prefix and _has_text(el):
        w.flush_prefix()
    w.newline()


def _walk(
    el: etree._Element,
    w: _Writer,
    spans: list[tuple[etree._Element, int, int]],
    track: Callable[[etree._Element], bool] | None,
    cell_prefix: Callable[[etree._Element], str] | None,
    skip: Callable[[etree._Element], bool] | None,
) -> None:
    # Iterative over children, recursive over depth: filings nest a few dozen levels at most.
    tag = el.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return
    name = _lower_name(tag)
    # ix:header (the iXBRL contexts and units) is never visible; an HTML <header> is.
    ix_header = name == "header" and tag != "header"
    if name in SKIP or ix_header or is_hidden(el) or (skip is not None and skip(el)):
        return
    cell = name in CELL
    block = name in BLOCK
    start: list[int] | None = None
    if track is not None and track(el):
        start = [-1]
        w.waiting.append(start)
    if cell:
        w.newline()
        w.prefix = ""
        w.in_cell += 1
        if _has_text(el):
            w.prefix = cell_prefix(el) if cell_prefix is not None else ""
    elif block:
        _break(w, el)
    w.write(el.text)
    for child in el:
        _walk(child, w, spans, track, cell_prefix, skip)
        if lower_name(child) == "br":
            _break(w, child)
        w.write(child.tail)
    if cell:
        w.in_cell -= 1
        w.newline()
        w.prefix = ""
    elif block:
        _break(w, el)
    if start is not None:
        if start[0] < 0:  # nothing shown (a nil tag): the position right after the text before
            at_line_start = bool(w.parts) and w.parts[-1].endswith("\n")
            start[0] = w.pos - 1 if at_line_start else w.pos
            if start in w.waiting:
                w.waiting.remove(start)
            spans.append((el, start[0], start[0]))
            return
        spans.append((el, start[0], w.pos))
