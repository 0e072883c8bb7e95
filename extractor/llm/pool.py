"""Documents in parallel, at most `workers` at a time, results in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from extractor.document import Document
from extractor.facts import Result


def run_many(
    extract: Callable[[Document], Result], docs: Iterable[Document], workers: int
) -> Iterator[Result]:
    """Run `extract` over the documents on `workers` threads, yielding the Results in input
    order. The input is consumed lazily: at most 4 x workers documents are held between the
    oldest one not yet yielded and the newest one started, so a slow document delays the
    output (while the others keep the threads busy) but never grows the memory. A document
    whose extraction raises becomes an error record: the batch goes on."""
    workers = max(1, workers)
    window = 4 * workers
    source = iter(docs)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="extractor") as pool:
        pending: deque[tuple[Future[Result], Document]] = deque()

        def refill() -> None:
            while len(pending) < window:
                doc = next(source, None)
                if doc is None:
                    return
                pending.append((pool.submit(extract, doc), doc))

        refill()
        while pending:
            fut, doc = pending.popleft()
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
