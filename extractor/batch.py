"""Running an engine over many documents: inputs, output files, error records, summary."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.api import extract_document
from extractor.config import LLMConfig
from extractor.document import DocumentError, decode, load_text, read_document
from extractor.facts import Result


@dataclass
class Summary:
    documents: int = 0
    failed: int = 0
    facts: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Expand the paths a user gave: files as they are, folders to their *.txt files (sorted),
    "-" for standard input. A missing path is yielded as is so that it gets an error record."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from (str(f) for f in sorted(path.rglob("*.txt")))
        else:
            yield p


def extract_one(path: str, engine: str, llm: LLMConfig | None) -> Result:
    """Extract one input; a bad document becomes an error record, never an exception."""
    doc_id = "stdin" if path == "-" else Path(path).stem
    try:
        if path == "-":
            text = decode(sys.stdin.buffer.read(), "<stdin>")
        else:
            text = load_text(path)
        doc = read_document(text, doc_id, None if path == "-" else path)
        return extract_document(doc, engine=engine, llm=llm)
    except DocumentError as e:
        return Result(doc_id=doc_id, source=path, engine=engine, error=str(e))
