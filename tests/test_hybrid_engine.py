"""The hybrid engine end to end: rules and the LLM (the fake server) on the same document, the
rules alone whenever the LLM cannot be used, from the API and from the command line."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, Reply, answer, error, fact
from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import LLMConfig
from extractor.document import read_document
from extractor.engines.hybrid import HybridEngine
from extractor.facts import Fact, Result

TEXT = (
    "|\nRelated Party Transactions (Details Narrative)\n|12 Months Ended\nDec. 31, 2023\n|\n"
    "Revenues of , RMB34 and RMB6 were recorded from Harbor Lane for the years ended "
    "December 31, 2021, 2022 and 2023, respectively. Amounts due from Harbor Lane were RMB1,250 "
    "as of December 31, 2023.\n"
)


def doc(doc_id: str = "note") -> Any:
    return read_document(TEXT, doc_id)


def _at(needle: str, offset: int, length: int, **kw: Any) -> Fact:
    start = TEXT.index(needle) + offset
    return Fact(quote=needle, span=(start, start + length), unit="CNY", **kw)


RULES_FACTS = [
    _at("Revenues of , RMB34", 11, 0, label="Revenues", period="P12M/2021-12-31", blank=True),
    _at("RMB34 and RMB6", 3, 2, label="Revenues", period="P12M/2022-12-31", amount="34"),
    _at("RMB6 were", 3, 1, label="Revenues", period="P12M/2023-12-31", amount="6"),
    _at("RMB1,250 as of", 3, 5, label="Amounts due from", period="2023-12-31", amount="1250"),
]


class StubRules:
    """A rules engine with a fixed answer, so these tests pin the merge, not the rules."""

    name = "rules"

    def extract(self, d: Any) -> Result:
        return Result(doc_id=d.doc_id, engine="rules", facts=[f.model_copy() for f in RULES_FACTS])


def hybrid(config: LLMConfig) -> HybridEngine:
    """The hybrid in the extract role (the model finds facts itself; merged by span)."""
    return HybridEngine(config.model_copy(update={"llm_role": "extract"}), rules=StubRules())


def rules_facts() -> list[Fact]:
    return RULES_FACTS


def as_claims(facts: list[Fact], label: str = "LLM label") -> list[dict[str, Any]]:
    """What a model agreeing with the rules would answer."""
    return [
        fact(label, f.amount, f.quote, f.period, unit=f.unit, scale=f.scale, entity="Harbor Lane")
        for f in facts
    ]


def without_engines(facts: list[Fact]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.contract_dict().items() if k not in ("engines",)} for f in facts]


def test_agreed_facts_are_marked_by_both_engines_with_the_llm_label(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    rules = rules_facts()
    fake_llm.script(answer(as_claims(rules)))
    r = hybrid(llm_config).extract(doc())
    assert r.error is None and r.engine == "hybrid"
    assert len(r.facts) == len(rules)
    assert all(f.engines == ["llm", "rules"] for f in r.facts)
    assert {f.label for f in r.facts} == {"LLM label"}
    assert [f.span for f in r.facts] == [f.span for f in rules]
    assert r.prompt_version and r.usage is not None and r.usage.requests == 1


def test_the_rules_fill_in_what_the_llm_missed(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    rules = rules_facts()
    fake_llm.script(answer(as_claims([f for f in rules if not f.blank][:1])))
    r = hybrid(llm_config).extract(doc())
    assert len(r.facts) == len(rules)
    tags = [f.engines for f in r.facts]
    assert tags.count(["llm", "rules"]) == 1 and tags.count(["rules"]) == len(rules) - 1


def test_nothing_configured_warns_once_per_run_and_in_every_result(
    caplog: pytest.LogCaptureFixture,
):
    engine = hybrid(LLMConfig())
    with caplog.at_level(logging.WARNING, logger="extractor.engines.hybrid"):
        results = list(engine.extract_many([doc("a"), doc("b"), doc("c")]))
    said = [r for r in caplog.records if "rules alone" in r.getMessage()]
    assert len(said) == 1
    for r in results:
        assert r.error is None and r.usage is None
        assert without_engines(r.facts) == without_engines(rules_facts())
        assert any(w.code == "llm_unavailable" for w in r.warnings)


@pytest.mark.parametrize(
    ("replies", "code"),
    [
        ([error(500), error(500)], "llm_api_error"),
        ([error(429, retry_after="0.05"), error(429, retry_after="0.05")], "llm_rate_limited"),
        ([answer([fact("Revenues", "34000", "RMB34 and RMB6")])] * 3, "llm_invalid"),
    ],
    ids=["server-error", "rate-limited", "invalid-output"],
)
def test_a_failing_llm_leaves_the_rules_result_and_says_why(
    fake_llm: FakeOpenAI, llm_config: LLMConfig, replies: list[Reply], code: str
):
    fake_llm.script(*replies)
    r = hybrid(llm_config).extract(doc())
    assert r.error is None
    assert without_engines(r.facts) == without_engines(rules_facts())
    assert all(f.engines == ["rules"] for f in r.facts)
    reasons = [w for w in r.warnings if w.code == code]
    assert reasons and "rules engine alone" in reasons[0].message
    assert r.usage is not None and r.usage.requests == len(replies)


def test_a_timeout_leaves_the_rules_result(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.script(answer([], delay=0.8))
    config = llm_config.model_copy(update={"timeout": 0.2, "max_retries": 0})
    r = hybrid(config).extract(doc())
    assert r.error is None and len(r.facts) == len(rules_facts())
    assert any(w.code == "llm_timeout" for w in r.warnings)


def test_an_llm_fact_the_text_does_not_hold_never_reaches_the_output(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    invented = [fact("Revenues", "34000", "RMB34 and RMB6", "P12M/2022-12-31")]
    fake_llm.script(*[answer(invented)] * 3)
    r = hybrid(llm_config).extract(doc())
    assert "34000" not in {f.amount for f in r.facts}


def test_the_cli_runs_hybrid_against_an_endpoint(
    fake_llm: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    claims = as_claims(RULES_FACTS)
    fake_llm.responder = lambda request: answer(claims, prompt_tokens=500, completion_tokens=80)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, [
        "extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--engine", "hybrid",
        "--base-url", fake_llm.base_url, "--timeout", "2", "--concurrency", "2",
        "--no-cache", "-o", str(out), "--quiet", "--llm-role", "extract",
    ])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in records) == ["a", "b"]
    for rec in records:
        assert rec["engine"] == "hybrid" and rec["prompt_version"]
        assert rec["usage"]["requests"] == 1 and rec["usage"]["prompt_tokens"] == 500
        # Whatever the real rules engine finds today, each claim is in the output once,
        # confirmed by the rules or the LLM's alone.
        assert sorted(f["amount"] or "" for f in rec["facts"] if "llm" in f["engines"]) == [
            "", "1250", "34", "6"
        ]
    assert len(fake_llm.seen) == 2


def test_the_cli_llm_engine_without_an_endpoint_says_why_and_writes_no_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # The API gives each document an error record (test_llm_engine); the command stops before
    # the run, once, with the same reason.
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "a.txt"), "--engine", "llm", "-o", str(out), "-q"]
    )
    assert result.exit_code != 0
    assert "no LLM endpoint configured" in result.output
    assert not out.exists() or '"facts": [{' not in out.read_text(encoding="utf-8")
