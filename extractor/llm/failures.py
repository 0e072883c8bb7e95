"""Naming what went wrong with a request: one `LLMFailure` per cause, its message saying
what was tried (requests, retries, the server's Retry-After)."""

from __future__ import annotations

from typing import Any

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from extractor.config import LLMConfig
from extractor.errors import EngineError
from extractor.llm.transport import LLMCancelled
from extractor.llm.window import is_overflow


class LLMFailure(EngineError):
    """The model could not be used for a document; `code` names the cause for warnings."""

    def __init__(self, code: str, message: str, raw: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.raw = raw


def cancelled() -> LLMFailure:
    """The failure of a run interrupted with a request in flight."""
    return LLMFailure("llm_cancelled", "the run was interrupted while a request was in flight")


def failure(e: InstructorRetryException, config: LLMConfig, sent: int) -> LLMFailure:
    """Name what went wrong under instructor's retry wrapper."""
    cause = e.__cause__
    if isinstance(cause, LLMCancelled):
        return cancelled()
    if isinstance(cause, IncompleteOutputException):
        return LLMFailure("llm_truncated", "the model's answer hit the token limit")
    if isinstance(cause, openai.APIError):
        return api_failure(cause, config, sent)
    if isinstance(cause, ValidationError | ValueError):
        return LLMFailure(
            "llm_invalid",
            f"the model's answer still failed validation after {config.validation_retries} "
            f"correction(s): {short(str(cause))}",
            raw_answer(e.last_completion),
        )
    return LLMFailure("llm_error", f"{type(cause or e).__name__}: {short(str(cause or e))}")


def api_failure(e: openai.APIError, config: LLMConfig, sent: int) -> LLMFailure:
    """Name an endpoint failure, saying what was actually tried (`sent` requests)."""
    tried = _tried(sent)
    if isinstance(e, openai.APITimeoutError):
        return LLMFailure(
            "llm_timeout",
            f"the model did not answer within {config.timeout:g}s ({tried}, each stopped at "
            "that deadline)",
        )
    if isinstance(e, openai.APIConnectionError):
        return LLMFailure(
            "llm_unreachable", f"cannot reach the endpoint ({tried}): {short(str(e))}"
        )
    if isinstance(e, openai.RateLimitError):
        return LLMFailure("llm_rate_limited", f"rate-limited by the endpoint (429, {tried})"
                          f"{_wait_refused(e.response)}")
    if isinstance(e, openai.AuthenticationError | openai.PermissionDeniedError):
        return LLMFailure("llm_auth", f"the endpoint refused the credentials: {short(str(e))}")
    if isinstance(e, openai.APIStatusError) and 300 <= e.status_code < 400:
        where = e.response.headers.get("location") or "another address"
        return LLMFailure(
            "llm_redirect",
            f"the endpoint answered with a redirect (HTTP {e.status_code}) to {short(where, 120)};"
            " redirects are not followed, so the note was not sent there: set --base-url to the "
            "final endpoint",
        )
    if isinstance(e, openai.BadRequestError) and is_overflow(str(e)):
        # Not retried: the same request overflows again. The runner splits the part instead.
        return LLMFailure(
            "llm_context_exceeded",
            f"overflowed the model's context window (HTTP 400: {short(str(e), 160)})",
        )
    if isinstance(e, openai.APIStatusError):
        return LLMFailure(
            "llm_api_error",
            f"the endpoint answered HTTP {e.status_code} ({tried}{_wait_refused(e.response)}): "
            f"{short(str(e))}",
        )
    return LLMFailure("llm_error", f"{type(e).__name__}: {short(str(e))}")


def _tried(sent: int) -> str:
    """What was sent, honestly: "1 request, not retried", "3 requests (2 retries)"."""
    if sent <= 1:
        return "1 request, not retried" if sent == 1 else "no request completed"
    return f"{sent} requests ({sent - 1} retr{'y' if sent == 2 else 'ies'})"


# The openai client waits out a Retry-After of at most this many seconds; a longer one ends
# the retries at once.
_MAX_RETRY_AFTER = 120.0


def _wait_refused(response: Any) -> str:
    """Why the retries stopped early, when the server asked to wait longer than the client
    waits ("Retry-After: 86400")."""
    raw = getattr(response, "headers", {}).get("retry-after")
    try:
        wait = float(raw) if raw is not None else None
    except ValueError:
        return ""
    if wait is None or wait <= _MAX_RETRY_AFTER:
        return ""
    return (f"; the server asked to wait {wait:g}s before retrying, longer than the "
            f"{_MAX_RETRY_AFTER:g}s the client waits, so it did not retry")


def raw_answer(completion: Any) -> str | None:
    """The text of a completion's answer: the tool call's arguments, else the content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    for call in calls:
        args = getattr(getattr(call, "function", None), "arguments", None)
        if isinstance(args, str):
            return args
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None


def short(s: str, n: int = 300) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."
