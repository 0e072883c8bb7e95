"""Flattened pipe tables and Details pages -> cells -> facts.  (Being built: issue 4.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact


@dataclass
class TablePart:
    """What the table reader found: facts, warnings, and the text ranges it claims as tables
    (prose reading skips them)."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)


def extract_tables(doc: Document) -> TablePart:
    """Facts of the document's tables, with the ranges they occupy."""
    return TablePart()
