"""The engine registry: what each engine is and how it runs, so that nothing compares names.

An engine is one module that declares `SPEC = EngineSpec(...)`:

- in this package: `extractor/engines/NAME.py` is found by its name, imported only when that
  engine is asked for (so the rules engine never loads the LLM stack);
- from another distribution: an entry point in the `extractor.engines` group that names its
  spec, in that distribution's pyproject.toml:

      [project.entry-points."extractor.engines"]
      myengine = "my_package.my_engine:SPEC"

The CLI, batch runner and eval consult the spec: `needs_endpoint` (configure an LLM endpoint
for it), `parallel` ("processes": a pure-Python engine that worker processes and Dask can run;
"threads": one instance in this process whose `extract_many` runs documents concurrently) and
`falls_back` (it still works when its endpoint does not, so an unavailable endpoint is not
fatal).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from extractor.config import LLMConfig
from extractor.errors import ConfigurationError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from extractor.engines import Engine

GROUP = "extractor.engines"
"""The entry-point group third-party engines register in."""

Parallelism = Literal["processes", "threads"]


@dataclass(frozen=True)
class EngineSpec:
    """What the rest of the package needs to know about an engine."""

    name: str
    factory: Callable[[LLMConfig | None], Engine]
    """Builds the engine; gets the LLM configuration (None when it needs no endpoint)."""
    summary: str = ""
    parallel: Parallelism = "processes"
    needs_endpoint: bool = False
    falls_back: bool = False


_NOT_ENGINES = {"registry"}


def _package_names() -> list[str]:
    """The engines of this package: its modules, by name (none is imported)."""
    import extractor.engines as package

    return sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name not in _NOT_ENGINES
    )


def _from_package(name: str) -> EngineSpec | None:
    if name not in _package_names():
        return None
    spec = getattr(importlib.import_module(f"extractor.engines.{name}"), "SPEC", None)
    return spec if isinstance(spec, EngineSpec) else None


def _entry_points() -> list[EntryPoint]:
    # importlib.metadata is imported only when an engine is not this package's: start-up of
    # the rules engine stays fast.
    from importlib.metadata import entry_points

    return list(entry_points(group=GROUP))


def _from_entry_points(name: str | None = None) -> list[EngineSpec]:
    found = []
    for ep in _entry_points():
        if name is not None and ep.name != name:
            continue
        spec = ep.load()
        if isinstance(spec, EngineSpec):
            found.append(spec)
    return found


def engine_names() -> list[str]:
    """Every engine there is: this package's, then those registered by entry point."""
    names = [n for n in _package_names() if _from_package(n) is not None]
    extra = sorted(ep.name for ep in _entry_points() if ep.name not in names)
    return [*names, *extra]


def engine_spec(name: str) -> EngineSpec:
    """The spec of the engine called `name`; ConfigurationError if there is none."""
    spec = _from_package(name)
    if spec is None:
        found = _from_entry_points(name)
        spec = found[0] if found else None
    if spec is None:
        raise ConfigurationError(
            f"unknown engine {name!r}: choose one of {', '.join(engine_names())}"
        )
    return spec


def make_engine(name: str, llm: LLMConfig | None = None) -> Engine:
    """A new instance of the engine called `name`; an endpoint-less engine gets no config."""
    spec = engine_spec(name)
    return spec.factory(llm if spec.needs_endpoint else None)
