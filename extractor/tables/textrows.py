"""Tables the viewer rendered as plain lines: a row's label and values on one line.

Some (Tables) pages come out with no pipes and no line per cell: "Customer relationships47,547
47,547", "Less: Accumulated amortization(13,293)(9,838)", "Finished goods   $ 3,535     $
3,216", a header "    September 30, 2017     December 31, 2016" or "Three Months EndedSix
Months Ended". Here such a line is cut into the cells the one-cell-per-line reader knows (a
label, then one cell per value; one cell per header), each keeping its own offsets. A line is
cut only when its tail is two or more amounts (not all of them years) after a short label that
is no sentence, when every piece of it is a header cell, or when it is years glued together
("20242023"), so prose keeps its lines.
"""

from __future__ import annotations

import re

from extractor.tables.cells import Cell
from extractor.tables.header import parse_header_cell
from extractor.tables.kinds import is_prose
from extractor.vocabulary import MONTH

_VALUE = (r"(?:(?<![\d,.])\$?\s?\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,])\)?(?: ?%)?"
          r"|[—–](?![\w]))")  # an em or en dash: an explicit zero
_TAIL = re.compile(rf"(?:{_VALUE}\s*){{2,}}$")
# "Current period provision560", "Write-off(1,095)", "Over 1 year87.3 %": one value glued to
# its label (two digits at least, or formatted: "Currency1)" is a footnote mark, "A1" a name)
_GLUED_TAIL = re.compile(
    r"(?<=[a-z])(?:\$?\(?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(\d{2,}(?:\.\d+)?\)"
    r"|\d{2,}(?:\.\d+)?|\d+\.\d+)(?: ?%)?\s*$"
    # "Allowance, January 1, 2023$1,006": a label ending in a date, glued to a marked value
    r"|(?<=(?:19|20)\d\d)\$\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?\s*$"
)
_GLUED_LABEL_WORDS = 16  # a glued row's label may be longer: the glue says it is a row
_ONE = re.compile(_VALUE)
_VALUE_CHAR = re.compile(r"[\d—–]")
_VALUE_END = (")", "%", "—", "–")
_YEAR = re.compile(r"\(?(?:19|20)\d\d\)?")
_AMOUNT_IN_LABEL = re.compile(r"\$\s?\d|\d,\d{3}")
_FORMATTED = re.compile(r"[$,.()%—–]")  # a formatted amount: a mark, a separator, a sign
_GLUED_YEARS = re.compile(r"(?:(?:19|20)\d\d){2,4}")
_GAP = re.compile(r"\s{2,}")
_GLUED_HEAD = re.compile(r"(?<=Ended)(?=[A-Z])")  # "Three Months EndedSix Months Ended"
_MONTH_ONLY = re.compile(MONTH, re.IGNORECASE)
_MAX_LABEL_WORDS = 12
_MAX_LINE = 240  # characters: the longest row line read (the tail search is quadratic in it)


def split_text_rows(text: str, cells: list[Cell]) -> list[Cell]:
    """The cells with each one-line table row or header cut into its cells."""
    out: list[Cell] = []
    for c in cells:
        parts = None if c.piped else _split(text, c)
        out.extend(parts or [c])
    return out


def _split(text: str, c: Cell) -> list[Cell] | None:
    if c.end - c.start > _MAX_LINE:
        return None  # a table row's line is short; a long one is prose (or hostile text)
    raw = text[c.start : c.end]
    if "\n" in raw:
        return None  # a cell over lines is no one-line row
    return _row(raw, c) or _header(raw, c) or _years(raw, c)


def _years(raw: str, c: Cell) -> list[Cell] | None:
    """ "20242023": a header's years glued together -> "2024", "2023"."""
    if len(raw) not in (8, 12, 16) or not _GLUED_YEARS.fullmatch(raw):
        return None
    return [_cell(raw, c, k, k + 4) for k in range(0, len(raw), 4)]


def _row(raw: str, c: Cell) -> list[Cell] | None:
    """ "Intellectual property$12,450 $12,450" -> label, "$12,450", "$12,450"."""
    # every value of a tail ends on a digit, ")", "%" or a dash, and holds a digit or a dash:
    # a line that ends otherwise, or holds neither, skips the searches
    last = raw.rstrip()[-1:]
    if not (last.isdecimal() or last in _VALUE_END) or not _VALUE_CHAR.search(raw):
        return None
    m = _TAIL.search(raw) or _GLUED_TAIL.search(raw)
    if m is None:
        return None
    label = raw[: m.start()].rstrip()
    glued = (bool(label) and label == raw[: m.start()] and label[-1].isalnum()
             and not raw[m.start()].isspace())  # "balance319": no space before the value
    dated = glued and label[-1].isdigit() and raw[m.start()] == "$"
    if label and (not re.search(r"[A-Za-z]", label)
                  or not (dated or re.search(r"[A-Za-z:)\]]$", label))):
        return None  # the tail continues a number or a date of the label
    words = _GLUED_LABEL_WORDS if glued else _MAX_LABEL_WORDS
    if label and (is_prose(label) or len(label.split()) > words):
        return None
    if _AMOUNT_IN_LABEL.search(label):
        return None  # a sentence with amounts of its own, not a row's label
    values = [v for v in _ONE.finditer(raw, m.start()) if v.group().strip()]
    if dated:
        values = [m]  # (the "$" after a year is the value's own mark)
    if all(_YEAR.fullmatch(v.group().strip()) for v in values):
        return None  # "2024 2023": a header's years
    if _MONTH_ONLY.fullmatch(label) and _YEAR.fullmatch(values[0].group().strip()):
        return None  # "April 2025 (2)": a maturity date and its footnote mark, not a row
    if not glued and not any(_FORMATTED.search(v.group()) for v in values):
        # "Tranche 2 3": bare small numbers say nothing of a table; but a label glued to its
        # first value ("Beginning balance319 689 579") is the flattened row's own mark
        return None
    out = [_cell(raw, c, 0, len(label))] if label else []
    out.extend(_cell(raw, c, v.start(), v.end()) for v in values)
    return out


def _header(raw: str, c: Cell) -> list[Cell] | None:
    """ "September 30, 2017     December 31, 2016" -> one cell per date."""
    # (a printable text's only space is " ": without "  " it has no gap, and the scan is spared)
    if "Ended" not in raw and ((raw.isprintable() and "  " not in raw) or _GAP.search(raw) is None):
        return None  # one piece: no gap, nothing glued after "Ended"
    bounds: list[tuple[int, int]] = []
    pos = 0
    for gap in [*_GAP.finditer(raw), None]:
        end = gap.start() if gap is not None else len(raw)
        piece = raw[pos:end]
        sub = 0
        for cut in [*(g.start() for g in _GLUED_HEAD.finditer(piece)), len(piece)]:
            if piece[sub:cut].strip():
                bounds.append((pos + sub, pos + cut))
            sub = cut
        pos = gap.end() if gap is not None else len(raw)
    if len(bounds) < 2 or not all(parse_header_cell(raw[s:e]) for s, e in bounds):
        return None
    return [_cell(raw, c, s, e) for s, e in bounds]


def _cell(raw: str, c: Cell, s: int, e: int) -> Cell:
    """The cell of raw[s:e] (raw being the text of `c`), its whitespace stripped."""
    piece = raw[s:e]
    start = c.start + s + len(piece) - len(piece.lstrip())
    body = piece.strip()
    return Cell(start, start + len(body), " ".join(body.split()), False, c.line_start,
                c.line_end)
