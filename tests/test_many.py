"""The runner batch and eval share: extract_many when offered, one at a time otherwise, and
never a lost or crashed-through document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractor.document import Document, read_document
from extractor.facts import Result
from extractor.many import extract_each


def _docs(*ids: str) -> list[Document]:
    return [read_document(f"Revenues of RMB{k + 1} were recorded.", i) for k, i in enumerate(ids)]


def _fail(doc: Document, e: Exception) -> Result:
    return Result(doc_id=doc.doc_id, engine="t", error=f"failed: {e}")


class OneByOne:
    name = "t"

    def extract(self, doc: Document) -> Result:
        if doc.doc_id == "bad":
            raise RuntimeError("boom")
        return Result(doc_id=doc.doc_id, source=doc.source, engine="t")


class DropsOne(OneByOne):
    """An extract_many that silently leaves the second document out."""

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Result]:
        for k, doc in enumerate(docs):
            if k != 1:
                yield self.extract(doc)


class BreaksAfterOne(OneByOne):
    def extract_many(self, docs: Iterable[Document]) -> Iterator[Result]:
        it = iter(docs)
        yield self.extract(next(it))
        next(it)  # taken, never returned
        raise ConnectionError("pool gone")


def test_an_engine_failure_on_one_document_is_its_error_record() -> None:
    results = list(extract_each(OneByOne(), _docs("a", "bad", "c"), _fail))
    assert [(r.doc_id, r.error) for r in results] == [
        ("a", None), ("bad", "failed: boom"), ("c", None)
    ]


def test_a_document_extract_many_leaves_out_is_extracted_alone() -> None:
    results = list(extract_each(DropsOne(), _docs("a", "b", "c"), _fail))
    assert sorted(r.doc_id for r in results) == ["a", "b", "c"]


def test_when_extract_many_breaks_the_rest_is_run_one_at_a_time() -> None:
    heard: list[Exception] = []
    results = list(extract_each(BreaksAfterOne(), _docs("a", "b", "c", "d"), _fail, heard.append))
    assert [r.doc_id for r in results] == ["a", "b", "c", "d"]
    assert all(r.error is None for r in results)
    assert [type(e) for e in heard] == [ConnectionError]
