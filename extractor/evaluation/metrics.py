"""Figures from pairings: precision, recall, F1 (overall, blanks alone, strict), attribute
agreement, per document and over a whole gold folder.

Conventions, so that every figure is defined the same way everywhere:

- Precision = TP / (TP + FP), None when there are no predictions.
- Recall = TP / (TP + FN), None when there is no gold.
- F1 = 2TP / (2TP + FP + FN): the harmonic mean of the two when both exist, 0.0 when one side
  is empty and the other is not, None when both are empty (nothing to score).
- Overall figures are micro-averaged: the counts of all documents are summed, then divided.
  The macro figure is the plain mean of the per-document figures that are defined.
- Blank figures are the same counts restricted to blank facts. Pairing never crosses the
  blank boundary, so they are the blank part of the overall pairing.
- Attribute agreement is measured on the pairs: unit and scale must be equal, entity and label
  must agree as `pairing.text_agrees` says. Strict F1 counts a pair as a true positive only
  when all four agree; every other pair is one false positive and one false negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extractor.evaluation.pairing import Pairing, pair_facts, text_agrees
from extractor.facts import Fact, Usage

ATTRIBUTES = ("unit", "scale", "entity", "label")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the figures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def attribute_agreement(gold: Fact, pred: Fact) -> dict[str, bool]:
    """Which of unit, scale, entity and label of a pair agree."""
    return {
        "unit": gold.unit == pred.unit,
        "scale": gold.scale == pred.scale,
        "entity": text_agrees(gold.entity, pred.entity),
        "label": text_agrees(gold.label, pred.label),
    }


@dataclass(frozen=True)
class Agreement:
    """On how many pairs each attribute agrees, and on how many all four do."""

    pairs: int = 0
    unit: int = 0
    scale: int = 0
    entity: int = 0
    label: int = 0
    all: int = 0

    def __add__(self, other: Agreement) -> Agreement:
        return Agreement(
            self.pairs + other.pairs,
            self.unit + other.unit,
            self.scale + other.scale,
            self.entity + other.entity,
            self.label + other.label,
            self.all + other.all,
        )

    def rate(self, attribute: str) -> float | None:
        """Share of pairs on which `attribute` ("unit", ..., or "all") agrees."""
        return getattr(self, attribute) / self.pairs if self.pairs else None

    def as_dict(self) -> dict[str, float | int | None]:
        d: dict[str, float | int | None] = {"pairs": self.pairs}
        for a in (*ATTRIBUTES, "all"):
            d[a] = getattr(self, a)
            d[f"{a}_rate"] = self.rate(a)
        return d


@dataclass(frozen=True)
class DocumentScore:
    """Everything scored for one document."""

    doc_id: str
    gold: tuple[Fact, ...]
    pred: tuple[Fact, ...]
    pairing: Pairing
    agreements: tuple[dict[str, bool], ...]
    """Per pair (same order as `pairing.pairs`), which attributes agree."""
    usage: Usage | None = None
    error: str | None = None
    """Why the prediction is missing or failed (its gold facts then count as misses)."""
    text: str | None = None
    """The document's text, for error context; not part of any figure."""

    @property
    def counts(self) -> Counts:
        p = self.pairing
        return Counts(len(p.pairs), len(p.extra), len(p.missed))

    @property
    def blank_counts(self) -> Counts:
        p = self.pairing
        return Counts(
            sum(1 for pair in p.pairs if self.gold[pair.gold].blank),
            sum(1 for j in p.extra if self.pred[j].blank),
            sum(1 for i in p.missed if self.gold[i].blank),
        )

    @property
    def agreement(self) -> Agreement:
        total = Agreement()
        for a in self.agreements:
            total = total + Agreement(
                1, int(a["unit"]), int(a["scale"]), int(a["entity"]), int(a["label"]),
                int(all(a.values())),
            )
        return total

    @property
    def strict_counts(self) -> Counts:
        strict_tp = sum(1 for a in self.agreements if all(a.values()))
        return Counts(strict_tp, len(self.pred) - strict_tp, len(self.gold) - strict_tp)


def score_document(
    doc_id: str,
    gold: Sequence[Fact],
    pred: Sequence[Fact],
    *,
    usage: Usage | None = None,
    error: str | None = None,
    text: str | None = None,
) -> DocumentScore:
    """Pair and score one document's predictions against its gold facts."""
    pairing = pair_facts(gold, pred)
    agreements = tuple(attribute_agreement(gold[p.gold], pred[p.pred]) for p in pairing.pairs)
    return DocumentScore(
        doc_id=doc_id,
        gold=tuple(gold),
        pred=tuple(pred),
        pairing=pairing,
        agreements=agreements,
        usage=usage,
        error=error,
        text=text,
    )


def _mean(values: Iterable[float | None]) -> float | None:
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


@dataclass(frozen=True)
class Scores:
    """The figures of a whole run: micro-averaged overall, blank and strict counts, attribute
    agreement, macro averages over documents, and total usage."""

    documents: tuple[DocumentScore, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> Counts:
        return sum((d.counts for d in self.documents), Counts())

    @property
    def blank_counts(self) -> Counts:
        return sum((d.blank_counts for d in self.documents), Counts())

    @property
    def strict_counts(self) -> Counts:
        return sum((d.strict_counts for d in self.documents), Counts())

    @property
    def agreement(self) -> Agreement:
        return sum((d.agreement for d in self.documents), Agreement())

    def macro(self) -> dict[str, float | None]:
        """Means over documents of the per-document figures (documents where a figure is
        undefined are left out of its mean)."""
        docs = self.documents
        return {
            "precision": _mean(d.counts.precision for d in docs),
            "recall": _mean(d.counts.recall for d in docs),
            "f1": _mean(d.counts.f1 for d in docs),
            "blank_f1": _mean(d.blank_counts.f1 for d in docs),
            "strict_f1": _mean(d.strict_counts.f1 for d in docs),
        }

    @property
    def usage(self) -> Usage | None:
        used = [d.usage for d in self.documents if d.usage is not None]
        return sum(used, Usage()) if used else None


def score_all(
    documents: Iterable[DocumentScore], notes: Iterable[str] = ()
) -> Scores:
    """Bundle scored documents (sorted by doc_id) into a run's figures."""
    return Scores(tuple(sorted(documents, key=lambda d: d.doc_id)), tuple(notes))
