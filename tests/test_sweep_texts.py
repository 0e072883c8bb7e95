"""Every note text the repository holds goes through the rules engine with no engine failure
and no fact whose span or quote is false: the gold notes (top level; never gold/blind), the
test fixtures and the prompt's few-shot examples. A sweep, not a unit test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor
from extractor.contain import FAILURE_CODE

ROOT = Path(__file__).resolve().parents[1]


def repository_texts() -> list[tuple[str, str]]:
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("gold/*.txt"))]
    fixtures = ROOT / "tests" / "fixtures"
    found += [(str(p.relative_to(fixtures)), p.read_text(encoding="utf-8"))
              for p in sorted(fixtures.rglob("*.txt"))] if fixtures.is_dir() else []
    for p in sorted(ROOT.glob("prompts/examples/*.json")):
        found.append((p.name, json.loads(p.read_text(encoding="utf-8"))["text"]))
    return found


TEXTS = repository_texts()


def test_the_sweep_has_the_gold_notes() -> None:
    assert sum(name.endswith(".txt") for name, _ in TEXTS) >= 40


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_repository_text_has_no_engine_failure(name: str, text: str) -> None:
    result = extractor.extract(text, doc_id=name)
    assert result.error is None
    bad = [w.message for w in result.warnings if w.code in (FAILURE_CODE, "ungrounded")]
    assert not bad
    for f in result.facts:
        assert f.span is not None and f.quote in text
