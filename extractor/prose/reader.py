"""Reading the prose of a note: paragraph by paragraph, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from extractor.amounts import Amount
from extractor.casefold import folded, has_any
from extractor.contain import guarded
from extractor.document import Document
from extractor.entities import EntityFinder
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import PeriodPhrase
from extractor.prose.alignment import align
from extractor.prose.asides import aside_phrases, for_amounts_before
from extractor.prose.candidates import dominant_currency, fact_amounts
from extractor.prose.comparatives import (
    ComparativeParen,
    base_phrase,
    comparative_parens,
    current_period,
    within,
)
from extractor.prose.context import SentenceContext
from extractor.prose.dating import (
    leading_phrase,
    opening,
    phrase_bounds,
    spread_respectively,
    topic_phrase,
)
from extractor.prose.pairs import split_pairs
from extractor.prose.priorlabels import PriorLabels
from extractor.prose.segments import Segment, number_run, paragraphs, sentences
from extractor.prose.slots import amount_lists
from extractor.prose.yearphrases import sentence_phrases
from extractor.tables.yearends import YearEnds, year_ends
from extractor.weekyears import fiscal_named_by_start


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
    # the last phrase of several periods it names, for a later "in those years"
    several: PeriodPhrase | None = None


# A sentence that points back to the transactions just told ("related to these transactions")
# is about the party the paragraph before named.
_BACK_REFERENCE = re.compile(
    r"\b(?:these|such|the above|those|the aforementioned)\s+(?:transactions|purchases|sales|"
    r"services|loans|advances|arrangements|agreements)\b",
    re.IGNORECASE,
)


def _may_refer_back(text: str) -> bool:
    """Whether `text` holds a word every _BACK_REFERENCE match begins with (a cheap test)."""
    return has_any(folded(text), ("these", "such", "above", "those", "aforementioned"))


def extract_prose(doc: Document, skip: list[tuple[int, int]] | None = None,
                  label_dates: Sequence[tuple[int, int, tuple[str, ...]]] = ()) -> ProsePart:
    """Facts from the sentences of a note, outside the ranges `skip` (tables); a sentence
    that is a table row's label (`label_dates`: its span and its columns' dates) is dated by
    those columns where it names no period of its own."""
    part = ProsePart()
    entities = EntityFinder.from_text(doc.text[doc.body_start : doc.body_end])
    currency = dominant_currency(doc)
    ends = _moving_year_ends(doc)
    last_entity: str | None = None
    carried: PeriodPhrase | None = None
    carried_party: str | None = None
    earlier: PeriodPhrase | None = None
    prior_labels = PriorLabels()
    for para in paragraphs(doc, skip or []):
        para_period: PeriodPhrase | None = None
        para_entity: str | None = None
        item = _LIST_ITEM.match(para.text) is not None
        if carried is not None and item:
            # "On March 30, 2021, ... the option to pay:" + "a. An initial installment of
            # $5,000 ...": the items of a list a paragraph introduces keep its opening date
            para_period = carried
        else:
            carried = None
        if carried_party is not None and item:
            # "... the option to pay to SRF:" + "a. An initial installment of $5,000": an
            # item that names no party is about the one the list's opening named (an item
            # naming its own keeps it: the sentence's party comes first)
            para_entity = carried_party
        else:
            carried_party = None
        for sent in sentences(para):
            if para_entity is None and _may_refer_back(sent.text) and _BACK_REFERENCE.search(
                sent.text
            ):
                para_entity = last_entity  # "these transactions": the party named before
            if number_run(sent, part.warnings):
                continue
            got = guarded(
                part.warnings, "sentence", (sent.start, sent.end),
                partial(read_sentence, doc, sent, entities, para_period, para_entity, currency,
                        ends, _columns_of(sent, label_dates), earlier),
                None,
            )
            if got is None:
                continue
            earlier = got.several
            if got.opening is not None:
                para_period = got.opening
            named = [f.entity for f in got.facts if f.entity]
            if named or got.entity:
                para_entity = named[-1] if named else got.entity
                last_entity = para_entity
            got.facts[:] = split_pairs(prior_labels.named(got.facts), sent.text)
            part.facts.extend(got.facts)
            prior_labels.add(got.facts)
            part.warnings.extend(got.warnings)
        opens_list = para.text.rstrip().endswith(":")
        if para_period is not None and (carried is not None or opens_list):
            carried = para_period
        if opens_list and not item:
            carried_party = para_entity
    return part


def _columns_of(sent: Segment, label_dates: Sequence[tuple[int, int, tuple[str, ...]]]
                ) -> tuple[str, ...]:
    """The dates of the columns whose row `sent` labels, if it is a table row's label."""
    return next((d for s, e, d in label_dates if s <= sent.start < e), ())


def _one_per_column(items: Sequence[Amount], columns: tuple[str, ...]) -> bool:
    """Whether a row label's list is one quantity per column: as many amounts as columns,
    of one unit, none a price or rate ("$2.50 par value, 1,400,000,000 authorized" is two
    things) and none a column's year ("shares issued: 2025 - 4,009.2, 2024 - 4,009.2")."""
    years = {c[:4] for c in columns}
    units = {a.unit for a in items} - {None}
    return (len(items) == len(columns) and len(units) <= 1
            and not any(a.kind in ("per_share", "percent") or a.value in years for a in items))


def _years_on_columns(phrases: list[PeriodPhrase], columns: tuple[str, ...]
                      ) -> list[PeriodPhrase]:
    """A table row's label naming only years its columns' dates fall in ("net of allowances
    of $109 in 2025 and $114 in 2024" beside "Jun. 30, 2025 | Dec. 31, 2024"): those dates,
    the year saying which column an amount is (as bare-year columns under a dated intro)."""
    if not columns or not phrases:
        return phrases
    on = {c[:4]: c for c in columns}
    if len(on) != len(columns) or not all(
            p.kind == "duration" and all(q.startswith("P12M/") and q[5:9] in on
                                         for q in p.periods) for p in phrases):
        return phrases
    return [replace(p, periods=tuple(on[q[5:9]] for q in p.periods), kind="instant")
            for p in phrases]


def _column_phrase(text: str, columns: tuple[str, ...]) -> PeriodPhrase:
    """The columns' dates as a "respectively" phrase closing a row label's sentence."""
    return PeriodPhrase(len(text), len(text), columns, "instant", respectively=True)


# a list item's marker: "a.", "(b)", "ii)", "1.", "•"
_LIST_ITEM = re.compile(r"\s*(?:\(?[a-z]{1,2}[.)]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)]|[•·▪‒–-])\s")


def read_sentence(
    doc: Document,
    sent: Segment,
    entities: EntityFinder,
    para_period: PeriodPhrase | None,
    para_entity: str | None,
    currency: str | None = None,
    ends: YearEnds | None = None,
    columns: tuple[str, ...] = (),
    earlier: PeriodPhrase | None = None,
) -> SentenceResult:
    """The facts of one sentence; also its opening period phrase and the entity it names
    (both carry over to the rest of the paragraph). A table row's label names its
    `columns`' dates as a trailing "respectively" would, when it names no period itself."""
    text = sent.text
    by_start = fiscal_named_by_start(doc.text, doc.year_period)
    phrases = _years_on_columns(sentence_phrases(text, doc.year_period, ends, earlier, by_start,
                                                 doc.year_to_date_period), columns)
    amounts = fact_amounts(text, doc.yen, phrases)
    entity = entities.in_sentence(text) or None
    parens = comparative_parens(text, phrases)
    several = _last_several(phrases, earlier)
    if not amounts and not parens:  # (most sentences: only what carries over is read)
        return SentenceResult([], [], opening(phrases, text) or topic_phrase(phrases, text),
                              entity, several)
    ctx = SentenceContext(
        doc, sent, entities, para_period, para_entity, currency, phrase_bounds(text, phrases)
    )
    amounts = _zero_scaled_by_comparative(text, amounts)
    # event dates in trailing asides, read once: the comparatives' base and every list skip
    # them after their amounts
    asides = aside_phrases(text, phrases)
    facts, taken, currents = _comparatives(ctx, amounts, phrases, parens, asides)
    warnings: list[ExtractionWarning] = []
    amounts = [a for a in amounts if id(a) not in taken]
    # the periods a comparative names are its own, not the sentence's
    phrases = [p for p in phrases if not within(parens, p.start, p.end)]
    first = opening(phrases, text)
    # A date in the sentence's subject ("Amounts due ... as of December 31, 2023 amounted to")
    # dates its amounts as an opening phrase would, but does not carry to the next sentence.
    lead = first or leading_phrase(phrases, amounts, text)
    lists = amount_lists(text, amounts)
    spread = spread_respectively(lists, phrases)
    if spread is not None:
        # "recognized X of RMB1,840 and reversed Y of RMB1,603 for the six months ended June
        # 30, 2023 and 2024, respectively": one period per single-amount list, in order.
        for lst, period in zip(lists, spread, strict=True):
            named = ctx.name(lst.items[0])
            for a in (lst.items[0], *lst.twins.get(0, [])):
                facts.append(ctx.fact(a, period, named))
        return SentenceResult(facts, warnings, first, entity, several)
    by_column = _column_phrase(text, columns) if columns and not phrases else None
    for lst in lists:
        if by_column is not None and _one_per_column(lst.items, columns):
            # "15,116,786 and 15,550,061 shares issued and outstanding, respectively" beside
            # "September 28, 2024 | September 30, 2023": one amount per column, in order (a
            # lone "50,400,000 shares authorized" stays undated: it is no column's)
            f, w = align(ctx, lst, [by_column], None)
        else:
            own = for_amounts_before(phrases, asides, lst.end)
            f, w = align(ctx, lst, own, lead if lead in own else None)
        # an amount restated by bare-year comparatives that nothing else dates is the current
        # period's ("a rate of 17% (2021: 17%)", which an undated rate would not be)
        facts.extend(x.model_copy(update={"period": currents[x.span[0] - ctx.sent.start]})
                     if x.period is None and x.span and x.span[0] - ctx.sent.start in currents
                     else x for x in f)
        warnings.extend(w)
    return SentenceResult(facts, warnings, first, entity, several)


def _last_several(phrases: list[PeriodPhrase], earlier: PeriodPhrase | None
                  ) -> PeriodPhrase | None:
    """The periods a later sentence's "in those years" or "as of the same dates" may mean:
    the last several-period duration or instant phrase of this sentence; none when it names
    periods but no such list; else the earlier sentence's."""
    if not phrases:
        return earlier
    return next((p for p in reversed(phrases)
                 if p.kind in ("duration", "instant") and len(p.periods) > 1), None)


def _moving_year_ends(doc: Document) -> YearEnds | None:
    """The note's year ends when its page is a fiscal year that ends on a moving day
    ("12 Months Ended Sep. 28, 2024": 52/53-week years), for the bare years of its prose."""
    p = doc.year_period or ""
    if not p.startswith("P12M/") or p[-5:] in ("12-31", "03-31", "06-30", "09-30"):
        return None
    return year_ends(doc.text, p)


def _comparatives(
    ctx: SentenceContext, amounts: list[Amount], phrases: list[PeriodPhrase],
    parens: list[ComparativeParen], asides: list[PeriodPhrase],
) -> tuple[list[Fact], set[int], dict[int, str]]:
    """"(2021 and 2022: nil)", "(six months ended June 30, 2022: £)": comparatives in
    parentheses, dated by their own years or phrase; also the ids of the amounts they took,
    and the current period of each amount right before a parenthesis of bare years (by its
    start in the sentence)."""
    text, doc = ctx.text, ctx.doc
    facts: list[Fact] = []
    taken: set[int] = set()
    currents: dict[int, str] = {}
    for m in parens:
        # (a blank of "(2022: )" stands right after the colon, before the values' place)
        inner = [a for a in amounts if m.vals[0] <= a.start < m.vals[1]
                 or (a.blank and m.head_end < a.start <= m.vals[1])]
        # the sentence's own period: a phrase before the parenthesis, else one after it
        # ("at 16.5% (2022: 16.5%) on the profits for the year ended ..."), else the paragraph's
        base = base_phrase(phrases, amounts, text, m.start)
        later = for_amounts_before(phrases, asides, m.end)
        base = base or next((p for p in later if p.start >= m.end and p.kind != "date"
                             and not within(parens, p.start, p.end)), None)
        base = base or ctx.para_period
        base_periods = base.periods if base else ((doc.period,) if doc.period else ())
        periods = m.periods(base_periods[0] if base_periods else None)
        main = _right_before(amounts, text, m.start)
        current = current_period([p for p in parens if p.start == m.start],
                                 base_periods[0] if base_periods else None)
        if main is not None and current is not None:
            currents[main.start] = current
        if not inner and periods and not text[m.vals[0] : m.vals[1]].strip():
            facts.extend(_empty_comparative(ctx, amounts, m, base_periods, periods))
            continue
        if not inner or not periods:
            continue
        # The comparatives restate the amount just before the parenthesis: its label and unit.
        mains = _restated(amounts, inner, m.start, text[m.start : m.end])
        for a, main in zip(inner, mains, strict=True):
            named = ctx.name(main) if main else None
            taken.add(id(a))
            if a.unit is None and main is not None and main.unit:
                a = a.with_unit(main.unit, a.scale or main.scale)
            elif a.blank and main is not None and a.unit == main.unit and not a.scale:
                a = a.with_unit(a.unit, main.scale)  # "£0.8 million (2022: £)": in millions
            for period in periods if len(inner) == 1 else periods[: len(inner)]:
                facts.append(ctx.fact(a, period, named))
    return facts, taken, currents


def _right_before(amounts: list[Amount], text: str, at: int) -> Amount | None:
    """The stated amount that ends right before position `at`, only spaces between."""
    before = [a for a in amounts if a.token_end <= at and not a.blank]
    if before and not text[before[-1].token_end : at].strip():
        return before[-1]
    return None


def _empty_comparative(
    ctx: SentenceContext, amounts: list[Amount], m: ComparativeParen,
    base: tuple[str, ...], periods: list[str],
) -> list[Fact]:
    """"was (2022: ), representing (2022: ) of the shares": the viewer dropped both the amount
    and its comparative. The comparative's slot (after the colon) is a blank for its period;
    the slot before the parenthesis, when no amount stands there, a blank for the sentence's
    own period. A stated amount before it lends the comparative its unit and label."""
    text = ctx.text
    before_end = len(text[: m.start].rstrip())
    main = next((a for a in amounts if before_end - 1 <= a.token_end - 1 < m.start), None)
    if main is None and not text[before_end - 1 : before_end].isalpha():
        return []
    colon = m.colon
    unit, scale = (main.unit, main.scale) if main is not None else (None, 0)
    blank = Amount(colon, colon, None, unit, scale, blank=True, token_start=colon, token_end=colon)
    out: list[Fact] = []
    if main is None:
        if not base:
            return []
        own = Amount(before_end, before_end, None, None, 0, blank=True,
                     token_start=before_end, token_end=before_end)
        named = ctx.name(own)
        out.append(ctx.fact(own, base[0], named))
    else:
        named = ctx.name(main)
    out.extend(ctx.fact(blank, period, named) for period in periods)
    return out


def _zero_scaled_by_comparative(text: str, amounts: list[Amount]) -> list[Amount]:
    """"was € nil (2021: €8,129 thousand)": a nil in a note's thousands takes its
    comparative's scale, as a nil in a list in thousands does."""
    out = list(amounts)
    for m in comparative_parens(text, []):
        inner = [a for a in out if m.vals[0] <= a.start < m.vals[1]]
        k = next((i for i in range(len(out) - 1, -1, -1) if out[i].token_end <= m.start), None)
        if k is None or not inner or out[k].kind != "zero" or out[k].scale != 0:
            continue
        scales = {a.scale for a in inner if a.unit == out[k].unit and not a.blank}
        if len(scales) == 1 and (scale := scales.pop()) and len(inner) == 1:
            out[k] = out[k].with_unit(out[k].unit, scale)
    return out


def _restated(
    amounts: list[Amount], inner: list[Amount], at: int, paren: str
) -> list[Amount | None]:
    """The amount each comparative in a parenthesis restates: the one just before it, or,
    for "(2021: €109 thousand and €108 thousand, respectively)" after a list of as many, the
    list's amounts in order."""
    before = [b for b in amounts if b.token_end <= at]
    if len(inner) > 1 and len(before) >= len(inner) and "respectively" in paren.lower():
        return list(before[-len(inner) :])
    main = before[-1] if before else None
    return [main] * len(inner)

