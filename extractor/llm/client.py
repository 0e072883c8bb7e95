"""Building the openai client (OpenAI, Azure OpenAI or any OpenAI-compatible server) and the
instructor client over it, with the usage meter on the HTTP layer."""

from __future__ import annotations

from typing import Any

import instructor
import openai

from extractor.config import NO_KEY, LLMConfig
from extractor.errors import ConfigurationError
from extractor.llm.usage import UsageMeter

MODES = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON}


class ClientConfigError(ConfigurationError):
    """The configuration cannot make a client (unknown mode, Azure without endpoint, ...)."""


def build_openai(config: LLMConfig, meter: UsageMeter) -> openai.OpenAI:
    """An openai client for the configured endpoint.

    The openai client does the transport retries itself (429, 408, 409, 5xx, timeouts,
    `config.max_retries` times) and honours the server's Retry-After / retry-after-ms header
    up to two minutes; the meter's hooks see each of those attempts.
    """
    http_client = openai.DefaultHttpxClient(
        event_hooks={"request": [meter.on_request], "response": [meter.on_response]}
    )
    common: dict[str, Any] = {
        "api_key": config.api_key or NO_KEY,
        "timeout": config.timeout,
        "max_retries": config.max_retries,
        "http_client": http_client,
    }
    if config.azure:
        if not config.base_url:
            raise ClientConfigError(
                "Azure OpenAI needs its endpoint: set AZURE_OPENAI_ENDPOINT or --base-url"
            )
        return openai.AzureOpenAI(
            azure_endpoint=config.base_url, api_version=config.api_version, **common
        )
    return openai.OpenAI(base_url=config.base_url, **common)


def build_instructor(config: LLMConfig, meter: UsageMeter) -> instructor.Instructor:
    """The instructor client in the configured mode (tools by default; json for servers
    without tool calling)."""
    mode = MODES.get(config.mode.lower())
    if mode is None:
        raise ClientConfigError(
            f"unknown LLM mode {config.mode!r}: choose one of {', '.join(MODES)}"
        )
    client = instructor.from_openai(build_openai(config, meter), mode=mode)
    assert isinstance(client, instructor.Instructor)
    return client
