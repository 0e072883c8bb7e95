"""One document through the model: chunks, cache, instructor call with validation retries,
token-limit splits, failures named, grounding.

`LLMExtractor.run` never raises for what the endpoint does (errors, rate limits past the
retries, timeouts, invalid answers): it returns an `LLMOutcome` whose `failure` says why, so
the llm engine can write an error record and the hybrid engine can fall back to the rules.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel

from extractor.config import LLMConfig
from extractor.contain import guarded
from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact, Usage, sort_facts
from extractor.grounding import check_grounded
from extractor.llm.align import align_answer, salvage
from extractor.llm.cache import AnswerCache, cache_key
from extractor.llm.chunking import LEAD_CHARS, Chunk, chunk_document, lead_in, split_in_two
from extractor.llm.client import build_instructor
from extractor.llm.failures import LLMFailure, api_failure, cancelled, failure, short
from extractor.llm.prompts import PromptSet, fence_for, load_prompts
from extractor.llm.schema import LLMExtraction
from extractor.llm.transport import LLMCancelled
from extractor.llm.usage import UsageMeter
from extractor.llm.window import Budget, budget, discover_window, estimate_tokens

M = TypeVar("M", bound=BaseModel)
_TEMPLATE_CHARS = 600  # the user template's own words around the note and its fences


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


class LLMExtractor:
    """Runs the prompt over documents against one configured endpoint (thread-safe: one
    instance serves every worker of a batch)."""

    def __init__(self, config: LLMConfig, prompts: PromptSet | None = None) -> None:
        self.config = config
        self.prompts = prompts or load_prompts(config.prompts_dir)
        self.meter = UsageMeter()
        self._client: instructor.Instructor | None = None
        self._lock = threading.Lock()
        self._window: tuple[int | None] | None = None
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

    def window(self) -> int | None:
        """The model's context window (asked of the server once per run; None: unknown)."""
        with self._lock:
            if self._window is None:
                self._window = (discover_window(self.config),)
            return self._window[0]

    def system(self) -> str:
        """The system message, with as many examples as the window affords: they may take an
        eighth of it (all four from a 48k window on, none in an 8k one)."""
        window = self.window()
        prompts = self.prompts
        if window is not None:
            bare = estimate_tokens(replace(prompts, examples=()).system())
            while prompts.examples and estimate_tokens(prompts.system()) - bare > window // 8:
                prompts = replace(prompts, examples=prompts.examples[:-1])
        return prompts.system()

    def budget(self, doc: Document, system: str) -> Budget:
        """Chunk size and max_tokens for a document against the window: the system message,
        the page header and the section opening a later part is shown with come first."""
        beside = doc.text[: doc.body_start] + " " * (LEAD_CHARS + _TEMPLATE_CHARS)
        return budget(self.config, self.window(), estimate_tokens(system + beside))

    def run(self, doc: Document) -> LLMOutcome:
        """Extract one document's facts with the model, every request counted in the usage."""
        out = LLMOutcome(prompt_version=self.prompts.version)
        started = time.perf_counter()
        answers: list[tuple[Chunk, LLMExtraction]] = []
        with self.meter.measuring(out.usage):
            try:
                system = self.system()
                fit = self.budget(doc, system)
                chunks = chunk_document(doc, fit.chunk_chars)
                for n, chunk in enumerate(chunks, 1):
                    answers.extend(self._chunk(doc, chunk, n, len(chunks), out, system, fit))
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
            nothing: tuple[list[Fact], list[ExtractionWarning]] = ([], [])
            got, dropped = guarded(
                out.warnings, "model's answer for the part", (chunk.start, chunk.end),
                partial(align_answer, doc.text, chunk, answer, lead), nothing,
            )
            facts.extend(got)
            out.warnings.extend(dropped)
        facts, unheld = check_grounded(doc.text, facts)
        out.warnings.extend(unheld)
        out.facts = sort_facts(facts)
        return out

    def _chunk(
        self, doc: Document, chunk: Chunk, part: int, parts: int, out: LLMOutcome,
        system: str, fit: Budget,
    ) -> list[tuple[Chunk, LLMExtraction]]:
        """The answer for one chunk; a chunk whose answer the token limit cut off, or that
        the server says overflows its context window, is halved at a boundary and each half
        asked for separately."""
        try:
            return [(chunk, self._ask(doc, chunk, part, parts, out.usage, system, fit))]
        except LLMFailure as e:
            if e.code == "llm_context_exceeded":
                return self._halve(doc, chunk, part, parts, out, system, fit, e.code, e.message)
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
            why = ("got an answer that hit the token limit "
                   f"({fit.answer_tokens(chunk.of(doc.text))})")
            return self._halve(doc, chunk, part, parts, out, system, fit, "llm_truncated", why)

    def _halve(
        self, doc: Document, chunk: Chunk, part: int, parts: int, out: LLMOutcome,
        system: str, fit: Budget, code: str, why: str,
    ) -> list[tuple[Chunk, LLMExtraction]]:
        """The answers for the two halves of a part that did not fit (`code` says why)."""
        halves = None
        if len(chunk) >= 2 * self.config.min_chunk_chars:
            halves = split_in_two(doc.text, chunk)
        if halves is None:
            raise LLMFailure(
                code,
                f"the request for characters {chunk.start}-{chunk.end} {why} and the "
                "part is too short to split",
            )
        out.warnings.append(
            ExtractionWarning(
                code=code,
                message=f"the request for characters {chunk.start}-{chunk.end} {why}; "
                "asked again in two halves",
                span=(chunk.start, chunk.end),
            )
        )
        parts = max(parts, 2)
        return [
            *self._chunk(doc, halves[0], part, parts, out, system, fit),
            *self._chunk(doc, halves[1], part, parts, out, system, fit),
        ]

    def _ask(
        self, doc: Document, chunk: Chunk, part: int, parts: int, usage: Usage,
        system: str, fit: Budget,
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
            self.config.model, self.prompts.version, self.prompts.digest, self.config.mode,
            system + user,
        )
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                usage.cache_hits += 1
                return cached
        # Quotes from the lead-in pass validation (no needless reask); alignment, which looks
        # in the part alone, leaves their facts to the part that holds them.
        answer = self.request(
            system, user, LLMExtraction, {"text": f"{context}\n{text}" if context else text},
            usage, fit.answer_tokens(text),
        )
        if self.cache is not None:
            self.cache.put(
                key, answer, {"model": self.config.model, "prompt_version": self.prompts.version}
            )
        return answer

    def request(
        self, system: str, user: str, model: type[M], context: dict[str, Any], usage: Usage,
        max_tokens: int,
    ) -> M:
        """One answer validated against `model`: an invalid one is sent back with its errors
        (the original question and the errors, never the growing history, so that a re-ask
        is no longer than the first request), `validation_retries` times."""
        sent_before = usage.requests
        base: list[Any] = [
            {"role": "system", "content": _jinja_literal(system)},
            {"role": "user", "content": _jinja_literal(user)},
        ]
        messages = base
        for attempt in range(self.config.validation_retries + 1):
            try:
                return self.client().chat.completions.create(
                    model=self.config.model,
                    response_model=model,
                    messages=messages,
                    context=context,
                    max_retries=0,
                    strict=False,
                    temperature=self.config.temperature,
                    max_tokens=max_tokens,
                )
            except IncompleteOutputException:
                raise
            except LLMCancelled as e:
                raise cancelled() from e
            except InstructorRetryException as e:
                err = failure(e, self.config, usage.requests - sent_before)
                if err.code != "llm_invalid" or attempt == self.config.validation_retries:
                    raise err from e
                messages = [*base, {"role": "user", "content": _jinja_literal(_reask(e))}]
            except openai.APIError as e:
                raise api_failure(e, self.config, usage.requests - sent_before) from e
        raise AssertionError("unreachable")  # pragma: no cover


def _reask(e: InstructorRetryException) -> str:
    """The correction message: what was wrong with the last answer, short."""
    return (
        "Your previous answer was not accepted: "
        f"{short(str(e.__cause__ or e), 1500)}\n"
        "Answer the request above again in full, correcting these errors."
    )


def _jinja_literal(content: str) -> str:
    """Content that instructor's templating (jinja2, applied to every message when a validation
    context is given) renders back to itself: each "{" becomes an expression printing "{", so
    nothing in a note can open a jinja tag."""
    return content.replace("{", '{{ "{" }}')


