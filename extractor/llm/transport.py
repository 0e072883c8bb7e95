"""The HTTP transport under the openai client: an overall deadline per request and a cancel.

httpx's timeouts apply to each connect, write and read, so a server that sends one byte every
second never trips them and a request could last forever. Here each request runs on a helper
thread (which does the whole exchange, body included) while the calling thread waits for it
at most `total` seconds, in short slices so that a cancel (the first Ctrl-C or SIGTERM of a
run) is seen at once. A request past its deadline raises `httpx.ReadTimeout`, which the openai
client treats as any timeout (retried, then `APITimeoutError`); a cancelled one raises
`LLMCancelled`, which it passes through untouched, so nothing is retried after a cancel.
A request abandoned this way leaves its helper thread to die with the connection (a daemon:
it never holds the process open).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import openai

try:  # the openai client's HTTP library: httpx2 from openai 3 on, httpx before
    import httpx2 as httpx
except ImportError:  # pragma: no cover - older openai
    import httpx  # type: ignore[no-redef]

_SLICE = 0.05  # seconds between looks at the cancel flag


class LLMCancelled(openai.OpenAIError):
    """The run was interrupted while a request was in flight."""


class DeadlineTransport(httpx.BaseTransport):
    """Wraps a transport so that every request ends within `total` seconds, or at `cancel`."""

    def __init__(self, inner: httpx.BaseTransport, total: float, cancel: threading.Event) -> None:
        self.inner = inner
        self.total = total
        self.cancel = cancel

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.cancel.is_set():
            raise LLMCancelled("the run was interrupted")
        box: dict[str, Any] = {}
        done = threading.Event()
        helper = threading.Thread(
            target=self._exchange, args=(request, box, done), daemon=True, name="extractor-http"
        )
        helper.start()
        deadline = time.monotonic() + self.total
        while not done.wait(max(0.0, min(_SLICE, deadline - time.monotonic()))):
            if self.cancel.is_set():
                raise LLMCancelled("the run was interrupted while a request was in flight")
            if time.monotonic() >= deadline:
                raise httpx.ReadTimeout(
                    f"no complete answer within {self.total:g}s", request=request
                )
        if "error" in box:
            raise box["error"]
        response: httpx.Response = box["response"]
        return response

    def _exchange(
        self, request: httpx.Request, box: dict[str, Any], done: threading.Event
    ) -> None:
        """The whole exchange, body included, on the helper thread."""
        try:
            response = self.inner.handle_request(request)
            try:
                body = b"".join(response.stream)  # type: ignore[arg-type]
            finally:
                response.close()
            box["response"] = httpx.Response(
                response.status_code,
                headers=response.headers,
                content=body,
                extensions=response.extensions,
                request=request,
            )
        except BaseException as e:  # handed to the waiting thread, which raises it
            box["error"] = e
        finally:
            done.set()

    def close(self) -> None:
        self.inner.close()
