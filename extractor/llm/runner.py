"""One document through the model: chunks, cache, instructor call with validation retries,
token-limit splits, failures named, grounding.

`LLMExtractor.run` never raises for what the endpoint does (errors, rate limits past the
retries, timeouts, invalid answers): it returns an `LLMOutcome` whose `failure` says why, so
the llm engine can write an error record and the hybrid engine can fall back to the rules.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from extractor.config import LLMConfig
from extractor.contain import guarded
from extractor.document import Document
from extractor.errors import EngineError
from extractor.facts import ExtractionWarning, Fact, Usage, sort_facts
from extractor.grounding import check_grounded
from extractor.llm.align import align_answer, salvage
from extractor.llm.cache import AnswerCache, cache_key
from extractor.llm.chunking import Chunk, chunk_document, lead_in, split_in_two
from extractor.llm.client import build_instructor
from extractor.llm.prompts import PromptSet, fence_for, load_prompts
from extractor.llm.schema import LLMExtraction
from extractor.llm.transport import LLMCancelled
from extractor.llm.usage import UsageMeter


@dataclass
class LLMOutcome:
    """What the model gave for one document, grounded; `failure` set when it gave nothing
    usable (then `facts` holds only what was salvaged, if anything)."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    prompt_version: str | None = None
    failure: str | None = None
    failure_code: str | None = None
    salvaged: bool = False


class LLMFailure(EngineError):
    """The model could not be used for a document; `code` names the cause for warnings."""

    def __init__(self, code: str, message: str, raw: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.raw = raw


class LLMExtractor:
    """Runs the prompt over documents against one configured endpoint (thread-safe: one
    instance serves every worker of a batch)."""

    def __init__(self, config: LLMConfig, prompts: PromptSet | None = None) -> None:
        self.config = config
        self.prompts = prompts or load_prompts(config.prompts_dir)
        self.meter = UsageMeter()
        self._system = self.prompts.system()
        self._client: instructor.Instructor | None = None
        self._lock = threading.Lock()
        self.cancel = threading.Event()
        """Set on the first Ctrl-C or SIGTERM of a run: requests in flight end at once and no
        new one starts (see extractor.llm.transport)."""
        self.cache = (
            AnswerCache(config.cache_dir) if config.use_cache and config.cache_dir else None
        )

    @property
    def prompt_version(self) -> str:
        return self.prompts.version

    def client(self) -> instructor.Instructor:
        with self._lock:
            if self._client is None:
                self._client = build_instructor(self.config, self.meter, self.cancel)
            return self._client

    def run(self, doc: Document) -> LLMOutcome:
        """Extract one document's facts with the model, every request counted in the usage."""
        out = LLMOutcome(prompt_version=self.prompts.version)
        started = time.perf_counter()
        answers: list[tuple[Chunk, LLMExtraction]] = []
        with self.meter.measuring(out.usage):
            try:
                chunks = chunk_document(doc, self.config.max_chunk_chars)
                for n, chunk in enumerate(chunks, 1):
                    answers.extend(self._chunk(doc, chunk, n, len(chunks), out))
            except LLMFailure as e:
                # The endpoint failed (error, rate limit, timeout, truncation): nothing of
                # this document is trusted, the other chunks' answers included.
                out.failure, out.failure_code = e.message, e.code
                out.salvaged = False
                answers = []
        out.usage.seconds = round(time.perf_counter() - started, 3)
        facts: list[Fact] = []
        for chunk, answer in answers:
            lead = lead_in(doc.text, chunk, doc.body_start) if len(chunk) < len(doc.text) else None
            got, dropped = guarded(
                out.warnings, "model's answer for the part", (chunk.start, chunk.end),
                partial(align_answer, doc.text, chunk, answer, lead), ([], []),
            )
            facts.extend(got)
            out.warnings.extend(dropped)
        facts, unheld = check_grounded(doc.text, facts)
        out.warnings.extend(unheld)
        out.facts = sort_facts(facts)
        return out

    def _chunk(
        self, doc: Document, chunk: Chunk, part: int, parts: int, out: LLMOutcome
    ) -> list[tuple[Chunk, LLMExtraction]]:
        """The answer for one chunk; a chunk whose answer the token limit cut off is halved
        at a boundary and each half asked for separately."""
        try:
            return [(chunk, self._ask(doc, chunk, part, parts, out.usage))]
        except LLMFailure as e:
            if e.code != "llm_invalid":
                raise
            # Invalid after every correction: keep what of its last answer is well-formed
            # (grounding judges it next) and say so; the hybrid engine uses the rules instead.
            answer, notes = salvage(e.raw)
            out.warnings.append(
                ExtractionWarning(code=e.code, message=e.message, span=(chunk.start, chunk.end))
            )
            out.warnings.extend(notes)
            out.failure = out.failure or e.message
            out.failure_code = out.failure_code or e.code
            out.salvaged = True
            return [(chunk, answer)]
        except IncompleteOutputException:
            halves = None
            if len(chunk) >= 2 * self.config.min_chunk_chars:
                halves = split_in_two(doc.text, chunk)
            if halves is None:
                raise LLMFailure(
                    "llm_truncated",
                    f"the model's answer for characters {chunk.start}-{chunk.end} hit the "
                    f"token limit ({self.config.max_tokens}) and the part is too short to split",
                ) from None
            out.warnings.append(
                ExtractionWarning(
                    code="llm_truncated",
                    message=f"the model's answer for characters {chunk.start}-{chunk.end} hit "
                    f"the token limit ({self.config.max_tokens}); asked again in two halves",
                    span=(chunk.start, chunk.end),
                )
            )
            parts = max(parts, 2)
            return [
                *self._chunk(doc, halves[0], part, parts, out),
                *self._chunk(doc, halves[1], part, parts, out),
            ]

    def _ask(
        self, doc: Document, chunk: Chunk, part: int, parts: int, usage: Usage
    ) -> LLMExtraction:
        text = chunk.of(doc.text)
        whole = chunk.start == 0 and chunk.end == len(doc.text)
        header = "" if whole else doc.text[: doc.body_start].strip("\n")
        lead = None if whole else lead_in(doc.text, chunk, doc.body_start)
        context = lead.of(doc.text) if lead else ""
        user = self.prompts.user(
            text, header, part, 1 if whole else max(parts, 2),
            fence_for(text, header, context), context,
        )
        key = cache_key(
            self.config.model, self.prompts.version, self.prompts.digest, self.config.mode, user
        )
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                usage.cache_hits += 1
                return cached
        # Quotes from the lead-in pass validation (no needless reask); alignment, which looks
        # in the part alone, leaves their facts to the part that holds them.
        answer = self._call(user, f"{context}\n{text}" if context else text, usage)
        if self.cache is not None:
            self.cache.put(
                key, answer, {"model": self.config.model, "prompt_version": self.prompts.version}
            )
        return answer

    def _call(self, user: str, text: str, usage: Usage) -> LLMExtraction:
        sent_before = usage.requests
        messages: list[Any] = [
            {"role": "system", "content": _jinja_literal(self._system)},
            {"role": "user", "content": _jinja_literal(user)},
        ]
        try:
            return self.client().chat.completions.create(
                model=self.config.model,
                response_model=LLMExtraction,
                messages=messages,
                context={"text": text},
                max_retries=self.config.validation_retries,
                strict=False,
                temperature=self.config.temperature,
                max_tokens=self.config.max_tokens,
            )
        except IncompleteOutputException:
            raise
        except LLMCancelled as e:
            raise _cancelled() from e
        except InstructorRetryException as e:
            raise _failure(e, self.config, usage.requests - sent_before) from e
        except openai.APIError as e:
            raise _api_failure(e, self.config, usage.requests - sent_before) from e


def _cancelled() -> LLMFailure:
    return LLMFailure("llm_cancelled", "the run was interrupted while a request was in flight")


def _jinja_literal(content: str) -> str:
    """Content that instructor's templating (jinja2, applied to every message when a validation
    context is given) renders back to itself: each "{" becomes an expression printing "{", so
    nothing in a note can open a jinja tag."""
    return content.replace("{", '{{ "{" }}')


def _failure(e: InstructorRetryException, config: LLMConfig, sent: int) -> LLMFailure:
    """Name what went wrong under instructor's retry wrapper."""
    cause = e.__cause__
    if isinstance(cause, LLMCancelled):
        return _cancelled()
    if isinstance(cause, IncompleteOutputException):
        return LLMFailure("llm_truncated", "the model's answer hit the token limit")
    if isinstance(cause, openai.APIError):
        return _api_failure(cause, config, sent)
    if isinstance(cause, ValidationError | ValueError):
        return LLMFailure(
            "llm_invalid",
            f"the model's answer still failed validation after {config.validation_retries} "
            f"correction(s): {_short(str(cause))}",
            _raw_answer(e.last_completion),
        )
    return LLMFailure("llm_error", f"{type(cause or e).__name__}: {_short(str(cause or e))}")


def _api_failure(e: openai.APIError, config: LLMConfig, sent: int) -> LLMFailure:
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
            "llm_unreachable", f"cannot reach the endpoint ({tried}): {_short(str(e))}"
        )
    if isinstance(e, openai.RateLimitError):
        return LLMFailure("llm_rate_limited", f"rate-limited by the endpoint (429, {tried})"
                          f"{_wait_refused(e.response)}")
    if isinstance(e, openai.AuthenticationError | openai.PermissionDeniedError):
        return LLMFailure("llm_auth", f"the endpoint refused the credentials: {_short(str(e))}")
    if isinstance(e, openai.APIStatusError) and 300 <= e.status_code < 400:
        where = e.response.headers.get("location") or "another address"
        return LLMFailure(
            "llm_redirect",
            f"the endpoint answered with a redirect (HTTP {e.status_code}) to {_short(where, 120)};"
            " redirects are not followed, so the note was not sent there: set --base-url to the "
            "final endpoint",
        )
    if isinstance(e, openai.APIStatusError):
        return LLMFailure(
            "llm_api_error",
            f"the endpoint answered HTTP {e.status_code} ({tried}{_wait_refused(e.response)}): "
            f"{_short(str(e))}",
        )
    return LLMFailure("llm_error", f"{type(e).__name__}: {_short(str(e))}")


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


def _raw_answer(completion: Any) -> str | None:
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


def _short(s: str, n: int = 300) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."
