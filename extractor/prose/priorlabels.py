"""An amount a sentence labels only "Amount" takes the label the note gave it before.

"Revenue was US$3,522,239 for the year ended June 30, 2011. The amount of US$3,522,239 as of
June 30, 2011 represented ...": the second sentence names no measure of its own, and the same
amount in the same unit, stated before under a label, says what it is. The last such statement
wins; a statement after it, or in another unit, says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.facts import Fact


@dataclass
class PriorLabels:
    """The facts of the sentences read so far that have a label of their own, the last one by
    amount and unit: looked up, not searched, so that a note of thousands of unlabelled
    amounts is read in linear time."""

    _by_amount: dict[tuple[str | None, str | None], Fact] = field(default_factory=dict)

    def named(self, facts: list[Fact]) -> list[Fact]:
        """`facts` (one sentence's), each labelled only "Amount" given the label (and, when it
        has none, the entity) of the last earlier fact of its amount and unit."""
        out = []
        for f in facts:
            prior = self._by_amount.get((f.amount, f.unit)) if f.label == "Amount" else None
            if prior is not None and f.amount is not None:
                f = f.model_copy(update={"label": prior.label, "entity": f.entity or prior.entity})
            out.append(f)
        return out

    def add(self, facts: list[Fact]) -> None:
        """Keep a sentence's facts, after it is read, for the sentences after it."""
        self._by_amount.update(((f.amount, f.unit), f) for f in facts if f.label != "Amount")
