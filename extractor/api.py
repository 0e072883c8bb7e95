"""The Python API: extract facts from a note's text or file with any engine."""

from __future__ import annotations

from pathlib import Path

from extractor.config import LLMConfig
from extractor.document import Document, load_text, read_document
from extractor.engines import get_engine
from extractor.facts import Result


def extract(
    text: str,
    *,
    engine: str = "rules",
    doc_id: str = "doc",
    source: str | None = None,
    llm: LLMConfig | None = None,
) -> Result:
    """Extract the facts of one note's text.

    `engine` is "rules" (default, no network), "llm" or "hybrid"; `llm` configures the
    endpoint (default: from the environment). The result's facts follow the fact contract,
    each with a span and quote true to `text`.
    """
    return extract_document(read_document(text, doc_id, source), engine=engine, llm=llm)


def extract_document(
    doc: Document, *, engine: str = "rules", llm: LLMConfig | None = None
) -> Result:
    """Extract the facts of a Document already read."""
    return get_engine(engine, llm).extract(doc)


def extract_file(
    path: str | Path, *, engine: str = "rules", llm: LLMConfig | None = None
) -> Result:
    """Extract the facts of a note file (doc_id = the file name without `.txt`).

    Raises `DocumentError` with a plain message for a missing, empty, binary or non-UTF-8 file.
    """
    p = Path(path)
    return extract(load_text(p), engine=engine, doc_id=p.stem, source=str(p), llm=llm)
