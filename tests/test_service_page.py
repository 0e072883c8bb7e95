"""The page at / over HTTP: the form, and its answer rendered by the view's templates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")

from service_helpers import httpx, serving

from extractor.service.config import ServiceConfig

SEED = sorted((Path(__file__).resolve().parents[1] / "gold").glob("000_*.txt"))[0]
FACT_ELEMENT = re.compile(r'<(?:mark|span) class="fact[^"]*" id="d0-f\d+"')


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with serving(ServiceConfig()) as url, httpx.Client(base_url=url, timeout=60) as c:
        yield c


def test_the_form_lists_the_engines_and_marks_the_unavailable_ones(client: httpx.Client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<form class="extract" method="post" action="/"' in r.text
    assert re.search(r'<option value="llm" disabled title="[^"]*--llm', r.text)
    assert "http://" not in r.text and "https://" not in r.text


def test_a_pasted_note_comes_back_with_one_highlight_per_fact(client: httpx.Client) -> None:
    text = SEED.read_text("utf-8")
    facts = client.post("/v1/extract", json={"text": text}).json()["facts"]
    r = client.post("/", data={"text": text, "engine": "rules"})
    assert r.status_code == 200
    assert len(FACT_ELEMENT.findall(r.text)) == len(facts)
    assert r.text.count('class="fact blank-slot"') == sum(f["blank"] for f in facts) > 0


def test_an_uploaded_file_is_named_after_its_file_and_read_from_its_bytes(client: httpx.Client):
    r = client.post("/", data={"text": ""}, files={"file": ("/etc/passwd", b"Cash of $7 as "
                                                                         b"of June 30, 2024.")})
    assert r.status_code == 200 and "<h2>passwd</h2>" in r.text
    assert len(FACT_ELEMENT.findall(r.text)) == 1 and "root:" not in r.text


def test_an_empty_note_gets_the_form_back_with_the_error(client: httpx.Client) -> None:
    r = client.post("/", data={"text": "  "})
    assert r.status_code == 400 and 'id="error">the text is empty' in r.text


def test_the_page_asks_for_the_token_when_one_is_configured() -> None:
    with serving(ServiceConfig(token="s3cret")) as url, httpx.Client(base_url=url) as c:
        assert 'name="token"' in c.get("/").text
        assert c.post("/", data={"text": "Cash of $7 in 2024.", "token": "x"}).status_code == 401
        ok = c.post("/", data={"text": "Cash of $7 in 2024.", "token": "s3cret"})
        assert ok.status_code == 200 and len(FACT_ELEMENT.findall(ok.text)) == 1
