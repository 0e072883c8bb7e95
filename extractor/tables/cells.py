"""Cells of a flattened table, with offsets into the original text.

The viewer writes a table cell as a line starting with "|"; a cell's text may continue on the
following lines that carry no pipe ("|Cash" + "on hand"). Tables rendered without pipes give
one cell per line. `tokenise` rebuilds the logical cells; the readers classify them.
Nothing is rewritten: every cell keeps [start, end) of its own characters in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.amounts import NUMBER
from extractor.casefold import MEMO_CHARS
from extractor.document import Line
from extractor.tables.piperows import pipe_cells
from extractor.vocabulary import CELL_MARK, CURRENCY_SYMBOL


@dataclass(frozen=True, slots=True)
class Cell:
    """One logical cell: [start, end) of its stripped characters, its text with whitespace
    folded, whether it opened with a pipe, and the first line it sits on."""

    start: int
    end: int
    text: str
    piped: bool
    line_start: int
    line_end: int


_WS = re.compile(r"\s+")


def _squash(t: str) -> str:
    """Whitespace runs to one space; a text whose only whitespace is single ASCII spaces (most
    cells: str.isprintable() is False for every other space character) is already so."""
    if t.isprintable() and "  " not in t:
        return t
    if t[:1].isspace() or t[-1:].isspace():
        return _WS.sub(" ", t)
    # str.split() splits on the characters \s matches: the same text, without a regex pass
    # over a long prose line that holds one no-break space
    return " ".join(t.split())
_CURRENCY_MARK = CURRENCY_SYMBOL
# A footnote mark may sit in a value's cell, before ("[1] 3,000") or after ("$ 501 [1]") it.
_CELL_NOTE = r"(?:\[\d{1,2}\]|\(\d{1,2}\)|\*{1,3})"
_VALUE_RE = re.compile(
    rf"""^(?:{_CELL_NOTE}\s?)?(?P<cur>{_CURRENCY_MARK})?\s?(?P<open>\()?\s?(?P<cur2>{_CURRENCY_MARK})?\s?
    (?P<minus>[-−](?=\d))?(?P<num>{NUMBER})(?:(?P<pct0>\s?%(?=\s?(?:[-–—~]|to)\s?\d))?\s?(?P<sep>[-–—~]|to)\s?(?P<max>{NUMBER}))?
    (?P<pct1>\s?%(?=\s?\)))?\s?(?P<close>\))?\s?(?P<pct>%)?\s?(?P<unitw>years?|months?)?(?:\s?{_CELL_NOTE})*+$""",
    re.VERBOSE,
)
# a nil cell: a dash or "nil", maybe after its currency mark ("$ —", "RMB -") and before a
# footnote mark. (The marks' loops here and in _VALUE_RE are possessive: a run of asterisks
# can be cut into marks of one to three in exponentially many ways, each tried on a failure.)
_DASH_RE = re.compile(
    rf"^(?:(?P<cur>{CELL_MARK})\s?)?(?:[-–—−]+|nil|Nil|NIL)(?:\s?(?:\[\d{{1,2}}\]|\(\d{{1,2}}\)|"
    r"\*{1,3}))*+$"
)
_FOOTNOTE_RE = re.compile(
    r"^(?:\[\d{1,2}\]|\(\d{1,2}\)|\(?[ivxIVX]{1,5}\)|\(?[a-hA-H]\)|[a-hA-H]|\*{1,3}|Note\s?\d+)$"
)
_MARK_RE = re.compile(rf"^{CELL_MARK}$")
_MARK_PIPE = re.compile(rf"^({CELL_MARK})\s?\|(\S.*)$")


def tokenise(text: str, lines: list[Line], rows: bool = False) -> list[Cell]:
    """Rebuild the cells of the given lines (with `rows`, a table row written on one line,
    "|Total| |96,480| | |78,215|", is cut into its cells: `piperows`).

    A line opening with "|" starts a cell. A line with no pipe continues the cell before it
    when that cell opened with a pipe and is empty or text ("|Cash" + "on hand", "|" + "-",
    "|December 31," + "2023", "|2018" + "RMB'million"); otherwise it is a cell of its own (the
    one-cell-per-line layout, or prose after a table).
    """
    cells: list[Cell] = []
    for line in lines:
        raw = line.text
        lstripped = raw.lstrip()
        lead = len(raw) - len(lstripped)
        body = lstripped.rstrip()
        # (most lines are one viewer cell, "|58,318", with no pipe after their first character)
        cut = pipe_cells(raw) if rows and "|" in body[1:] else None
        if cut is not None:
            for s, e in cut:
                s, e = line.start + s, line.start + e
                cells.append(Cell(s, e, _squash(text[s:e]), True, line.start, line.end))
            continue
        # (no mark begins with a pipe: a line that opens with one is no "W |856,813")
        split = _MARK_PIPE.match(body) if "|" in body and body[:1] != "|" else None
        if split is not None:  # "W |856,813": the viewer put the mark before the value's pipe
            s = line.start + lead
            cells.append(Cell(s, s + split.end(1), split.group(1), False, line.start, line.end))
            vs, ve = _strip_bounds(text[s + split.start(2) : line.end], s + split.start(2))
            cells.append(Cell(vs, ve, _squash(text[vs:ve]), True, line.start, line.end))
            continue
        if body[:1] == "|":
            # the cell's characters are the line's after its pipe, stripped: `body` is the
            # line stripped, so they are body[1:] stripped on the left
            inner = body[1:]
            content = inner.lstrip()
            if content:
                s = line.start + lead + 1 + len(inner) - len(content)
                cells.append(Cell(s, s + len(content), _squash(content), True, line.start,
                                  line.end))
            else:  # "|" alone: an empty cell at the line's end
                cells.append(Cell(line.end, line.end, "", True, line.start, line.end))
            continue
        if not body:
            continue
        s = line.start + lead  # `_strip_bounds(raw, line.start)` of a line that holds text
        e = s + len(body)
        prev = cells[-1] if cells else None
        if prev is not None and prev.piped and _joinable(prev, text[s:e]):
            start = prev.start if prev.text else s
            cells[-1] = Cell(
                start, e, _squash(text[start:e]).strip(), True, prev.line_start, line.end
            )
        else:
            cells.append(Cell(s, e, _squash(text[s:e]), False, line.start, line.end))
    return cells


def _strip_bounds(s: str, base: int) -> tuple[int, int]:
    left = len(s) - len(s.lstrip())
    right = len(s.rstrip())
    if right <= left:
        return base + left, base + left
    return base + left, base + right


# a line of prose: a capital, then words, a sentence stop later ("As of September 30, 2024,
# the Company expects to ...")
_SENTENCE_LINE = re.compile(r"[A-Z][a-z]*(?:\s+\S+){7,}.*[.;:]$")
_SCALE_SUFFIX = re.compile(
    r"^(?:['’]\s?(?:000|million|thousand)s?|\(?in (?:thousands|millions)\)?)$", re.I
)


def _joinable(prev: Cell, line: str) -> bool:
    if not prev.text:
        return True
    if _DASH_RE.match(prev.text) and not is_value_text(line.strip()):
        # "|—" + "Denominated in US$": a label's leading dash; but "|—" + a sentence of prose
        # (a paragraph after the table's last nil cell) is a nil and the prose after it
        return not _SENTENCE_LINE.match(line.strip())
    if is_value_text(prev.text):
        # "2018" + "RMB’million" is one header cell; a value followed by prose is not.
        return bool(_SCALE_SUFFIX.match(line.strip())) or bool(
            re.match(rf"^{_CURRENCY_MARK}\s?['’]\s?(?:000|million)", line.strip())
        )
    if prev.text in (")", "%") or _FOOTNOTE_RE.match(prev.text):
        return False
    got = _VALUE_RE.match(line.strip()) if _MARK_RE.match(prev.text) else None
    if got is not None and not (got.group("cur") or got.group("cur2")) and _VALUE_RE.match(
            f"{prev.text} {line.strip()}"):
        # "|" + "A$" + "1,138,377": a cell the viewer wrote over lines holds the mark and the
        # value after it, one amount ("|$" + "|1,200" stays two cells: that line has a pipe;
        # "Rs." + "810.0" too: a mark of the cells alone, which a value cell does not read)
        return True
    # A text cell continues with text ("|Cash" + "on hand"); a year, date or value on the next
    # line is a cell of its own (the one-cell-per-line layout after a piped caption).
    from extractor.tables.header import parse_header_cell

    nxt = line.strip()
    return not (is_value_text(nxt) or parse_header_cell(nxt) is not None)


# The stages of a table ask about the same cells again: a short cell's reading is kept by its
# text (a long one is prose, read once).
def is_value_text(t: str) -> bool:
    return _is_value_text(t) if len(t) <= MEMO_CHARS else bool(_VALUE_RE.match(t) or is_dash(t))


@lru_cache(maxsize=4096)
def _is_value_text(t: str) -> bool:
    return bool(_VALUE_RE.match(t) or is_dash(t))


def value_match(t: str) -> re.Match[str] | None:
    return _value_match(t) if len(t) <= MEMO_CHARS else _VALUE_RE.match(t)


_value_match = lru_cache(maxsize=4096)(_VALUE_RE.match)


def is_dash(t: str) -> bool:
    # (every dash cell opens with a dash or the "n" of "nil", or closes with the dash after
    # its currency mark: "$ —")
    return (t[:1] in _DASH_FIRST or t[-1:] in _DASH_FIRST) and _DASH_RE.match(t) is not None


_DASH_FIRST = "-–—−nN"


def dash_mark(t: str) -> str | None:
    """The currency mark a nil cell carries ("$ —" -> "$"), None when it has none."""
    m = _DASH_RE.match(t)
    return m.group("cur") if m else None


def is_footnote(t: str) -> bool:
    return bool(_FOOTNOTE_RE.match(t))


def is_mark(t: str) -> bool:
    return _is_mark(t) if len(t) <= MEMO_CHARS else bool(_MARK_RE.match(t))


@lru_cache(maxsize=4096)
def _is_mark(t: str) -> bool:
    return bool(_MARK_RE.match(t))
