"""What a batch run is made of: its options, its inputs, one record per document, and the
summary it ends with. Plain data, shared by the batch runner, its workers and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from extractor.config import LLMConfig
from extractor.document import MAX_BYTES
from extractor.facts import Result
from extractor.inputs import STDIN, Item

__all__ = ["STDIN", "BatchOptions", "Item", "Record", "Reorder", "Summary"]


@dataclass(frozen=True)
class BatchOptions:
    """What to run on each document and how to render its record."""

    engine: str = "rules"
    llm: LLMConfig | None = None
    fmt: str = "jsonl"
    """Output format the records are rendered for (see extractor.output.render)."""
    max_bytes: int = MAX_BYTES
    """Documents larger than this get an error record without being read."""
    text_dir: str | None = None
    """Write each HTML input's rendered text here (DOC_ID.txt): what the spans refer to."""


@dataclass(frozen=True)
class Record:
    """One document's outcome, rendered: what the parent writes and counts."""

    doc_id: str
    source: str | None
    facts: int
    error: str | None
    text: str


@dataclass
class Summary:
    """Counts for a run (this run only: documents skipped by --resume are `skipped`)."""

    documents: int = 0
    failed: int = 0
    facts: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)
    """The first `max_errors` failures (source, message); the output holds them all."""
    max_errors: int = 20

    def add(self, record: Record) -> None:
        self.documents += 1
        self.facts += record.facts
        if record.error:
            self.failed += 1
            if len(self.errors) < self.max_errors:
                self.errors.append((record.source or record.doc_id, record.error))

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        parts = [
            _count(self.documents, "document"),
            _count(self.facts, "fact"),
            f"{self.failed} failed",
            f"{self.seconds:.1f} s",
            f"{self.rate:.1f} docs/s",
        ]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already done)")
        return ", ".join(parts)


def _count(n: int, noun: str) -> str:
    """"1 document", "5 documents"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class Reorder:
    """Results put back in input order: each input takes a number when it is read, and a
    result waits here until every earlier one has come out. It holds at most the documents
    an engine has in flight, the ones that finished before an earlier, slower one."""

    def __init__(self) -> None:
        self._next_taken = 0
        self._next_out = 0
        self._waiting: dict[int, Result] = {}

    def take(self) -> int:
        self._next_taken += 1
        return self._next_taken - 1

    def put(self, seq: int, result: Result) -> None:
        self._waiting[seq] = result

    def ready(self) -> Iterator[Result]:
        while self._next_out in self._waiting:
            yield self._waiting.pop(self._next_out)
            self._next_out += 1
