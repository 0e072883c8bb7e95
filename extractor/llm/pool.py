"""Documents in parallel, at most `workers` at a time, results in input order.

Each document runs on a daemon thread of its own, not in a thread pool: a pool's threads are
joined when the interpreter exits, so one request stuck on a slow server would hold an
interrupted run open until it ended. Here the first Ctrl-C (or the SIGTERM the CLI turns into
one) reaches the waiting main thread at once, `on_interrupt` cancels the requests in flight,
and the process can exit whatever the threads are doing.

Results come out in input order through a bounded reordering buffer: at most 4 x workers
documents are held between the oldest one not yet yielded and the newest one started, so a
slow document delays the output (while the others keep the threads busy) but never grows the
memory.
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
    """Run `extract` over the documents on `workers` threads, yielding the Results in input
    order. The input is consumed lazily, and a document whose extraction raises becomes an
    error record: the batch goes on. On KeyboardInterrupt (or SystemExit) `on_interrupt` is
    called before it propagates."""
    workers = max(1, workers)
    window = 4 * workers
    source = iter(docs)
    done: queue.Queue[tuple[int, Result]] = queue.Queue()
    ready: dict[int, Result] = {}
    started = emitted = running = 0
    exhausted = False

    def work(index: int, doc: Document) -> None:
        try:
            result = extract(doc)
        except Exception as e:  # a bug in one document must not sink the batch
            result = _error_result(doc, e)
        done.put((index, result))

    try:
        while True:
            while not exhausted and running < workers and started - emitted < window:
                doc = next(source, None)
                if doc is None:
                    exhausted = True
                    break
                threading.Thread(target=work, args=(started, doc), daemon=True,
                                 name="extractor-doc").start()
                started += 1
                running += 1
            if emitted in ready:
                yield ready.pop(emitted)
                emitted += 1
                continue
            if running == 0:
                return
            index, result = done.get()
            running -= 1
            ready[index] = result
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
