"""XBRL Details pages: rows of values under the columns the page header gives.

A Details page lists line items ("|Amounts due from related parties" then "|$ 501", "|¥ 3,235",
...) under member lines ("|Shandong ... | Senior employee" followed by "|... [Line Items]") that
name the entity of the rows beneath. The viewer drops empty cells, so a row may hold fewer
values than the page has columns: such a row is placed by the currency marks its values carry,
by the columns its group and the same line item elsewhere on the page use, and by the columns
of the page's main currency (convenience-translation columns are used less); when the choice
stays open, a warning names the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import partial

from extractor.contain import guarded
from extractor.document import Column, Document
from extractor.facts import ExtractionWarning, Fact
from extractor.members import member_party
from extractor.names import is_party
from extractor.periods import parse_header_date
from extractor.tables.cells import Cell, is_dash, is_mark, value_match
from extractor.tables.detailsplacement import UNDATED, DetailsRow, place_all
from extractor.tables.inlinerows import split_inline_rows
from extractor.tables.kinds import is_prose
from extractor.tables.namedamounts import name_facts
from extractor.tables.rangemembers import split_range_member
from extractor.tables.rollforward import balance_instant
from extractor.tables.rowparties import entity_of
from extractor.tables.scalenote import is_share_count_row, without_purpose
from extractor.tables.unitscale import bare_dollar_unit, dollar_scale
from extractor.tables.valuefacts import first_unit, term_or_life, value_fact
from extractor.tables.values import Value, clean_label, read_value
from extractor.vocabulary import RATE_UNITS, is_member, member_name

# A row label the renderer suffixes with its unit when a column mixes units ("Granted during
# the year | shares", "Exercise price | ₨ / shares", "Rate | pure"): the row's own words, not a
# member line.
_UNIT_TAIL = re.compile(
    r"\s\|\s(?:shares?|pure|\S{1,4}\s/\s(?:shares?|units?)|[A-Z]{3}\s\(\S{1,3}\)(?:\s/\s(?:shares?))?)$"
)
_STRUCTURAL = re.compile(r"\[(?:Line Items|Abstract|Table|Axis|Domain)\]\s*$", re.IGNORECASE)
# Footnote marks in cells of their own; "(1)" is not among them (it is a negative one here).
_FOOTNOTE = re.compile(r"^(?:\[\d{1,2}\]|\((?:[a-h]|[ivx]{1,5})\)|\*{1,3})$", re.I)
_PER_UNIT = re.compile(r"\bper\s+(?:unit|share)\b|\bprice\b|\bpar value\b", re.IGNORECASE)
_MATURITY = re.compile(r"\bmatur|\bdue date\b|\bexpir", re.IGNORECASE)


@dataclass
class DetailsResult:
    facts: list[Fact]
    warnings: list[ExtractionWarning]
    claimed: list[tuple[int, int]]


def _is_value_cell(c: Cell) -> bool:
    t = c.text
    return bool(t) and (is_dash(t) or value_match(t) is not None or _looks_number(t))


_NUMBER_CELL = re.compile(r"[^\w]{0,4}\s?\(?[\d.,]+\)?\s?%?")


def _looks_number(t: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(t)) and any(
        ch.isdigit() for ch in t
    )


def _count_unit(doc: Document, label: str) -> tuple[str, str | None]:
    """A row label without the unit of no money it ends with, when the header lists that unit
    under a column ("Number of loans | loan" beside "Dec. 31, 2023 / EUR (€) / loan"), and
    the unit; else the label as it is and None."""
    head, sep, tail = label.rpartition(" | ")
    unit = tail.strip().lower()
    if sep and unit and any(unit in c.counts for c in doc.columns):
        return head, unit
    return label, None


# The end of a narrative's last sentence before a member line printed right under it
# ("... , respectively. Hangzhou Yunqi Co., Ltd. [Member] | Purchases [Member]"); not "Mr."
_NARRATIVE_END = re.compile(r"(?<=[a-z0-9)%])(?<!\bMr)(?<!\bMs)(?<!\bDr)\.\s+(?=[A-Z])")
_NAME_CHARS = 120
"""Longer than any member's name: a first member this long holds a narrative before it."""


def _members(t: str) -> list[str]:
    """The members a member line names ("A [Member] | B [Member]"). The viewer may print a
    member line right under a narrative cell with no "|" between them: the member line is
    then what follows the narrative's last sentence."""
    head = t.split(" | ", 1)[0]
    if len(head) > _NAME_CHARS and is_member(t) and (ends := list(_NARRATIVE_END.finditer(head))):
        t = t[ends[-1].end():]
    return [member_name(p) for p in t.split(" | ") if p.strip()]


@dataclass
class _Scan:
    """What a walk over a Details page's cells has found so far."""

    rows: list[DetailsRow] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    entity: str | None = None
    extra: str | None = None
    group: int = 0
    maturities: dict[int, str | None] = field(default_factory=dict)
    lead: str | None = None  # the member line's range member ("Minimum"): leads the labels
    leads: dict[int, str] = field(default_factory=dict)  # row index -> its range member
    named: list[Fact] = field(default_factory=list)  # amounts the names state
    marked: bool = False  # the page marks its members "[Member]": an unmarked line is none

    def claim(self, c: Cell) -> None:
        self.claimed.append((c.start, c.end))


def read_details(doc: Document, cells: list[Cell]) -> DetailsResult:
    """Facts of a Details page's rows."""
    doc, cells = _with_inline_rows(doc, cells)
    sig = [c for c in cells if c.text]
    scan = _Scan(marked=any(is_member(c.text) for c in sig))
    i = 0
    while i < len(sig):
        c = sig[i]
        t = c.text
        if not _label_has_number(t) and not is_prose(t):
            # a label stating a rate ("at tax rate of 29.825 %") and the sentences of a
            # narrative page (blank slots have no digits) stay for prose to read
            scan.claim(c)
        if _is_year_member(sig, i):
            # "2021" over "... [Line Items]": the rows of a maturity year, which joins their
            # labels ("Borrowings / 2021"); a year names no party
            scan.lead, scan.entity, scan.extra = None, None, t
            scan.group += 1
            i += 1
            continue
        if _FOOTNOTE.match(t) or _is_value_cell(c) or parse_header_date(t) or is_mark(t):
            i += 1  # stray value with no row: nothing to attach it to
            continue
        # a text cell: a member line, a heading, or a row label
        j = i + 1
        while j < len(sig) and _FOOTNOTE.match(sig[j].text):
            j += 1
        k = j
        while k < len(sig) and is_mark(sig[k].text):
            k += 1  # "$" in a cell of its own before the value
        if not (k < len(sig) and (_is_value_cell(sig[k]) or parse_header_date(sig[k].text))):
            _named(doc, scan, c, member=_group_line(scan, sig, i))
            i += 1
            continue
        _named(doc, scan, c, member=False)
        t, count = _count_unit(doc, t)
        row = DetailsRow(
            c, clean_label(_UNIT_TAIL.sub("", t)), entity=scan.entity, extra_label=scan.extra,
            group=scan.group, count_unit=count,
        )
        i = _read_values(doc, scan, sig, j, row)
        if row.values:
            if scan.lead:
                scan.leads[len(scan.rows)] = scan.lead
            scan.rows.append(row)
    rows = scan.rows
    for r in rows:
        r.matures = scan.maturities.get(r.group)
    warnings = place_all(doc, rows)
    facts: list[Fact] = list(scan.named)
    for ri, row in enumerate(rows):
        assert row.columns is not None
        for v, j in zip(row.values, row.columns, strict=True):
            col = doc.columns[j] if 0 <= j < len(doc.columns) else None
            got = guarded(warnings, "details value", (v.start, v.end),
                          partial(_fact, doc, row, v, col, undated=j == UNDATED,
                                  lead=scan.leads.get(ri)), None)
            if got is not None:
                facts.append(got)
    return DetailsResult(facts, warnings, scan.claimed)


def _named(doc: Document, scan: _Scan, c: Cell, *, member: bool) -> None:
    """The amounts a member line or row label states ("K€50,000 KBC credit facility", "Loan
    principal K EUR 12,300"; tables/namedamounts.py): undated facts of their own, the member's
    party their entity; the cell is then theirs, not prose's."""
    if not _label_has_number(c.text) or is_prose(c.text):
        return
    entity, prefix = member_party(scan.entity) if scan.entity else (None, None)
    got = name_facts(doc, c, entity=entity, prefix=None if member else prefix)
    if got:
        scan.named.extend(got)
        scan.claim(c)


def _with_inline_rows(doc: Document, cells: list[Cell]) -> tuple[Document, list[Cell]]:
    """One-line rows ("Tax credits   (765) (1,022)") split into label and value cells; the
    columns their spacing gives are the page's cell columns, as an R page's HTML gives them."""
    if doc.cell_columns or not doc.columns:
        return doc, cells
    out: list[Cell] = []
    given: list[tuple[int, int, int]] = []
    for c, j in split_inline_rows(doc.text, cells, len(doc.columns)):
        out.append(c)
        if j is not None:
            given.append((c.start, c.end, j))
    return (replace(doc, cell_columns=tuple(given)) if given else doc), out


def _group_line(scan: _Scan, sig: list[Cell], i: int) -> bool:
    """A text line with no values: a member line (a new entity and group; True) or a heading."""
    t = sig[i].text
    if _STRUCTURAL.search(t) or _UNIT_TAIL.search(t):
        return False  # (a unit-suffixed label without values: a row whose values were dropped)
    member = False
    nxt = sig[i + 1].text if i + 1 < len(sig) else ""
    nxt_is_text = bool(nxt) and not _is_value_cell(sig[i + 1])
    if (" | " in t or is_member(t) or (nxt_is_text and _STRUCTURAL.search(nxt))
            or (nxt_is_text and not scan.marked and _next_is_heading(sig, i + 1))):
        scan.lead, ms = split_range_member(_members(t))
        scan.entity = ms[0] if ms else None
        scan.extra = " / ".join(ms[1:]) or None
        member = True
    # else a heading inside the member's rows: a new group, same entity
    scan.group += 1
    return member


def _read_values(doc: Document, scan: _Scan, sig: list[Cell], i: int, row: DetailsRow) -> int:
    """Read the value cells of `row` from sig[i]; the index of the first cell after them."""
    mark: str | None = None
    while i < len(sig):
        v_cell = sig[i]
        vt = v_cell.text
        last = row.values[-1] if row.values else None
        if _FOOTNOTE.match(vt):
            scan.claim(v_cell)
        elif parse_header_date(vt):
            # "Maturity date | February 13, 2024": a date, not an amount
            scan.claim(v_cell)
            if _MATURITY.search(row.label):
                scan.maturities[scan.group] = parse_header_date(vt)
        elif vt == "%" and last is not None and last.unit in (None, "percent"):
            # "2.75" + "%": a rate whose sign the viewer put in a cell of its own
            last.unit, last.explicit = "percent", True
            scan.claim(v_cell)
        elif vt in (")", ")%") and last is not None and last.open_paren:
            # "(18" + ")": the closing bracket of a negative split over two cells
            last.open_paren = False
            if vt == ")%":
                last.unit, last.explicit = "percent", True
            scan.claim(v_cell)
        elif is_mark(vt):
            mark = vt
            scan.claim(v_cell)
        elif not _is_value_cell(v_cell) or _is_year_member(sig, i):
            break
        else:
            v = read_value(v_cell, doc.text, doc.yen, mark)
            mark = None
            scan.claim(v_cell)
            if v is not None:
                row.values.append(v)
        i += 1
    return i


_MARKS_AND_YEARS = re.compile(r"\[\d{1,2}\]|\b(?:19|20)\d\d\b")
_A_DIGIT = re.compile(r"\d")


def _label_has_number(t: str) -> bool:
    stripped = _MARKS_AND_YEARS.sub("", t)
    return bool(_A_DIGIT.search(stripped)) and not _is_value_cell_text(t)


def _is_value_cell_text(t: str) -> bool:
    return is_dash(t) or _looks_number(t)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year_member(sig: list[Cell], k: int) -> bool:
    """A bare year right above a "[Line Items]" line: the member line of a year ("2021" on a
    maturity schedule whose members the filer did not tag "[Member]"), not an amount (years
    are no facts)."""
    return (bool(_BARE_YEAR.fullmatch(sig[k].text)) and k + 1 < len(sig)
            and bool(_STRUCTURAL.search(sig[k + 1].text)))


def _next_is_heading(sig: list[Cell], k: int) -> bool:
    """True when sig[k] is a value-less text line followed by a row label (a heading)."""
    if k + 1 >= len(sig):
        return False
    return not _is_value_cell(sig[k + 1]) and not _STRUCTURAL.search(sig[k + 1].text)


def _row_party(label: str) -> str | None:
    """The party a Details row label names ("Loan from MAAB", "Due to Mr. Wang"), if any."""
    party = entity_of(label)
    return party if party != label and is_party(party) else None


def _fact(
    doc: Document, row: DetailsRow, v: Value, col: Column | None, *, undated: bool = False,
    lead: str | None = None,
) -> Fact | None:
    """The fact of one value of a Details row; None when it states no fact (a term)."""
    label = row.label
    # A member that names no party (a scenario, one of the company's own notes or plans)
    # says which rows: it leads the label and the entity is the party it names, if any.
    entity, prefix = member_party(row.entity) if row.entity else (None, None)
    extra = row.extra_label
    if prefix and entity is None and extra:
        # "Convertible Notes Payable | Board of Directors": the party is the next member
        first, _, rest = extra.partition(" / ")
        party, its_prefix = member_party(first)
        if party is not None and its_prefix is None:
            entity, extra = party, rest or None
    if prefix:
        label = f"{prefix} / {label}"
    if extra:
        label = f"{label} / {extra}"
    if entity is None:
        entity = _row_party(row.label)  # "Loan from MAAB" under a level member: the lender
    if col is not None and col.members:
        label = f"{label} / {' / '.join(col.members)}"
    if lead and lead.lower() not in label.lower():
        label = f"{lead} / {label}"  # "Minimum / Estimated useful lives"
    period = None if undated else col.period if col is not None else doc.period
    col_unit = col.unit if col else None
    # "$ 146,454" under "SGD ($)": the viewer's "$" is the column's dollar
    own = bare_dollar_unit(v.cell.text, col_unit) if v.explicit else None
    unit = first_unit(own, v.unit if v.explicit else None, col_unit, doc.unit)
    if not v.explicit and unit not in RATE_UNITS and is_share_count_row(label):
        unit = "share"  # "Number of options, Opening balance" under "₨ / shares": a count
    elif row.count_unit in ("share", "shares") and not v.explicit:
        unit = "share"  # "Forfeited during the year | shares": the row names its unit
    elif row.count_unit and not v.explicit:
        unit = None  # "Number of loans | loan": a count of things the contract has no unit for
    term, unit = term_or_life(row.label, v, unit, f"{label} {doc.title or ''}")
    if term:
        return None  # a term ("Expected life (years)"), not a useful life: no fact
    header = doc.text[: doc.body_start]
    return value_fact(
        doc,
        v,
        label=label,
        entity=entity,
        period=balance_instant(row.label, period) or period,
        unit=unit,
        scale=0 if _PER_UNIT.search(without_purpose(row.label))
        else dollar_scale(header, doc.scales, unit),
        # a page of one column dates every cell it holds, useful lives included
        dated_terms=len(doc.columns) == 1 and not undated,
    )
