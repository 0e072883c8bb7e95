"""The service through a real uvicorn on 127.0.0.1 and a real HTTP client: the same facts as
the CLI, clear errors with their status codes, the body limit, concurrency, and no file ever
opened because a client named it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")
pytest.importorskip("uvicorn", reason="the service extra is not installed")

from fake_openai import FakeOpenAI, Reply, answer, error, fact
from service_helpers import httpx, serving
from typer.testing import CliRunner

from extractor.cli import app as cli
from extractor.config import LLMConfig
from extractor.service.config import ServiceConfig

GOLD = Path(__file__).resolve().parents[1] / "gold"
SEED = sorted(GOLD.glob("000_*.txt"))[0]
SENTENCE = ("Revenues of RMB5 and RMB6 were recorded for the years ended December 31, 2022 and "
            "2023, respectively.")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serving(ServiceConfig(max_bytes=64 * 1024, concurrency=2)) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as c:
        yield c


def cli_facts(path: Path) -> list[dict]:
    res = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl", "-q"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout.splitlines()[0])["facts"]


def test_facts_from_the_service_equal_the_cli_on_a_seed(client: httpx.Client) -> None:
    expected = cli_facts(SEED)
    assert expected
    r = client.post("/v1/extract", json={"text": SEED.read_text("utf-8"), "doc_id": SEED.stem})
    assert r.status_code == 200
    body = r.json()
    assert body["doc_id"] == SEED.stem and body["engine"] == "rules"
    assert body["facts"] == expected


def test_an_uploaded_file_gives_the_same_facts_named_after_the_file(client: httpx.Client):
    r = client.post("/v1/extract", files={"file": (SEED.name, SEED.read_bytes(), "text/plain")})
    assert r.status_code == 200
    assert r.json()["doc_id"] == SEED.stem
    assert r.json()["facts"] == cli_facts(SEED)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b'{"text": ', 400, "bad_input"),
        (b"\xff\xfe not json", 400, "bad_input"),
        (b'{"text": "   "}', 400, "bad_input"),
        (b'{"text": "RMB5", "engine": "no-such-engine"}', 400, "bad_input"),
        (b"{}", 422, "schema"),
        (b'{"text": 5}', 422, "schema"),
        (b'["RMB5"]', 422, "schema"),
    ],
)
def test_a_bad_body_gets_a_json_error_with_its_status(client: httpx.Client, body: bytes,
                                                      status: int, code: str) -> None:
    r = client.post("/v1/extract", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status
    err = r.json()["error"]
    assert (err["status"], err["code"]) == (status, code)
    assert err["message"]


def test_neither_json_nor_a_multipart_upload_is_415(client: httpx.Client) -> None:
    r = client.post("/v1/extract", content=b"text=RMB5",
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"


def test_a_body_over_the_limit_is_413_whether_its_length_is_declared_or_not(
    client: httpx.Client,
) -> None:
    big = json.dumps({"text": "RMB5 " * 20_000}).encode()  # ~100 KB, the limit is 64 KiB
    r = client.post("/v1/extract", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts the bytes
        for i in range(0, len(big), 8192):
            yield big[i : i + 8192]

    r = client.post("/v1/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    upload = client.post("/v1/extract", files={"file": ("big.txt", b"RMB5 " * 20_000)})
    assert upload.status_code == 413
    # and a body under the limit still goes through on the same server
    assert client.post("/v1/extract", json={"text": SENTENCE}).status_code == 200


def test_twenty_concurrent_requests_all_answer_with_their_own_facts(base_url: str) -> None:
    def one(i: int) -> tuple[int, str, list[str]]:
        text = SENTENCE.replace("RMB5", f"RMB{i + 100}")
        with httpx.Client(base_url=base_url, timeout=60) as c:
            r = c.post("/v1/extract", json={"text": text, "doc_id": f"d{i}"})
        return r.status_code, r.json()["doc_id"], [f["amount"] for f in r.json()["facts"]]

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(one, range(20)))
    assert answers == [(200, f"d{i}", [str(i + 100), "6"]) for i in range(20)]


def test_a_path_given_by_a_client_is_text_and_never_opened(client: httpx.Client,
                                                           tmp_path: Path) -> None:
    secret = tmp_path / "note.txt"
    secret.write_text(SENTENCE, encoding="utf-8")  # a file the server could read: 2 facts
    r = client.post("/v1/extract", json={"text": str(secret)})
    assert r.status_code == 200  # every fact (the path may hold digits) comes from the path
    assert all(f["quote"] in str(secret) for f in r.json()["facts"])
    assert "Revenues" not in r.text
    r = client.post("/v1/extract", json={"text": "/etc/passwd"})
    assert r.status_code == 200 and "root" not in r.text
    r = client.post("/v1/extract", json={"text": "x", "path": str(secret)})
    assert r.status_code == 422
    assert r.json()["error"]["errors"][0]["loc"] == ["body", "path"]
    # an upload's file name is a label only: the facts come from the bytes sent
    r = client.post("/v1/extract", files={"file": (str(secret), b"Cash of $7 as of June 30, "
                                                                b"2024.")})
    assert r.status_code == 200 and r.json()["doc_id"] == "note"
    assert [f["amount"] for f in r.json()["facts"]] == ["7"]


def test_a_batch_answers_in_order_with_an_error_record_for_a_bad_document(
    client: httpx.Client,
) -> None:
    r = client.post("/v1/extract/batch", json={"documents": [
        {"text": SENTENCE, "doc_id": "a"}, {"text": "  "}, {"text": "Cash of $7 in 2024."}]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["doc_id"] for x in results] == ["a", "doc2", "doc3"]
    assert [f["amount"] for f in results[0]["facts"]] == ["5", "6"]
    assert results[1]["error"] == "the text is empty" and results[1]["facts"] == []
    assert [f["amount"] for f in results[2]["facts"]] == ["7"]
    assert client.post("/v1/extract/batch", json={"documents": []}).status_code == 422


def test_llm_engines_answer_503_until_configured_and_engines_says_why(
    client: httpx.Client,
) -> None:
    r = client.post("/v1/extract", json={"text": SENTENCE, "engine": "llm"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "engine_unavailable"
    assert client.post("/v1/extract/batch", json={"documents": [{"text": SENTENCE}],
                                                  "engine": "hybrid"}).status_code == 503
    engines = {e["name"]: e for e in client.get("/v1/engines").json()["engines"]}
    assert engines["rules"] == {"name": "rules", "available": True, "reason": None}
    assert not engines["llm"]["available"] and "--llm" in engines["llm"]["reason"]
    assert client.get("/v1/health").json()["status"] == "ok"
    assert client.get("/openapi.json").json()["paths"]["/v1/extract"]["post"]


def test_a_configured_token_is_required_except_for_health() -> None:
    with serving(ServiceConfig(token="s3cret")) as url, httpx.Client(base_url=url) as c:
        assert c.get("/v1/health").status_code == 200
        r = c.post("/v1/extract", json={"text": SENTENCE})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        wrong = c.post("/v1/extract", json={"text": SENTENCE},
                       headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        ok = c.post("/v1/extract", json={"text": SENTENCE},
                    headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and len(ok.json()["facts"]) == 2
        assert c.get("/v1/engines").status_code == 401


def llm_service(fake: FakeOpenAI, tmp_path: Path, timeout: float = 30.0) -> ServiceConfig:
    llm = LLMConfig(model="fake-model", base_url=fake.base_url, api_key="k", timeout=5.0,
                    max_retries=0, cache_dir=tmp_path / "cache", use_cache=False)
    return ServiceConfig(llm=llm, timeout=timeout)


def test_a_configured_llm_engine_answers_through_the_service(fake_llm: FakeOpenAI,
                                                             tmp_path: Path) -> None:
    fake_llm.script(answer([fact("Revenues", "5", "Revenues of RMB5", "P12M/2022-12-31",
                                 unit="CNY")]))
    with serving(llm_service(fake_llm, tmp_path)) as url, httpx.Client(base_url=url) as c:
        assert all(e["available"] for e in c.get("/v1/engines").json()["engines"])
        r = c.post("/v1/extract", json={"text": SENTENCE, "engine": "llm"}, timeout=30)
    assert r.status_code == 200
    assert [(f["amount"], f["span"]) for f in r.json()["facts"]] == [("5", [15, 16])]


def test_a_request_past_the_time_limit_is_504(fake_llm: FakeOpenAI, tmp_path: Path) -> None:
    fake_llm.script(Reply(delay=3.0, facts=[]))
    with serving(llm_service(fake_llm, tmp_path, timeout=0.5)) as url, \
            httpx.Client(base_url=url) as c:
        r = c.post("/v1/extract", json={"text": SENTENCE, "engine": "llm"}, timeout=30)
        assert r.status_code == 504 and r.json()["error"]["code"] == "timeout"
        # the server still answers the next request
        assert c.post("/v1/extract", json={"text": SENTENCE}).status_code == 200


def test_a_document_past_its_time_limit_keeps_its_thread_until_the_engine_returns(
    fake_llm: FakeOpenAI, tmp_path: Path,
) -> None:
    fake_llm.script(Reply(delay=3.0, facts=[]))
    config = llm_service(fake_llm, tmp_path, timeout=1.0).model_copy(update={"concurrency": 1})
    with serving(config) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.post("/v1/extract", json={"text": SENTENCE, "engine": "llm"}).status_code == 504
        # the one thread is still busy with the slow document: the next request waits for it
        # past its own limit instead of starting a second thread
        assert c.post("/v1/extract", json={"text": SENTENCE}).status_code == 504
        statuses = []
        for _ in range(40):
            statuses.append(c.post("/v1/extract", json={"text": SENTENCE}).status_code)
            if statuses[-1] == 200:
                break
            time.sleep(0.25)
        assert statuses[-1] == 200


def test_an_llm_endpoint_that_fails_is_a_502_saying_so(fake_llm: FakeOpenAI,
                                                       tmp_path: Path) -> None:
    fake_llm.script(error(500), error(500), error(500))
    with serving(llm_service(fake_llm, tmp_path)) as url, httpx.Client(base_url=url) as c:
        r = c.post("/v1/extract", json={"text": SENTENCE, "engine": "llm"}, timeout=30)
        assert r.status_code == 502 and r.json()["error"]["code"] == "engine_failed"
        assert "llm engine failed" in r.json()["error"]["message"]
        # the batch keeps the failed document as an error record
        fake_llm.script(error(500), error(500), error(500))
        b = c.post("/v1/extract/batch", json={"documents": [{"text": SENTENCE}],
                                              "engine": "llm"}, timeout=30)
        assert b.status_code == 200 and b.json()["results"][0]["error"]
