"""Many documents through one engine: the runner the batch command and the eval share.

An engine that offers `extract_many(docs)` (the LLM engines: documents concurrently within
their bound, results in completion order) gets the documents lazily; one that does not gets
them one at a time. Either way a document whose extraction raises becomes an error record
(`fail`), and if `extract_many` itself breaks (or leaves a document out), the documents it took
and did not return, then those it never took, are extracted one at a time, so only a bad
document fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from extractor.document import Document
from extractor.engines import Engine
from extractor.facts import Result

Fail = Callable[[Document, Exception], Result]
"""The error record of a document whose extraction raised."""


def extract_each(
    engine: Engine,
    docs: Iterable[Document],
    fail: Fail,
    on_broken: Callable[[Exception], None] | None = None,
) -> Iterator[Result]:
    """Every document's Result (see the module's docstring); `on_broken` hears of an
    `extract_many` that broke before the rest is run one at a time."""
    source = iter(docs)
    many = getattr(engine, "extract_many", None)
    if not callable(many):
        for doc in source:
            yield extract_one(engine, doc, fail)
        return
    handed: dict[tuple[str, str | None], Document] = {}

    def taken() -> Iterator[Document]:
        for doc in source:
            handed[(doc.doc_id, doc.source)] = doc
            yield doc

    try:
        for result in many(taken()):
            _returned(handed, result)
            yield result
    except Exception as e:  # the engine's batch broke: finish the rest one by one
        if on_broken is not None:
            on_broken(e)
    # What extract_many took and did not return, then what it never took.
    for doc in [*handed.values(), *source]:
        yield extract_one(engine, doc, fail)


def _returned(handed: dict[tuple[str, str | None], Document], result: Result) -> None:
    """Strike the document a result is for (by doc_id alone when the result has no source)."""
    if handed.pop((result.doc_id, result.source), None) is None:
        key = next((k for k in handed if k[0] == result.doc_id), None)
        if key is not None:
            del handed[key]


def extract_one(engine: Engine, doc: Document, fail: Fail) -> Result:
    """One document's Result, or its error record when the engine raises."""
    try:
        return engine.extract(doc)
    except Exception as e:  # one document's engine failure must not end a run
        return fail(doc, e)
