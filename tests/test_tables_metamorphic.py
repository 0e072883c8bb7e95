"""Metamorphic tests: rewriting a labelled table page in ways the viewer also writes tables must
leave the reader's facts unchanged, or change them in the way the rewrite says.

Each transform is applied to every labelled table page it changes; the reader's facts on the
rewritten text are compared with its facts on the original (not with gold), as a multiset of
(period, amount, unit, scale, blank). A failure is a layout the reader does not generalise to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor import tables
from extractor.document import read_document, split_lines
from extractor.periods import parse_header_date
from extractor.tables.cells import is_value_text, tokenise

GOLD = Path(__file__).resolve().parents[1] / "gold"
# Table pages whose text may be rewritten here (the held-out pages are not among them).
_PAGES = (
    "002_", "003_", "cik1592560", "cik1498576", "cik1625414", "cik833444", "cik1744676",
    "cik1835615", "cik1295484", "cik1608390", "cik1698514", "cik1161611", "cik1965473",
    "cik2041338", "cik1951229", "cik1930510",
)

Key = tuple[str | None, str | None, str | None, int, bool]


def _pages() -> list[Path]:
    out = []
    for prefix in _PAGES:
        out.extend(sorted(GOLD.glob(f"{prefix}*.txt")))
    return out


def _facts(text: str) -> Counter[Key]:
    part = tables.extract_tables(read_document(text, "m"))
    return Counter((f.period, f.amount, f.unit, f.scale, f.blank) for f in part.facts)


# A value cell on its own line: "|3,000", "|$ 501", "|¥ (18)"; years and list marks are not.
_VALUE_LINE = re.compile(r"^\|(?P<v>(?:[$¥€] )?\(?\d[\d,.]*\)?)$")
_NOT_VALUE = re.compile(r"^\|(?:(?:19|20)\d\d|\(\d{1,2}\))$")


def _per_value_line(fn: Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        out = []
        for line in text.split("\n"):
            m = _VALUE_LINE.match(line)
            whole_negative = "(" not in line or ")" in line
            out.append(fn(m) if m and whole_negative and not _NOT_VALUE.match(line) else line)
        return "\n".join(out)

    return rewrite


def _split_negative(closer: str) -> Callable[[re.Match[str]], str]:
    def fn(m: re.Match[str]) -> str:
        v = m.group("v")
        if v.startswith("(") or re.match(r"^[$¥€] \(", v):
            return f"|{v.rstrip(')')}\n{closer}"
        return m.group(0)

    return fn


def _dollar_cell(m: re.Match[str]) -> str:
    v = m.group("v")
    return f"|$\n|{v[2:]}" if v.startswith("$ ") else m.group(0)


def _shift_years(text: str) -> str:
    return re.sub(r"(?<!\d)(20[12]\d)(?!\d)", lambda m: str(int(m.group(1)) - 4), text)


def _drop_empty_cells(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:1] + [ln for ln in lines[1:] if ln.strip() != "|"])


def _to_hkd(text: str) -> str:
    return (
        text.replace("RMB", "HK$").replace("CNY (¥)", "HKD (HK$)").replace("¥", "HK$")
        .replace("CNY", "HKD")
    )


def _to_currency(mark: str, code: str) -> Callable[[str], str]:
    """Every renminbi and yen mark of the page becomes another currency's mark and code."""

    def rewrite(text: str) -> str:
        return (
            text.replace("CNY (¥)", f"{code} ({mark})").replace("¥", mark)
            .replace("CNY", code).replace("RMB", mark)
        )

    return rewrite


def _to_eur(text: str) -> str:
    return text.replace("¥", "€").replace("CNY", "EUR")


def _scale_under_caption(line: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        out = []
        for ln in text.split("\n"):
            out.append(ln)
            if ln.lower().startswith("|schedule of"):
                out.append(line)
        return "\n".join(out)

    return rewrite


def _in_thousands(c: Counter[Key]) -> Counter[Key]:
    out: Counter[Key] = Counter()
    for (p, a, u, s, b), n in c.items():
        money = u not in (None, "percent", "year", "month", "share")
        out[(p, a, u, 3 if money and s == 0 else s, b)] += n
    return out


_NOTE_LINE = re.compile(r"^\|\[\d+\]$")


def _is_value_line(line: str) -> bool:
    t = line[1:].strip() if line.startswith("|") else ""
    return bool(t) and (is_value_text(t) or parse_header_date(t) is not None)


def _reverse_details_columns(text: str) -> str:
    """A Details page with its value columns in reverse order: the header blocks ("|" + date
    + unit) reversed, and each row's values reversed (a sparse row's too: the cues that place
    it travel with it). Pages whose columns mix durations and instants are left alone, since a
    "12 Months Ended" over the first columns would then cover other ones."""
    doc = read_document(text, "swap")
    n = len(doc.columns)
    if n < 2 or len({(c.period or "").startswith("P") for c in doc.columns}) != 1:
        return text
    lines = text.split("\n")
    i = 1
    while i < len(lines) and lines[i] != "|":
        i += 1
    while i < len(lines) and re.match(r"^\|\d+ Months Ended$", lines[i]):
        i += 1
    blocks: list[list[str]] = []
    j = i
    while j < len(lines) and lines[j] == "|" and len(blocks) < n:
        k = j + 1
        while k < len(lines) and not lines[k].startswith("|"):
            k += 1
        blocks.append(lines[j:k])
        j = k
    if len(blocks) != n or any(len(b) < 2 for b in blocks):
        return text
    out = lines[:i] + [ln for b in reversed(blocks) for ln in b]
    body = lines[j:]
    p = 0
    while p < len(body):
        if not _is_value_line(body[p]):
            out.append(body[p])
            p += 1
            continue
        vals = []
        while p < len(body) and (_is_value_line(body[p]) or _NOTE_LINE.match(body[p])):
            if _NOTE_LINE.match(body[p]):
                return text  # a mark between a row's values: its place is not clear
            vals.append(body[p])
            p += 1
        if len(vals) > n:
            return text
        out.extend(reversed(vals))
    return "\n".join(out)


def _one_cell_per_line(text: str) -> str:
    """A policy page's tables rendered with no pipes, each cell's text on one line (empty
    cells gone). Details pages keep their layout: their header needs it."""
    if read_document(text, "cells").columns:
        return text
    first, _, rest = text.partition("\n")
    cells = tokenise(rest, split_lines(rest))
    return "\n".join([first] + [c.text for c in cells if c.text])


_HEADER_TOKEN = re.compile(
    r"^(?:(?:19|20)\d\d|RMB|US\$|HK\$|\$|¥|€|RM|USD|RMB['’]000|US\$['’]000)$"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _reverse_grid_columns(text: str) -> str:
    """A policy page, one cell per line, with every table's value columns in reverse order:
    runs of header years and of currency marks reversed, and every row whose value count is
    the header's width reversed (a split negative's ")" travels with it). The rewrite gives up
    (returns the text unchanged) on a row of another width, where the order is unclear."""
    if read_document(text, "grid").columns:
        return text
    lines = _one_cell_per_line(text).split("\n")
    out: list[str] = []
    width: int | None = None
    p = 0
    while p < len(lines):
        t = lines[p].strip()
        if _HEADER_TOKEN.match(t):
            q = p
            while q < len(lines) and _HEADER_TOKEN.match(lines[q].strip()) and bool(
                _YEAR.match(lines[q].strip())
            ) == bool(_YEAR.match(t)):
                q += 1
            if q - p >= 2:
                width = q - p
            out.extend(reversed(lines[p:q]))
            p = q
            continue
        if is_value_text(t) and not _YEAR.match(t):
            run: list[list[str]] = []
            while p < len(lines) and is_value_text(lines[p].strip()) and not _YEAR.match(
                lines[p].strip()
            ):
                item = [lines[p]]
                p += 1
                if p < len(lines) and lines[p].strip() in (")", ")%"):
                    item.append(lines[p])
                    p += 1
                run.append(item)
            if width and len(run) == width:
                run.reverse()
            elif width and len(run) > 1:
                return text
            out.extend(x for item in run for x in item)
            continue
        out.append(lines[p])
        p += 1
    return "\n".join(out)


_MONTH_DAY = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (\d{1,2}),(\s*)((?:19|20)\d\d)?"
)


def _day_first_headers(text: str) -> str:
    """Short (header) lines with the day first, as IFRS and Hong Kong filers write them:
    "December 31, 2023" -> "31 December 2023", "Year ended December 31," -> "... 31 December"."""

    def swap(m: re.Match[str]) -> str:
        return f"{m.group(2)} {m.group(1)}" + (m.group(3) + m.group(4) if m.group(4) else "")

    return "\n".join(
        _MONTH_DAY.sub(swap, ln) if len(ln) < 60 else ln for ln in text.split("\n")
    )


_OPEN_ROW = re.compile(
    r"^(\|?)(?:Balance at the beginning of the (?:year|period)|At beginning of the year)$", re.I
)
_CLOSE_ROW = re.compile(
    r"^(\|?)(?:Balance at the end of the (?:year|period)|At end of the year)$", re.I
)


def _balance_rows_as(opening: str, closing: str) -> Callable[[str], str]:
    """Roll-forward balance rows worded another way (keeping "year", which dates them)."""

    def rewrite(text: str) -> str:
        out = []
        for ln in text.split("\n"):
            ln = _OPEN_ROW.sub(lambda m: m.group(1) + opening, ln)
            out.append(_CLOSE_ROW.sub(lambda m: m.group(1) + closing, ln))
        return "\n".join(out)

    return rewrite


def _mark_cell_after_labels(mark: str, details: bool = True) -> Callable[[str], str]:
    """A footnote mark in a cell of its own after every row label whose next cell is a value
    ("|Short term borrowings" + "|[1]" + "|¥ 15,000"). "(1)" is left off Details pages, where
    a cell "(1)" is a negative one, and off rows whose first value is a "(2)" cell: a run of
    such cells reads as negatives."""

    def rewrite(text: str) -> str:
        if not details and read_document(text, "marks").columns:
            return text
        lines = text.split("\n")
        out = []
        for i, ln in enumerate(lines):
            out.append(ln)
            if not re.match(r"^\|[A-Za-z]", ln) or _HEADER_TOKEN.match(ln[1:].strip()):
                continue
            j = i + 1
            while j < len(lines) and lines[j].strip() == "|":
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            if (nxt.startswith("|") and _is_value_line(nxt) and not _YEAR.match(nxt[1:].strip())
                    and not (mark == "(1)" and re.match(r"^\(\d{1,2}\)$", nxt[1:].strip()))):
                out.append(f"|{mark}")
        return "\n".join(out)

    return rewrite


def _percent_sign_apart(text: str) -> str:
    """"|2.75%" -> "|2.75" + "|%": the percent sign in a cell of its own."""
    return re.sub(r"^(\|(?:[$¥€] )?\(?\d[\d,.]*\)?) ?%$", r"\1\n|%", text, flags=re.M)


def _percent_sign_joined(text: str) -> str:
    """"|100" + "|%" -> "|100%"."""
    return re.sub(r"^(\|\(?\d[\d,.]*\)?)\n\|%$", r"\1%", text, flags=re.M)


_PAREN_NEGATIVE = re.compile(r"^\|([$¥€] )?\((\d[\d,.]{1,})(?:\)|\n\|\))$", re.M)


def _minus_for_brackets(sign: str) -> Callable[[str], str]:
    """Negatives written with a leading minus instead of brackets ("(1,234)" or "(1,234" + ")"
    -> "-1,234"); one-digit "(1)" is left alone, being a list mark as often as a value."""

    def rewrite(text: str) -> str:
        return _PAREN_NEGATIVE.sub(lambda m: f"|{m.group(1) or ''}{sign}{m.group(2)}", text)

    return rewrite


def _same(c: Counter[Key]) -> Counter[Key]:
    return c


def _years_shifted(c: Counter[Key]) -> Counter[Key]:
    out: Counter[Key] = Counter()
    for (p, a, u, s, b), n in c.items():
        p2 = re.sub(r"20[12]\d", lambda m: str(int(m.group(0)) - 4), p) if p else p
        out[(p2, a, u, s, b)] += n
    return out


def _unit_renamed(old: str, new: str) -> Callable[[Counter[Key]], Counter[Key]]:
    def expect(c: Counter[Key]) -> Counter[Key]:
        out: Counter[Key] = Counter()
        for (p, a, u, s, b), n in c.items():
            out[(p, a, new if u == old else u, s, b)] += n
        return out

    return expect


TRANSFORMS: dict[str, tuple[Callable[[str], str], Callable[[Counter[Key]], Counter[Key]]]] = {
    "footnote mark after the value": (_per_value_line(lambda m: f"{m.group(0)} [1]"), _same),
    "footnote mark before the value": (
        _per_value_line(lambda m: f"|[1] {m.group('v')}"), _same),
    "(1) footnote mark before the value": (
        _per_value_line(lambda m: f"|(1) {m.group('v')}"), _same),
    "')' of a negative in the next cell": (_per_value_line(_split_negative("|)")), _same),
    "')' of a negative on the next line": (_per_value_line(_split_negative(")")), _same),
    "'$' in a cell of its own": (_per_value_line(_dollar_cell), _same),
    "years four earlier": (_shift_years, _years_shifted),
    "day-first header dates": (_day_first_headers, _same),
    "leading '-' for brackets": (_minus_for_brackets("-"), _same),
    "leading '−' (U+2212) for brackets": (_minus_for_brackets("−"), _same),
    "'%' in a cell of its own": (_percent_sign_apart, _same),
    "'%' joined to its value": (_percent_sign_joined, _same),
    "[1] cell after row labels": (_mark_cell_after_labels("[1]"), _same),
    "(a) cell after row labels": (_mark_cell_after_labels("(a)"), _same),
    "(1) cell after policy-table row labels": (
        _mark_cell_after_labels("(1)", details=False), _same),
    "balance rows 'Balance, beginning of year'": (
        _balance_rows_as("Balance, beginning of year", "Balance, end of year"), _same),
    "balance rows 'Balance as of beginning of year'": (
        _balance_rows_as("Balance as of beginning of year", "Balance as of end of year"), _same),
    "Details columns in reverse order": (_reverse_details_columns, _same),
    "one cell per line, no pipes": (_one_cell_per_line, _same),
    "policy table columns in reverse order (one cell per line)": (_reverse_grid_columns, _same),
    "RMB and CNY become HK$": (_to_hkd, _unit_renamed("CNY", "HKD")),
    "¥ and CNY become €": (_to_eur, _unit_renamed("CNY", "EUR")),
    "RMB, ¥ and CNY become £/GBP": (_to_currency("£", "GBP"), _unit_renamed("CNY", "GBP")),
    "RMB, ¥ and CNY become A$/AUD": (_to_currency("A$", "AUD"), _unit_renamed("CNY", "AUD")),
    "RMB, ¥ and CNY become ₩/KRW": (_to_currency("₩", "KRW"), _unit_renamed("CNY", "KRW")),
    "(in thousands) under the caption": (_scale_under_caption("(in thousands)"), _in_thousands),
    "(In thousands) cell under the caption": (
        _scale_under_caption("|(In thousands)"), _in_thousands),
}

# Rewrites that lose information a page needs: dropping the empty cells of a page whose
# sparse rows are placed by position only.
_KNOWN_LOSSY = {("drop empty cells", "cik1930510"), ("one cell per line, no pipes", "cik1930510")}
TRANSFORMS["drop empty cells"] = (_drop_empty_cells, _same)


def _applies(name: str, page: Path) -> bool:
    """Only rewrites that change the page and keep what it needs make a case."""
    if any(name == n and page.name.startswith(p) for n, p in _KNOWN_LOSSY):
        return False
    text = page.read_text(encoding="utf-8")
    return TRANSFORMS[name][0](text) != text


def _cases() -> list[tuple[str, Path]]:
    return [(name, p) for name in TRANSFORMS for p in _pages() if _applies(name, p)]


@pytest.mark.parametrize(
    ("name", "page"), _cases(), ids=[f"{n}-{p.stem[:20]}" for n, p in _cases()]
)
def test_rewritten_table_page_gives_the_facts_the_rewrite_implies(name: str, page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    rewrite, expect = TRANSFORMS[name]
    new = rewrite(text)
    if rewrite is _reverse_grid_columns:
        text = _one_cell_per_line(text)  # compared with the same layout, columns in order
    want = expect(_facts(text))
    got = _facts(new)
    missing, extra = want - got, got - want
    assert not missing and not extra, (list(missing)[:3], list(extra)[:3])
