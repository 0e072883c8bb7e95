"""Reading a note as the SEC viewer rendered it: header, page period, scales, body, boilerplate.

Everything here keeps offsets into the original text, so any span computed later is true to
the file the user gave. Nothing is rewritten: the body is a region of the text, not a copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from extractor.casefold import folded, has_any
from extractor.errors import DocumentError
from extractor.headerspans import ColumnDraft, spread_durations
from extractor.periods import parse_header_date
from extractor.textfile import MAX_BYTES, decode, load_text, mib
from extractor.vocabulary import OTHER_UNITS, SCALE_WORDS, is_member, member_name

if TYPE_CHECKING:  # the tables import this module
    from extractor.tables.scalenote import ScaleNote

__all__ = ["MAX_BYTES", "Column", "Document", "DocumentError", "Line", "decode", "load_text",
           "mib", "read_document", "split_lines"]



@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text with its offsets ([start, end) excludes the newline)."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class Column:
    """A value column of a Details page, from the header: its period and unit."""

    period: str | None
    unit: str | None
    label: str
    members: tuple[str, ...] = ()
    counts: tuple[str, ...] = ()
    """Units of no money the header lists under the column ("loan", "item", "tranche"): the
    viewer names every unit the column's cells use, so a row in one sits in such a column."""


@dataclass(frozen=True)
class Document:
    """A note's text and what its header says about the whole page."""

    doc_id: str
    text: str
    title: str | None = None
    body_start: int = 0
    body_end: int = 0
    period: str | None = None
    """The page's period header ("12 Months Ended | Dec. 31, 2023" -> "P12M/2023-12-31")."""
    scales: dict[str, int] = field(default_factory=dict)
    """Scale per unit from the header ("¥ in Thousands, $ in Thousands" -> CNY: 3, USD: 3);
    the key "*" holds a scale for every unit ("In Thousands, unless otherwise specified")."""
    scale_statement: str | None = None
    """A header line stating the scale of all not said otherwise, in the filing's words."""
    unit: str | None = None
    """The page's unit from its title ("... (Details) - CNY (¥)")."""
    yen: str = "CNY"
    """What "¥" means in this document: CNY for Chinese filers, JPY for Japanese ones."""
    columns: tuple[Column, ...] = ()
    """Value columns of a Details page, in order; empty for other pages."""
    source: str | None = None
    cell_columns: tuple[tuple[int, int, int], ...] = ()
    """[start, end) and column index of each value cell whose column the input itself gives
    (an R page's HTML keeps the empty cells the text drops); sorted, empty for text inputs."""
    kind: str = "text"
    """What the input was: "text" (the viewer's text as given), or HTML rendered to that
    layout: "rpage", "ixbrl", "html" (see extractor.html); spans refer to `text` either way."""

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]

    @cached_property
    def year_to_date_period(self) -> str | None:
        """The page's year-to-date period: its period when that is six or nine months, else,
        on a page of a quarter beside its year-to-date columns ("3 Months Ended | 9 Months
        Ended"), the first of those columns; None when the page has none."""
        if (self.period or "").startswith(("P6M/", "P9M/")):
            return self.period
        return next((c.period for c in self.columns
                     if (c.period or "").startswith(("P6M/", "P9M/"))), None)

    @cached_property
    def year_period(self) -> str | None:
        """The period the page's prose reads its years against ("fiscal 2024", "2023"): the
        page's period, or on a Details page opened by an event's month ("1 Months Ended |
        12 Months Ended" over "Mar. 31, 2025 | Feb. 01, 2025 ...") its first year column's,
        since the event's day says nothing of when the filer's years end."""
        if not (self.period or "").startswith("P1M/"):
            return self.period
        return next((c.period for c in self.columns if (c.period or "").startswith("P12M/")),
                    self.period)

    @cached_property
    def body_lines(self) -> list[Line]:
        """The body's lines, split once and shared by the table and prose readers."""
        return split_lines(self.text, self.body_start, self.body_end)

    def lines(self, start: int | None = None, end: int | None = None) -> list[Line]:
        """The lines of the text between offsets (default: the body), with offsets."""
        if start is None and end is None:
            return self.body_lines
        return split_lines(
            self.text,
            self.body_start if start is None else start,
            self.body_end if end is None else end,
        )

    def scale_for(self, unit: str | None) -> int:
        """The scale the header applies to amounts of `unit` (0 when it says nothing)."""
        if unit is not None and unit in self.scales:
            return self.scales[unit]
        if unit is None or unit in OTHER_UNITS:
            return 0 if unit is not None else self.scales.get("*", 0)
        return self.scales.get("*", 0)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Split text[start:end] into lines, keeping each line's offsets in `text`."""
    end = len(text) if end is None else end
    parts = text[start:end].split("\n")
    if not parts[-1]:
        parts.pop()  # a final newline (or an empty range) opens no line
    out: list[Line] = []
    for part in parts:
        out.append(Line(start, start + len(part), part))
        start += len(part) + 1
    return out


_SCALE_WORDS = SCALE_WORDS | {"units": 0}
_SCALE_LINE = re.compile(
    r"^(?:(?P<mark>[^\s,]+(?: /\s*\w+)?)\s+)?in\s+(?P<word>Thousands|Millions|Billions|Units)\b",
    re.IGNORECASE,
)
_MONTHS_ENDED = re.compile(r"^\|?\s*(\d+)\s+Months\s+Ended\s*$", re.IGNORECASE)
_UNIT_LINE = re.compile(r"^([A-Z]{3})(?:\s*\(([^)]*)\))?$")
_PER_UNIT_LINE = re.compile(r"^\S{1,4}\s*/\s*(?:shares?|units?|share|unit)$", re.IGNORECASE)
# "... (Details) - CNY (¥)", and the older viewer's "... (Details) (JPY ¥)", "(USD $)"
_WORD_UNIT = re.compile(r"^[a-z][a-z_]{1,24}$", re.IGNORECASE)  # "shares", "pure", "item"
_TITLE_UNIT = re.compile(r"(?:\s-\s([A-Z]{3})\s*\(([^)]+)\)|\s\(([A-Z]{3})\s[^\w\s)]{1,3}\))\s*$")


_BANNER = re.compile(r"(?:XML\s+\d+\s+)?R\d+\.html?\s+IDEA:\s+XBRL DOCUMENT\b", re.IGNORECASE)


def read_document(text: str, doc_id: str = "doc", source: str | None = None) -> Document:
    """Read the viewer's header and find the body of a note.

    Recognises the title, the scale line ("¥ in Thousands, $ in Thousands"), the period header
    ("12 Months Ended" over "Dec. 31, 2023"), Details-page value columns (date, member and unit
    lines between "|" separators), and cuts the "|X - Definition ... + References" boilerplate.
    """
    lines = split_lines(text)
    body_end = _boilerplate_start(lines, len(text))
    i = 0
    while i < len(lines) and lines[i].stripped in ("", "|"):
        i += 1
    i, banner = _past_banner(lines, i)
    title = unit = statement = None  # statement: a blanket scale line of the header
    if i < len(lines) and lines[i].start < body_end and _is_title(text, lines[i], banner):
        title = lines[i].stripped.lstrip("|").strip()
        m = _TITLE_UNIT.search(title)
        if m:
            unit = m.group(1) or m.group(3)
        i += 1
    yen = _yen_meaning(text, title or "", unit)
    scales: dict[str, int] = {}
    columns: list[ColumnDraft] = []
    months: int | None = None
    durations: list[int] = []
    pending_sep = False
    header_end = lines[i].start if i < len(lines) else len(text)
    while i < len(lines) and lines[i].start < body_end:
        s = lines[i].stripped
        inner = s.lstrip("|").strip()
        if s == "|":
            pending_sep = True
        elif sm := _scale_line(inner, yen):
            scales.update(sm)
        elif (blanket := _blanket_line(inner, yen)) is not None:
            scales[blanket.unit or "*"], statement = blanket.scale, inner
        elif m := _MONTHS_ENDED.match(s):
            months = int(m.group(1))
            durations.append(months)
            pending_sep = False
        elif (date := parse_header_date(inner)) is not None:
            if pending_sep or not columns or columns[-1].get("date"):
                columns.append({"date": date, "months": months, "unit": None, "members": []})
            else:
                columns[-1]["date"] = date
            pending_sep = False
        elif not (columns and not s.startswith("|")
                  and _column_line(columns[-1], inner, lines, i, body_end, yen)):
            break
        i += 1
        header_end = lines[i].start if i < len(lines) else len(text)
    spread_durations(columns, durations)
    cols = tuple(_column(c, unit) for c in columns)
    period = None
    if len(cols) >= 1:
        period = cols[0].period
    return Document(
        doc_id=doc_id,
        text=text,
        title=title,
        body_start=min(header_end, body_end),
        body_end=body_end,
        period=period,
        scales=scales,
        scale_statement=statement,
        unit=unit,
        yen=yen,
        columns=cols if len(cols) > 1 or _is_details(title) else (),
        source=source,
    )


def _is_title(text: str, line: Line, banner: bool = False) -> bool:
    """The viewer's page title: the first line of a page that opens with "|" (or under the
    viewer's banner), short, and not a sentence (a page may open straight into prose)."""
    s = line.stripped.lstrip("|").strip()
    viewer_page = (banner or text.lstrip().startswith("|") or "(Details" in s
                   or "(Tables)" in s)
    return viewer_page and 0 < len(s) <= 200 and not s.endswith((".", ":"))


def _is_details(title: str | None) -> bool:
    return bool(title and "(Details" in title)


def _past_banner(lines: list[Line], i: int) -> tuple[int, bool]:
    """Past "XML 47 R34.htm IDEA: XBRL DOCUMENT v3.24.2.u1", the viewer's banner over the
    title (and the empty lines after it); whether there was one."""
    if i >= len(lines) or not _BANNER.match(lines[i].stripped):
        return i, False
    i += 1
    while i < len(lines) and lines[i].stripped in ("", "|"):
        i += 1
    return i, True


def _column_line(
    column: ColumnDraft, inner: str, lines: list[Line], i: int, end: int, yen: str
) -> bool:
    """Whether a line under a column's date belongs to that column (its unit or a member),
    recording what it says."""
    if (code := _unit_line(inner)) is not None:
        # "USD ($)" under a date; a "|RMS" line is the body's first member, not a unit;
        # "¥ / shares" under "JPY (¥)" is the per-share unit of the same column
        if code:
            column["unit"] = _iso_from_mark(code, yen)
        elif column["unit"] is None:
            # "₨ / shares" with no "INR (₨)" above it: the per-share mark is the column's
            # currency, so unmarked price rows between marked ones keep it
            column["unit"] = _iso_from_mark(inner.split("/")[0].strip(), yen)
        return True
    if _other_unit(lines, i, end):
        # "shares", "tranche", "item" under a date: a unit of no money
        column.setdefault("counts", []).append(inner.lower())
        return True
    if is_member(inner):
        column["members"].append(member_name(inner))
        return True
    return False


def _other_unit(lines: list[Line], i: int, end: int) -> bool:
    """Whether line i of a header is a column's unit that names no currency ("shares",
    "pure", "tranche": the viewer lists every unit a column's cells use), which the header
    goes on after: the next line is another unit line, a separator or a date."""
    if not _WORD_UNIT.match(lines[i].stripped):
        return False
    nxt = lines[i + 1].stripped if i + 1 < len(lines) and lines[i + 1].start < end else ""
    return (nxt == "|" or bool(_WORD_UNIT.match(nxt)) or _unit_line(nxt) is not None
            or parse_header_date(nxt) is not None)


def _unit_line(s: str) -> str | None:
    """The currency code a Details column's unit line names ("USD ($)" -> "USD"), "" for a
    per-share unit line ("¥ / shares"), None when the line is no unit line."""
    if _PER_UNIT_LINE.match(s):
        return ""
    m = _UNIT_LINE.match(s)
    return m.group(1) if m else None


def _column(c: ColumnDraft, page_unit: str | None) -> Column:
    date, months = c["date"], c["months"]
    period = f"P{months}M/{date}" if months is not None else date
    unit = c["unit"] if c["unit"] is not None else page_unit
    members = tuple(c["members"])
    label = " | ".join((date, *members, unit or ""))
    counts = tuple(c.get("counts", ()))
    return Column(period=period, unit=unit, label=label.strip(" |"), members=members,
                  counts=counts)


def _boilerplate_start(lines: list[Line], default: int) -> int:
    """Where the "|X / - Definition / + References" trailer begins."""
    for k, line in enumerate(lines):
        if line.stripped in ("X", "|X"):  # the trailer's opening "|X" (a cell of its own)
            nxt = [ln.stripped for ln in lines[k + 1 : k + 4]]
            if any(n.startswith(("- Definition", "- References", "- Details")) for n in nxt):
                return line.start
    return default


def _scale_line(s: str, yen: str) -> dict[str, int]:
    """Parse "¥ in Thousands, $ in Thousands" or "In Thousands, unless otherwise specified"."""
    out: dict[str, int] = {}
    for part in s.split(","):
        m = _SCALE_LINE.match(part.strip())
        if not m:
            if out:
                continue
            return {}
        mark = m.group("mark")
        scale = _SCALE_WORDS[folded(m.group("word"))]
        if mark is None:
            out["*"] = scale
        elif "/" in mark:
            continue  # "¥ / shares in Units": a per-share scale; per-share values take 0
        elif mark.lower() in ("shares", "share"):
            out["share"] = scale  # "shares in Thousands": the page's counts of shares
        else:
            iso = _iso_from_mark(mark, yen)
            if iso:
                out[iso] = scale
    return out


def _blanket_line(s: str, yen: str) -> ScaleNote | None:
    from extractor.tables.scalenote import blanket_scale

    return blanket_scale(s, yen)


def _iso_from_mark(mark: str, yen: str) -> str | None:
    from extractor.amounts import currency_code

    return currency_code(mark, yen)


_JAPAN = re.compile(r"\b(JPY|Japanese [Yy]en|yen|Japan(?:ese)? (?:Co|K\.K|Corporation))", re.I)
_CHINA = re.compile(r"\b(RMB|CNY|Renminbi|PRC|China|Chinese)\b")
_CHINA_WORDS = ("RMB", "CNY", "Renminbi", "PRC", "Chin")


_YEN_TRANSLATION = re.compile(
    r"¥\s?(?P<y>\d[\d,]*(?:\.\d+)?)\s?(?P<ys>thousand|million|billion)?\s?\(\s?(?:US)?\$\s?"
    r"(?P<d>\d[\d,]*(?:\.\d+)?)\s?(?P<ds>thousand|million|billion)?\s?\)"
)


def _scaled(number: str, word: str | None) -> float:
    power = SCALE_WORDS.get(word or "", 0)
    try:
        return float(number.replace(",", "")) * 10**power
    except ValueError:
        return 0.0


def _yen_meaning(text: str, title: str, unit: str | None) -> str:
    """Decide whether "¥" is yuan or yen in this document, from what it says of itself."""
    if unit in ("JPY", "CNY"):
        return unit
    # "¥ 2 million ($ 24 thousand)": the exchange rate a translation implies settles it
    # (about 100-150 yen or 6-8 yuan to the dollar).
    for m in _YEN_TRANSLATION.finditer(text):
        yen_value = _scaled(m.group("y"), m.group("ys"))
        usd_value = _scaled(m.group("d"), m.group("ds"))
        if yen_value and usd_value:
            rate = yen_value / usd_value
            if rate > 40:
                return "JPY"
            if 3 < rate < 15:
                return "CNY"
    # A page that names China (RMB, PRC, Renminbi ...) more than Japan writes yuan; one that
    # names neither writes yen (every such page in gold/, the dev rounds and devcorpus does).
    # (each pattern scans the whole note only when it holds one of its words)
    japan = len(_JAPAN.findall(text)) if has_any(folded(text), ("jpy", "yen", "japan")) else 0
    china = len(_CHINA.findall(text)) if has_any(text, _CHINA_WORDS) else 0
    return "CNY" if china > japan else "JPY"
