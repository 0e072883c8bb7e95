"""The engines. Each turns a Document into a Result; all share the fact model, grounding and
output. Each engine is one module here declaring its `SPEC` (see `registry`); a module is
imported only when its engine is asked for, so the rules engine starts without the LLM stack."""

from __future__ import annotations

from typing import Protocol

from extractor.config import LLMConfig
from extractor.document import Document
from extractor.engines.registry import EngineSpec, engine_names, engine_spec, make_engine
from extractor.facts import Result

__all__ = ["Engine", "EngineSpec", "engine_names", "engine_spec", "get_engine", "make_engine"]


class Engine(Protocol):
    """Turns a document into a Result. An engine may also offer `extract_many(docs)` (run
    documents concurrently, yield results in completion order) and `unavailable` (why its
    endpoint cannot be used, or None)."""

    name: str

    def extract(self, doc: Document) -> Result: ...


def get_engine(name: str, llm: LLMConfig | None = None) -> Engine:
    """The engine called `name` ("rules", "llm", "hybrid" or a registered one)."""
    return make_engine(name, llm)
