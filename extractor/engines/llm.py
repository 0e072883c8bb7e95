"""The LLM engine: prompt (from `prompts/`) -> instructor -> response model -> grounding ->
facts. Every fact it outputs is aligned to a span of the text that holds it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from extractor.config import LLMConfig
from extractor.document import Document
from extractor.engines.registry import EngineSpec
from extractor.errors import ConfigurationError
from extractor.facts import Result
from extractor.llm.pool import run_many
from extractor.llm.runner import LLMExtractor

NOT_CONFIGURED = (
    "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI), OPENAI_BASE_URL or --base-url "
    "(vLLM, Ollama, a LiteLLM proxy), or AZURE_OPENAI_ENDPOINT with OPENAI_API_VERSION (Azure)"
)


ROLES = ("extract", "resolve")
"""What the model does in the hybrid engine (LLMConfig.llm_role)."""


def make_extractor(config: LLMConfig) -> tuple[LLMExtractor | None, str | None]:
    """The extractor for a configuration, or None and the reason it cannot be made (no
    endpoint, a malformed base URL, an unknown mode, a broken prompts folder): a client
    configuration error is found here, once, not in the middle of a run."""
    if not config.configured:
        return None, NOT_CONFIGURED
    problem = _url_problem(config.base_url)
    if problem:
        return None, problem
    try:
        extractor = LLMExtractor(config)
        extractor.client()
    except (ConfigurationError, ValueError, TypeError) as e:
        return None, str(e)
    return extractor, None


def _url_problem(url: str | None) -> str | None:
    """Why a base URL cannot be an endpoint (None when it can)."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as e:
        return f"malformed base URL {url!r}: {e}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"malformed base URL {url!r}: give http(s)://host[:port]/path"
    return None


class LLMEngine:
    """Facts from the model alone. A document the model cannot do (no endpoint, errors, rate
    limits past the retries, timeouts) becomes an error record; the batch goes on."""

    name = "llm"

    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        self.extractor, self.unavailable = make_extractor(config)

    def extract(self, doc: Document) -> Result:
        """The grounded facts the model finds in one document."""
        if self.extractor is None:
            return Result(
                doc_id=doc.doc_id, source=doc.source, engine=self.name, error=self.unavailable
            )
        out = self.extractor.run(doc)
        result = Result(
            doc_id=doc.doc_id,
            source=doc.source,
            engine=self.name,
            prompt_version=out.prompt_version,
            facts=out.facts,
            warnings=out.warnings,
            usage=out.usage,
        )
        # An answer still invalid after the corrections keeps its grounded facts; when none
        # is left, or the endpoint failed, the document is an error record.
        if out.failure and (not out.salvaged or not out.facts):
            result.error = f"LLM failed: {out.failure}"
        return result

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Result]:
        """Documents in parallel within `config.concurrency`, in input order."""
        return run_many(self.extract, docs, self.config.concurrency, self._cancel)

    def _cancel(self) -> None:
        """The run was interrupted: end the requests in flight, start no more."""
        if self.extractor is not None:
            self.extractor.cancel.set()


SPEC = EngineSpec(
    name="llm",
    factory=lambda llm: LLMEngine(llm or LLMConfig.from_env()),
    summary="facts from an OpenAI-compatible model, grounded in the text",
    parallel="threads",
    needs_endpoint=True,
)
