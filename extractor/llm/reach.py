"""Whether an LLM endpoint is there at all, asked once before a run.

Against a server that is not running, every note would spend the client's retries on it
(four connection attempts with back-off, about 3 s a note; against an address that drops
packets, four connect timeouts of `--timeout` each) before its error record: a long run would
crawl through thousands of identical failures. One GET before the run tells a server that is
not there from one that answers: any HTTP answer, an error status included, means something
is listening, and what it makes of the requests is the run's business.
"""

from __future__ import annotations

from extractor.config import NO_KEY, LLMConfig
from extractor.llm.transport import httpx

CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a connection (a local server accepts in milliseconds)."""


def unreachable(config: LLMConfig, timeout: float = CONNECT_TIMEOUT) -> str | None:
    """Why nothing answers at `config.base_url`, in one line naming it; None when something
    answers, or when no base URL is given (OpenAI's and Azure's hosted endpoints are not
    probed: they are there, and a wrong key is the first request's error)."""
    if not config.base_url or config.azure:
        return None
    base = config.base_url.rstrip("/")
    headers = {"Authorization": f"Bearer {config.api_key or NO_KEY}"}
    limits = httpx.Timeout(timeout, connect=timeout)
    try:
        with httpx.Client(timeout=limits, follow_redirects=False, headers=headers) as http:
            http.get(f"{base}/models")
    except httpx.ConnectTimeout:
        reason = f"no connection within {timeout:g}s"
    except httpx.ConnectError as e:
        reason = _reason(e)
    except httpx.HTTPError:  # connected, then slow or odd: the server is there
        return None
    else:
        return None
    return (f"cannot reach the LLM endpoint {config.base_url} ({reason}): is its server "
            "running? (--base-url, OPENAI_BASE_URL)")


def _reason(e: Exception) -> str:
    """The socket's own words ("[Errno 111] Connection refused" -> "connection refused")."""
    text = str(e) or type(e).__name__
    text = text.split("] ", 1)[-1] if text.startswith("[Errno") else text
    return text[:1].lower() + text[1:]


def before_run(engine: str, config: LLMConfig, falls_back: bool) -> tuple[str | None, str | None]:
    """(error, warning) for a command about to run `engine` on `config`: an error when no
    server answers and the engine needs one (the command exits 2 with it), a warning when the
    engine falls back to the rules (each note still comes out, after its own attempts)."""
    problem = unreachable(config)
    if problem is None:
        return None, None
    if not falls_back:
        return f"engine {engine!r} unavailable: {problem}", None
    return None, (f"{problem}; the {engine} engine falls back to the rules for each note once "
                  "its requests fail")
