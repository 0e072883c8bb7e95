"""Reading the prose of a note: paragraph by paragraph, sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

from extractor.amounts import Amount
from extractor.contain import guarded
from extractor.document import Document
from extractor.entities import EntityFinder
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import PeriodPhrase, shift_year
from extractor.prose.alignment import align
from extractor.prose.candidates import dominant_currency, fact_amounts
from extractor.prose.context import SentenceContext
from extractor.prose.dating import (
    leading_phrase,
    opening,
    phrase_bounds,
    sentence_phrases,
    spread_respectively,
)
from extractor.prose.segments import Segment, number_run, paragraphs, sentences
from extractor.prose.slots import amount_lists

_PAREN_YEARS = re.compile(
    r"\((?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)\s*:\s*(?P<vals>[^()]*)\)"
)


@dataclass
class ProsePart:
    """Facts read from the prose of a note, with warnings naming what stayed uncertain."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)


@dataclass
class SentenceResult:
    """The facts of one sentence, and what carries over to the rest of its paragraph: the
    period phrase that opens it and the entity it names."""

    facts: list[Fact]
    warnings: list[ExtractionWarning]
    opening: PeriodPhrase | None
    entity: str | None


# A sentence that points back to the transactions just told ("related to these transactions")
# is about the party the paragraph before named.
_BACK_REFERENCE = re.compile(
    r"\b(?:these|such|the above|those|the aforementioned)\s+(?:transactions|purchases|sales|"
    r"services|loans|advances|arrangements|agreements)\b",
    re.IGNORECASE,
)


def extract_prose(doc: Document, skip: list[tuple[int, int]] | None = None) -> ProsePart:
    """Facts from the sentences of a note, outside the ranges `skip` (tables)."""
    part = ProsePart()
    entities = EntityFinder.from_text(doc.text[doc.body_start : doc.body_end])
    currency = dominant_currency(doc)
    last_entity: str | None = None
    for para in paragraphs(doc, skip or []):
        para_period: PeriodPhrase | None = None
        para_entity: str | None = None
        for sent in sentences(para):
            if para_entity is None and _BACK_REFERENCE.search(sent.text):
                para_entity = last_entity  # "these transactions": the party named before
            if number_run(sent, part.warnings):
                continue
            got = guarded(
                part.warnings, "sentence", (sent.start, sent.end),
                partial(read_sentence, doc, sent, entities, para_period, para_entity, currency),
                None,
            )
            if got is None:
                continue
            if got.opening is not None:
                para_period = got.opening
            named = [f.entity for f in got.facts if f.entity]
            if named or got.entity:
                para_entity = named[-1] if named else got.entity
                last_entity = para_entity
            got.facts[:] = _named_before(got.facts, part.facts)
            part.facts.extend(got.facts)
            part.warnings.extend(got.warnings)
    return part


def _named_before(facts: list[Fact], before: list[Fact]) -> list[Fact]:
    """"The amount of US$3,522,239 as of June 30, 2011 represented ...": an amount labelled
    only "Amount" that the note stated before, with the same unit, takes that statement's
    label (and its entity, when it has none)."""
    out = []
    for f in facts:
        if f.label == "Amount" and f.amount is not None:
            prior = next((b for b in reversed(before) if b.amount == f.amount and
                          b.unit == f.unit and b.label != "Amount"), None)
            if prior is not None:
                f = f.model_copy(update={"label": prior.label, "entity": f.entity or prior.entity})
        out.append(f)
    return out


def read_sentence(
    doc: Document,
    sent: Segment,
    entities: EntityFinder,
    para_period: PeriodPhrase | None,
    para_entity: str | None,
    currency: str | None = None,
) -> SentenceResult:
    """The facts of one sentence; also its opening period phrase and the entity it names
    (both carry over to the rest of the paragraph)."""
    text = sent.text
    phrases = sentence_phrases(text, doc.period)
    ctx = SentenceContext(
        doc, sent, entities, para_period, para_entity, currency, phrase_bounds(text, phrases)
    )
    amounts = fact_amounts(text, doc.yen, phrases)
    entity = entities.in_sentence(text) or None
    if not amounts:
        return SentenceResult([], [], opening(phrases, text), entity)
    facts, taken = _comparatives(ctx, amounts, phrases)
    warnings: list[ExtractionWarning] = []
    amounts = [a for a in amounts if id(a) not in taken]
    phrases = [
        p
        for p in phrases
        if not any(p.start >= m.start() and p.end <= m.end() for m in _PAREN_YEARS.finditer(text))
    ]
    first = opening(phrases, text)
    # A date in the sentence's subject ("Amounts due ... as of December 31, 2023 amounted to")
    # dates its amounts as an opening phrase would, but does not carry to the next sentence.
    lead = first or leading_phrase(phrases, amounts)
    lists = amount_lists(text, amounts)
    spread = spread_respectively(lists, phrases)
    if spread is not None:
        # "recognized X of RMB1,840 and reversed Y of RMB1,603 for the six months ended June
        # 30, 2023 and 2024, respectively": one period per single-amount list, in order.
        for lst, period in zip(lists, spread, strict=True):
            named = ctx.name(lst.items[0])
            for a in (lst.items[0], *lst.twins.get(0, [])):
                facts.append(ctx.fact(a, period, named))
        return SentenceResult(facts, warnings, first, entity)
    for lst in lists:
        f, w = align(ctx, lst, phrases, lead)
        facts.extend(f)
        warnings.extend(w)
    return SentenceResult(facts, warnings, first, entity)


def _comparatives(
    ctx: SentenceContext, amounts: list[Amount], phrases: list[PeriodPhrase]
) -> tuple[list[Fact], set[int]]:
    """"(2021 and 2022: nil)": comparatives in parentheses, dated by their own years; also the
    ids of the amounts they took."""
    text, doc = ctx.text, ctx.doc
    facts: list[Fact] = []
    taken: set[int] = set()
    for m in _PAREN_YEARS.finditer(text):
        inner = [a for a in amounts if m.start("vals") <= a.start < m.end("vals")]
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("years"))]
        base = next((p for p in phrases if p.end <= m.start() and p.kind != "date"), None)
        base = base or ctx.para_period
        base_periods = base.periods if base else ((doc.period,) if doc.period else ())
        if not inner or not base_periods:
            continue
        # The comparatives restate the amount just before the parenthesis: its label and unit.
        main = next((b for b in reversed(amounts) if b.token_end <= m.start()), None)
        named = ctx.name(main) if main else None
        for a in inner:
            taken.add(id(a))
            if a.unit is None and main is not None and main.unit:
                a = a.with_unit(main.unit, a.scale or main.scale)
            for y in years if len(inner) == 1 else years[: len(inner)]:
                kind = base_periods[0].split("/")
                period = (
                    f"{kind[0]}/{shift_year(kind[1], y)}"
                    if len(kind) == 2
                    else shift_year(kind[0], y)
                )
                facts.append(ctx.fact(a, period, named))
    return facts, taken
