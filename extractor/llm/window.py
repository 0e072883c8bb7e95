"""The model's context window, and a request sized to fit it.

A server that reports its window is read once per run: llama.cpp's `/props`
(`default_generation_settings.n_ctx`, the window it actually runs with), else the model's
entry in `GET /v1/models` (vLLM's `max_model_len`, llama.cpp's `meta.n_ctx_train`, and the
`context_length` / `context_window` others use). `--context-tokens` (LLMConfig.context_tokens)
wins over both. With no figure at all the configured chunk size and `max_tokens` stand.

Tokens are estimated, not counted: a tokenizer per model is a dependency per model, and the
budget only has to be on the safe side. Filing text (digits, punctuation, short words) and
the JSON of examples run at 2.6-2.8 characters a token with SmolLM2's tokenizer (the system
prompt with its four examples: 14,138 characters, 5,099 tokens); dividing by 2.5 overestimates
them and ordinary prose.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from extractor.config import NO_KEY, LLMConfig
from extractor.llm.transport import httpx

CHARS_PER_TOKEN = 2.5
# What a request costs besides its messages' text: the chat template's markers, the response
# schema sent as a tool or a format (the fact schema: ~900 tokens estimated, 679 counted).
REQUEST_OVERHEAD = 1000
# The answer to a chunk runs to about one token per character of it in a dense table (a fact
# every ~50 characters, ~50 answer tokens each).
ANSWER_TOKENS_PER_CHAR = 1.0
SAFETY = 0.9  # of the window: estimates are estimates
# An answer needs at most one fact per number in its part (years and dates counted too: the
# safe side) at ~75 tokens a fact with a long label and quote, plus blank slots, which leave
# no digits: a small share per character covers them. A weak model that rambles stops there,
# not at the end of the window.
TOKENS_PER_NUMBER = 96
TOKENS_PER_DECISION = 64
ANSWER_FLOOR = 256
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PROBE_TIMEOUT = 5.0

_OVERFLOW = re.compile(
    r"context.{0,20}(length|window|size)|maximum context|too many tokens|n_ctx|"
    r"prompt is too long|exceeds? the (model'?s? )?(maximum|limit)|reduce the length",
    re.IGNORECASE,
)


def estimate_tokens(text: str) -> int:
    """A safe-side token count of a text (see the module docstring)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def is_overflow(message: str) -> bool:
    """True when an HTTP 400's message says the request did not fit the context window
    ("maximum context length is 8192 tokens", "Requested tokens exceed context window")."""
    return bool(_OVERFLOW.search(message))


@dataclass(frozen=True)
class Budget:
    """How much of a note one request may carry, and how long its answer may be."""

    chunk_chars: int
    max_tokens: int
    window: int | None = None

    def answer_tokens(self, text: str) -> int:
        """`max_tokens` for extracting the facts of `text` under this budget: what its
        numbers can need, within the window's share. A part cut off at that cap is halved
        (each half needs less), as one cut off at the window's share is."""
        return answer_cap(text, self.max_tokens)


def budget(config: LLMConfig, window: int | None, fixed_tokens: int) -> Budget:
    """The chunk size and answer length for a window, given the tokens every request spends
    on the system prompt, the page header and the schema (`fixed_tokens`). Without a window,
    the configured figures. Never below the configured minimum chunk."""
    if window is None:
        return Budget(config.max_chunk_chars, config.max_tokens)
    room = int(window * SAFETY) - fixed_tokens - REQUEST_OVERHEAD
    per_char = 1 / CHARS_PER_TOKEN + ANSWER_TOKENS_PER_CHAR
    chars = max(config.min_chunk_chars, min(config.max_chunk_chars, int(room / per_char)))
    prompt = math.ceil(chars / CHARS_PER_TOKEN)
    answer = max(256, min(config.max_tokens, room - prompt))
    return Budget(chars, answer, window)


def answer_cap(text: str, limit: int) -> int:
    """`max_tokens` for extracting the facts of `text`: what its numbers can need, never
    more than `limit` (the window's share)."""
    need = ANSWER_FLOOR + TOKENS_PER_NUMBER * len(_NUMBER.findall(text)) + len(text) // 10
    return min(limit, need)


def decisions_cap(candidates: int, limit: int) -> int:
    """`max_tokens` for the resolver's decisions on `candidates` candidates."""
    return min(limit, ANSWER_FLOOR + TOKENS_PER_DECISION * candidates)


def discover_window(config: LLMConfig) -> int | None:
    """The context window: `config.context_tokens`, else what the server reports, else None.
    Never raises: a server without these routes simply reports nothing."""
    if config.context_tokens:
        return config.context_tokens
    if not config.base_url or config.azure:
        return None
    headers = {"Authorization": f"Bearer {config.api_key or NO_KEY}"}
    base = config.base_url.rstrip("/")
    root = _root(base)
    try:
        with httpx.Client(timeout=_PROBE_TIMEOUT, follow_redirects=False,
                          headers=headers) as http:
            for url in dict.fromkeys([f"{root}/props", f"{base}/props"]):
                n = _props_window(_get_json(http, url))
                if n:
                    return n
            return _models_window(_get_json(http, f"{base}/models"), config.model)
    except Exception:  # a probe: any failure means "not reported"
        return None


def _root(base: str) -> str:
    """The server's root for a base URL ending in /v1 (where llama.cpp serves /props)."""
    parts = urlsplit(base)
    path = re.sub(r"/v1$", "", parts.path)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _get_json(http: Any, url: str) -> Any:
    try:
        r = http.get(url)
        return r.json() if r.status_code == 200 else None
    except Exception:
        return None


def _props_window(data: Any) -> int | None:
    if not isinstance(data, dict):
        return None
    settings = data.get("default_generation_settings")
    for source in (settings if isinstance(settings, dict) else {}, data):
        n = _positive(source.get("n_ctx"))
        if n:
            return n
    return None


_WINDOW_KEYS = ("max_model_len", "context_length", "context_window", "max_context_length",
                "n_ctx", "n_ctx_train")


def _models_window(data: Any, model: str) -> int | None:
    entries = data.get("data") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return None
    mine = [e for e in entries if isinstance(e, dict) and e.get("id") == model]
    for entry in mine or [e for e in entries if isinstance(e, dict)][:1]:
        meta = entry.get("meta")
        for where in (entry, meta if isinstance(meta, dict) else {}):
            for key in _WINDOW_KEYS:
                n = _positive(where.get(key))
                if n:
                    return n
    return None


def _positive(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) and v > 0 else None
