"""A failure inside one sentence or table is a warning naming its place; the rest of the note
still comes out. The failures are injected (an engine function made to raise on a marker), as
no known text breaks the engine any more."""

from __future__ import annotations

from typing import Any

import pytest

import extractor
import extractor.tables
from extractor.contain import FAILURE_CODE, guarded
from extractor.facts import ExtractionWarning
from extractor.prose import reader

NOTE = (
    "Revenue was $5 million for the year ended December 31, 2021. "
    "The BOOM sentence held $7 million for the year ended December 31, 2021. "
    "Cost of revenue was $3 million for the year ended December 31, 2021.\n"
)
TABLE = "\n".join([
    "|",
    "WIDGETS (Tables)",
    "|12 Months Ended",
    "Dec. 31, 2022",
    "|SCHEDULE OF WIDGET RECEIVABLES",
    "|",
    "|December", "31,", "|",
    "|2021", "|", "|2022", "|",
    "|RMB", "|", "|RMB", "|",
    "|Widget receivables", "|", "|", "|1,000", "|", "|", "|1,200", "|",
    "|",
    "Depreciation expense was RMB4 million for the year ended December 31, 2022.",
])


def test_guarded_returns_the_work_or_the_fallback_with_a_warning() -> None:
    warnings: list[ExtractionWarning] = []
    assert guarded(warnings, "sentence", (3, 9), lambda: 42, 0) == 42
    assert warnings == []

    def boom() -> int:
        raise ValueError("bad token '3-5'")

    assert guarded(warnings, "sentence", (3, 9), boom, 0) == 0
    (w,) = warnings
    assert w.code == FAILURE_CODE and w.span == (3, 9)
    assert "sentence at characters 3-9" in w.message
    assert "ValueError: bad token '3-5'" in w.message


def test_failing_sentence_is_a_warning_and_the_other_sentences_come_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = reader.read_sentence

    def fragile(doc: Any, sent: Any, *args: Any) -> Any:
        if "BOOM" in sent.text:
            raise ZeroDivisionError("injected")
        return real(doc, sent, *args)

    monkeypatch.setattr(reader, "read_sentence", fragile)
    result = extractor.extract(NOTE)
    assert result.error is None
    assert sorted(f.amount for f in result.facts) == ["3", "5"]
    (w,) = [w for w in result.warnings if w.code == FAILURE_CODE]
    assert w.span is not None and "BOOM" in NOTE[w.span[0] : w.span[1]]
    assert "ZeroDivisionError: injected" in w.message


def test_failing_table_is_a_warning_and_the_prose_still_comes_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any) -> Any:
        raise KeyError("injected")

    monkeypatch.setattr(extractor.tables, "table_facts", broken)
    result = extractor.extract(TABLE)
    assert result.error is None
    assert [f.amount for f in result.facts] == ["4"]
    (w,) = [w for w in result.warnings if w.code == FAILURE_CODE]
    assert w.message.startswith("the table at characters")
    assert w.span is not None and "Widget receivables" in TABLE[w.span[0] : w.span[1]]


def test_failing_table_pass_leaves_the_prose_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import tables

    def broken(*args: Any) -> Any:
        raise RecursionError("injected")

    monkeypatch.setattr(tables, "extract_tables", broken)
    result = extractor.extract(NOTE)
    assert sorted(f.amount for f in result.facts) == ["3", "5", "7"]
    assert [w.message.split(":")[0] for w in result.warnings if w.code == FAILURE_CODE] == [
        f"the table pass at characters 0-{len(NOTE)} was skipped"
    ]


def test_a_failing_hybrid_merge_leaves_the_rules_facts(
    monkeypatch: pytest.MonkeyPatch, fake_llm: Any, llm_config: Any
) -> None:
    from fake_openai import answer

    from extractor.document import read_document
    from extractor.engines import hybrid

    def broken(*args: Any) -> Any:
        raise IndexError("injected")

    monkeypatch.setattr(hybrid, "merge_facts", broken)
    fake_llm.script(answer([]))
    config = llm_config.model_copy(update={"llm_role": "extract"})  # the role that merges
    result = hybrid.HybridEngine(config).extract(read_document(NOTE, "note"))
    assert result.error is None
    assert sorted(f.amount for f in result.facts) == ["3", "5", "7"]
    assert all(f.engines == ["rules"] for f in result.facts)
    (w,) = [w for w in result.warnings if w.code == FAILURE_CODE]
    assert "merge" in w.message and "IndexError: injected" in w.message
