"""LLM batches come out in input order although later documents answer first: the real openai
client and instructor against the fake server, with a responder that answers the later notes
faster."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from typing import Any

from fake_openai import FakeOpenAI, Reply, answer, fact, note_of
from typer.testing import CliRunner

from extractor.cli import app
from extractor.document import read_document
from extractor.facts import Result
from extractor.llm.pool import run_many

N = 8
runner = CliRunner()


def note(i: int) -> str:
    return f"Revenues of RMB{i + 1} were recorded for the year ended December 31, 2023.\n"


def slow_first(fake: FakeOpenAI, step: float = 0.08) -> list[tuple[float, int]]:
    """Answer note i after (N - i) * step seconds, so later notes finish first; returns the
    (finish time, note) pairs the server produced."""
    finished: list[tuple[float, int]] = []
    lock = threading.Lock()

    def respond(body: dict[str, Any]) -> Reply:
        text = note_of(body)
        i = int(re.search(r"RMB(\d+)", text).group(1)) - 1
        delay = (N - i) * step
        with lock:
            finished.append((time.monotonic() + delay, i))
        return answer([fact("Revenues", str(i + 1), f"RMB{i + 1}", "P12M/2023-12-31",
                            unit="CNY")], delay=delay)

    fake.responder = respond
    return finished


def write_notes(folder: Path) -> list[str]:
    folder.mkdir()
    for i in range(N):
        (folder / f"n{i}.txt").write_text(note(i), encoding="utf-8")
    return [f"n{i}" for i in range(N)]


def run_cli(folder: Path, out: Path, fake: FakeOpenAI, *extra: str) -> Any:
    return runner.invoke(app, [
        "extract", str(folder), "-o", str(out), "-e", "llm", "--base-url", fake.base_url,
        "--model", "fake", "--no-cache", "--concurrency", "4", "--timeout", "5", "-q", *extra,
    ], env={"OPENAI_API_KEY": "test-key"})


def test_llm_records_come_in_input_order_when_later_documents_answer_first(
    tmp_path: Path, fake_llm: FakeOpenAI
) -> None:
    finished = slow_first(fake_llm)
    ids = write_notes(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    res = run_cli(tmp_path / "in", out, fake_llm)
    assert res.exit_code == 0, res.output
    by_finish = [i for _, i in sorted(finished)]
    assert by_finish != sorted(by_finish)  # the server really did finish them out of order
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == ids
    assert [r["facts"][0]["amount"] for r in recs] == [str(i + 1) for i in range(N)]


def test_resume_of_an_llm_run_finishes_in_input_order(
    tmp_path: Path, fake_llm: FakeOpenAI
) -> None:
    slow_first(fake_llm, step=0.03)
    ids = write_notes(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert run_cli(tmp_path / "in", out, fake_llm).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")  # interrupted
    res = run_cli(tmp_path / "in", out, fake_llm, "--resume")
    assert res.exit_code == 0, res.output
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == ids


def test_run_many_yields_in_input_order_and_holds_a_bounded_window() -> None:
    started: list[int] = []
    in_flight = 0
    most = 0
    lock = threading.Lock()

    def extract(doc: Any) -> Result:
        nonlocal in_flight, most
        i = int(doc.doc_id)
        with lock:
            started.append(i)
            in_flight += 1
            most = max(most, in_flight)
        time.sleep(0.3 if i == 0 else 0.001)  # the first document is the slow one
        with lock:
            in_flight -= 1
        return Result(doc_id=doc.doc_id)

    taken = 0

    def docs() -> Any:
        nonlocal taken
        for i in range(40):
            taken += 1
            yield read_document("x", str(i))

    out = []
    for r in run_many(extract, docs(), workers=2):
        if r.doc_id == "0":
            held_while_first_was_slow = taken
        out.append(r.doc_id)
    assert out == [str(i) for i in range(40)]
    assert held_while_first_was_slow <= 4 * 2  # the window, not the whole input
    assert most <= 2


def test_the_hybrid_engine_keeps_input_order_too(
    tmp_path: Path, fake_llm: FakeOpenAI
) -> None:
    slow_first(fake_llm, step=0.05)
    ids = write_notes(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, [
        "extract", str(tmp_path / "in"), "-o", str(out), "-e", "hybrid", "--base-url",
        fake_llm.base_url, "--model", "fake", "--no-cache", "--concurrency", "4", "-q",
    ], env={"OPENAI_API_KEY": "test-key"})
    assert res.exit_code == 0, res.output
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == ids
