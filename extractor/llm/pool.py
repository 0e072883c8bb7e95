"""Documents in parallel, at most `workers` at a time, results in completion order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from extractor.document import Document
from extractor.facts import Result


def run_many(
    extract: Callable[[Document], Result], docs: Iterable[Document], workers: int
) -> Iterator[Result]:
    """Run `extract` over the documents on `workers` threads, yielding each Result as it
    completes. The input is consumed lazily (never more than 2 x workers documents held), and a
    document whose extraction raises becomes an error record: the batch goes on."""
    workers = max(1, workers)
    source = iter(docs)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="extractor") as pool:
        pending: dict[Future[Result], Document] = {}

        def refill() -> None:
            while len(pending) < 2 * workers:
                doc = next(source, None)
                if doc is None:
                    return
                pending[pool.submit(extract, doc)] = doc

        refill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                doc = pending.pop(fut)
                yield _result_of(fut, doc)
            refill()


def _result_of(fut: Future[Result], doc: Document) -> Result:
    try:
        return fut.result()
    except Exception as e:  # a bug in one document must not sink the batch
        return Result(
            doc_id=doc.doc_id,
            source=doc.source,
            error=f"internal error while extracting: {type(e).__name__}: {e}",
        )
