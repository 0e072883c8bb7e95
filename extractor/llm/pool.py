"""Documents in parallel, at most `workers` at a time, results in completion order.

Each document runs on a daemon thread of its own, not in a thread pool: a pool's threads are
joined when the interpreter exits, so one request stuck on a slow server would hold an
interrupted run open until it ended. Here the first Ctrl-C (or the SIGTERM the CLI turns into
one) reaches the waiting main thread at once, `on_interrupt` cancels the requests in flight,
and the process can exit whatever the threads are doing.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator

from extractor.document import Document
from extractor.facts import Result


def run_many(
    extract: Callable[[Document], Result],
    docs: Iterable[Document],
    workers: int,
    on_interrupt: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """Run `extract` over the documents on `workers` threads, yielding each Result as it
    completes. The input is consumed lazily (never more than `workers` documents in flight),
    and a document whose extraction raises becomes an error record: the batch goes on. On
    KeyboardInterrupt (or SystemExit) `on_interrupt` is called before it propagates."""
    workers = max(1, workers)
    source = iter(docs)
    done: queue.Queue[Result] = queue.Queue()
    in_flight = 0

    def work(doc: Document) -> None:
        try:
            result = extract(doc)
        except Exception as e:  # a bug in one document must not sink the batch
            result = _error_result(doc, e)
        done.put(result)

    try:
        while True:
            while in_flight < workers:
                doc = next(source, None)
                if doc is None:
                    break
                threading.Thread(target=work, args=(doc,), daemon=True,
                                 name="extractor-doc").start()
                in_flight += 1
            if in_flight == 0:
                return
            result = done.get()
            in_flight -= 1
            yield result
    except (KeyboardInterrupt, SystemExit):
        if on_interrupt is not None:
            on_interrupt()
        raise


def _error_result(doc: Document, e: Exception) -> Result:
    return Result(
        doc_id=doc.doc_id,
        source=doc.source,
        error=f"internal error while extracting: {type(e).__name__}: {e}",
    )
