"""Tables whose columns are members, not dates: segments or parties side by side.

"PRC & HK | USA | Corporate and Unallocated | Elimination | Consolidated" over rows of
revenues, under a sentence "The following table presents ... for the six months ended June
30, 2025:". The header dates nothing, so the sentence's one period dates every column; each
column heading is the entity of its cells, the row is the label; a "Total" or "Consolidated"
column is the company as a whole (entity null), a "Total" column's label "Total <row>".
Pure functions over the table the grid reader built.
"""

from __future__ import annotations

import re

from extractor.periods import find_periods
from extractor.tables.cells import Cell
from extractor.tables.kinds import is_prose
from extractor.tables.model import Table
from extractor.vocabulary import PLACES

_SEGMENT = re.compile(r"\bsegments?\b|\breportable\b", re.IGNORECASE)
_WHOLE = re.compile(r"(?:total|consolidated|group|combined)(?:\s+(?:segments?|group))?",
                    re.IGNORECASE)
# a class of holders or of assets, one per column ("Employees | Consultants", "Trade
# Receivables | Financed Receivables", "Accounts Receivable | Contract Assets")
_CLASS_NOUN = re.compile(
    r"(?:receivables?|assets|employees|consultants|non-employees|directors|officers)",
    re.IGNORECASE)
_MEASURE = re.compile(
    r"\b(?:amount|rate|number|price|weighted|average|gross|net|accumulated|carrying|value|"
    r"cost|balance|total|fair|life|term|percent|allowance|impairment)\b|%", re.IGNORECASE)
# Places that name no area of their own: the rest of the world beside named ones
# ("United States | Other countries"), or a tax jurisdiction's class ("Domestic | Foreign").
_RESIDUAL_PLACE = re.compile(
    r"(?i)(?:(?:all )?other(?: countries| regions| foreign| international)?|"
    r"rest of (?:the )?world|international|foreign|non-u\.?s\.?|domestic|global|worldwide)"
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")


def intro_flow(intro: list[Cell]) -> str | None:
    """The one duration named by the sentence that introduces a table ("... for the six
    months ended June 30, 2025:"): the last text before the table that ends with a colon,
    with only headings (no prose) after it. A header without dates takes it for every
    column; a sentence naming two periods, or none ending in a colon, dates nothing."""
    cells = sorted(intro, key=lambda c: c.start)
    ends = [i for i, c in enumerate(cells) if c.text.rstrip().endswith(":")]
    if not ends or any(is_prose(c.text) for c in cells[ends[-1] + 1 :]):
        return None
    text = " ".join(c.text.strip() for c in cells[: ends[-1] + 1])
    sentence = _SENTENCE_END.split(text)[-1]
    phrases = find_periods(sentence)
    periods = {p for ph in phrases for p in ph.periods}
    if len(periods) != 1 or phrases[-1].kind != "duration":
        return None
    return periods.pop()


def member_columns(table: Table, doc_title: str | None) -> bool:
    """Whether a table's column headings are members (segments) rather than measures: every
    column has a heading, all columns share one period (the headings, not dates, tell them
    apart), and every heading names a class or the whole, or the table's caption, headings
    or page title speak of segments."""
    cols = table.columns
    if len(cols) < 2 or not all(c.category for c in cols):
        return False
    if len({c.period for c in cols}) > 1:
        return False
    if place_heads([c.category or "" for c in cols]):
        return True  # "United States | Other countries | Total": the areas are the members
    heads = class_heads([c.category or "" for c in cols])
    if heads and all(c.category in heads or _WHOLE.fullmatch(c.category.strip()) for c in cols
                     if c.category):
        return True  # every column a class or the whole: the segment reading applies
    context = " ".join(t for t in [table.caption, doc_title, *table.header_texts] if t)
    return bool(_SEGMENT.search(context))


def place_heads(headings: list[str]) -> bool:
    """Whether column headings are geographic areas side by side ("United States | Other
    countries | Total", "PRC | Hong Kong | Consolidated"): every heading a place, the rest of
    the world or the whole, and at least one a named country or region ("Domestic |
    Foreign" names none: a tax class, not an area)."""
    kept = [h.strip() for h in headings if h.strip() and not _WHOLE.fullmatch(h.strip())]
    named = sum(1 for h in kept if h.lower().removeprefix("the ") in PLACES
                and not _RESIDUAL_PLACE.fullmatch(h))
    return (len(kept) >= 2 and named >= 1
            and all(h.lower().removeprefix("the ") in PLACES or _RESIDUAL_PLACE.fullmatch(h)
                    for h in kept))


def class_heads(headings: list[str]) -> frozenset[str]:
    """The column headings that name classes side by side ("Employees | Consultants |
    Total | Weighted average exercise price" -> Employees, Consultants; "Accounts
    Receivable | Contract Assets | Notes Receivable"): headings ending in a class noun and
    naming no measure ("Gross carrying amount", "Net" are measures), kept only when two or
    more distinct ones stand side by side."""
    heads = frozenset(h.strip() for h in headings if _class_head(h.strip()))
    return heads if len(heads) >= 2 else frozenset()


def _class_head(heading: str) -> bool:
    words = heading.split()
    return (0 < len(words) <= 5 and _CLASS_NOUN.fullmatch(words[-1]) is not None
            and not _MEASURE.search(heading))


def is_whole(heading: str) -> bool:
    """Whether a column heading is the company as a whole ("Total", "Consolidated")."""
    return _WHOLE.fullmatch(heading.strip()) is not None


def column_member(label: str, heading: str) -> tuple[str, str | None]:
    """A cell's (label, entity) under a member column: the heading is the entity; a column
    for the whole ("Total", "Consolidated") has none, a "Total" column's label totals the
    row ("Revenues" -> "Total revenues")."""
    if not _WHOLE.fullmatch(heading.strip()):
        return label, heading
    if heading.strip().lower().startswith("total") and not label.lower().startswith("total"):
        lowered = label if label[:2].isupper() else label[:1].lower() + label[1:]
        return f"Total {lowered}", None
    return label, None
