"""HTML inputs: R pages, inline-XBRL filing documents and other pages, read as the viewer's text.

`documents_from_bytes(data, doc_id, source)` is the one place where an input becomes one or
more Documents: a text file is one document as before; an R page is one document with its
header's column periods; an iXBRL filing is one document per note and per statement; any other
HTML page is its visible text. The Documents' text is the rendered text every span refers to.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.document import Document, decode, read_document
from extractor.html.detect import detect_kind, parse

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["detect_kind", "documents_from_bytes"]


def documents_from_bytes(
    data: bytes, doc_id: str, source: str | None = None, *, name: str | None = None
) -> list[Document]:
    """The documents an input holds, read by what its content is (not its name).

    Raises DocumentError for empty, binary or (for text) non-UTF-8 input; `name` is what the
    message calls the input (default: `source`, else `doc_id`).
    """
    name = name or source or doc_id
    kind = detect_kind(data)
    if kind == "text":
        return [read_document(decode(data, name), doc_id, source)]
    decode_check(data, name)
    root = _parsed(data, kind, name)
    if kind == "ixbrl":
        from extractor.html.ixbrl import read_filing

        filing = read_filing(root, doc_id)
        if filing.documents:
            return [_from_ix(d, source) for d in filing.documents]
        kind = "html"  # tagged, but no note or statement (a cover page alone): its visible text
    if kind == "rpage":
        from extractor.html.rpage import read_filing_summary, rpage_document

        report = None
        if source is not None:
            p = Path(source)
            report = read_filing_summary(p.parent).get(p.name)
        return [_tagged(rpage_document(root, doc_id, source, report), kind)]
    from extractor.html.render import render

    body = root.find(".//body")
    text = render([body if body is not None else root]).text
    return [_tagged(read_document(text, doc_id, source), kind)]


def _parsed(data: bytes, kind: str, name: str) -> etree._Element:
    """The parsed page; DocumentError when lxml cannot make one of it (an unclosed comment
    around the whole page leaves "Document is empty")."""
    from lxml import etree

    from extractor.document import DocumentError

    try:
        return parse(data, kind)
    except etree.LxmlError as e:
        raise DocumentError(f"{name}: looks like HTML but cannot be read as HTML: {e}") from None


def decode_check(data: bytes, name: str) -> None:
    """Refuse what is not a document at all (empty, binary) before parsing it as HTML."""
    from extractor.document import DocumentError

    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary data, not a text file")


def _tagged(doc: Document, kind: str) -> Document:
    return dataclasses.replace(doc, kind=kind)


def _from_ix(d: object, source: str | None) -> Document:
    from extractor.html.ixbrl import IxDocument

    assert isinstance(d, IxDocument)
    return _tagged(read_document(d.text, d.doc_id, source), "ixbrl")
