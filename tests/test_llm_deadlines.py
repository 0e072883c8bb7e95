"""Hostile endpoints: a server that trickles its answer one byte at a time is stopped by the
overall deadline (in-process and in a CLI run stopped by one SIGTERM), a redirect to another
server is not followed, and a long Retry-After is reported as what it was. The real openai
client and instructor against the fake server on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from fake_openai import FakeOpenAI, answer, error, redirect, trickling

from extractor.config import LLMConfig
from extractor.document import read_document
from extractor.engines.llm import LLMEngine

TEXT = "Revenues were RMB1,250 for the year ended December 31, 2023.\n"
GOOD = [{"label": "Revenues", "entity": None, "period": "P12M/2023-12-31", "amount": "1250",
         "amount_max": None, "scale": 0, "unit": "CNY", "blank": False,
         "quote": "Revenues were RMB1,250", "before_slot": None}]


def wait_for_request(fake: FakeOpenAI, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not fake.seen:
        assert time.monotonic() < end, "the request never reached the server"
        time.sleep(0.02)


def test_a_trickling_answer_is_stopped_by_the_overall_deadline(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    # One byte every 0.3 s: no single read waits the 1.5 s timeout, the whole answer
    # would take minutes.
    config = llm_config.model_copy(update={"timeout": 1.5, "max_retries": 0})
    engine = LLMEngine(config)
    fake_llm.script(answer([]), trickling(0.3))
    engine.extract(read_document(TEXT, "warm"))  # imports done before the clock starts
    started = time.monotonic()
    r = engine.extract(read_document(TEXT, "note"))
    assert r.error is not None and "did not answer within 1.5s" in r.error
    assert "1 request, not retried" in r.error
    assert time.monotonic() - started < 10  # the reply alone would take minutes
    assert len(fake_llm.seen) == 2


def test_cancel_ends_a_request_in_flight(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    config = llm_config.model_copy(update={"timeout": 120.0, "max_retries": 3})
    engine = LLMEngine(config)
    fake_llm.script(trickling(0.3))
    results = []
    worker = threading.Thread(target=lambda: results.append(engine.extract(
        read_document(TEXT, "note"))), daemon=True)
    worker.start()
    wait_for_request(fake_llm)
    assert engine.extractor is not None
    engine.extractor.cancel.set()
    worker.join(10)
    assert not worker.is_alive()
    (r,) = results
    assert r.error is not None and "interrupted" in r.error
    assert len(fake_llm.seen) == 1  # nothing retried after the cancel


def test_one_sigterm_stops_a_cli_run_mid_request(fake_llm: FakeOpenAI, tmp_path: Path):
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    fake_llm.script(trickling(0.3))
    env = {**os.environ, "OPENAI_API_KEY": "test-key", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(note), "--engine", "llm",
         "--base-url", fake_llm.base_url, "--model", "fake", "--timeout", "300", "--no-cache",
         "-o", str(tmp_path / "out.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )
    try:
        wait_for_request(fake_llm)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=15)  # one signal; the answer would take minutes
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert len(fake_llm.seen) == 1


def test_a_redirect_to_another_server_is_not_followed(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    with FakeOpenAI() as elsewhere:
        elsewhere.script(answer(GOOD))
        fake_llm.script(redirect(f"{elsewhere.base_url}/chat/completions"))
        r = LLMEngine(llm_config).extract(read_document(TEXT, "note"))
        assert elsewhere.seen == []  # the note never reached the other server
    assert r.error is not None and "redirect (HTTP 307)" in r.error
    assert "not followed" in r.error
    assert len(fake_llm.seen) == 1


def test_a_long_retry_after_is_reported_as_one_request_not_as_retries(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    config = llm_config.model_copy(update={"max_retries": 3})
    fake_llm.script(error(429, retry_after="100000"))
    r = LLMEngine(config).extract(read_document(TEXT, "note"))
    assert r.error is not None and "rate-limited" in r.error
    assert "1 request, not retried" in r.error and "100000s" in r.error
    assert "3 retries" not in r.error
    assert len(fake_llm.seen) == 1


def test_retries_say_how_many_requests_were_sent(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    config = llm_config.model_copy(update={"max_retries": 2})
    fake_llm.script(error(500), error(502), error(503))
    r = LLMEngine(config).extract(read_document(TEXT, "note"))
    assert r.error is not None and "HTTP 503 (3 requests (2 retries)" in r.error
