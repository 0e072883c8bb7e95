"""Sentence alignment (being built)."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact


@dataclass
class ProsePart:
    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)


def extract_prose(doc: Document, skip: list[tuple[int, int]] | None = None) -> ProsePart:
    return ProsePart()
