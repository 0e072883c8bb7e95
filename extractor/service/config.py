"""The service's settings. Built by the CLI from its flags, or by `ServiceConfig.from_env` when
a process manager starts the app factory (`uvicorn extractor.service.app:create_app --factory`):
the environment is read only there, at the edge, and passed in as a value."""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, Field, SecretStr

from extractor.config import LLMConfig

TOKEN_ENV = "EXTRACTOR_SERVICE_TOKEN"
MAX_MB_ENV = "EXTRACTOR_SERVICE_MAX_MB"
TIMEOUT_ENV = "EXTRACTOR_SERVICE_TIMEOUT"
CONCURRENCY_ENV = "EXTRACTOR_SERVICE_CONCURRENCY"
LLM_ENV = "EXTRACTOR_SERVICE_LLM"

DEFAULT_MAX_MB = 4.0


class ServiceError(Exception):
    """A request the service refuses, with its HTTP status and a one-line reason."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class ServiceConfig(BaseModel):
    """What the service allows: body size, time, concurrency, token, and the LLM engines."""

    max_bytes: int = Field(
        default=int(DEFAULT_MAX_MB * 2**20), ge=1, description="largest request body (413 above)"
    )
    timeout: float = Field(default=30.0, gt=0, description="seconds per request (504 after)")
    concurrency: int = Field(
        default=4, ge=1, description="extractions running at once; further requests wait"
    )
    max_batch: int = Field(default=64, ge=1, description="documents in one batch request")
    token: SecretStr | None = Field(
        default=None, description="when set, every /v1 call but health needs 'Bearer TOKEN'"
    )
    llm: LLMConfig | None = Field(
        default=None, description="the endpoint for the llm and hybrid engines; None: they "
        "answer 503"
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServiceConfig:
        """Settings from the environment: EXTRACTOR_SERVICE_TOKEN, _MAX_MB, _TIMEOUT,
        _CONCURRENCY, and _LLM=1 to switch on the LLM engines (configured by the variables
        `LLMConfig.from_env` reads)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get(TOKEN_ENV):
            values["token"] = SecretStr(env[TOKEN_ENV])
        if env.get(MAX_MB_ENV):
            values["max_bytes"] = int(float(env[MAX_MB_ENV]) * 2**20)
        if env.get(TIMEOUT_ENV):
            values["timeout"] = float(env[TIMEOUT_ENV])
        if env.get(CONCURRENCY_ENV):
            values["concurrency"] = int(env[CONCURRENCY_ENV])
        if env.get(LLM_ENV, "").lower() in ("1", "true", "yes", "on"):
            values["llm"] = LLMConfig.from_env(env)
        return cls(**values)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The variables `from_env` reads back (for worker processes started by uvicorn).
        The LLM key travels in its own variable, which the workers inherit."""
        env = {
            MAX_MB_ENV: repr(self.max_bytes / 2**20),
            TIMEOUT_ENV: repr(self.timeout),
            CONCURRENCY_ENV: str(self.concurrency),
            LLM_ENV: "1" if self.llm is not None else "0",
        }
        if self.llm is not None:
            env["EXTRACTOR_MODEL"] = self.llm.model
            if self.llm.base_url:
                env["OPENAI_BASE_URL"] = self.llm.base_url
        if self.token is not None:
            env[TOKEN_ENV] = self.token.get_secret_value()
        return env
