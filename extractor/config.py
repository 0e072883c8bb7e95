"""Engine configuration. Read from the environment only at the edge (`LLMConfig.from_env`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

# Placeholder key for local servers (vLLM, Ollama, a LiteLLM proxy without auth): the openai
# client refuses to start without one, and such servers ignore it.
NO_KEY = "not-needed"


class LLMConfig(BaseModel):
    """How to reach an OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, LiteLLM)."""

    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: str | None = None
    api_version: str | None = Field(
        default=None,
        description="Azure OpenAI api-version; when set, base_url is the Azure endpoint and "
        "model the deployment name",
    )
    timeout: float = Field(default=60.0, description="seconds per request")
    max_retries: int = Field(default=3, description="retries on 429/5xx/timeouts per request")
    validation_retries: int = Field(
        default=2, description="times an invalid answer is sent back for correction"
    )
    concurrency: int = Field(default=4, ge=1, description="documents in flight at once")
    max_tokens: int = 4096
    temperature: float = 0.0
    mode: str = Field(default="tools", description="instructor mode: tools | json")
    max_chunk_chars: int = Field(
        default=4000, ge=200,
        description="longest stretch of a note sent in one request (a dense table holds a fact "
        "every ~50 characters, ~60 answer tokens each: 4,000 characters fit max_tokens 4096)",
    )
    min_chunk_chars: int = Field(
        default=400, ge=50, description="a chunk cut off by the token limit is not split below"
    )
    hybrid_prefer: Literal["rules", "llm"] = Field(
        default="rules", description="whose reading the hybrid engine keeps on a conflict"
    )
    llm_role: str | None = Field(
        default=None,
        description="what the model does in the hybrid engine: extract (finds facts itself, "
        "merged with the rules') | resolve (dates, labels and confirms the rules' candidates);"
        " None: the hybrid's default",
    )
    context_tokens: int | None = Field(
        default=None, ge=512,
        description="the model's context window in tokens, when the server does not report it "
        "(GET /v1/models, llama.cpp's /props); prompts and max_tokens are sized to fit",
    )
    cache_dir: Path | None = Path(".extractor-cache")
    use_cache: bool = True
    prompts_dir: Path | None = None

    @property
    def configured(self) -> bool:
        """True when an endpoint or key is set: the LLM can be tried."""
        return bool(self.api_key or self.base_url)

    @property
    def azure(self) -> bool:
        """True when the endpoint is Azure OpenAI (an api-version is given)."""
        return self.api_version is not None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> LLMConfig:
        """Build from the environment; explicit overrides (CLI flags) win, None overrides are
        ignored.

        Read: OPENAI_API_KEY, OPENAI_BASE_URL, EXTRACTOR_MODEL (or OPENAI_MODEL), and for Azure
        AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION (or
        AZURE_OPENAI_API_VERSION), EXTRACTOR_HYBRID_PREFER (rules | llm), EXTRACTOR_LLM_ROLE
        (extract | resolve), EXTRACTOR_LLM_MODE (tools | json) and EXTRACTOR_CONTEXT_TOKENS.
        """
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
        if env.get("OPENAI_BASE_URL"):
            values["base_url"] = env["OPENAI_BASE_URL"]
        version = env.get("AZURE_OPENAI_API_VERSION") or env.get("OPENAI_API_VERSION")
        if env.get("AZURE_OPENAI_ENDPOINT"):
            values["base_url"] = env["AZURE_OPENAI_ENDPOINT"]
            if env.get("AZURE_OPENAI_API_KEY"):
                values["api_key"] = env["AZURE_OPENAI_API_KEY"]
        if version and (env.get("AZURE_OPENAI_ENDPOINT") or env.get("AZURE_OPENAI_API_VERSION")):
            values["api_version"] = version
        if env.get("EXTRACTOR_HYBRID_PREFER"):
            values["hybrid_prefer"] = env["EXTRACTOR_HYBRID_PREFER"]
        if env.get("EXTRACTOR_LLM_MODE"):
            values["mode"] = env["EXTRACTOR_LLM_MODE"]
        if env.get("EXTRACTOR_LLM_ROLE"):
            values["llm_role"] = env["EXTRACTOR_LLM_ROLE"]
        if env.get("EXTRACTOR_CONTEXT_TOKENS", "").isdigit():
            values["context_tokens"] = int(env["EXTRACTOR_CONTEXT_TOKENS"])
        model = env.get("EXTRACTOR_MODEL") or env.get("OPENAI_MODEL")
        if model:
            values["model"] = model
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
