"""An independent scorer written straight from FACTS.md ("How output is scored against gold"),
compared with the harness over random small fact sets.

The reference enumerates every matching by brute force, with exact fractions, and takes the
one that pairs the most facts, then has the greatest label + entity similarity, then the
most overlapping spans/quotes, then the most equal units and scales. Similarity follows the
definition documented in `extractor.evaluation.pairing` (Dice of lower-cased word sets
without stop-words), written again here without its helpers.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.evaluation.metrics import score_document
from extractor.evaluation.pairing import STOP_WORDS, located_together, units_agree
from extractor.facts import Fact

# ------------------------------------------------------------------ the reference scorer


def _words(text: str | None) -> set[str]:
    return {w for w in re.split(r"[^0-9a-z]+", (text or "").lower()) if w} - STOP_WORDS


def _dice(a: str | None, b: str | None) -> Fraction:
    x, y = _words(a), _words(b)
    if not x and not y:
        return Fraction(1)
    return Fraction(2 * len(x & y), len(x) + len(y))


def _dec(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def _allowed(g: Fact, p: Fact) -> bool:
    if g.period != p.period or g.blank != p.blank:
        return False
    same_max = _dec(g.amount_max) == _dec(p.amount_max)
    return g.blank or (_dec(g.amount) == _dec(p.amount) and same_max)


def _together(g: Fact, p: Fact) -> int:
    if g.span is not None and p.span is not None:
        (a, b), (c, d) = g.span, p.span
        if a == b or c == d:
            return int(c <= a <= d or a <= c <= b)
        return int(max(a, c) < min(b, d))
    return int(bool(g.quote and p.quote) and (g.quote in p.quote or p.quote in g.quote))


def _matchings(n_gold: int, options: list[list[int]], used: frozenset[int], i: int = 0):
    if i == n_gold:
        yield []
        return
    for rest in _matchings(n_gold, options, used, i + 1):  # gold i stays unpaired
        yield rest
    for j in options[i]:
        if j not in used:
            for rest in _matchings(n_gold, options, used | {j}, i + 1):
                yield [(i, j), *rest]


def reference_score(gold: list[Fact], pred: list[Fact]) -> dict[str, object]:
    """TP/FP/FN (all and blank) and the best totals, by brute force over all matchings."""
    options = [[j for j, p in enumerate(pred) if _allowed(g, p)] for g in gold]
    best_key, best = None, []
    for m in _matchings(len(gold), options, frozenset()):
        sim = sum((_dice(gold[i].label, pred[j].label) + _dice(gold[i].entity, pred[j].entity)
                   for i, j in m), Fraction(0))
        key = (len(m), sim, sum(_together(gold[i], pred[j]) for i, j in m),
               sum((gold[i].unit == pred[j].unit) + (gold[i].scale == pred[j].scale)
                   for i, j in m))
        if best_key is None or key > best_key:
            best_key, best = key, m
    assert best_key is not None
    tp = len(best)
    blank_tp = sum(1 for i, _ in best if gold[i].blank)
    return {
        "tp": tp, "fp": len(pred) - tp, "fn": len(gold) - tp,
        "blank": (blank_tp, sum(p.blank for p in pred) - blank_tp,
                  sum(g.blank for g in gold) - blank_tp),
        "similarity": best_key[1], "together": best_key[2], "units": best_key[3],
    }


# ------------------------------------------------------------------ random small fact sets

LABEL_WORDS = ["revenues", "amounts", "due", "from", "to", "loans", "of", "the", "interest"]
ENTITIES = [None, "Jingu", "Hi Sun Group", "Jingu Group", "the Group"]


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    blank = draw(st.booleans())
    start = draw(st.integers(0, 6))
    width = 0 if blank else draw(st.integers(1, 3))
    return Fact(
        label=" ".join(draw(st.lists(st.sampled_from(LABEL_WORDS), min_size=1, max_size=3))),
        entity=draw(st.sampled_from(ENTITIES)),
        period=draw(st.sampled_from([None, "2021-12-31", "P12M/2021-12-31"])),
        amount=None if blank else draw(st.sampled_from(["1400", "1400.00", "900", "-5"])),
        amount_max=None if blank else draw(st.sampled_from([None, None, "5", "5.0"])),
        scale=draw(st.sampled_from([0, 3])),
        unit=draw(st.sampled_from(["CNY", "USD", None])),
        blank=blank,
        quote=draw(st.sampled_from(["RMB1,400", "of RMB1,400 in", "900", "were and"])),
        span=draw(st.sampled_from([None, (start, start + width)])),
    )


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


@settings(max_examples=300, deadline=None)
@given(st.lists(facts(), max_size=5), st.lists(facts(), max_size=5))
def test_harness_agrees_with_a_brute_force_scorer(gold: list[Fact], pred: list[Fact]) -> None:
    ref = reference_score(gold, pred)
    d = score_document("d", gold, pred)
    c = d.counts
    assert (c.tp, c.fp, c.fn) == (ref["tp"], ref["fp"], ref["fn"])
    assert (d.blank_counts.tp, d.blank_counts.fp, d.blank_counts.fn) == ref["blank"]
    tp, fp, fn = ref["tp"], ref["fp"], ref["fn"]
    assert c.precision == _ratio(tp, tp + fp)
    assert c.recall == _ratio(tp, tp + fn)
    assert c.f1 == _ratio(2 * tp, 2 * tp + fp + fn)
    assert abs(d.pairing.total_similarity - float(ref["similarity"])) < 1e-9
    together = sum(located_together(gold[p.gold], pred[p.pred]) for p in d.pairing.pairs)
    assert together == ref["together"]
    units = sum(units_agree(gold[p.gold], pred[p.pred]) for p in d.pairing.pairs)
    assert units == ref["units"]
