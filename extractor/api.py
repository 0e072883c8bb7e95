"""The Python API: extract facts from a note's text or file with any engine.

Error policy (the CLI follows the same one):

- A problem with the *document* is never raised. It comes back as a Result whose `error`
  says what is wrong and whose `facts` are empty: a missing, unreadable, empty, binary or
  non-UTF-8 file, an empty text, a model that failed on this note (errors, timeouts, rate
  limits past the retries), an engine failure on this note. `result.ok` is False. (In a batch
  these are the error records; the CLI's exit status is 1.)
- *Misuse or configuration* raises an `extractor.ExtractorError`: `ConfigurationError` for an
  unknown engine, `EngineUnavailable` for the llm engine with no endpoint. Nothing can succeed
  until the caller changes something. (The CLI stops at once with exit status 2.) The hybrid
  engine is not unavailable without an endpoint: it runs on the rules alone, with a warning.
"""

from __future__ import annotations

from pathlib import Path

from extractor.config import LLMConfig
from extractor.document import MAX_BYTES, Document, read_document
from extractor.engines import Engine, get_engine
from extractor.errors import EngineUnavailable
from extractor.facts import Result
from extractor.inputs import Item
from extractor.oneinput import extract_item_all


def _engine(name: str, llm: LLMConfig | None) -> Engine:
    """The engine, or ConfigurationError / EngineUnavailable (misuse, not a document's fault)."""
    engine = get_engine(name, llm)
    unavailable = getattr(engine, "unavailable", None)
    if unavailable and name != "hybrid":
        raise EngineUnavailable(f"engine {name!r} unavailable: {unavailable}")
    return engine


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
    each with a span and quote true to `text`. An empty text, or a failure on this note,
    comes back as `Result.error`; an unknown engine or an llm engine with no endpoint raises
    ConfigurationError / EngineUnavailable (see the module's error policy).
    """
    eng = _engine(engine, llm)
    if not text.strip():
        return Result(doc_id=doc_id, source=source, engine=engine,
                      error=f"{source or doc_id}: the text is empty")
    return _run(eng, engine, read_document(text, doc_id, source))


def extract_document(
    doc: Document, *, engine: str = "rules", llm: LLMConfig | None = None
) -> Result:
    """Extract the facts of a Document already read (same error policy as `extract`)."""
    return _run(_engine(engine, llm), engine, doc)


def extract_file(
    path: str | Path, *, engine: str = "rules", llm: LLMConfig | None = None,
    max_bytes: int = MAX_BYTES,
) -> Result:
    """Extract the facts of a note file (doc_id = the file name without its suffix).

    The file may be the viewer's text, an R page or any HTML page (read by content); for HTML
    the result's `text` holds the rendered text its spans refer to. A missing, empty, binary,
    non-UTF-8 or too large file comes back as `Result.error` (the message says which), as in
    a batch; so does an inline-XBRL filing, which holds many documents: read it with
    `extract_path`. Configuration errors raise (see `extract`).
    """
    results = extract_path(path, engine=engine, llm=llm, max_bytes=max_bytes)
    if len(results) == 1:
        return results[0]
    p = Path(path)
    return Result(doc_id=p.stem, source=str(p), engine=engine,
                  error=f"{p}: holds {len(results)} documents (an iXBRL filing: one per note "
                        "and statement); use extractor.extract_path")


def extract_path(
    path: str | Path, *, engine: str = "rules", llm: LLMConfig | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[Result]:
    """Extract every document a file holds: one for a note's text, an R page or a web page;
    one per note and per statement for an inline-XBRL filing (doc_id `FILE#Concept`).

    Each result of an HTML input carries `text`, the rendered text (the viewer's layout) that
    its facts' spans and quotes refer to. Same error policy as `extract_file`: a file that
    cannot be read is one Result with `error`.
    """
    eng = _engine(engine, llm)
    return extract_item_all(Item(str(path)), eng, engine, max_bytes)


def _run(eng: Engine, name: str, doc: Document) -> Result:
    try:
        return eng.extract(doc)
    except Exception as e:  # a failure on one note is that note's error, as in a batch
        return Result(doc_id=doc.doc_id, source=doc.source, engine=name,
                      error=f"{doc.source or doc.doc_id}: engine failed: {type(e).__name__}: {e}")
