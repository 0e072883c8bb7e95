"""What stands around a table: its caption and the scale note before it.

`new_table` starts a table from its header run and the texts before it (headings, a caption
"SCHEDULE OF ...", a sentence with "(in thousands)").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.document import Document
from extractor.periods import find_periods
from extractor.tables.cells import Cell
from extractor.tables.columnmembers import intro_flow
from extractor.tables.header import (
    HeaderCell,
    build_columns,
    class_years,
    parse_header_cell,
    with_changes,
)
from extractor.tables.kinds import CellKind, change_columns, is_change_header, is_prose
from extractor.tables.mixedperiod import flow_period
from extractor.tables.model import Table
from extractor.tables.monthcolumns import month_column
from extractor.tables.scalenote import ScaleNote, find_scale_note, scale_cell
from extractor.tables.values import clean_label
from extractor.tables.yearends import (
    YearEnds,
    block_year,
    year_period,
)
from extractor.vocabulary import MONTH

# A text column that says where a line item stands in the statements ("Balance Sheet Location",
# "Classification on the Balance Sheet"): the lead text is the line item, not a party.
_LOCATION_HEADING = re.compile(r"(?i)^(?:balance sheet |statement )?(?:location|classification)\b")


def names_location_column(header_texts: list[str]) -> bool:
    """Whether a wide table's header heads a text column with the line items' location."""
    return any(_LOCATION_HEADING.match(h) for h in header_texts)


_PARENS = re.compile(r"\([^()]+\)")


@lru_cache(maxsize=4096)
def unit_line(text: str | None) -> bool:
    """ "(RMB)", "(In millions, except per share data)": a unit or scale line in brackets under
    column headings, never a heading or title of the rows under it."""
    return bool(text and _PARENS.fullmatch(text) and (len(text) <= 32 or find_scale_note(text)))




def caption_text(t: str) -> str:
    """A caption as a label: "SCHEDULE OF CASH ON HAND" -> "Cash on hand", "Schedule of
    Related Party Transactions" -> "Related Party Transactions" (what the schedule lists)."""
    t = clean_label(t)
    if is_caption(t):
        return re.sub(r"^SCHEDULE\s+OF\s+", "", t).capitalize()
    rest = _SCHEDULE_OF.sub("", t)
    return rest[:1].upper() + rest[1:] if rest and _WORD.search(rest) else t


_SCHEDULE_OF = re.compile(r"^schedule\s+of\s+(?:the\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{3}")


def is_caption(t: str) -> bool:
    """A table's caption ("SCHEDULE OF CASH ON HAND"), which names the table, not a section."""
    letters = [ch for ch in t if ch.isalpha()]
    return len(letters) > 12 and all(ch.isupper() for ch in letters)


_RATE_HEADER = re.compile(r"\brate\b|%", re.IGNORECASE)


def rate_header(table: Table) -> str | None:
    """The header that names a table's rate column."""
    for h in table.header_texts:
        if _RATE_HEADER.search(h):
            return h
    return None


_PERCENT_HEADER = re.compile(r"percent|ownership|interest|equity|%", re.IGNORECASE)


def percent_header(table: Table) -> str | None:
    """The header that names a table's ownership or percentage column."""
    for h in table.header_texts:
        if _PERCENT_HEADER.search(h):
            return h
    return None


def new_table(
    doc: Document,
    run: list[Cell],
    run_kinds: list[CellKind],
    pending: list[Cell],
    prose: list[Cell],
    notes: list[Cell] | None = None,
    year_ends: YearEnds | None = None,
) -> Table:
    """A table from its header run (cells and kinds), the short texts before it (`pending`:
    headings, a caption, a "Note" column head), the prose since the last table and the short
    notes under its caption; `year_ends` are the year ends the note names, for bare years."""
    # A scale note may sit in the sentence before the table or in a short line under its
    # caption ("Schedule of borrowings" + "(in thousands)"), with a sentence between.
    intro = " ".join(c.text for c in [*(notes or []), *prose[-2:]])
    note = _scale_note(intro, pending, run, doc.yen)
    last = prose[-1].text if prose else ""
    default_instant, listed, named = _intro_periods(
        intro, len(intro) - len(last) + _last_sentence_start(last), pending)
    said = [p for p in find_periods(last) if len(set(p.periods)) == 1]
    duration = said[0].periods[0] if len(said) == 1 and said[0].kind == "duration" else None
    hcells = [
        h
        for c, k in zip(run, run_kinds, strict=True)
        if k in ("header", "date", "mark")
        and (h := parse_header_cell(c.text) or month_column(c.text)) is not None
    ]
    hcells = _with_caption_period(hcells, [*(notes or []), *pending], _as_of_phrase(last))
    # a scale cell inside the header run ("Fiscal Years Ended | (Amounts in millions) | 2025")
    # is the table's scale, not a category column
    changes = change_columns(run, run_kinds)
    cats = [clean_label(c.text) for c, k in zip(run, run_kinds, strict=True)
            if k == "text" and scale_cell(c.text, doc.yen) is None and not is_change_header(c.text)]
    if not cats and not any(h.year for h in hcells) and pending:
        units = [h for h in hcells if h.unit_mark]
        if len(units) > 1 and len(pending) >= len(units):
            cats = [clean_label(c.text) for c in pending[-len(units):]]
            pending = pending[: -len(units)]
    undated = default_instant
    if undated is None and not any(h.year or h.month for h in hcells):
        # "The following table presents ... for the six months ended June 30, 2025:" over
        # "PRC & HK | USA | Consolidated": the sentence's one period dates every column
        undated = intro_flow([*(notes or []), *prose[-2:]])
    cols = (
        with_changes(
            build_columns(hcells, cats, doc.yen, undated, _year_end(doc.period),
                          year_ends, _bare_months(doc.period, hcells, intro)),
            changes,
        )
        if hcells or cats
        else []
    )
    texts = [last, *(c.text for c in [*pending, *run])]
    cols = class_years(cols, hcells, default_instant or doc.period, texts)
    note_column = bool(pending) and pending[-1].text.strip().lower() in ("note", "notes")
    if note_column:
        pending = pending[:-1]
    start = run[0].start if run else (pending[0].start if pending else 0)
    t = Table(
        start=start,
        columns=cols,
        caption=_caption(pending, prose),
        intro_scale=note.scale if note else None,
        intro_unit=note.unit if note else None,
        header_texts=[clean_label(c.text) for c in pending] + cats,
    )
    t.claimed.extend((c.start, c.end) for c in run)
    t.claimed.extend((c.start, c.end) for c in pending if not is_prose(c.text))
    t.default_instant = default_instant
    t.intro = last
    t.named_periods = named
    _date_headerless(t, intro, pending, listed, year_ends, doc.period)
    t.intro_duration = duration if not cols and not listed else None
    t.default_flow = flow_period(intro) if default_instant else None
    t.scale_note = note
    t.wide = bool(cols) and bool(cats) and len(cats) != len(cols)
    t.note_column = note_column
    return t


def caption_period(pending: list[Cell], kind: str) -> str | None:
    """The one period of `kind` the last dated line right above a table states ("As of
    December 31, 2020", "Year Ended December 31, 2019"): the table's own."""
    for c in reversed(pending):
        if not is_prose(c.text) and (found := find_periods(c.text)):
            one = len(found) == 1 and found[0].kind == kind and len(found[0].periods) == 1
            return found[0].periods[0] if one else None
    return None


# The end of a sentence inside a cell of prose ("... , respectively.\nMaturities of lease
# liabilities as of December 31, 2024 were as follows:"), not an abbreviation's ("U.S. Dollars")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])\.\s+(?=[A-Z])")


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of a cell of prose starts (0 for a cell of one sentence)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    return starts[-1] if starts else 0


def _intro_periods(
    intro: str, last_from: int, pending: list[Cell]
) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """What the sentences before a table date it by: their last single instant (a caption's
    one date in `pending` first), the last list of distinct periods of the sentence right
    before the table (from `last_from`), and every period they name (in order)."""
    default_instant = None
    listed: tuple[str, ...] = ()
    named: list[str] = []
    for p in find_periods(intro):
        named.extend(q for q in p.periods if q not in named)
        if p.kind in ("instant", "date") and len(set(p.periods)) == 1:
            default_instant = p.periods[0]
        if len(set(p.periods)) == len(p.periods) >= 2 and p.start >= last_from:
            listed = p.periods  # only the sentence right before the table lists its periods
    return caption_period(pending, "instant") or default_instant, listed, tuple(named)


def _date_headerless(t: Table, intro: str, pending: list[Cell], listed: tuple[str, ...],
                     year_ends: YearEnds | None, page: str | None = None) -> None:
    """The periods of a table without date columns: a lone year over it ("2024" over
    "Adjusted Cost | ... | Fair Value"), the periods its intro lists for its values in order,
    or the one year its intro names for its flows ("Stock option activity for the year ended
    December 31, 2024 was as follows:"; its opening and closing rows take the year's edges)."""
    if t.columns:
        return
    lead = [y for c in pending if (y := block_year(c.text)) is not None]
    if len(lead) == 1 and year_ends is not None:
        t.block_period = year_period(lead[0], t.named_periods, year_ends, page)
    t.intro_periods = listed if t.block_period is None else ()
    if (own := caption_period(pending, "duration")) is not None:
        # "Year Ended December 31, 2019" after "for the years ended ... 2020 and 2019"
        t.intro_flow, t.intro_periods = own, ()
    elif t.default_instant is None:
        flows = {q for p in find_periods(intro) if p.kind == "duration" for q in p.periods}
        t.intro_flow = flows.pop() if len(flows) == 1 else None


# "Debt at December 31 consisted of the following:": the balances' month-day, no year
_AS_OF_MONTH_DAY = re.compile(
    rf"\b(?:at|as\s+of)\s+(?P<md>{MONTH}\s+\d{{1,2}})\b(?!,?\s*(?:\d|and\b))[^.:;]*:$",
    re.IGNORECASE)


def _as_of_phrase(sentence: str) -> str | None:
    """ "As of December 31" when the sentence that introduces a table (ending with a colon)
    dates its balances by a month-day alone."""
    m = _AS_OF_MONTH_DAY.search(sentence.strip())
    return f"As of {m.group('md')}" if m else None


def _with_caption_period(hcells: list[HeaderCell], lines: list[Cell], intro: str | None = None
                         ) -> list[HeaderCell]:
    """Bare-year columns under a caption that names their month-day and kind ("Amounts in
    millions; fiscal years ended June 30", "as of June 30" over "2025 | 2024"), or under a
    sentence that does ("Debt at December 31 consisted of the following:"): the phrase heads
    the columns, as it would inside the header run."""
    if not any(h.year for h in hcells) or any(h.month or h.is_phrase for h in hcells):
        return hcells
    said = parse_header_cell(intro) if intro else None
    if said is not None and said.is_phrase and said.month and said.day:
        return [said, *hcells]
    for c in reversed(lines):
        if is_prose(c.text):
            continue
        h = parse_header_cell(c.text)
        if h is not None and h.is_phrase and h.month and h.day and h.year is None:
            return [h, *hcells]
    return hcells


def _scale_note(
    intro: str, pending: list[Cell], run: list[Cell], yen: str
) -> ScaleNote | None:
    """The scale the table states once: a caption or line above it ("(Dollars in millions)"),
    a cell of its header ("€ millions"), else the sentence before it."""
    for c in [*run, *reversed(pending)]:
        note = scale_cell(c.text, yen)
        if note is not None:
            return note
    return find_scale_note(intro, yen)


_MONTHS_OF = re.compile(r"P(\d+)M/")


def _bare_months(period: str | None, hcells: list[HeaderCell], intro: str) -> int | None:
    """The page's months when a table's bare-year columns are flows: three years or more
    ("2024 | 2023 | 2022": a balance sheet shows two), or a sentence before the table that
    ends on a duration ("... for the years ended December 31 were as follows:")."""
    m = _MONTHS_OF.match(period or "")
    if m is None or any(h.is_phrase or h.month for h in hcells):
        return None
    years = {h.year for h in hcells if h.year}
    said = [(w.start(), bool(w.group("flow"))) for w in _FLOW_OR_BALANCE.finditer(intro)]
    if len(years) >= 3 or (years and said and said[-1][1]):
        return int(m.group(1))
    return None


# "for the years ended", "during 2024" (flows) against "as of", "at December 31" (balances):
# whichever the sentence before a table says last
_FLOW_OR_BALANCE = re.compile(
    r"\b(?:(?P<flow>(?:years?|months?|quarters?|periods?)\s+end(?:ed|ing)|during)"
    r"|as\s+(?:of|at)|at\s+(?:the\s+end|december|june|march|september))\b",
    re.IGNORECASE,
)


_PERIOD_MONTH_DAY = re.compile(r"\d{4}-(\d{2})-(\d{2})$")


def _year_end(period: str | None) -> tuple[int, int] | None:
    """(month, day) of the page period's end."""
    ym = _PERIOD_MONTH_DAY.search(period) if period else None
    return (int(ym.group(1)), int(ym.group(2))) if ym else None


def _caption(pending: list[Cell], prose: list[Cell]) -> str | None:
    """The table's caption: the last short text before it, else a "SCHEDULE OF ..." the viewer
    glued to the sentence before the table ("... are as follows: SCHEDULE OF RIGHT OF USE
    ASSETS")."""
    for c in reversed(pending):
        if not is_prose(c.text):
            return caption_text(c.text)
    if prose:
        m = re.search(r"\bSCHEDULE\s+OF\s+[A-Z][A-Z ,'’&()-]+$", prose[-1].text)
        if m:
            return caption_text(m.group())
    return None


def lead_texts(table: Table, run: list[Cell], label: str) -> tuple[str, str | None]:
    """A wide row's label and party from the text cells before its values (lender | type |
    maturity: the first names the party, the second the measure)."""
    if table.lead_texts is None:
        table.lead_texts = len(run)
    if not (run and table.lead_texts):
        return label, None
    lead = clean_label(run[0].text)
    label = clean_label(run[1].text) if len(run) > 1 else label
    if names_location_column(table.header_texts):
        # "Finance | Other current liabilities" under "Balance Sheet Location": the line item
        # and where it stands, both the label's words; no party
        return f"{lead} / {label}", None
    return label, lead
