"""How far a micro figure could move on another draw of documents of the same kind.

A blind round is 16 notes; two rounds drawn the same way have scored 82 and 57. A single F1
over so few documents says little without its spread, so the report gives a percentile
bootstrap over documents: resample the scored documents with replacement, recompute the
micro figure from the summed counts, and take the middle 95% of the resampled figures.
Documents are the unit of resampling because facts within one note fail together (one
misread header takes a whole table). Seeded, so a report is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from extractor.evaluation.metrics import Counts, DocumentScore

RESAMPLES = 2000
LEVEL = 0.95

_FIGURES: dict[str, Callable[[DocumentScore], Counts]] = {
    "f1": lambda d: d.counts,
    "strict_f1": lambda d: d.strict_counts,
}


def bootstrap_interval(
    counts: Sequence[Counts], *, resamples: int = RESAMPLES, level: float = LEVEL, seed: int = 0
) -> tuple[float, float] | None:
    """The percentile interval of micro F1 over documents resampled with replacement.

    `counts` holds one document's TP/FP/FN each. None when fewer than two documents have
    anything to score (no spread can be read from one document)."""
    scored = [c for c in counts if c.tp + c.fp + c.fn]
    if len(scored) < 2:
        return None
    rng = random.Random(seed)
    n = len(scored)
    # F1 = 2TP / (2TP + FP + FN): two sums per resample are enough
    hits = [2 * c.tp for c in scored]
    errors = [c.fp + c.fn for c in scored]
    figures = []
    for _ in range(resamples):
        picks = rng.choices(range(n), k=n)
        two_tp = sum(hits[i] for i in picks)
        figures.append(two_tp / (two_tp + sum(errors[i] for i in picks)))
    figures.sort()
    tail = (1.0 - level) / 2
    low = figures[int(tail * (resamples - 1))]
    high = figures[int((1.0 - tail) * (resamples - 1))]
    return low, high


def spreads(documents: Sequence[DocumentScore], *, seed: int = 0) -> dict[str, object]:
    """The bootstrap intervals of the report's micro F1 and strict F1, with how they were
    drawn, for the JSON report."""
    out: dict[str, object] = {"resamples": RESAMPLES, "level": LEVEL, "seed": seed,
                              "unit": "document"}
    for name, of in _FIGURES.items():
        interval = bootstrap_interval([of(d) for d in documents], seed=seed)
        out[name] = list(interval) if interval else None
    return out
