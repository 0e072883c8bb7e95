"""LLM configuration: flags over environment, and the client each endpoint kind gets."""

from __future__ import annotations

import openai

from extractor.config import LLMConfig
from extractor.llm.client import build_openai
from extractor.llm.usage import UsageMeter


def test_flags_override_the_environment():
    env = {"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": "http://env/v1", "OPENAI_MODEL": "m-env"}
    config = LLMConfig.from_env(env, base_url="http://flag/v1", model=None, timeout=5.0)
    assert (config.api_key, config.base_url, config.model, config.timeout) == (
        "k", "http://flag/v1", "m-env", 5.0
    )
    assert LLMConfig.from_env({"EXTRACTOR_MODEL": "a", "OPENAI_MODEL": "b"}).model == "a"


def test_nothing_in_the_environment_means_not_configured():
    assert not LLMConfig.from_env({}).configured
    assert LLMConfig.from_env({"OPENAI_BASE_URL": "http://localhost:11434/v1"}).configured


def test_azure_is_read_from_its_own_variables_and_gets_the_azure_client():
    env = {"AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com", "AZURE_OPENAI_API_KEY": "az",
           "OPENAI_API_VERSION": "2024-10-21", "EXTRACTOR_MODEL": "my-deployment"}
    config = LLMConfig.from_env(env)
    assert config.azure and config.api_key == "az" and config.api_version == "2024-10-21"
    client = build_openai(config, UsageMeter())
    assert isinstance(client, openai.AzureOpenAI)
    assert "res.openai.azure.com" in str(client.base_url)


def test_a_local_server_needs_no_key():
    client = build_openai(LLMConfig(base_url="http://127.0.0.1:8000/v1"), UsageMeter())
    assert isinstance(client, openai.OpenAI) and not isinstance(client, openai.AzureOpenAI)
    assert str(client.base_url).startswith("http://127.0.0.1:8000/v1")
    assert client.max_retries == 3
