"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI

from extractor.config import LLMConfig


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    """A scripted OpenAI-compatible server on 127.0.0.1 (see tests/fake_openai.py)."""
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def llm_config(fake_llm: FakeOpenAI, tmp_path: Path) -> LLMConfig:
    """An LLM configuration pointing at the fake server: a 5 s timeout (tests of slow replies set
    their own, shorter one), one transport retry, two validation retries, no cache (tests that
    need it switch it on)."""
    return LLMConfig(
        model="fake-model",
        base_url=fake_llm.base_url,
        api_key="test-key",
        timeout=5.0,  # generous: a loaded CI machine must not turn a normal reply into a timeout
        max_retries=1,
        validation_retries=2,
        concurrency=2,
        cache_dir=tmp_path / "llm-cache",
        use_cache=False,
    )
