"""Error listing with context, engine running through extract_many, report views."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from eval_helpers import fact, write_gold

import extractor.engines
from extractor.document import Document
from extractor.evaluation.inputs import evaluate, load_gold, read_fact, run_engine
from extractor.evaluation.metrics import score_all, score_document
from extractor.evaluation.report import build_report, context, gate_failures, render_markdown
from extractor.facts import Result, Usage

TEXT = "The Company received RMB1,400 in cash from Jingu in January 2021. Revenues were and RMB5."


def test_context_marks_the_span_and_shows_the_text_around_it():
    f = fact("Repayments", "1400", span=(24, 29))
    shown = context(TEXT, f, chars=10)
    assert shown == "…ceived RMB«1,400» in cash f…"


def test_context_falls_back_to_the_quote_when_the_span_is_missing_or_outside():
    f = fact("Revenues", blank=True, quote="were and", span=(500, 500))
    assert context(TEXT, f, chars=5) is not None
    assert "«were and»" in context(TEXT, f, chars=5)
    assert context(TEXT, fact("X", "1", quote="absent words")) is None


def test_context_shows_line_breaks():
    text = "Revenues\n|10\n|20"
    assert context(text, fact("Revenues", "10", span=(10, 12)), chars=3) == "…s ⏎ |«10» ⏎ |2…"


def test_errors_list_misses_extras_and_disagreements_in_text_order():
    gold = [fact("Repayments", "1400", entity="Jingu", unit="CNY", span=(24, 29)),
            fact("Revenues", blank=True, unit="CNY", span=(79, 79), quote="were and")]
    pred = [fact("Received", "1400", entity="Jingu", unit="USD", span=(24, 29)),
            fact("Revenues", "5", unit="CNY", span=(87, 88))]
    report = build_report(score_all([score_document("d", gold, pred, text=TEXT)]), engine="t")
    kinds = [e["kind"] for e in report["errors"]]
    assert kinds == ["disagree", "miss", "extra"]
    disagree = report["errors"][0]
    assert disagree["fields"] == {"unit": {"gold": "CNY", "pred": "USD"},
                                  "label": {"gold": "Repayments", "pred": "Received"}}
    assert "«1,400»" in disagree["context"]
    assert report["documents"][0]["gold"][0]["status"] == "partly"
    assert report["documents"][0]["gold"][1]["status"] == "missed"


def test_markdown_lists_errors_up_to_the_limit():
    gold = [fact("A", str(k)) for k in range(1, 6)]
    report = build_report(score_all([score_document("d", gold, [])]), engine="t")
    md = render_markdown(report, errors=2)
    assert "Errors (2 of 5)" in md
    assert md.count("MISS") == 2
    assert "Errors" not in render_markdown(report, errors=0)


def test_an_undefined_blank_f1_fails_a_blank_bar_with_a_reason():
    report = build_report(score_all([score_document("d", [fact("A", "1")], [fact("A", "1")])]),
                          engine="t")
    assert gate_failures(report, 0.5, None) == []
    [failure] = gate_failures(report, None, 0.5)
    assert "undefined" in failure


def test_a_lenient_fact_that_cannot_be_coerced_is_kept_as_written():
    f, note = read_fact({"label": "Loans", "amount": "about 5", "period": "FY2021",
                         "quote": "about 5"}, "x")
    assert note is not None and "scored as written" in note
    assert f.amount == "about 5" and f.period == "FY2021"


class _FakeEngine:
    """Answers from a table of facts; records how it was called; fails on one document."""

    name = "fake"

    def __init__(self, answers: dict[str, list], fail: str | None = None) -> None:
        self.answers = answers
        self.fail = fail
        self.batches: list[list[str]] = []

    def extract(self, doc: Document) -> Result:
        if doc.doc_id == self.fail:
            raise RuntimeError("endpoint down")
        return Result(doc_id=doc.doc_id, engine=self.name, facts=self.answers[doc.doc_id],
                      usage=Usage(requests=1, prompt_tokens=10, completion_tokens=2))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Result]:
        docs = list(docs)
        self.batches.append([d.doc_id for d in docs])
        for d in docs:
            if d.doc_id != self.fail:
                yield self.extract(d)


@pytest.fixture
def two_docs(tmp_path: Path) -> Path:
    write_gold(tmp_path, "a", "Loans of $5.", [fact("Loans", "5", span=(10, 11))])
    write_gold(tmp_path, "b", "Fees of $7.", [fact("Fees", "7", span=(9, 10))])
    return tmp_path


def test_run_engine_uses_extract_many_once_for_all_documents(two_docs, monkeypatch):
    engine = _FakeEngine({"a": [fact("Loans", "5")], "b": [fact("Fees", "7")]})
    monkeypatch.setattr(extractor.engines, "get_engine", lambda name, llm=None: engine)
    gold = load_gold(two_docs)
    preds = run_engine(gold.items, "fake")
    assert engine.batches == [["a", "b"]]
    scores = evaluate(gold.items, preds.items)
    assert scores.counts.f1 == 1.0
    assert scores.usage is not None and scores.usage.requests == 2


def test_a_document_the_engine_fails_on_is_reported_and_the_others_scored(two_docs, monkeypatch):
    engine = _FakeEngine({"a": [fact("Loans", "5")], "b": [fact("Fees", "7")]}, fail="b")
    monkeypatch.setattr(extractor.engines, "get_engine", lambda name, llm=None: engine)
    gold = load_gold(two_docs)
    scores = evaluate(gold.items, run_engine(gold.items, "fake").items)
    by_id = {d.doc_id: d for d in scores.documents}
    assert by_id["a"].counts.f1 == 1.0
    assert by_id["b"].error is not None and "endpoint down" in by_id["b"].error
    assert by_id["b"].counts.fn == 1
