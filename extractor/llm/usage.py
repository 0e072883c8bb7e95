"""Counting what the model costs, per document, at the HTTP layer.

Every request the openai client sends and every response it gets passes the httpx event hooks
installed here, so retries made by the openai client (429, 5xx, timeouts) and by instructor
(validation reasks) are all counted, not only the attempt that succeeded. Workers run one
document per thread; the meter keeps the current document's tally in a thread-local slot.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from extractor.facts import Usage


class UsageMeter:
    """Adds each HTTP exchange to the Usage of the document the calling thread works on."""

    def __init__(self) -> None:
        self._local = threading.local()

    @contextmanager
    def measuring(self, usage: Usage) -> Iterator[Usage]:
        """Count this thread's requests into `usage` while the block runs."""
        previous = getattr(self._local, "usage", None)
        self._local.usage = usage
        try:
            yield usage
        finally:
            self._local.usage = previous

    def _current(self) -> Usage | None:
        return getattr(self._local, "usage", None)

    def on_request(self, request: Any) -> None:
        """httpx request hook: one more request sent."""
        usage = self._current()
        if usage is not None:
            usage.requests += 1

    def on_response(self, response: Any) -> None:
        """httpx response hook: the tokens the reply reports, read from its body."""
        usage = self._current()
        if usage is None or response.status_code != 200:
            return
        response.read()
        try:
            body = json.loads(response.content)
        except ValueError:
            return
        counts = body.get("usage") if isinstance(body, dict) else None
        if isinstance(counts, dict):
            usage.prompt_tokens += int(counts.get("prompt_tokens") or 0)
            usage.completion_tokens += int(counts.get("completion_tokens") or 0)
