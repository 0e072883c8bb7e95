"""An LLM endpoint with no server behind it: the commands stop at once with one line naming
it (the llm engine) or warn once and give the rules' facts (hybrid), instead of spending every
note's retries on it."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import LLMConfig
from extractor.llm.reach import unreachable

runner = CliRunner()
NOTE = "Revenues of RMB5 and RMB6 were recorded for the years ended December 31, 2022 and 2023.\n"


@contextmanager
def closed_port() -> Iterator[str]:
    """A base URL on 127.0.0.1 whose port is held but not listening: connections are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}/v1"


@contextmanager
def black_hole() -> Iterator[str]:
    """A base URL whose connections are never completed: a listening socket whose accept queue
    is full drops new connection attempts, as a firewall or a host that is gone does."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = server.getsockname()[1]
        queued: list[socket.socket] = []
        try:
            for _ in range(4):  # fill the queue (its length is the backlog plus one)
                c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                c.settimeout(0.3)
                try:
                    c.connect(("127.0.0.1", port))
                except OSError:
                    c.close()
                    break
                queued.append(c)
            yield f"http://127.0.0.1:{port}/v1"
        finally:
            for c in queued:
                c.close()


def notes(folder: Path, n: int = 2) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"n{i}.txt").write_text(NOTE, encoding="utf-8")
    return folder


def test_the_llm_engine_with_no_server_stops_before_the_run_naming_the_endpoint(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    with closed_port() as url:
        res = runner.invoke(app, ["extract", str(notes(tmp_path / "in")), "-o", str(out),
                                  "-e", "llm", "--base-url", url, "--model", "m"])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr  # not one error per note
    assert lines[0].startswith(f"error: engine 'llm' unavailable: cannot reach the LLM "
                               f"endpoint {url} (")
    assert "refused" in lines[0] and "--base-url" in lines[0]
    assert not out.exists() or out.read_text() == ""


def test_the_hybrid_engine_with_no_server_warns_once_and_gives_the_rules_facts(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    with closed_port() as url:
        res = runner.invoke(app, ["extract", str(notes(tmp_path / "in")), "-o", str(out),
                                  "-e", "hybrid", "--base-url", url, "--model", "m", "-q",
                                  "--no-cache"])
    assert res.exit_code == 0, res.output
    warned = [ln for ln in res.stderr.splitlines() if ln.startswith("warning: cannot reach")]
    assert len(warned) == 1 and "falls back to the rules" in warned[0]
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [len(r["facts"]) for r in recs] == [2, 2]
    assert all(r["facts"][0]["amount"] == "5" for r in recs)


def test_eval_with_the_llm_engine_and_no_server_stops_at_once(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "n.txt").write_text(NOTE, encoding="utf-8")
    (gold / "n.json").write_text(json.dumps({"doc_id": "n", "facts": []}), encoding="utf-8")
    with closed_port() as url:
        res = runner.invoke(app, ["eval", str(gold), "-e", "llm", "--base-url", url,
                                  "--model", "m"])
    assert res.exit_code == 2
    assert f"cannot reach the LLM endpoint {url}" in res.stderr
    assert "extracting" not in res.stderr  # stopped before running the engine


def test_an_address_that_never_completes_a_connection_is_unreachable_after_the_timeout() -> None:
    with black_hole() as url:
        problem = unreachable(LLMConfig(base_url=url), timeout=0.5)
    assert problem is not None
    assert f"cannot reach the LLM endpoint {url} (no connection within 0.5s)" in problem


def test_a_server_that_answers_anything_is_reachable(fake_llm) -> None:
    # The fake server answers 404 to GET /v1/models unless a page is set: still a server.
    assert unreachable(LLMConfig(base_url=fake_llm.base_url)) is None
    # Hosted endpoints (no base URL) are not probed: nothing is sent anywhere.
    assert unreachable(LLMConfig(api_key="k")) is None


def test_the_view_with_the_llm_engine_and_no_server_stops_at_once(tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    with closed_port() as url:
        res = runner.invoke(app, ["view", str(notes(tmp_path / "in")), "-o", str(out),
                                  "-e", "llm", "--base-url", url, "--model", "m"])
    assert res.exit_code == 2
    assert res.stderr.startswith(f"error: engine 'llm' unavailable: cannot reach the LLM "
                                 f"endpoint {url} (")
    assert not out.exists()
