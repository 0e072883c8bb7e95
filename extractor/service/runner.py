"""Running the engines for the service: off the event loop, in a pool of `concurrency` worker
threads, within the request's time limit; LLM engines only when configured.

The pool is the bound: a document past its time limit gets its 504 at once, but its thread
keeps its place in the pool until the engine returns, so slow documents cannot pile up more
threads than `concurrency`. Requests beyond that wait in the pool's queue (and leave it when
their time runs out)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

import anyio

from extractor.document import read_document
from extractor.engines import Engine, engine_names, engine_spec, get_engine
from extractor.facts import Result
from extractor.service.config import ServiceConfig, ServiceError
from extractor.service.models import EngineInfo

log = logging.getLogger(__name__)
T = TypeVar("T")

LLM_OFF = ("the LLM engines are off: start the service with `extractor serve --llm` and an "
           "endpoint (--base-url, OPENAI_BASE_URL or OPENAI_API_KEY)")
LLM_NOT_CONFIGURED = ("no LLM endpoint configured: set OPENAI_BASE_URL or --base-url (vLLM, "
                      "Ollama, a LiteLLM proxy) or OPENAI_API_KEY (OpenAI)")


def check_text(text: str) -> None:
    """Refuse (400) a text that cannot be a note: empty, or binary data."""
    if not text.strip():
        raise ServiceError(400, "bad_input", "the text is empty")
    if "\x00" in text[:8192]:
        raise ServiceError(400, "bad_input", "the text holds NUL bytes: binary data, not a note")


class Runner:
    """The engines of one app, built once and shared by its requests (they keep no state
    between documents), and the pool of threads that bounds how many run at once."""

    def __init__(self, config: ServiceConfig) -> None:
        self.config = config
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(config.concurrency, thread_name_prefix="extract")

    def close(self) -> None:
        """Stop the worker threads once the documents in hand are done."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    def why_unavailable(self, name: str) -> str | None:
        """None when the engine can run here, else the reason it cannot."""
        if name not in engine_names():
            return f"unknown engine {name!r}: choose one of {', '.join(engine_names())}"
        if not engine_spec(name).needs_endpoint:
            return getattr(self._engine(name), "unavailable", None)
        if self.config.llm is None:
            return LLM_OFF
        if not self.config.llm.configured:
            return LLM_NOT_CONFIGURED
        return getattr(self._engine(name), "unavailable", None)

    def engines(self) -> list[EngineInfo]:
        """Every engine, whether it is available and why not."""
        out = []
        for name in engine_names():
            reason = self.why_unavailable(name)
            out.append(EngineInfo(name=name, available=reason is None, reason=reason))
        return out

    def check_engine(self, name: str) -> None:
        """Refuse an unknown engine (400) or one that cannot run here (503)."""
        reason = self.why_unavailable(name)
        if reason is None:
            return
        if name not in engine_names():
            raise ServiceError(400, "bad_input", reason)
        raise ServiceError(503, "engine_unavailable", f"engine {name!r} unavailable: {reason}")

    def _engine(self, name: str) -> Engine:
        with self._lock:  # requests run in threads: build each engine once
            if name not in self._engines:
                self._engines[name] = get_engine(name, self.config.llm)
            return self._engines[name]

    def extract_sync(self, text: str, doc_id: str, engine: str) -> Result:
        """One document, in the calling thread."""
        return self._engine(engine).extract(read_document(text, doc_id))

    async def in_thread(self, work: Callable[[], T]) -> T:
        """`work` in one of the pool's threads (waiting for a free one). Cancelled while it
        waits, it leaves the queue; cancelled while it runs, the thread finishes it."""
        return await asyncio.wrap_future(self._pool.submit(work))

    async def extract(self, text: str, doc_id: str, engine: str) -> Result:
        """One document within the time limit (504 past it)."""
        check_text(text)
        self.check_engine(engine)
        with time_limit(self.config.timeout):
            return await self.in_thread(lambda: self.extract_sync(text, doc_id, engine))

    async def extract_many(self, docs: list[tuple[str, str, str]]) -> list[Result]:
        """Several documents at once (each takes a thread of the pool), in the order given;
        a document that cannot be read or extracted is an error record."""
        for _, _, engine in docs:
            self.check_engine(engine)
        results: list[Result | None] = [None] * len(docs)

        async def one(i: int, text: str, doc_id: str, engine: str) -> None:
            try:
                check_text(text)
                results[i] = await self.in_thread(lambda: self.extract_sync(text, doc_id, engine))
            except ServiceError as e:
                results[i] = Result(doc_id=doc_id, engine=engine, error=e.message)
            except Exception as e:  # an engine bug: reported for its document only
                log.exception("extraction of %s failed", doc_id)
                results[i] = Result(doc_id=doc_id, engine=engine,
                                    error=f"internal error: {type(e).__name__}: {e}")

        with time_limit(self.config.timeout):
            async with anyio.create_task_group() as tg:
                for i, (text, doc_id, engine) in enumerate(docs):
                    tg.start_soon(one, i, text, doc_id, engine)
        return [r for r in results if r is not None]


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """A time limit over a block of async code: ServiceError 504 when it runs out."""
    try:
        with anyio.fail_after(seconds):
            yield
    except TimeoutError:
        raise ServiceError(504, "timeout", f"the request took longer than the limit of "
                           f"{seconds:g} s") from None
