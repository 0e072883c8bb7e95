"""Building the openai client (OpenAI, Azure OpenAI or any OpenAI-compatible server) and the
instructor client over it, with the usage meter on the HTTP layer, an overall deadline per
request, a cancel, and no redirects followed."""

from __future__ import annotations

import threading
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import instructor
import openai

from extractor.config import NO_KEY, LLMConfig
from extractor.errors import ConfigurationError
from extractor.llm.transport import DeadlineTransport, httpx
from extractor.llm.usage import UsageMeter

MODES = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON}
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


class ClientConfigError(ConfigurationError):
    """The configuration cannot make a client (unknown mode, Azure without endpoint, ...)."""


def build_openai(
    config: LLMConfig, meter: UsageMeter, cancel: threading.Event | None = None
) -> openai.OpenAI:
    """An openai client for the configured endpoint.

    Each HTTP request ends within `config.timeout` seconds in all (connect, send and the whole
    answer: a server trickling bytes cannot hold it open) or as soon as `cancel` is set. The
    openai client does the transport retries itself (429, 408, 409, 5xx, timeouts,
    `config.max_retries` times) and honours the server's Retry-After up to two minutes; the
    meter's hooks see each of those attempts. Redirects are not followed: the note is only
    ever sent to the configured endpoint, and a redirect is reported as such.
    """
    transport = DeadlineTransport(
        httpx.HTTPTransport(limits=_LIMITS, proxy=_env_proxy(config.base_url)),
        total=config.timeout,
        cancel=cancel or threading.Event(),
    )
    http_client = openai.DefaultHttpxClient(
        transport=transport,
        follow_redirects=False,
        event_hooks={"request": [meter.on_request], "response": [meter.on_response]},
    )
    common: dict[str, Any] = {
        "api_key": config.api_key or NO_KEY,
        "timeout": httpx.Timeout(config.timeout, connect=min(config.timeout, 10.0)),
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


def _env_proxy(base_url: str | None) -> str | None:
    """The proxy the environment names for the endpoint (HTTPS_PROXY, NO_PROXY, ...): a
    custom transport does not read it by itself, and corporate networks need it."""
    url = urlsplit(base_url or "https://api.openai.com/v1")
    if url.hostname and urllib.request.proxy_bypass(url.hostname):
        return None
    return urllib.request.getproxies().get(url.scheme or "https")


def build_instructor(
    config: LLMConfig, meter: UsageMeter, cancel: threading.Event | None = None
) -> instructor.Instructor:
    """The instructor client in the configured mode (tools by default; json for servers
    without tool calling)."""
    mode = MODES.get(config.mode.lower())
    if mode is None:
        raise ClientConfigError(
            f"unknown LLM mode {config.mode!r}: choose one of {', '.join(MODES)}"
        )
    client = instructor.from_openai(build_openai(config, meter, cancel), mode=mode)
    assert isinstance(client, instructor.Instructor)
    return client
