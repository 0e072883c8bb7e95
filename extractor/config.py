"""Engine configuration. Read from the environment only at the edge (`LLMConfig.from_env`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, Field


class LLMConfig(BaseModel):
    """How to reach an OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, LiteLLM)."""

    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = Field(default=60.0, description="seconds per request")
    max_retries: int = Field(default=3, description="retries on 429/5xx/timeouts per request")
    validation_retries: int = Field(
        default=2, description="times an invalid answer is sent back for correction"
    )
    concurrency: int = 4
    max_tokens: int = 4096
    temperature: float = 0.0
    mode: str = Field(default="tools", description="instructor mode: tools | json")
    cache_dir: Path | None = Path(".extractor-cache")
    use_cache: bool = True
    prompts_dir: Path | None = None

    @property
    def configured(self) -> bool:
        """True when an endpoint or key is set: the LLM can be tried."""
        return bool(self.api_key or self.base_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> LLMConfig:
        """Build from OPENAI_API_KEY, OPENAI_BASE_URL and EXTRACTOR_MODEL (or OPENAI_MODEL);
        explicit overrides (CLI flags) win, None overrides are ignored."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
        if env.get("OPENAI_BASE_URL"):
            values["base_url"] = env["OPENAI_BASE_URL"]
        model = env.get("EXTRACTOR_MODEL") or env.get("OPENAI_MODEL")
        if model:
            values["model"] = model
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
