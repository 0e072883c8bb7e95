"""The engines. Each turns a Document into a Result; all share the fact model, grounding and
output. The LLM stack is imported only when an LLM engine is asked for, so the rules engine
starts fast."""

from __future__ import annotations

from typing import Protocol

from extractor.config import LLMConfig
from extractor.document import Document
from extractor.errors import ConfigurationError
from extractor.facts import Result

ENGINES = ("rules", "llm", "hybrid")


class Engine(Protocol):
    name: str

    def extract(self, doc: Document) -> Result: ...


def get_engine(name: str, llm: LLMConfig | None = None) -> Engine:
    """The engine called `name` ("rules", "llm" or "hybrid"); ConfigurationError (a ValueError)
    for any other name."""
    if name == "rules":
        from extractor.engines.rules import RulesEngine

        return RulesEngine()
    if name == "llm":
        from extractor.engines.llm import LLMEngine

        return LLMEngine(llm or LLMConfig.from_env())
    if name == "hybrid":
        from extractor.engines.hybrid import HybridEngine

        return HybridEngine(llm or LLMConfig.from_env())
    raise ConfigurationError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
