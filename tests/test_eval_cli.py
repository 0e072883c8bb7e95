"""The eval command end to end (CliRunner): gates, prediction files, baseline, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import fact, write_gold, write_pred
from typer.testing import CliRunner

from extractor.cli import app

TEXT_A = "Revenues of $10 and cost of $7 in 2021; tax of $3 and fees of $1. Sales were and $5."
GOLD_A = [
    fact("Revenues", "10", span=(13, 15), quote="Revenues of $10"),
    fact("Cost", "7", span=(29, 30), quote="cost of $7"),
    fact("Tax", "3", span=(48, 49), quote="tax of $3"),
    fact("Fees", "1", span=(63, 64), quote="fees of $1"),
    fact("Sales", blank=True, span=(77, 77), quote="Sales were and"),
]
TEXT_B = "Loans of $900 were repaid."
GOLD_B = [fact("Loans", "900", span=(10, 13), quote="Loans of $900")]


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    write_gold(folder, "a", TEXT_A, GOLD_A)
    write_gold(folder, "b", TEXT_B, GOLD_B)
    return folder


def run(*args: str | Path) -> object:
    return CliRunner().invoke(app, ["eval", *[str(a) for a in args]])


def test_perfect_predictions_exit_zero_and_report_one(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A, "b": GOLD_B})
    out = tmp_path / "r.json"
    result = run(gold_dir, "--pred", pred, "--json", out, "--min-f1", "1", "--min-blank-f1", "1")
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["overall"]["f1"] == 1.0
    assert report["blank"]["f1"] == 1.0
    assert report["strict"]["f1"] == 1.0
    assert report["engine"] == "test"
    assert report["errors"] == []


def test_min_f1_gate_exits_one_with_a_message(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A[:2], "b": GOLD_B})  # 3 of 6 found
    result = run(gold_dir, "--pred", pred, "--min-f1", "0.9")
    assert result.exit_code == 1
    assert "F1 0.6667 is below the bar 0.9000" in result.stderr
    assert run(gold_dir, "--pred", pred, "--min-f1", "0.6").exit_code == 0


def test_min_blank_f1_gate(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A[:4], "b": GOLD_B})  # the blank missed
    result = run(gold_dir, "--pred", pred, "--min-f1", "0.5", "--min-blank-f1", "0.5")
    assert result.exit_code == 1
    assert "blank F1 0.0000 is below" in result.stderr


def test_a_bar_outside_zero_to_one_is_refused(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A})
    result = run(gold_dir, "--pred", pred, "--min-f1", "85")
    assert result.exit_code == 2
    assert "between 0 and 1" in result.output


def test_pred_with_a_missing_document_counts_its_facts_as_misses(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A, "stranger": GOLD_B})
    out = tmp_path / "r.json"
    result = run(gold_dir, "--pred", pred, "--json", out)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    doc_b = next(d for d in report["documents"] if d["doc_id"] == "b")
    assert doc_b["overall"]["fn"] == 1 and doc_b["overall"]["tp"] == 0
    assert doc_b["error"] == "no prediction for this document"
    assert report["overall"]["fn"] == 1 and report["overall"]["fp"] == 0
    assert any("no gold document: 'stranger'" in n for n in report["notes"])
    assert [e["kind"] for e in report["errors"]] == ["miss"]


def test_bad_prediction_lines_are_noted_and_the_rest_scored(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A, "b": GOLD_B})
    pred.write_text("not json\n" + pred.read_text())
    out = tmp_path / "r.json"
    assert run(gold_dir, "--pred", pred, "--json", out).exit_code == 0
    report = json.loads(out.read_text())
    assert report["overall"]["f1"] == 1.0
    assert any("line 1" in n and "not JSON" in n for n in report["notes"])


def test_missing_gold_folder_is_a_clear_error(tmp_path: Path):
    result = run(tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_empty_gold_folder_is_a_clear_error(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.txt").write_text("Revenues of $5.")  # text without labels
    result = run(tmp_path / "empty")
    assert result.exit_code == 2
    assert "no labelled document" in result.stderr


def test_a_text_without_gold_is_skipped_with_a_note(gold_dir: Path, tmp_path: Path):
    (gold_dir / "c.txt").write_text("Unlabelled $1.")
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A, "b": GOLD_B})
    out = tmp_path / "r.json"
    assert run(gold_dir, "--pred", pred, "--json", out).exit_code == 0
    report = json.loads(out.read_text())
    assert report["documents_scored"] == 2
    assert any("c.txt" in n and "not labelled" in n for n in report["notes"])


def test_foreign_gold_without_spans_and_with_loose_amounts_still_scores(tmp_path: Path):
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "x.txt").write_text("Loans of RMB1,400 to Jingu.")
    (folder / "x.json").write_text(json.dumps({"doc_id": "x", "facts": [
        {"label": "Loans", "entity": "Jingu", "period": None, "amount": "1,400", "scale": 0,
         "unit": "CNY", "blank": False, "quote": "Loans of RMB1,400", "reviewer": "kim"},
        {"label": "Loans", "entity": "Jingu", "period": None, "amount": 1400, "unit": "CNY",
         "quote": "RMB1,400"},
    ]}))
    pred = write_pred(tmp_path / "p.jsonl", {"x": [
        fact("Loans", "1400.00", period=None, entity="Jingu", unit="CNY", span=(12, 17)),
        fact("Loans", "1400", period=None, entity="Jingu", unit="CNY", span=(12, 17)),
    ]})
    out = tmp_path / "r.json"
    assert run(folder, "--pred", pred, "--json", out).exit_code == 0
    report = json.loads(out.read_text())
    assert report["overall"]["tp"] == 2 and report["overall"]["f1"] == 1.0
    assert any("coerced" in n for n in report["notes"])


def test_errors_flag_limits_printing_but_json_keeps_all(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": [fact("Bogus", "99")], "b": []})
    out = tmp_path / "r.json"
    result = run(gold_dir, "--pred", pred, "--json", out, "--errors", "1")
    assert result.exit_code == 0
    assert "Errors: 1 of 7" in result.stdout
    assert len(json.loads(out.read_text())["errors"]) == 7
    quiet = run(gold_dir, "--pred", pred, "--errors", "0")
    assert "MISS" not in quiet.stdout and "EXTRA" not in quiet.stdout


def test_markdown_report_is_written(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A[:3], "b": GOLD_B})
    md = tmp_path / "r.md"
    assert run(gold_dir, "--pred", pred, "--markdown", md).exit_code == 0
    text = md.read_text()
    assert "| all facts | 4 | 0 | 2 |" in text
    assert "MISS" in text and "Fees" in text


def test_baseline_lists_facts_newly_right_and_newly_wrong(gold_dir: Path, tmp_path: Path):
    old_pred = write_pred(tmp_path / "old.jsonl", {"a": GOLD_A[:3], "b": GOLD_B})
    new_pred = write_pred(tmp_path / "new.jsonl", {"a": [*GOLD_A[1:4], fact("Bogus", "99")],
                                                   "b": GOLD_B})
    old = tmp_path / "old.json"
    assert run(gold_dir, "--pred", old_pred, "--json", old).exit_code == 0
    new = tmp_path / "new.json"
    result = run(gold_dir, "--pred", new_pred, "--json", new, "--baseline", old)
    assert result.exit_code == 0, result.output
    diff = json.loads(new.read_text())["baseline"]
    changes = {(c["change"], c["kind"], c["fact"]["label"]) for c in diff["changes"]}
    assert changes == {
        ("newly right", "gold", "Fees"),
        ("newly wrong", "gold", "Revenues"),
        ("newly wrong", "extra", "Bogus"),
    }
    assert "Since the baseline" in result.stdout


def test_a_baseline_that_is_not_a_report_is_refused(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A})
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    result = run(gold_dir, "--pred", pred, "--baseline", bad)
    assert result.exit_code == 2
    assert "not a report" in result.stderr


def test_the_rules_engine_runs_on_the_gold_texts(gold_dir: Path, tmp_path: Path):
    out = tmp_path / "r.json"
    result = run(gold_dir, "--engine", "rules", "--json", out)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["engine"] == "rules"
    assert {d["doc_id"] for d in report["documents"]} == {"a", "b"}
    assert report["overall"]["tp"] + report["overall"]["fn"] == len(GOLD_A) + len(GOLD_B)


def test_an_unknown_engine_is_a_clear_error(gold_dir: Path):
    result = run(gold_dir, "--engine", "magic")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: unknown engine 'magic': choose one of hybrid, llm, rules"]  # before "extracting"


class _BrokenEngine:
    name = "broken"

    def extract(self, doc):
        raise RuntimeError("no endpoint configured")


def test_when_no_document_gets_a_prediction_the_run_fails(gold_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    import extractor.engines

    monkeypatch.setattr(extractor.engines, "get_engine", lambda name, llm=None: _BrokenEngine())
    out = tmp_path / "r.json"
    result = run(gold_dir, "--engine", "llm", "--json", out)
    assert result.exit_code == 2
    assert "no document has a usable prediction" in result.stderr
    assert "no endpoint configured" in result.stderr
    assert json.loads(out.read_text())["documents_failed"] == 2  # the report is still written


def test_some_failed_documents_give_a_warning_but_still_score(gold_dir: Path, tmp_path: Path):
    pred = write_pred(tmp_path / "p.jsonl", {"a": GOLD_A})
    result = run(gold_dir, "--pred", pred)
    assert result.exit_code == 0
    assert "1 of 2 documents have no usable prediction" in result.stderr


def test_the_llm_engine_is_scored_with_its_usage_and_prompt_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from fake_openai import FakeOpenAI, answer
    from fake_openai import fact as llm_fact

    text = ("|\nRelated Party Transactions (Details Narrative)\n|12 Months Ended\nDec. 31, 2023\n"
            "|\nAmounts due from Harbor Lane were RMB1,250 as of December 31, 2023.\n")
    gold = [fact("Amounts due from", "1250", period="2023-12-31", unit="CNY",
                 entity="Harbor Lane", quote="Harbor Lane were RMB1,250")]
    write_gold(tmp_path / "gold", "note", text, gold)
    for var in ("OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "EXTRACTOR_MODEL", "OPENAI_MODEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    out = tmp_path / "r.json"
    with FakeOpenAI() as fake:
        fake.script(answer([llm_fact("Amounts due from", "1250", "Harbor Lane were RMB1,250",
                                     "2023-12-31", unit="CNY", entity="Harbor Lane")],
                           prompt_tokens=321, completion_tokens=45))
        result = run(tmp_path / "gold", "--engine", "llm", "--base-url", fake.base_url,
                     "--model", "fake-model", "--no-cache", "--timeout", "5", "--json", out)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["engine"] == "llm" and report["prompt_version"]
    assert report["overall"]["f1"] == 1.0
    assert (report["usage"]["requests"], report["usage"]["prompt_tokens"],
            report["usage"]["completion_tokens"]) == (1, 321, 45)
    assert report["documents"][0]["usage"]["prompt_tokens"] == 321
    assert "321" in result.stdout  # the usage columns of the terminal table
