"""The one path from a table value to a fact, for grid tables and Details pages alike.

The readers decide a value's label, entity, period, unit and (when the table says) scale; here
rates and terms take scale 0 (terms take no period: useful lives and loan terms that nothing
dates), and money with no scale of its own takes the page header's.
"""

from __future__ import annotations

from extractor.document import Document
from extractor.facts import Fact
from extractor.lifeterms import label_duration_unit, life_heading, names_a_term
from extractor.tables.values import Value, quote_for
from extractor.vocabulary import DURATION_UNITS, RATE_UNITS


def value_fact(
    doc: Document,
    v: Value,
    *,
    label: str,
    entity: str | None,
    period: str | None,
    unit: str | None,
    scale: int | None = None,
    dated_terms: bool = False,
) -> Fact:
    """The fact table value `v` states; `scale` None means the page header's for `unit`.
    `dated_terms`: the reader's period dates useful lives too (a Details page's one column)."""
    if unit in RATE_UNITS:
        scale = 0
        if unit in DURATION_UNITS and not dated_terms:
            period = None
    elif scale is None:
        scale = doc.scale_for(unit)
    return Fact(
        label=label,
        entity=entity,
        period=period,
        amount=None if v.blank else v.amount,
        amount_max=None if v.blank else v.amount_max,
        scale=scale,
        unit=unit,
        blank=v.blank,
        quote=quote_for(doc.text, v),
        span=(v.start, v.end),
    )


def first_unit(*units: str | None) -> str | None:
    """The first unit that is known, in order of precedence."""
    return next((u for u in units if u is not None), None)


def duration_unit(label: str, v: Value, unit: str | None) -> str | None:
    """The duration unit of a table value: its own ("3-5 years") or the one its row label
    names ("Expected life (years)" over a bare 5.5); None for money, rates and counts."""
    if unit in DURATION_UNITS:
        return unit
    if v.explicit and unit is not None:
        return None  # "$ 5.5" under a label in years: the cell says what it is
    return label_duration_unit(label)


def term_or_life(label: str, v: Value, unit: str | None, context: str) -> tuple[bool, str | None]:
    """(whether the value is a term and so no fact, the unit it takes). A duration states a
    fact only as a useful life (FACTS.md): one whose row label or `context` (the table's
    title, headings and the sentence before it) names a term, an expected life or a vesting
    period is none; a duration is in years or months, never in the page's money scale."""
    du = duration_unit(label, v, unit)
    if du is None:
        return False, unit
    return names_a_term(f"{label} {context}"), du


def lead_in(text: str, start: int) -> str:
    """The last line of text before `start` (the sentence that introduces a table)."""
    head = text[max(0, start - 400) : start].rstrip()
    return head.rsplit("\n", 1)[-1]


def life_column_label(
    category: str | None, v: Value, label: str, named: str
) -> tuple[str, str] | None:
    """(label, named label) of a value under a column heading that names useful lives
    ("Useful Lives (Years)" beside cost, accumulated amortization and net): lives in years that
    nothing dates. A value over 100 there is a total's money shifted under the heading, no life
    of 425 years: None."""
    if not category or (life := life_heading(category)) is None:
        return None
    if not v.blank and abs(float(v.amount)) > 100:
        return None
    # a headerless table's heading already joined to `named` says its unit once
    unit_named = named if label_duration_unit(named) else f"{named} ({life[1]}s)"
    return f"{label} / {life[0]}", unit_named
