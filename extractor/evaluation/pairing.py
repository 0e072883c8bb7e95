"""Pairing predicted facts with gold facts, exactly as FACTS.md ("How output is scored") says.

1. A prediction may pair with a gold fact only when `period` is equal, `blank` is equal and,
   for facts that are not blank, `amount` and `amount_max` are equal as decimals
   (`Decimal("1400") == Decimal("1400.00")`; a null and an absent `amount_max` are the same).
2. Among the allowed pairs, the assignment that maximises the total similarity of `label` and
   `entity` wins; overlapping spans (or quotes) break ties. Each fact pairs at most once.

The pairing rule is an equivalence on a key (period, blank, amount, amount_max), so the allowed
pairs fall into disjoint complete bipartite blocks, one per key. Inside a block every gold fact
may pair with every prediction, so a maximum assignment pairs min(#gold, #pred) of them whatever
the similarities are; the similarities decide only *which* facts pair. Each block is solved
exactly with the Hungarian method (`scipy.optimize.linear_sum_assignment`), never greedily.

Similarity and agreement of a text field (label or entity), defined once here:

- tokens: the lower-cased text split into runs of letters and digits, minus STOP_WORDS;
- similarity: the Dice coefficient of the two token sets, 2|A & B| / (|A| + |B|), in [0, 1].
  Two nulls, or two texts without tokens, are 1.0 (full agreement); a null against a text
  with tokens is 0.0;
- agreement: the normalised forms (tokens in order, stop-words kept, joined by one space) are
  equal or one contains the other as a substring, or the similarity is at least one half.
  A null agrees only with a null (or an empty text).

The weight of an allowed pair is label similarity + entity similarity (0..2) plus TIE_EPSILON
when the spans overlap, or, when either span is missing, when one quote contains the other.
Among assignments still tied after that, the one whose pairs agree on unit and scale more
often wins (a smaller weight per agreeing attribute, scaled to the block so that all of them
together stay below one TIE_EPSILON). That last rule goes beyond the contract's text but only
chooses among assignments the contract ranks equal: without it, two facts that differ only in
unit ("-" in a CNY column and "-" in a USD column, gold without spans) could be crossed and
the strict figures lowered by chance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
from scipy.optimize import linear_sum_assignment

from extractor.facts import Fact

# Function words that carry no meaning in a label or a party's name. "from", "to", "not",
# "no" and "non" are deliberately absent: "Amounts due from" and "Amounts due to" are
# different measures and must not look alike.
STOP_WORDS = frozenset(
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "by", "for", "with", "as",
        "its", "their", "our", "this", "that", "these", "those", "is", "was", "were", "are",
        "be", "been", "which", "s",
    }
)

# Small enough that no sum of tie-breaks in a block can outweigh a real difference in
# similarity (Dice values of labels of up to a few dozen tokens differ by far more than
# TIE_EPSILON times the size of any realistic block), large enough to survive float sums.
TIE_EPSILON = 1e-6

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str | None) -> list[str]:
    """The lower-cased runs of letters and digits of `text`, in order (stop-words kept)."""
    return _WORD.findall(text.lower()) if text else []


def tokens(text: str | None) -> frozenset[str]:
    """The token set used for similarity: lower-cased words minus STOP_WORDS."""
    return frozenset(w for w in words(text) if w not in STOP_WORDS)


def normalised(text: str | None) -> str:
    """The normalised form used for containment: lower-cased words joined by one space."""
    return " ".join(words(text))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two token sets; two empty sets are identical (1.0)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def text_similarity(a: str | None, b: str | None) -> float:
    """Similarity of two labels or two entities (see the module docstring), in [0, 1]."""
    return dice(tokens(a), tokens(b))


def text_agrees(a: str | None, b: str | None) -> bool:
    """Agreement of a text field: one normalised form contains the other, or the token
    overlap (Dice) is at least one half. Nulls and empty texts agree only with each other."""
    na, nb = normalised(a), normalised(b)
    if not na or not nb:
        return not na and not nb
    return na in nb or nb in na or text_similarity(a, b) >= 0.5


def decimal_or_none(value: object) -> Decimal | None:
    """A contract amount as a Decimal; None for null, absent or unreadable values."""
    if value is None:
        return None
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def pair_key(fact: Fact) -> Hashable | None:
    """The key two facts must share to be allowed to pair; None when the fact can pair with
    nothing (a non-blank fact whose amount is not a number).

    Equal decimals hash equally, so Decimal("1400") and Decimal("1400.00") give one key.
    """
    period = fact.period.strip() if isinstance(fact.period, str) else fact.period
    if fact.blank:
        return (period, True)
    amount = decimal_or_none(fact.amount)
    if amount is None:
        return None
    return (period, False, amount, decimal_or_none(fact.amount_max))


def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """True when two [start, end) spans share a character, or when an empty span (a blank's
    slot) lies within or at the edge of the other."""
    if a is None or b is None:
        return False
    (s1, e1), (s2, e2) = a, b
    if s1 == e1 or s2 == e2:
        return s2 <= s1 <= e2 or s1 <= s2 <= e1
    return max(s1, s2) < min(e1, e2)


def located_together(gold: Fact, pred: Fact) -> bool:
    """The tie-breaker: spans overlap; when either span is missing, one quote contains the
    other (after folding whitespace)."""
    if gold.span is not None and pred.span is not None:
        return spans_overlap(tuple(gold.span), tuple(pred.span))  # type: ignore[arg-type]
    qa, qb = " ".join((gold.quote or "").split()), " ".join((pred.quote or "").split())
    return bool(qa and qb) and (qa in qb or qb in qa)


def similarity(gold: Fact, pred: Fact) -> float:
    """Label similarity + entity similarity, in [0, 2]."""
    return text_similarity(gold.label, pred.label) + text_similarity(gold.entity, pred.entity)


def units_agree(gold: Fact, pred: Fact) -> int:
    """How many of unit and scale are equal (0..2): the last tie-breaker."""
    return int(gold.unit == pred.unit) + int(gold.scale == pred.scale)


def pair_weight(gold: Fact, pred: Fact, block_pairs: int = 1) -> float:
    """What the assignment maximises for an allowed pair: similarity, then the tie-breakers
    (located together; unit and scale equal), in a block where at most `block_pairs` pairs
    are formed."""
    attribute_epsilon = TIE_EPSILON / (2 * block_pairs + 1)
    return (
        similarity(gold, pred)
        + (TIE_EPSILON if located_together(gold, pred) else 0.0)
        + attribute_epsilon * units_agree(gold, pred)
    )


@dataclass(frozen=True)
class Pair:
    """A gold fact and the prediction it paired with (indices into the two lists)."""

    gold: int
    pred: int
    similarity: float


@dataclass(frozen=True)
class Pairing:
    """The outcome of pairing one document: pairs, unpaired gold (misses), unpaired
    predictions (extras). Indices refer to the lists given to `pair_facts`."""

    pairs: tuple[Pair, ...]
    missed: tuple[int, ...]
    extra: tuple[int, ...]

    @property
    def total_similarity(self) -> float:
        return sum(p.similarity for p in self.pairs)


def pair_facts(gold: Sequence[Fact], pred: Sequence[Fact]) -> Pairing:
    """Pair predictions with gold facts by the contract's rules (maximum-weight assignment
    within each block of allowed pairs)."""
    blocks: dict[Hashable, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, g in enumerate(gold):
        key = pair_key(g)
        if key is not None:
            blocks[key][0].append(i)
    for j, p in enumerate(pred):
        key = pair_key(p)
        if key is not None:
            blocks[key][1].append(j)

    pairs: list[Pair] = []
    for gi, pj in blocks.values():
        if not gi or not pj:
            continue
        k = min(len(gi), len(pj))
        weights = np.array([[pair_weight(gold[i], pred[j], k) for j in pj] for i in gi])
        rows, cols = linear_sum_assignment(weights, maximize=True)
        pairs.extend(
            Pair(gi[r], pj[c], similarity(gold[gi[r]], pred[pj[c]]))
            for r, c in zip(rows, cols, strict=True)
        )
    pairs.sort(key=lambda p: (p.gold, p.pred))
    paired_gold = {p.gold for p in pairs}
    paired_pred = {p.pred for p in pairs}
    return Pairing(
        pairs=tuple(pairs),
        missed=tuple(i for i in range(len(gold)) if i not in paired_gold),
        extra=tuple(j for j in range(len(pred)) if j not in paired_pred),
    )
