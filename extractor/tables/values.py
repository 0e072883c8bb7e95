"""Value cells -> numbers with their own spans, signs, units and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.amounts import currency_code, normalize_number
from extractor.casefold import MEMO_CHARS
from extractor.tables.cells import Cell, dash_mark, is_dash, value_match


@dataclass(slots=True)
class Value:
    """One value of a row: the amount's own characters [start, end) and what the cell says."""

    cell: Cell
    start: int
    end: int
    amount: str
    amount_max: str | None = None
    unit: str | None = None  # the cell's own unit: a currency mark, "%", "years"
    explicit: bool = False  # the unit comes from the cell or a mark cell beside it
    pos: int = 0  # index of the cell within its row (pipe tables), for sparse rows
    open_paren: bool = False
    blank: bool = False  # an empty cell the viewer marked only with its currency mark


def blank_after_mark(mark: Cell, yen: str) -> Value:
    """The empty cell a lone currency mark stands for ("$ | $" or "$" ending a row): a blank
    slot that keeps its mark's unit, its span the empty position right after the mark. Its
    amount is "0" only for the arithmetic of totals and placement; the fact says null."""
    return Value(mark, mark.end, mark.end, "0", unit=currency_code(mark.text, yen),
                 explicit=True, blank=True)


def read_value(cell: Cell, text: str, yen: str, mark: str | None = None) -> Value | None:
    """Read a value cell ("$ 501", "(81,247", "¥ (18)", "3-5 years", "2.75%", "-", "—").

    `mark` is a currency mark standing in the cell before ("$" on its own line).
    """
    raw = text[cell.start : cell.end]
    read = _parse if len(raw) <= MEMO_CHARS else _parse.__wrapped__  # (a bounded memo)
    got = read(raw, cell.text, yen, mark)
    if got is None:
        return None
    start, end, amount, amount_max, unit, explicit, open_paren = got
    return Value(cell, cell.start + start, cell.start + end, amount, amount_max, unit, explicit,
                 open_paren=open_paren)


_Parsed = tuple[int, int, str, str | None, str | None, bool, bool]


@lru_cache(maxsize=4096)  # marks, dashes and small figures recur cell after cell
def _parse(raw: str, squashed: str, yen: str, mark: str | None) -> _Parsed | None:
    """A value cell's reading, its offsets relative to the cell's start."""
    if is_dash(squashed):
        own = dash_mark(squashed)  # "$ —": the nil keeps its cell's own mark
        if own is None:
            return 0, len(raw), "0", None, _mark_unit(mark, yen), mark is not None, False
        at = raw.find(own) + len(own)
        lead = at + len(raw[at:]) - len(raw[at:].lstrip())
        return lead, len(raw.rstrip()), "0", None, _mark_unit(own, yen), True, False
    m = value_match(raw.replace("\n", " "))
    if m is None:
        return None
    num_start = m.start("num")
    if m.group("open"):
        start = m.start("open")
    elif m.group("minus"):
        start = m.start("minus")  # "-1,234" or "$ -1,234": the sign is the amount's
    else:
        start = num_start
    end = m.end("close" if m.group("close") else "max" if m.group("max") else "num")
    negative = bool(m.group("open")) != bool(m.group("minus"))
    amount = normalize_number(m.group("num"), negative)
    amount_max = normalize_number(m.group("max")) if m.group("max") else None
    cur = m.group("cur") or m.group("cur2") or mark
    unit = None
    explicit = False
    if m.group("pct") or m.group("pct0") or m.group("pct1"):
        # "2.70%-4.30%" as "2.70-4.30%"; a negative rate "(33.14%)" as "(33.14)%"
        unit, explicit = "percent", True
    elif m.group("unitw"):
        unit = "year" if m.group("unitw").lower().startswith("year") else "month"
        explicit = True
    elif cur:
        unit = currency_code(cur, yen)
        explicit = True
    if m.group("max") and m.group("sep") not in (None, "~") and not (
            m.group("unitw") or m.group("pct") or m.group("pct0") or m.group("pct1")):
        # "2019-2020" or "1-2" without a unit is not a range we can type; "0.50~0.75" (the
        # range sign of East Asian filers, never a span of years) is, its column's unit its own
        return None
    return (start, end, amount, amount_max, unit, explicit,
            bool(m.group("open")) and not m.group("close"))


def _mark_unit(mark: str | None, yen: str) -> str | None:
    return currency_code(mark, yen) if mark else None


def quote_for(text: str, v: Value) -> str:
    """The value's cell as written (one line), which contains the span."""
    line_start = text.rfind("\n", 0, v.start) + 1
    line_end = text.find("\n", v.end)
    line_end = len(text) if line_end < 0 else line_end
    q = text[line_start:line_end]
    lead = len(q) - len(q.lstrip(" |"))
    q = q[lead:].rstrip()
    if not q or v.start < line_start + lead:
        if v.blank and v.cell.start < v.start:
            # a blank on an empty line of its row: the words from its row's label to it
            return text[max(v.cell.start, v.start - 80) : v.start]
        return text[v.start : v.end]
    return q


# (one "*" a step, possessive: "\*+" inside the repeated group made a run of 40 asterisks before
# a word take minutes, as each split of the run was tried)
_FOOTNOTE_TAIL = re.compile(
    r"(?:\s*+(?:\(\s?(?:[ivx]{1,5}|\d{1,2}|[a-h])\s?\)|\[\d+\]|\*))++\s*$")
# a tail of footnote marks is short: the search starts this far from the end, so that a label
# of a thousand marks before a word costs no more than a short one
_TAIL_REACH = 120


def _without_footnote_tail(s: str) -> str:
    m = _FOOTNOTE_TAIL.search(s, max(0, len(s) - _TAIL_REACH))
    return s[: m.start()] if m else s


_DEFINED = re.compile(r"\s*\(\s?[“\"][^”\"]{1,30}[”\"]\s?\)")


_SCALE_PAREN = re.compile(r"\s*\((?:[A-Z]{0,3}\s?\$|RMB|HKD|USD|EUR|€|£|¥)?\s?['’]?000\)\s*$")
_NOTE_TAIL = re.compile(r"\(\s?[Nn]ote\s?[\w().]*\)\s*$")
_LIST_MARKER = re.compile(r"^\(?(?:[ivxIVX]{1,5}|[a-hA-H]|\d{1,2})\)\s+(?=\w)")
_DIGIT_MARK_END = re.compile(r"\(\d\)(?=:?$)")


# "Notes Payable (net of debt discount $0 and $133,827 at ..., respectively)": the bracket
# states other amounts (facts of their own), not the measure's words
_AMOUNT_PAREN = re.compile(
    r"\s*\((?:net\s+of|less|including|excluding)\b[^()]*?[$€£¥]\s?\d[^()]*\)", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def clean_label(s: str) -> str:
    """A row's words: footnote marks, defined-term brackets, leading dashes and colons out."""
    s = " ".join(s.split())
    # every pattern below needs one of these (most labels hold none: their scans are skipped)
    marked = ")" in s or "]" in s or "*" in s
    if marked:
        s = _DEFINED.sub("", s)
        s = _without_footnote_tail(s)
        s = _NOTE_TAIL.sub("", s).strip()
        s = _SCALE_PAREN.sub("", s).strip()  # "Net carrying amount (US$’000)": the scale, said
        s = _without_footnote_tail(_AMOUNT_PAREN.sub("", s)).strip()
    s = s.lstrip("—–-•· ").strip()
    if marked:
        # a list marker opening a section heading: "(II) Long-term receivable", "a) Due to"
        s = _LIST_MARKER.sub("", s)
        s = _DIGIT_MARK_END.sub("", s).strip()
    return s.rstrip(":").strip()
