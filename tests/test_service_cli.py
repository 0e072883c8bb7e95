"""`extractor serve` as a user starts it, and the settings it hands to worker processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")

from service_helpers import httpx

from extractor.service.config import ServiceConfig

SERVE = [sys.executable, "-c", "from extractor.cli import main; main()", "serve"]


def start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([*SERVE, *args], stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    deadline = time.monotonic() + 60
    for line in proc.stderr:  # uvicorn says where it listens once it is ready
        if m := re.search(r"running on (http://127\.0\.0\.1:\d+)", line):
            return proc, m.group(1)
        if time.monotonic() > deadline:
            break
    proc.kill()
    raise AssertionError(f"extractor serve did not start: {proc.wait()}")


def test_serve_binds_localhost_with_the_flags_and_the_token_from_the_environment() -> None:
    env = {**os.environ, "EXTRACTOR_SERVICE_TOKEN": "from-env"}
    proc, url = start(["--port", "0", "--max-mb", "0.001", "--log-level", "info"], env)
    try:
        with httpx.Client(base_url=url, timeout=30) as c:
            assert c.get("/v1/health").status_code == 200
            auth = {"Authorization": "Bearer from-env"}
            assert c.post("/v1/extract", json={"text": "Cash of $7 in 2024."}).status_code == 401
            ok = c.post("/v1/extract", json={"text": "Cash of $7 in 2024."}, headers=auth)
            assert ok.status_code == 200 and ok.json()["facts"][0]["amount"] == "7"
            big = c.post("/v1/extract", json={"text": "x" * 2000}, headers=auth)
            assert big.status_code == 413  # --max-mb 0.001 is 1,048 bytes
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_llm_without_an_endpoint() -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    res = subprocess.run([*SERVE, "--llm"], capture_output=True, text=True, env=env, timeout=60)
    assert res.returncode == 2 and "--llm needs an endpoint" in res.stderr


def test_the_settings_survive_the_trip_to_worker_processes() -> None:
    from extractor.config import LLMConfig

    config = ServiceConfig(max_bytes=123_456, timeout=7.5, concurrency=3, token="t",
                           llm=LLMConfig(base_url="http://127.0.0.1:9/v1", model="m"))
    back = ServiceConfig.from_env(config.to_env())
    assert (back.max_bytes, back.timeout, back.concurrency) == (123_456, 7.5, 3)
    assert back.token is not None and back.token.get_secret_value() == "t"
    assert back.llm is not None and (back.llm.base_url, back.llm.model) == (
        "http://127.0.0.1:9/v1", "m")
    assert ServiceConfig.from_env({}).llm is None  # LLM engines are off unless asked for
    assert ServiceConfig.from_env({"OPENAI_API_KEY": "k"}).llm is None


def test_serve_on_a_port_in_use_says_so_in_one_line_and_exits_2() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = subprocess.run([*SERVE, "--port", str(port)], capture_output=True, text=True,
                             timeout=60)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr  # no uvicorn start-up and shutdown lines around it
    assert lines[0].startswith(f"error: cannot listen on 127.0.0.1:{port}: address already in use")
    assert "--port 0" in lines[0]


def test_serve_names_an_address_this_machine_does_not_have() -> None:
    from extractor.service.command import listen_problem

    # 192.0.2.1 is TEST-NET-1 (RFC 5737): numeric, so nothing is looked up, and never local.
    problem = listen_problem("192.0.2.1", 8000)
    assert problem is not None and problem.startswith("cannot listen on 192.0.2.1:8000: ")
    assert "--port 0" not in problem  # the hint is for a port in use only
    assert listen_problem("127.0.0.1", 0) is None


def test_serve_with_llm_warns_when_no_server_answers_at_the_endpoint() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as closed, \
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        closed.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
        taken.bind(("127.0.0.1", 0))
        taken.listen()  # so that the command stops at the port, after the warning
        res = subprocess.run([*SERVE, "--llm", "--base-url", url, "--port",
                              str(taken.getsockname()[1])],
                             capture_output=True, text=True, timeout=60)
    warning, error = res.stderr.strip().splitlines()
    assert warning.startswith(f"warning: cannot reach the LLM endpoint {url} (")
    assert "answers 502" in warning
    assert error.startswith("error: cannot listen on") and res.returncode == 2
