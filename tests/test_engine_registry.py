"""The engine registry: engines declare how they run, and a third-party one plugs in by entry
point without any change to this package."""

from __future__ import annotations

import importlib
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.engines import engine_names, engine_spec, get_engine
from extractor.errors import ConfigurationError, ExtractorError

TOY_ENGINE = '''
from extractor.engines.registry import EngineSpec
from extractor.facts import Result


class ToyEngine:
    """Reports no facts, and says so in a warning-free result."""

    name = "toy"

    def extract(self, doc):
        return Result(doc_id=doc.doc_id, source=doc.source, engine=self.name, facts=[])


SPEC = EngineSpec(name="toy", factory=lambda _llm: ToyEngine(), summary="a test engine")
'''


@pytest.fixture
def toy_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A distribution installed on sys.path for this test only, registering engine "toy"."""
    (tmp_path / "toy_engine_mod.py").write_text(TOY_ENGINE)
    info = tmp_path / "toy_engine-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-engine\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [extractor.engines]
            toy = toy_engine_mod:SPEC
        """)
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    yield "toy"
    sys.modules.pop("toy_engine_mod", None)


def test_built_in_engines_declare_how_they_run() -> None:
    rules, llm, hybrid = engine_spec("rules"), engine_spec("llm"), engine_spec("hybrid")
    assert (rules.parallel, rules.needs_endpoint, rules.falls_back) == ("processes", False, False)
    assert (llm.parallel, llm.needs_endpoint, llm.falls_back) == ("threads", True, False)
    assert (hybrid.parallel, hybrid.needs_endpoint, hybrid.falls_back) == ("threads", True, True)
    assert {"rules", "llm", "hybrid"} <= set(engine_names())


def test_an_unknown_engine_is_a_configuration_error_naming_the_choices() -> None:
    with pytest.raises(ConfigurationError, match=r"unknown engine 'nope'.*rules") as e:
        get_engine("nope")
    assert isinstance(e.value, ExtractorError) and isinstance(e.value, ValueError)


def test_a_third_party_engine_plugs_in_through_an_entry_point(toy_engine: str) -> None:
    assert toy_engine in engine_names()
    result = extractor.extract("Revenues of RMB5 were recorded in 2021.", engine=toy_engine)
    assert (result.engine, result.facts) == ("toy", [])


def test_the_cli_runs_a_registered_engine(toy_engine: str, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Revenues of RMB5 were recorded in 2021.\n")
    out = tmp_path / "out.jsonl"
    run = CliRunner().invoke(app, ["extract", str(note), "-e", toy_engine, "-o", str(out), "-q"])
    assert run.exit_code == 0, run.output
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (record["engine"], record["facts"]) == ("toy", [])


def test_the_cli_rejects_an_unknown_engine_with_one_line(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Revenues of RMB5 were recorded in 2021.\n")
    run = CliRunner().invoke(app, ["extract", str(note), "-e", "nope", "-q"])
    assert run.exit_code == 2
    assert "unknown engine 'nope'" in run.output
