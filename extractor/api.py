"""The Python API: extract facts from a note's text or file with any engine."""

from __future__ import annotations

from pathlib import Path

from extractor.config import LLMConfig
from extractor.document import MAX_BYTES, Document, DocumentError, load_text, read_document
from extractor.engines import get_engine
from extractor.facts import Result
from extractor.html import documents_from_bytes


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
    """Extract the facts of a note file (doc_id = the file name without its suffix).

    The file may be the viewer's text, an R page or any HTML page (read by content, see
    `extract_path`); for HTML the result's `text` holds the rendered text its spans refer
    to. Raises `DocumentError` with a plain message for a missing, empty, binary or non-UTF-8
    file, and for an iXBRL filing, which holds many notes: use `extract_path` for those.
    """
    results = extract_path(path, engine=engine, llm=llm)
    if len(results) != 1:
        raise DocumentError(
            f"{path}: holds {len(results)} documents (an iXBRL filing: one per note and "
            "statement); use extractor.extract_path"
        )
    return results[0]


def extract_path(
    path: str | Path, *, engine: str = "rules", llm: LLMConfig | None = None
) -> list[Result]:
    """Extract every document a file holds: one for a note's text, an R page or a web page;
    one per note and per statement for an inline-XBRL filing (doc_id `FILE#Concept`).

    Each result of an HTML input carries `text`, the rendered text (the viewer's layout) that
    its facts' spans and quotes refer to. Raises `DocumentError` as `extract_file` does.
    """
    p = Path(path)
    if not p.is_file():
        load_text(p)  # raises, saying what is wrong (missing, a folder)
    data = p.read_bytes()
    if len(data) > MAX_BYTES:
        load_text(p)  # raises: too large
    eng = get_engine(engine, llm)
    results = []
    for doc in documents_from_bytes(data, p.stem, str(p)):
        result = eng.extract(doc)
        if doc.kind != "text":
            result.text = doc.text
        results.append(result)
    return results
