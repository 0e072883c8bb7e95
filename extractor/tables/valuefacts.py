"""The one path from a table value to a fact, for grid tables and Details pages alike.

The readers decide a value's label, entity, period, unit and (when the table says) scale; here
rates and terms take scale 0 (terms take no period: useful lives and loan terms that nothing
dates), and money with no scale of its own takes the page header's.
"""

from __future__ import annotations

from extractor.document import Document
from extractor.facts import Fact
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
