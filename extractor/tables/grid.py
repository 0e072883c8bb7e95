"""Flattened tables of notes and (Tables) pages: header runs, rows, values -> facts.

The cells come in reading order: a header run (years, dates, "Year ended", currencies), then
rows, each a label cell followed by its value cells (with "$" marks, ")" closers, "%" signs and
footnote marks between them), possibly value runs with no label (subtotals), section headings
(rows with no values) and prose. Rows are placed on the columns of the last header; a row with
fewer values than columns is placed by the pipe-cell positions of the table's full rows where
the layout gives them, else from the left with a warning.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import find_periods, parse_date, parse_header_date
from extractor.tables.cells import Cell, is_dash, is_footnote, is_mark, is_value_text
from extractor.tables.header import HeaderCell, TableColumn, build_columns, parse_header_cell
from extractor.tables.values import Value, clean_label, quote_for, read_value
from extractor.vocabulary import COMMON_CURRENCY, DURATION_UNITS, RATE_UNITS, SCALE_WORDS

_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|been|consists?|represents?|represented|includes?|"
    r"follows|entered|presented|analy[sz]ed|recogni[sz]ed|summari[sz]ed|provided|paid|drew|"
    r"signed|agreed|amounted|excludes?|shows?|sets?|lists?|comprises?|contains?|summari[sz]es|"
    r"details|following|follows|below)\b",
    re.IGNORECASE,
)
_ENTITY_SUFFIX = re.compile(
    r"(?:Co\.,?\s?Ltd\.?|Company(?:,)? Limited|(?i:limited)|Ltd\.?|Inc\.?|LLC|L\.L\.C\.|Corp\.?|"
    r"Corporation|GmbH|S\.A\.|Pte\.? Ltd\.?|K\.K\.|PLC|Group)\s*(?:\([^)]*\))?$"
)
_PARTY = re.compile(
    r"\b(?:from|to|by|with)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z(][\w&.,'’()-]*|of|and|&))*)$"
)
_SCALE_NOTE = re.compile(
    rf"\(\s*(?:in\s+)?(?P<cur>{COMMON_CURRENCY})?\s*(?:in\s+)?"
    r"(?P<w>thousands|millions|billions)\b[^)]*\)",
    re.IGNORECASE,
)


def is_prose(t: str) -> bool:
    """A sentence rather than a label: a verb and some length, or long."""
    words = len(t.split())
    return words >= 20 or (words >= 6 and bool(_VERB.search(t)))


def entity_of(label: str) -> str | None:
    """The party a row names ("... paid to Alibaba Group" -> "Alibaba Group"), or the row
    itself when it is a company's name."""
    m = _PARTY.search(label)
    if m:
        name = m.group("name").strip(" ,.")
        if name and not name.lower().startswith(("the ", "related", "a ")):
            return name
    if _ENTITY_SUFFIX.search(label) and len(label.split()) <= 12 and not _VERB.search(label):
        return label
    return None


@dataclass
class Row:
    label_cell: Cell | None
    label: str
    values: list[Value] = field(default_factory=list)
    section: str | None = None
    section_colon: bool = False
    entity: str | None = None
    is_total: bool = False
    columns: list[int] = field(default_factory=list)  # column index of each value
    extras: list[Value] = field(default_factory=list)  # rates beside the row's amounts


@dataclass
class Table:
    start: int
    columns: list[TableColumn]
    caption: str | None
    intro_scale: int | None
    intro_unit: str | None
    header_texts: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    ref_positions: list[int] | None = None
    claimed: list[tuple[int, int]] = field(default_factory=list)
    wide: bool = False  # text columns beside the value columns (lender, maturity, guarantee)
    note_column: bool = False  # a "Note" column of references before the values
    lead_texts: int | None = None  # text cells before the first row's values (wide tables)
    default_instant: str | None = None


@dataclass
class GridResult:
    facts: list[Fact]
    warnings: list[ExtractionWarning]
    claimed: list[tuple[int, int]]
    tables: list[Table]


def _kind(c: Cell) -> str:
    t = c.text
    if not t:
        return "empty"
    if t == ")":
        return "close"
    if t == "%":
        return "percent"
    if is_footnote(t):
        return "footnote"
    if is_mark(t):
        return "mark"
    if parse_header_date(t) is not None:
        return "date"
    h = parse_header_cell(t)
    if h is not None:
        return "header"
    if is_value_text(t):
        return "value"
    return "text"


def _next_sig(kinds: list[str], i: int) -> int:
    """Index of the next cell that is not empty nor a footnote mark (len(kinds) at the end)."""
    j = i + 1
    while j < len(kinds) and kinds[j] in ("empty", "footnote"):
        j += 1
    return j


def _kind_at(kinds: list[str], j: int) -> str:
    return kinds[j] if j < len(kinds) else "end"


def _header_run(cells: list[Cell], kinds: list[str], i: int) -> tuple[int, int] | None:
    """If a header run starts at i, its end (exclusive) and its number of header cells."""
    j = i
    count = 0
    last_header = i
    while j < len(cells):
        k = kinds[j]
        nxt = _kind_at(kinds, _next_sig(kinds, j))
        unit_mark = k == "mark" and nxt != "value"
        if k in ("header", "date") and nxt == "value":
            break  # "As at April 1, 2022 | - | 174,778": a row label that names a date
        if k in ("header", "date") or unit_mark:
            count += 1
            last_header = j
        elif k in ("empty", "footnote"):
            pass
        elif k == "text" and len(cells[j].text.split()) <= 6 and not is_prose(cells[j].text) \
                and not cells[j].text.endswith(":"):
            pass  # a category cell, kept only if a header cell follows
        else:
            break
        j += 1
    end = last_header + 1
    if count >= 2:
        return end, count
    if count == 1 and kinds[i] in ("header", "date"):
        h = parse_header_cell(cells[i].text)
        nxt = _kind_at(kinds, _next_sig(kinds, i))
        if h is not None and h.year and (h.is_phrase or h.month) and nxt not in ("value", "mark"):
            return end, count
    return None


def read_grid(doc: Document, cells: list[Cell], details: bool = False) -> GridResult:
    """Facts of the flattened tables among `cells` (a note's body)."""
    text = doc.text
    kinds = [_kind(c) for c in cells]
    facts: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    tables: list[Table] = []
    table: Table | None = None
    row: Row | None = None
    section: str | None = None
    section_colon = False
    wide_run: list[Cell] = []  # leading text cells of a wide table's row
    pending: list[Cell] = []  # value-less short texts since the last row (headings, categories)
    prose_since: list[Cell] = []  # prose and captions since the last table
    notes: list[Cell] = []  # short texts since the last table: a caption's "(in thousands)"
    mark: str | None = None
    pos = 0
    i = 0

    def finish_row() -> None:
        nonlocal row
        if row is not None and table is not None and row.values:
            table.rows.append(row)
        row = None

    def finish_table() -> None:
        nonlocal table
        finish_row()
        if table is not None and table.rows:
            tables.append(table)
        table = None

    while i < len(cells):
        c = cells[i]
        k = kinds[i]
        if k in ("header", "date", "mark") and not details:
            run = _header_run(cells, kinds, i)
            if run is not None:
                end, _ = run
                finish_table()
                prev_table = tables[-1] if tables else None
                table = _new_table(
                    doc, cells[i:end], kinds[i:end], pending, prose_since, text, notes
                )
                if prev_table is not None and table.intro_scale is None:
                    # "the following tables ($ in millions)": a note's later tables keep it
                    table.intro_scale = prev_table.intro_scale
                    table.intro_unit = table.intro_unit or prev_table.intro_unit
                section = None
                pending = []
                prose_since = []
                notes = []
                i = end
                continue
        if k == "empty":
            pos += 1
            i += 1
            continue
        dated_label = (
            k in ("header", "date")
            and not (table is not None and table.wide)
            and (row is None or (table is not None and len(row.values) >= len(table.columns)))
            and _followed_by_value(kinds, i)
        )
        if k == "text" or (k in ("header", "date") and row is None) or dated_label:
            t = c.text
            if is_prose(t) and not _followed_by_value(kinds, i):
                finish_row()
                prose_since.append(c)
                pending = []
                i += 1
                continue
            if not (table is not None and table.wide and row is not None and row.values
                    and not _followed_by_value(kinds, i)):
                finish_row()
            if table is None and not details:
                # Rows with no header: only pipe tables of labelled values (useful lives,
                # ownership percentages) count; elsewhere this is prose's to read.
                if not is_prose(t) and _followed_by_piped_value(cells, kinds, i):
                    table = _new_table(doc, [], [], pending, prose_since, text, notes)
                    prose_since = []
                    notes = []
                else:
                    if not is_prose(t):
                        pending.append(c)
                        notes.append(c)
                    i += 1
                    continue
            assert table is not None
            if table.wide and table.lead_texts != 0 and not _followed_by_value(kinds, i) and (
                row is None or row.values
            ):
                # text columns before a wide table's values (lender | type | maturity): the
                # row's own cells, the first naming the party
                finish_row()
                wide_run.append(c)
                table.claimed.append((c.start, c.end))
                i += 1
                continue
            if table.wide and row is not None and row.values and not _followed_by_value(kinds, i):
                # a text column of a wide table ("Guaranteed by ..."): the row's attribute
                table.claimed.append((c.start, c.end))
                finish_row()
                i += 1
                continue
            if not _followed_by_value(kinds, i):
                # A heading (or a cell of a multi-cell label such as "PRC" beside a name).
                if pending and entity_of(clean_label(pending[-1].text)) and len(t.split()) <= 3:
                    pass  # an attribute cell of the entity row before ("PRC", "HK")
                else:
                    pending.append(c)
                    if not _is_caption(t):
                        section = clean_label(t)
                        section_colon = t.rstrip().endswith(":")
                    table.claimed.append((c.start, c.end))
                i += 1
                continue
            label = clean_label(t)
            lead_entity = None
            if table.wide:
                if table.lead_texts is None:
                    table.lead_texts = len(wide_run)
                if wide_run and table.lead_texts:
                    lead_entity = clean_label(wide_run[0].text)
                    if len(wide_run) > 1:
                        label = clean_label(wide_run[1].text)
                wide_run = []
            attrs_owner = None
            if pending and entity_of(clean_label(pending[-1].text)) and len(t.split()) <= 3:
                attrs_owner = clean_label(pending[-1].text)
            row = Row(label_cell=c, label=label, section=None if lead_entity else section,
                      section_colon=bool(section and section_colon), entity=lead_entity)
            if attrs_owner:
                row.entity = attrs_owner
                row.label = _percent_header(table) or label
                row.section = None
            pending = []
            pos = 0
            mark = None
            if not _has_number(t):
                table.claimed.append((c.start, c.end))
            i += 1
            continue
        if table is None:
            i += 1
            continue
        if k == "mark":
            mark = c.text
            pos += 1
            table.claimed.append((c.start, c.end))
            i += 1
            continue
        if k == "close" or k == "percent" or k == "footnote":
            if k == "percent" and row is not None and (row.values or row.extras):
                last = max([*row.values, *row.extras], key=lambda x: x.start)
                last.unit = "percent"
                last.explicit = True
            table.claimed.append((c.start, c.end))
            pos += 1
            i += 1
            continue
        if k in ("header", "date"):
            # A date inside a row ("Maturity date | February 13, 2024"): not an amount.
            table.claimed.append((c.start, c.end))
            pos += 1
            i += 1
            continue
        # a value
        v = read_value(c, text, doc.yen, mark)
        mark = None
        pos += 1
        if v is None:
            i += 1
            continue
        v.pos = pos
        ncols = len(table.columns)
        starts_row = row is None or (
            ncols and len(row.values) >= ncols and not details
        )
        before_text = _kind_at(kinds, _next_sig(kinds, i)) == "text"
        if starts_row and _is_note_number(c.text) and before_text:
            i += 1  # "15 | Investments accounted for ...": a note number before a title
            continue
        first_of_row = row is None or starts_row or not row.values
        if table.note_column and first_of_row and re.fullmatch(r"\d{1,2}", c.text):
            table.claimed.append((c.start, c.end))
            i += 1  # the "Note" column's reference, not an amount
            continue
        is_pct = v.unit == "percent" or _kind_at(kinds, _next_sig(kinds, i)) == "percent"
        if starts_row and is_pct and row is not None and row.label_cell is not None:
            row.extras.append(v)  # a rate beside the amounts ("1.6 %" in a loans table)
            table.claimed.append((c.start, c.end))
            i += 1
            continue
        if starts_row:
            finish_row()
            row = Row(label_cell=None, label="", section=section)
            section = None  # rows after an unlabelled (sub)total start afresh
            pos = 1
            v.pos = pos
        row.values.append(v)
        table.claimed.append((c.start, c.end))
        i += 1
    finish_table()
    claimed: list[tuple[int, int]] = []
    for t in tables:
        f, w = _table_facts(doc, t)
        facts.extend(f)
        warnings.extend(w)
        claimed.extend(t.claimed)
    return GridResult(facts, warnings, claimed, tables)


def _caption_text(t: str) -> str:
    t = clean_label(t)
    if _is_caption(t):
        t = re.sub(r"^SCHEDULE\s+OF\s+", "", t).capitalize()
    return t


def _is_caption(t: str) -> bool:
    """A table's caption ("SCHEDULE OF CASH ON HAND"), which names the table, not a section."""
    letters = [ch for ch in t if ch.isalpha()]
    return len(letters) > 12 and all(ch.isupper() for ch in letters)


def _is_note_number(t: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}\.?", t))


def _has_number(t: str) -> bool:
    stripped = re.sub(r"\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)|\[\d+\]|\b(?:19|20)\d\d\b", "", t)
    return bool(re.search(r"\d", stripped))


def _followed_by_value(kinds: list[str], i: int) -> bool:
    j = i + 1
    while j < len(kinds) and kinds[j] in ("empty", "footnote", "mark", "close"):
        if kinds[j] == "mark" and _kind_at(kinds, _next_sig(kinds, j)) != "value":
            return False
        j += 1
    return j < len(kinds) and kinds[j] == "value"


_BARE_ROW_LABEL = re.compile(r"^[—–•-]?\s?(?:\(\w{1,4}\)\s)?[A-Z0-9]")
_OPEN_PHRASE = re.compile(
    r"\b(?:of|at|to|by|was|were|is|are|and|or|from|approximately|totall?ed|amounted)$"
    r"|[,(]$",
    re.IGNORECASE,
)


def _followed_by_piped_value(cells: list[Cell], kinds: list[str], i: int) -> bool:
    """True when the row label at i is followed by a value in the same layout: a piped value
    after a piped label, or a bare value line after a bare label line (a table rendered one
    cell per line; prose never leaves a number alone on its line)."""
    if not _followed_by_value(kinds, i):
        return False
    j = i + 1
    while kinds[j] != "value":
        j += 1
    if cells[j].piped:
        return True
    # Bare lines: a one-cell-per-line table, or a sentence the viewer broke at its numbers
    # ("a discount rate of" / "12.5" / "% and a growth rate of" / "2"). A row label starts
    # like a name and does not stop mid-phrase.
    t = cells[i].text
    return not cells[i].piped and bool(_BARE_ROW_LABEL.match(t)) and not _OPEN_PHRASE.search(t)


def _rate_header(table: Table) -> str | None:
    for h in table.header_texts:
        if re.search(r"\brate\b|%", h, re.IGNORECASE):
            return h
    return None


def _percent_header(table: Table) -> str | None:
    for h in table.header_texts:
        if re.search(r"percent|ownership|interest|equity|%", h, re.IGNORECASE):
            return h
    return None


def _new_table(
    doc: Document,
    run: list[Cell],
    run_kinds: list[str],
    pending: list[Cell],
    prose: list[Cell],
    text: str,
    notes: list[Cell] | None = None,
) -> Table:
    # A scale note may sit in the sentence before the table or in a short line under its
    # caption ("Schedule of borrowings" + "(in thousands)"), with a sentence between.
    intro = " ".join(c.text for c in [*(notes or []), *prose[-2:]])
    scale = None
    unit = None
    found = list(_SCALE_NOTE.finditer(intro))
    m = found[-1] if found else None
    if m is not None:
        scale = SCALE_WORDS[m.group("w").lower()]
        if m.group("cur"):
            from extractor.amounts import currency_code

            unit = currency_code(m.group("cur"), doc.yen)
    default_instant = None
    for p in find_periods(intro):
        if p.kind in ("instant", "date") and len(set(p.periods)) == 1:
            default_instant = p.periods[0]
    hcells: list[HeaderCell] = []
    cats: list[str] = []
    for c, k in zip(run, run_kinds, strict=True):
        if k in ("header", "date", "mark"):
            h = parse_header_cell(c.text)
            if h is not None:
                hcells.append(h)
        elif k == "text":
            cats.append(clean_label(c.text))
    has_dates = any(h.year for h in hcells)
    if not cats and not has_dates and pending:
        units = [h for h in hcells if h.unit_mark]
        if len(units) > 1 and len(pending) >= len(units):
            cats = [clean_label(c.text) for c in pending[-len(units):]]
            pending = pending[: -len(units)]
    year_end = None
    if doc.period:
        ym = re.search(r"\d{4}-(\d{2})-(\d{2})$", doc.period)
        if ym:
            year_end = (int(ym.group(1)), int(ym.group(2)))
    cols = (
        build_columns(hcells, cats, doc.yen, default_instant, year_end) if hcells or cats else []
    )
    note_column = bool(pending) and pending[-1].text.strip().lower() in ("note", "notes")
    if note_column:
        pending = pending[:-1]
    caption = None
    for c in reversed(pending):
        if not is_prose(c.text):
            caption = _caption_text(c.text)
            break
    if caption is None and prose:
        # "... are as follows: SCHEDULE OF RIGHT OF USE ASSETS": the caption the viewer
        # glued to the sentence before the table
        m = re.search(r"\bSCHEDULE\s+OF\s+[A-Z][A-Z ,'’&()-]+$", prose[-1].text)
        if m:
            caption = _caption_text(m.group())
    start = run[0].start if run else (pending[0].start if pending else 0)
    t = Table(
        start=start,
        columns=cols,
        caption=caption,
        intro_scale=scale,
        intro_unit=unit,
        header_texts=[clean_label(c.text) for c in pending] + cats,
    )
    t.claimed.extend((c.start, c.end) for c in run)
    t.claimed.extend((c.start, c.end) for c in pending if not is_prose(c.text))
    if default_instant is None and not cols:
        t.columns = []
    t.default_instant = default_instant
    t.wide = bool(cols) and bool(cats) and len(cats) != len(cols)
    t.note_column = note_column
    return t


def _place(table: Table, row: Row) -> tuple[list[int], bool]:
    """Column index of each value of the row, and whether the placement is a guess."""
    n = len(table.columns)
    k = len(row.values)
    if n == 0:
        return [-1] * k, False
    if k == n:
        if row.label_cell is not None and table.ref_positions is None:
            table.ref_positions = [v.pos for v in row.values]
        return list(range(n)), False
    if k > n:
        return [min(j, n - 1) for j in range(k)], True
    ref = table.ref_positions
    if ref is not None and row.label_cell is not None and all(v.cell.piped for v in row.values):
        out: list[int] = []
        for v in row.values:
            lo = out[-1] + 1 if out else 0
            best = min(range(lo, n), key=lambda j: abs(ref[j] - v.pos), default=None)
            if best is None:
                break
            out.append(best)
        if len(out) == k and all(
            abs(ref[j] - v.pos) <= 1 for j, v in zip(out, row.values, strict=True)
        ):
            return out, False
    if ref is not None and row.values and row.values[0].pos > ref[0] + 1:
        return list(range(n - k, n)), True  # a leading run of empty cells: the last columns
    return list(range(k)), True


def _table_facts(doc: Document, table: Table) -> tuple[list[Fact], list[ExtractionWarning]]:
    text = doc.text
    facts: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    title = table.caption or (_caption_text(doc.title) if doc.title else None) or None
    n = len(table.columns)
    # Unlabelled value runs: a total when the rows above add up to them, else a part.
    for idx, row in enumerate(table.rows):
        if row.label_cell is None:
            first = _sums_above(table.rows, idx)
            row.is_total = first is not None
            if first is not None:
                parts = table.rows[first:idx]
                if row.section and all(p.section == row.section for p in parts):
                    what = row.section
                elif first == 0 and title:
                    what = title
                else:
                    what = parts[0].label
                row.label = f"Total {_lower_first(what)}".strip()
            else:
                row.label = row.section or title or "Unlabelled row"
                warnings.append(ExtractionWarning(
                    code="table_row_unlabelled",
                    message=f"values with no row label that are not the sum of the rows above "
                    f"(labelled {row.label!r}): a label the viewer dropped, or values that "
                    "belong to the row before",
                    span=(row.values[0].start, row.values[-1].end),
                ))
    placements = [_place(table, row) for row in table.rows]
    _place_sparse_totals(table, placements)
    col_units = _units_from_marks(table, placements)
    movement = _movement_periods(table.rows)
    rolled = _roll_forward_columns(table)
    for ri, (row, (cols, guess)) in enumerate(zip(table.rows, placements, strict=True)):
        row.columns = cols
        if guess and n:
            span = (row.values[0].start, row.values[-1].end)
            warnings.append(ExtractionWarning(
                code="table_row_ambiguous",
                message=f"row {row.label!r} has {len(row.values)} values for {n} columns; "
                "their columns are a guess (by position, else from the left)",
                span=span,
            ))
        label = row.label
        if row.section and row.label_cell is not None and row.section.lower() not in label.lower():
            label = f"{row.section} / {label}"
        entity = row.entity or entity_of(row.label)
        if entity and entity == row.label:
            # a row that is a company's name: the measure is the section's or the table's
            label = row.section or title or label
        if entity is None and row.section_colon and _title_case(row.label):
            entity = row.label  # "Net revenue:" over "Global Products": a segment's row
        row_date = _row_date(row.label) or movement.get(ri)
        if _row_date(row.label) and _DATE_ONLY.match(row.label) and (row.section or title):
            label = row.section or title or label  # "As at April 1, 2022": the table's measure
        default_instant = table.default_instant
        for v, j in zip(row.values, cols, strict=True):
            col = table.columns[j] if 0 <= j < n else None
            period = col.period if col is not None else None
            if ri in rolled and 0 <= j < n and rolled[ri].get(j):
                period = rolled[ri][j]
            if period is None:
                period = row_date or default_instant
            unit = v.unit if v.explicit else None
            if is_dash(v.cell.text) and col_units.get(j) == "percent":
                unit = "percent"
            if unit is None:
                # a headerless table's columns too take the "$" of their first and total rows
                unit = (col.unit if col is not None else None) or col_units.get(j)
            if unit is None:
                unit = table.intro_unit or doc.unit
            if unit in RATE_UNITS:
                scale = 0
                if unit in DURATION_UNITS:
                    period = None  # useful lives and terms that nothing dates
            else:
                scale = col.scale if col is not None and col.scale is not None else None
                if scale is None:
                    scale = table.intro_scale
                if scale is None:
                    scale = doc.scale_for(unit)
            flabel = label
            if col is not None and col.category and n > 1:
                flabel = f"{label} / {col.category}"
            facts.append(Fact(
                label=flabel or (title or "Value"),
                entity=entity,
                period=period,
                amount=v.amount,
                amount_max=v.amount_max,
                scale=scale,
                unit=unit,
                blank=False,
                quote=quote_for(text, v),
                span=(v.start, v.end),
            ))
        rate_col = _rate_header(table)
        for v in row.extras:
            first = table.columns[0].period if table.columns else None
            facts.append(Fact(
                label=f"{label} / {rate_col}" if rate_col else label,
                entity=entity,
                period=first or row_date or default_instant,
                amount=v.amount,
                amount_max=v.amount_max,
                scale=0,
                unit="percent" if v.unit == "percent" else v.unit,
                blank=False,
                quote=quote_for(text, v),
                span=(v.start, v.end),
            ))
    warnings.extend(_check_totals(table))
    return facts, warnings


def _place_sparse_totals(table: Table, placements: list[tuple[list[int], bool]]) -> None:
    """A total row with fewer values than columns goes where it is the sum of the rows above
    it (since the last total), when exactly one placement says so."""
    n = len(table.columns)
    start = 0
    for idx, row in enumerate(table.rows):
        if not (row.label_cell is None or row.is_total or _TOTAL.match(row.label)):
            continue
        k = len(row.values)
        if 0 < k < n:
            sums = [0.0] * n
            seen = [False] * n
            for r, (cols, _) in zip(table.rows[start:idx], placements[start:idx], strict=True):
                for v, j in zip(r.values, cols, strict=True):
                    if 0 <= j < n:
                        sums[j] += float(v.amount)
                        seen[j] = True
            fits = [
                combo for combo in itertools.combinations(range(n), k)
                if all(seen[j] and abs(sums[j] - float(v.amount)) <= max(1.0, 0.5 * (idx - start))
                       for v, j in zip(row.values, combo, strict=True))
            ]
            if len(fits) == 1:
                placements[idx] = (list(fits[0]), False)
        start = idx + 1


def _units_from_marks(
    table: Table, placements: list[tuple[list[int], bool]]
) -> dict[int, str]:
    """A column's currency from the marks some of its cells carry ("$" on the first and total
    rows only), when they all agree."""
    seen: dict[int, set[str]] = {}
    pct: dict[int, bool] = {}
    for row, (cols, _) in zip(table.rows, placements, strict=True):
        for v, j in zip(row.values, cols, strict=True):
            if v.explicit and v.unit and v.unit not in RATE_UNITS:
                seen.setdefault(j, set()).add(v.unit)
            if not is_dash(v.cell.text):
                pct[j] = pct.get(j, True) and v.unit == "percent"
    out = {j: next(iter(u)) for j, u in seen.items() if len(u) == 1}
    # a column of rates: its dashes are zero rates, whatever mark stands in the row
    out.update({j: "percent" for j, p in pct.items() if p})
    return out


_SMALL = {"and", "of", "&", "the", "in", "for", "to", "or"}


def _title_case(label: str) -> bool:
    words = label.split()
    return 2 <= len(words) <= 6 and all(
        w.lower() in _SMALL or w[:1].isupper() or not w[:1].isalpha() for w in words
    )


def _lower_first(s: str) -> str:
    """'Net revenue' -> 'net revenue' for "Total net revenue"; acronyms ("PRC ...") stay."""
    return s if s[:2].isupper() else s[:1].lower() + s[1:]


_DATE_ONLY = re.compile(
    r"^(?:balance\s+)?(?:as\s+(?:at|of)|at)\s+\w+\.?\s+\d{1,2},?\s+\d{4}$", re.IGNORECASE
)


def _roll_forward_columns(table: Table) -> dict[int, dict[int, str]]:
    """A roll-forward (opening balance ... closing balance) under columns that name only their
    dates takes durations ending at each column's date: back to the column before it with an
    earlier date, else a year when the opening row says so ("At beginning of the year")."""
    cols = table.columns
    if not cols or any((c.period or "P").startswith("P") for c in cols):
        return {}
    dates = [c.period or "" for c in cols]
    out: dict[int, dict[int, str]] = {}
    rows = table.rows
    k = 0
    while k < len(rows):
        if not _OPENING.match(rows[k].label):
            k += 1
            continue
        end = next((m for m in range(k + 1, len(rows)) if _CLOSING.match(rows[m].label)), None)
        last = end if end is not None else len(rows) - 1
        yearly = bool(re.search(r"\byear\b", rows[k].label, re.IGNORECASE))
        spans: dict[int, str] = {}
        for j, d in enumerate(dates):
            earlier = [e for e in dates if e < d]
            months = None
            if earlier:
                e = max(earlier)
                months = (int(d[:4]) - int(e[:4])) * 12 + int(d[5:7]) - int(e[5:7])
            elif yearly:
                months = 12
            if months and months > 0:
                spans[j] = f"P{months}M/{d}"
        for m in range(k, last + 1):
            out[m] = spans
        k = last + 1
    return out


def _movement_periods(rows: list[Row]) -> dict[int, str]:
    """In a roll-forward whose balance rows name their dates ("As at April 1, 2022" ... "As at
    March 31, 2023"), the movement rows between two such rows cover the span between them
    ("P12M/2023-03-31")."""
    dated = [(k, d) for k, r in enumerate(rows) if (d := _row_date(r.label)) is not None]
    out: dict[int, str] = {}
    for (a, start), (b, end) in itertools.pairwise(dated):
        y1, m1, d1 = (int(x) for x in start.split("-"))
        y2, m2, _ = (int(x) for x in end.split("-"))
        months = (y2 - y1) * 12 + (m2 - m1) + (1 if d1 == 1 else 0)
        if months <= 0:
            continue
        for k in range(a + 1, b):
            out[k] = f"P{months}M/{end}"
    return out


def _row_date(label: str) -> str | None:
    """'As at April 1, 2022' / 'Balance as of December 31, 2023' -> the instant it names."""
    m = re.search(r"\b(?:as\s+(?:at|of)|at)\s+(.+)$", label, re.IGNORECASE)
    if m:
        return parse_date(m.group(1))
    return None


def _col_sums(rows: list[Row], n: int) -> list[float] | None:
    out = [0.0] * n
    for r in rows:
        for v, j in zip(r.values, r.columns or range(len(r.values)), strict=False):
            if 0 <= j < n:
                out[j] += float(v.amount)
    return out


def _row_vector(r: Row, n: int) -> list[float | None]:
    vec: list[float | None] = [None] * n
    for v, j in zip(r.values, r.columns or range(len(r.values)), strict=False):
        if 0 <= j < n:
            vec[j] = float(v.amount)
    return vec


def _matches(parts: list[Row], total: Row, n: int) -> bool:
    if not parts:
        return False
    sums = _col_sums(parts, n)
    tv = _row_vector(total, n)
    if sums is None or all(x is None for x in tv):
        return False
    tol = max(1.0, 0.5 * len(parts))
    return all(x is None or abs(sums[j] - x) <= tol for j, x in enumerate(tv))


def _sums_above(rows: list[Row], idx: int) -> int | None:
    """Where the run of rows that adds up to row idx (column by column) starts, if any."""
    total = rows[idx]
    n = max(len(total.values), *(len(r.values) for r in rows[:idx])) if idx else len(total.values)
    for start in range(idx - 1, -1, -1):
        parts = rows[start:idx]
        if _matches_positional(parts, total, n):
            return start
    return None


def _matches_positional(parts: list[Row], total: Row, n: int) -> bool:
    if not parts:
        return False
    sums = [0.0] * n
    for r in parts:
        if len(r.values) != len(total.values):
            return False
        for j, v in enumerate(r.values):
            sums[j] += float(v.amount)
    tol = max(1.0, 0.5 * len(parts))
    return all(abs(sums[j] - float(v.amount)) <= tol for j, v in enumerate(total.values))


_TOTAL = re.compile(
    r"^(?:total\b|.*,\s*net$|(?:balance\s*,?\s*)?(?:at\s+)?(?:the\s+)?end\s+of\b|"
    r"(?:balance\s+)?at\s+(?:the\s+)?end\b|closing\s+balance|"
    r"at\s+(?:december|june|march|september)\s+\d|"
    r"balance\s+as\s+(?:of|at)\s+(?:the\s+)?end|ending\s+balance)",
    re.IGNORECASE,
)
# "Balance at the beginning of the year", "Balance, beginning of year", "Beginning of period",
# "Balance as of beginning of year", "At January 1", "Opening balance"; the same for the end.
_OPENING = re.compile(
    r"^(?:(?:balance\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?beginning\b"
    r"|at\s+january\s+1|opening)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:balance\s*,?\s*)?(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?end(?:ing)?\b"
    r"(?!\s+(?:of\s+)?(?:lease|term|contract))|closing)",
    re.IGNORECASE,
)


def _check_totals(table: Table) -> list[ExtractionWarning]:
    """Warn where a total row is not the sum of the rows it totals (a column shift or a lost
    negative shows there first). Values are never changed.

    Rows are kept in an open list; a total must equal some run of open rows right above it
    (its parts, subtotals included), which it then replaces, so that a grand total is checked
    against the subtotals and the rows no subtotal took.
    """
    n = len(table.columns)
    if n == 0:
        return []
    out: list[ExtractionWarning] = []
    open_rows: list[Row] = []
    for r in table.rows:
        if not (r.is_total or _TOTAL.match(r.label)):
            open_rows.append(r)
            continue
        matched = 0
        for length in range(1, len(open_rows) + 1):
            if _matches(open_rows[-length:], r, n):
                matched = length
                break
        if matched:
            del open_rows[-matched:]
        elif open_rows:
            names = ", ".join(repr(x.label) for x in open_rows[-8:])
            out.append(ExtractionWarning(
                code="table_total_mismatch",
                message=f"total {r.label!r} is not the sum of the rows above ({names}): a "
                "column shift or a lost sign may have crept in",
                span=(r.values[0].start, r.values[-1].end),
            ))
        open_rows.append(r)
    return out

