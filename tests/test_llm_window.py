"""Real servers: the context window read from the server (or --context-tokens), requests sized
to fit it, a context overflow answered by splitting the part, re-asks that do not grow. The
real openai client and instructor against the fake server."""

from __future__ import annotations

import json
from typing import Any

from fake_openai import FakeOpenAI, Reply, answer, error, fact, note_of, truncated

from extractor.config import LLMConfig
from extractor.document import read_document
from extractor.engines.llm import LLMEngine
from extractor.llm.runner import LLMExtractor
from extractor.llm.window import (
    REQUEST_OVERHEAD,
    answer_cap,
    budget,
    decisions_cap,
    discover_window,
    estimate_tokens,
    is_overflow,
)

SENTENCE = "Amounts due to Harbor Lane were RMB{n} as of December 31, 2023.\n"


def long_note(count: int) -> str:
    return "Related party balances\n\n" + "".join(SENTENCE.format(n=n) for n in
                                                 range(1001, 1001 + count))


def echo_facts(request: dict[str, Any]) -> Reply:
    """A model that reports each amount of the part it is sent."""
    text = note_of(request)
    facts = [fact("Amounts due to", str(n), f"RMB{n:,}".replace(",", ""), "2023-12-31")
             for n in range(1001, 3000) if f"RMB{n}" in text]
    return answer(facts)


def test_the_window_is_read_from_llama_cpp_props(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.pages["/props"] = {"default_generation_settings": {"n_ctx": 8192}}
    assert discover_window(llm_config) == 8192


def test_the_window_is_read_from_the_models_list(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.pages["/v1/models"] = {"data": [{"id": "other", "max_model_len": 2048},
                                             {"id": "fake-model", "max_model_len": 32768}]}
    assert discover_window(llm_config) == 32768
    fake_llm.pages["/v1/models"] = {"data": [{"id": "fake-model", "meta": {"n_ctx_train": 4096}}]}
    assert discover_window(llm_config) == 4096


def test_context_tokens_wins_and_a_silent_server_reports_nothing(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    assert discover_window(llm_config) is None
    fake_llm.pages["/props"] = {"n_ctx": 8192}
    assert discover_window(llm_config.model_copy(update={"context_tokens": 4096})) == 4096


def test_an_overflow_message_is_recognised_and_others_are_not():
    assert is_overflow("This model's maximum context length is 8192 tokens. However, you "
                       "requested 8327 tokens")
    assert is_overflow("Requested tokens (9000) exceed context window of 8192")
    assert not is_overflow("Invalid value for 'temperature'")


def test_a_budget_fits_its_window_and_none_keeps_the_configuration():
    config = LLMConfig(base_url="http://127.0.0.1:1/v1")
    assert budget(config, None, 2000).chunk_chars == config.max_chunk_chars
    fit = budget(config, 8192, 2000)
    assert fit.max_tokens < config.max_tokens
    assert 2000 + REQUEST_OVERHEAD + estimate_tokens("x" * fit.chunk_chars) + fit.max_tokens <= 8192


def test_few_shot_examples_take_at_most_an_eighth_of_the_window(llm_config: LLMConfig):
    def system(window: int) -> str:
        return LLMExtractor(llm_config.model_copy(update={"context_tokens": window})).system()

    bare = estimate_tokens(system(8192))
    assert "# Examples" not in system(8192)
    mid = system(16384)
    assert "## Example 1" in mid and "## Example 4" not in mid
    assert estimate_tokens(mid) - bare <= 16384 // 8
    assert "## Example 4" in system(65536)


def test_every_request_fits_an_8k_window(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.responder = echo_facts
    config = llm_config.model_copy(update={"context_tokens": 8192})
    note = long_note(300)  # ~19,000 characters: far more than one 8k request holds
    r = LLMEngine(config).extract(read_document(note, "n"))
    assert r.error is None and len(r.facts) == 300
    assert len(fake_llm.seen) > 1
    for seen in fake_llm.seen:
        prompt = sum(estimate_tokens(m["content"]) for m in seen.body["messages"])
        assert prompt + REQUEST_OVERHEAD + seen.body["max_tokens"] <= 8192


def test_a_context_overflow_splits_the_part_instead_of_retrying(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(error(400, raw="This model's maximum context length is 8192 tokens"))
    fake_llm.responder = echo_facts
    note = long_note(20)
    r = LLMEngine(llm_config).extract(read_document(note, "n"))
    assert r.error is None and len(r.facts) == 20
    # One refused request, then each half once: the refused one was never sent again.
    assert len(fake_llm.seen) == 3
    halves = [note_of(s.body) for s in fake_llm.seen[1:]]
    assert all(len(h) < len(note) * 0.8 for h in halves)
    assert "llm_context_exceeded" in {w.code for w in r.warnings}


def test_a_reask_carries_the_errors_not_the_growing_history(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    note = long_note(2)
    bad = [fact("Amounts due to", "41", "RMB1001", "2023-12-31")]
    fake_llm.script(answer(bad), answer(bad), answer(bad))
    LLMEngine(llm_config).extract(read_document(note, "n"))
    sizes = [len(s.body["messages"]) for s in fake_llm.seen]
    assert sizes == [2, 3, 3]
    for s in fake_llm.seen[1:]:
        roles = [m["role"] for m in s.body["messages"]]
        assert roles == ["system", "user", "user"]
        assert "does not appear in its quote" in s.body["messages"][-1]["content"]
    assert json.dumps(fake_llm.seen[1].body) == json.dumps(fake_llm.seen[2].body)


def test_an_answer_is_capped_by_what_the_numbers_of_its_part_can_need():
    few = "Revenues were RMB1,400 and RMB2,100 in 2023."
    many = " ".join(f"RMB{n}" for n in range(100))
    assert answer_cap(few, 5000) < answer_cap(many, 5000) <= 5000
    assert answer_cap(few, 5000) < 1000
    assert answer_cap(many, 300) == 300  # never past the window's share
    assert decisions_cap(3, 5000) < decisions_cap(30, 5000) <= 5000


def test_a_short_note_asks_for_far_fewer_tokens_than_the_window_leaves(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.responder = echo_facts
    config = llm_config.model_copy(update={"context_tokens": 8192})
    r = LLMEngine(config).extract(read_document(long_note(2), "n"))
    assert r.error is None and len(r.facts) == 2
    (seen,) = fake_llm.seen
    share = budget(config, 8192, 0).max_tokens
    assert seen.body["max_tokens"] < share // 2


def test_the_halves_of_a_cut_off_answer_each_ask_for_what_their_numbers_need(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(truncated())
    fake_llm.responder = echo_facts
    config = llm_config.model_copy(update={"context_tokens": 8192, "min_chunk_chars": 100})
    r = LLMEngine(config).extract(read_document(long_note(6), "n"))
    assert r.error is None and len(r.facts) == 6
    first, *halves = fake_llm.seen
    assert len(halves) == 2
    assert all(h.body["max_tokens"] < first.body["max_tokens"] for h in halves)
