"""Running an engine over many documents: inputs, workers, error records, summary.

Built for runs over millions of notes:
- inputs are walked lazily (one folder's names at a time), results are never held: each
  document's record is rendered where it is extracted and handed to the caller at once;
- one bad document (unreadable, or an engine exception) becomes an error record, never a
  failed run;
- the rules engine runs in worker processes (`workers`), or on any `concurrent.futures`
  executor such as a Dask cluster's, with a bounded number of chunks in flight and records
  coming back in input order, so the output is the same whatever the parallelism;
- LLM engines that offer `extract_many(docs)` take documents lazily and run them within
  their concurrency bound instead of processes; their results are put back in input order
  (a reordering buffer bounded by the documents in flight), so every engine's output is in
  input order.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future
from contextlib import closing
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from extractor.document import Document, DocumentError
from extractor.engines import Engine, engine_spec, get_engine
from extractor.errors import EngineError
from extractor.facts import Result
from extractor.inputs import STDIN, Item, iter_inputs
from extractor.oneinput import (
    error_result,
    extract_item,
    extract_item_all,
    load_documents,
    to_record,
)
from extractor.runs import BatchOptions, Record, Reorder, Summary

if TYPE_CHECKING:  # multiprocessing is imported where a pool is made (~8 ms of start-up)
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

# --- inputs ---------------------------------------------------------------------------------


def count_todo(paths: Iterable[str], is_done: Callable[[Item], bool] | None = None) -> int:
    """How many inputs a run will extract (for a progress bar's total); walks names only."""
    return sum(1 for it in iter_inputs(paths) if is_done is None or not is_done(it))


def process_chunk(items: Sequence[Item], opts: BatchOptions) -> list[Record]:
    """Worker task: extract and render a chunk of inputs (one engine for the chunk)."""
    engine = get_engine(opts.engine, opts.llm)
    return [
        to_record(r, opts.fmt, opts.text_dir)
        for it in items for r in extract_item_all(it, engine, opts.engine, opts.max_bytes)
    ]


# --- running --------------------------------------------------------------------------------


def iter_items(paths: Iterable[str], is_done: Callable[[Item], bool] | None = None,
               summary: Summary | None = None, stdin: Any = None) -> Iterator[Item]:
    """The inputs still to do, as Items (standard input read here, in the parent)."""
    for item in iter_inputs(paths):
        if is_done is not None and is_done(item):
            if summary is not None:
                summary.skipped += 1
            continue
        if item.path == STDIN:
            item = replace(item, data=(stdin or sys.stdin.buffer).read())
        yield item


# A task's input beside its count: a folder of filings (1-3 MB each) cut into tasks of 16
# leaves one worker the first 16 filings and another the last few.
CHUNK_BYTES = 1 << 20


def _chunks(items: Iterator[Item], size: int,
            max_bytes: int = CHUNK_BYTES) -> Iterator[list[Item]]:
    """The items in tasks of at most `size` items, a task closed early once its inputs reach
    `max_bytes` (a large file is a task of its own)."""
    chunk: list[Item] = []
    held = 0
    for it in items:
        chunk.append(it)
        held += _item_bytes(it)
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _item_bytes(item: Item) -> int:
    """An input's size in bytes; 0 when it cannot be told (the worker reports the problem)."""
    if item.data is not None:
        return len(item.data)
    try:
        return os.stat(item.path).st_size
    except (OSError, ValueError):
        return 0


class PoolBroken(EngineError):
    """The executor died (a worker crashed or was killed) with these chunks unfinished."""

    def __init__(self, unfinished: list[list[Item]]) -> None:
        super().__init__(f"worker pool died with {len(unfinished)} chunks unfinished")
        self.unfinished = unfinished


def ordered_map(executor: Executor, chunks: Iterator[list[Item]], opts: BatchOptions,
                window: int) -> Iterator[Record]:
    """Submit chunks to `executor` with at most `window` in flight; yield their records in
    input order as they complete. Memory is bounded by the window, not by the input. Raises
    PoolBroken, naming the chunks not yielded, when the executor's workers die."""
    pending: deque[tuple[list[Item], Future[list[Record]]]] = deque()

    def head() -> list[Record]:
        try:
            records = pending[0][1].result()
        except BrokenExecutor:
            raise PoolBroken([chunk for chunk, _ in pending]) from None
        pending.popleft()
        return records

    for chunk in chunks:
        pending.append((chunk, executor.submit(process_chunk, chunk, opts)))
        while len(pending) >= window or (pending and pending[0][1].done()):
            yield from head()
    while pending:
        yield from head()


def pool_records(chunks: Iterator[list[Item]], opts: BatchOptions, workers: int,
                 make_pool: Callable[[int], Executor]) -> Iterator[Record]:
    """Chunks on a pool of `workers` processes, in input order. If a worker dies (a crash,
    or the kernel killing it for memory), the unfinished documents are run one at a time in
    fresh processes, so only the document that kills a worker gets an error record, and the
    run goes on with a new pool."""
    while True:
        pool = make_pool(workers)
        try:
            yield from ordered_map(pool, chunks, opts, window=4 * workers)
            return
        except PoolBroken as e:
            unfinished = [it for chunk in e.unfinished for it in chunk]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        yield from _isolate(unfinished, opts, make_pool)


def _isolate(items: list[Item], opts: BatchOptions,
             make_pool: Callable[[int], Executor]) -> Iterator[Record]:
    queue = deque(items)
    while queue:
        pool = make_pool(1)
        try:
            while queue:
                records = pool.submit(process_chunk, [queue[0]], opts).result()
                queue.popleft()
                yield from records
        except BrokenExecutor:
            it = queue.popleft()
            message = (f"{it.path}: the worker process died on this document (a crash, or "
                       "killed for memory)")
            yield to_record(error_result(it, opts.engine, message), opts.fmt)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _ignore_sigint() -> None:
    # Ctrl-C goes to the whole process group; only the parent should act on it (stop
    # submitting, close the output cleanly), so workers ignore it and are shut down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes (0 = all cores) that ignore Ctrl-C. forkserver (preloaded
    with the engine) avoids forking a parent that runs a progress-bar thread."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    n = workers or os.cpu_count() or 1
    ctx: BaseContext
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["extractor.batch", "extractor.engines.rules"])
    else:
        ctx = mp.get_context("spawn")
    return ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_ignore_sigint)


def run_records(
    paths: Iterable[str],
    opts: BatchOptions,
    *,
    workers: int = 1,
    executor: Executor | None = None,
    chunk_size: int | None = None,
    is_done: Callable[[Item], bool] | None = None,
    summary: Summary | None = None,
    stdin: Any = None,
) -> Generator[Record, None, None]:
    """Every input's record, in input order.

    `workers` = 1 runs in this process, N > 1 in N processes, 0 in one per core; `executor`
    (e.g. a Dask client's) overrides both. LLM engines with `extract_many` run here, within
    their own concurrency bound, put back in input order. `is_done` skips inputs (resume).
    """
    items = iter_items(paths, is_done, summary, stdin)
    if (executor is None and workers == 1) or engine_spec(opts.engine).parallel != "processes":
        yield from _run_here(items, opts)
        return
    size = chunk_size or 16
    if executor is not None:
        yield from ordered_map(executor, _chunks(items, size), opts, window=64)
        return
    n = workers or os.cpu_count() or 1
    yield from pool_records(_chunks(items, size), opts, n, process_pool)


def _run_here(items: Iterator[Item], opts: BatchOptions) -> Iterator[Record]:
    engine = get_engine(opts.engine, opts.llm)
    many = getattr(engine, "extract_many", None)
    if many is None:
        for it in items:
            for r in extract_item_all(it, engine, opts.engine, opts.max_bytes):
                yield to_record(r, opts.fmt, opts.text_dir)
        return
    for result in _extract_many(items, engine, many, opts):
        yield to_record(result, opts.fmt, opts.text_dir)


def _extract_many(items: Iterator[Item], engine: Engine, many: Callable[..., Any],
                  opts: BatchOptions) -> Iterator[Result]:
    """Documents through the engine's `extract_many`, which takes them lazily and yields
    results within its concurrency bound; they are put back in input order here. Unreadable
    documents become error records without reaching the engine. If `extract_many` itself
    fails, the documents it had taken and not returned are tried one by one, so only a bad
    one fails."""
    order = Reorder()
    handed: dict[tuple[str, str | None], deque[tuple[int, Item]]] = {}
    rendered: dict[tuple[str, str | None], str] = {}  # HTML documents' text, for --write-text

    def docs() -> Iterator[Document]:
        for it in items:
            seq = order.take()
            try:
                loaded = load_documents(it, opts.max_bytes)
            except DocumentError as e:
                order.put(seq, error_result(it, opts.engine, str(e)))
                continue
            except OSError as e:
                order.put(seq, error_result(it, opts.engine, f"{it.path}: cannot read: {e}"))
                continue
            for k, doc in enumerate(loaded):  # a filing's notes each take their own place
                place = seq if k == 0 else order.take()
                handed.setdefault((doc.doc_id, doc.source), deque()).append((place, it))
                if doc.kind != "text":
                    rendered[(doc.doc_id, doc.source)] = doc.text
                yield doc

    broke = False
    try:
        for result in many(docs()):
            key = (result.doc_id, result.source)
            waiting = handed.get(key)
            if not waiting:  # not a document it was given: pass it on rather than lose it
                yield result
                continue
            result.text = rendered.pop(key, result.text)
            order.put(waiting.popleft()[0], result)
            if not waiting:
                del handed[key]  # held only while in flight: memory stays flat
            yield from order.ready()
    except Exception:
        broke = True
    # Documents taken and never answered (it broke, or dropped them) are tried one by one.
    for waiting in handed.values():
        for seq, it in waiting:
            order.put(seq, extract_item(it, engine, opts.engine, opts.max_bytes))
    handed.clear()
    yield from order.ready()
    if broke:
        for it in items:  # what extract_many never took
            yield extract_item(it, engine, opts.engine, opts.max_bytes)


def run_batch(
    paths: Iterable[str],
    write: Callable[[Record], None],
    opts: BatchOptions,
    *,
    workers: int = 1,
    executor: Executor | None = None,
    chunk_size: int | None = None,
    is_done: Callable[[Item], bool] | None = None,
    stdin: Any = None,
) -> Summary:
    """Extract every input and pass each record to `write` as it arrives; return the counts.

    On Ctrl-C the records already passed to `write` stand, the summary says `interrupted`,
    and KeyboardInterrupt is not re-raised: the caller decides the exit status.
    """
    summary = Summary()
    start = time.perf_counter()
    records = run_records(paths, opts, workers=workers, executor=executor,
                          chunk_size=chunk_size, is_done=is_done, summary=summary, stdin=stdin)
    try:
        with closing(records):  # shut the workers down however the loop ends
            for record in records:
                write(record)
                summary.add(record)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - start
    return summary
