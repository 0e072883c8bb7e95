"""The context a sentence's facts are read in, and the one place a prose fact is built."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.amounts import Amount
from extractor.document import Document
from extractor.entities import EntityFinder
from extractor.facts import Fact
from extractor.grounding import quote_around
from extractor.labels import label_for
from extractor.periods import PeriodPhrase
from extractor.prose.dating import phrase_bounds
from extractor.prose.segments import Segment
from extractor.share_labels import counts_shares_after
from extractor.vocabulary import OTHER_UNITS

Named = tuple[str, str | None]
"""A label and an entity."""


@dataclass(frozen=True)
class SentenceContext:
    """One sentence and what its facts are read against: the page, the note's counterparties,
    what the paragraph carried over (period, entity), the note's one currency and the
    sentence's period phrases with the words that introduce them (`bounds`, which labels stop
    at)."""

    doc: Document
    sent: Segment
    entities: EntityFinder
    para_period: PeriodPhrase | None
    para_entity: str | None
    currency: str | None
    bounds: list[tuple[int, int]]

    @property
    def text(self) -> str:
        return self.sent.text

    def name(self, a: Amount) -> Named:
        """The label and entity of amount `a` in this sentence."""
        return label_for(self.text, a, self.entities, self.para_entity, self.bounds)

    def fact(self, a: Amount, period: str | None, named: Named | None = None) -> Fact:
        """The fact amount `a` of this sentence states for `period`, named `named` (else by its
        own label)."""
        doc, sent, text = self.doc, self.sent, self.sent.text
        start, end = sent.start + a.start, sent.start + a.end
        label, entity = named or label_for(
            text, a, self.entities, self.para_entity, phrase_bounds(text)
        )
        unit = a.unit
        if unit is None and a.kind == "zero":
            unit = self.currency
        if a.kind == "per_share" and unit == "share":
            unit = None
        if unit is None and a.kind == "count" and counts_shares_after(text[a.end : a.end + 160]):
            unit = "share"  # "excluded 95,264 ... of unexercised stock options"
        scale = a.scale
        if (scale == 0 and unit is not None and unit not in OTHER_UNITS and doc.scales
                and a.kind != "per_share"):  # "$0.94 per share" stays in units
            scale = doc.scale_for(unit)
        return Fact(
            label=label,
            entity=entity,
            period=period,
            amount=None if a.blank else a.value,
            amount_max=a.value_max,
            scale=scale,
            unit=unit,
            blank=a.blank,
            quote=quote_around(sent.text, a.start, a.end).strip()
            or quote_around(doc.text, start, end),
            span=(start, end),
        )
