"""One input through an engine: read into its documents (one for a note's text or an R page,
one per note and statement for an iXBRL filing), each extracted into a Result, each Result
rendered as a record. A bad input or an engine failure becomes an error record, never an
exception, so a batch (`extractor.batch`), the API and the views lose no other document."""

from __future__ import annotations

import os

from extractor.document import MAX_BYTES, Document, DocumentError, load_text, mib
from extractor.engines import Engine
from extractor.facts import Result
from extractor.html import documents_from_bytes
from extractor.inputs import STDIN, Item
from extractor.output import render, write_text
from extractor.runs import Record


def load_documents(item: Item, max_bytes: int = MAX_BYTES) -> list[Document]:
    """The hook where an input becomes its documents: one for a note's text or an R page,
    one per note and statement for an iXBRL filing (`extractor.html.documents_from_bytes`,
    which tells them apart by content). Raises DocumentError saying what is wrong."""
    if item.problem:
        raise DocumentError(item.problem)
    if item.path == STDIN:
        data = item.data or b""
    else:
        try:
            size = os.stat(item.path).st_size
        except OSError:
            size = 0  # load_text says what is wrong (missing, a folder, ...)
        if size > max_bytes:
            raise DocumentError(
                f"{item.path}: {mib(size)} is larger than the limit ({mib(max_bytes)})"
            )
        if not os.path.isfile(item.path):
            load_text(item.path)  # raises, saying what is wrong (missing, a folder, ...)
        with open(item.path, "rb") as fh:
            data = fh.read()
    name = item.source or "<stdin>"
    return documents_from_bytes(data, item.doc_id, item.source, name=name)


def error_result(item: Item, engine: str, message: str) -> Result:
    """The error record of a document that could not be extracted."""
    return Result(doc_id=item.doc_id, source=item.source, engine=engine, error=message)


def extract_item(item: Item, engine: Engine, engine_name: str,
                 max_bytes: int = MAX_BYTES) -> Result:
    """Extract one input (its first document); see `extract_item_all`."""
    return extract_item_all(item, engine, engine_name, max_bytes)[0]


def extract_item_all(item: Item, engine: Engine, engine_name: str,
                     max_bytes: int = MAX_BYTES) -> list[Result]:
    """Extract every document of one input; a bad input or an engine failure becomes an error
    record, never an exception (KeyboardInterrupt still stops the run)."""
    try:
        docs = load_documents(item, max_bytes)
    except DocumentError as e:
        return [error_result(item, engine_name, str(e))]
    except OSError as e:
        return [error_result(item, engine_name, f"{item.path}: cannot read: {e}")]
    except Exception as e:  # a reader's bug on one input must not end a batch either
        return [error_result(item, engine_name, f"{item.path}: reading failed: {_describe(e)}")]
    return [_extract_doc(doc, item, engine, engine_name) for doc in docs]


def _extract_doc(doc: Document, item: Item, engine: Engine, engine_name: str) -> Result:
    try:
        result = engine.extract(doc)
    except Exception as e:  # one document's engine failure must not end a batch
        failed = error_result(item, engine_name, f"{item.path}: engine failed: {_describe(e)}")
        return failed.model_copy(update={"doc_id": doc.doc_id})
    if doc.kind != "text":
        result.text = doc.text  # rendered from HTML: the text the spans refer to
    return result


def to_record(result: Result, fmt: str, text_dir: str | None = None) -> Record:
    """A Result rendered for the sink (and, with `text_dir`, its rendered text written there
    as DOC_ID.txt when it came from HTML)."""
    if text_dir is not None and result.text is not None:
        write_text(result, text_dir)
    return Record(result.doc_id, result.source, len(result.facts), result.error,
                  render(result, fmt))


def _describe(e: BaseException) -> str:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


