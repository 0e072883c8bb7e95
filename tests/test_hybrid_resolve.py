"""The hybrid engine's resolver role: the rules' candidates go to the model marked in the
note; it sets period, label and entity or calls a candidate no fact, and can neither add nor
move an amount nor drop a blank. The real openai client and instructor against the fake
server; the rules engine is a stub, so these tests pin the role, not the rules."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import pytest
from fake_openai import FakeOpenAI, Reply, error, malformed, note_of

from extractor.config import LLMConfig
from extractor.document import read_document
from extractor.engines.hybrid import HybridEngine
from extractor.facts import Fact, Result
from extractor.llm.resolve import MARK_RE, candidates, marked, period_choices

TEXT = (
    "Related Party Transactions (Details Narrative)\n"
    "Revenues of , RMB34 and RMB6 were recorded from Harbor Lane for the years ended "
    "December 31, 2021, 2022 and 2023, respectively. Amounts due from Harbor Lane were RMB1,250 "
    "as of December 31, 2023. The loan was repaid in 2023.\n"
)


def _at(quote: str, offset: int, length: int, **kw: Any) -> Fact:
    start = TEXT.index(quote) + offset
    return Fact(quote=quote, span=(start, start + length), unit="CNY", **kw)


# What a weak rules reading gives: the right amounts, wrong periods and labels, a year read
# as an amount.
RULES = [
    _at("of , RMB34", 3, 0, label="Revenues", period=None, blank=True),
    _at("RMB34 and", 3, 2, label="Revenues", period="P12M/2023-12-31", amount="34"),
    _at("RMB6 were", 3, 1, label="Revenues", period="P12M/2023-12-31", amount="6"),
    _at("RMB1,250 as", 3, 5, label="Amounts", period="2023-12-31", amount="1250"),
    _at("in 2023.", 3, 4, label="Loan", period=None, amount="2023"),
]


class StubRules:
    name = "rules"

    def extract(self, d: Any) -> Result:
        return Result(doc_id=d.doc_id, engine="rules", facts=[f.model_copy() for f in RULES])


def hybrid(config: LLMConfig, role: str | None = "resolve") -> HybridEngine:
    return HybridEngine(config.model_copy(update={"llm_role": role}), rules=StubRules())


def decisions(*items: dict[str, Any]) -> Reply:
    return Reply(raw=json.dumps({"decisions": list(items)}))


RIGHT = [
    {"id": "c1", "period": "P12M/2021-12-31", "label": "Revenues", "entity": "Harbor Lane"},
    {"id": "c2", "period": "P12M/2022-12-31", "label": "Revenues", "entity": "Harbor Lane"},
    {"id": "c3", "period": "P12M/2023-12-31", "label": "Revenues", "entity": "Harbor Lane"},
    {"id": "c4", "period": "2023-12-31", "label": "Amounts due from", "entity": "Harbor Lane"},
    {"id": "c5", "fact": False},
]


def doc() -> Any:
    return read_document(TEXT, "note")


def test_the_model_sees_each_candidate_marked_where_it_stands(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(decisions(*RIGHT))
    hybrid(llm_config).extract(doc())
    note = note_of(fake_llm.seen[0].body)
    assert MARK_RE.sub("", note).strip("\n") == TEXT.strip("\n")
    assert "of ⟦c1⟧, RMB⟦c2⟧34 and RMB⟦c3⟧6" in note and "RMB⟦c4⟧1,250" in note
    user = fake_llm.seen[0].body["messages"][-1]["content"]
    assert "c4: 1250 (CNY); rules: period 2023-12-31" in user
    assert "P12M/2021-12-31" in user  # a period choice read from the note


def test_the_model_sets_period_label_and_entity_and_the_rules_keep_the_amounts(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(decisions(*RIGHT))
    r = hybrid(llm_config).extract(doc())
    assert r.error is None
    got = [(f.amount, f.period, f.label, f.entity) for f in r.facts]
    assert got == [
        (None, "P12M/2021-12-31", "Revenues", "Harbor Lane"),
        ("34", "P12M/2022-12-31", "Revenues", "Harbor Lane"),
        ("6", "P12M/2023-12-31", "Revenues", "Harbor Lane"),
        ("1250", "2023-12-31", "Amounts due from", "Harbor Lane"),
    ]
    assert [f.span for f in r.facts] == [f.span for f in RULES[:4]]
    first, third = r.facts[0], r.facts[2]
    assert first.engines == ["llm", "rules"]
    assert first.provenance is not None and first.provenance["period"] == "llm"
    assert first.provenance["amount"] == "rules" and first.provenance["span"] == "rules"
    assert third.provenance is not None and third.provenance["period"] == "llm+rules"
    assert "llm_not_a_fact" in {w.code for w in r.warnings}
    assert "provenance" in r.contract_dict()["facts"][0]


def test_a_blank_cannot_be_dropped_and_an_amount_cannot_be_added_or_moved(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(decisions(
        {"id": "c1", "fact": False},
        {"id": "c2", "amount": "999", "span": [0, 3], "quote": "Related", "label": "Revenues"},
    ))
    r = hybrid(llm_config).extract(doc())
    assert [f.amount for f in r.facts] == [None, "34", "6", "1250", "2023"]
    assert [f.span for f in r.facts] == [f.span for f in RULES]
    assert r.facts[0].blank


def test_a_period_that_is_not_a_choice_is_sent_back_with_the_choices(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(decisions({"id": "c2", "period": "P12M/2019-12-31"}), decisions(*RIGHT))
    r = hybrid(llm_config).extract(doc())
    assert len(fake_llm.seen) == 2
    reask = fake_llm.seen[1].body["messages"][-1]["content"]
    assert "not one of the choices" in reask and "P12M/2022-12-31" in reask
    assert r.facts[1].period == "P12M/2022-12-31"


def test_a_model_invalid_to_the_end_leaves_the_rules_reading(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    bad = decisions({"id": "c99", "period": None}, *RIGHT[:2])
    fake_llm.script(bad, bad, bad)
    r = hybrid(llm_config).extract(doc())
    assert r.error is None and len(fake_llm.seen) == 3
    assert "is not a candidate id" in fake_llm.seen[1].body["messages"][-1]["content"]
    # Not trusted with the part: even its well-formed decisions are left out.
    assert [(f.amount, f.period, f.label) for f in r.facts] == [
        (f.amount, f.period, f.label) for f in RULES]
    assert all(f.engines == ["rules"] for f in r.facts)
    assert "llm_invalid" in {w.code for w in r.warnings}


def test_one_amount_for_two_dates_becomes_two_facts(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.script(decisions({"id": "c4", "period": "2023-12-31",
                               "more_periods": ["P12M/2023-12-31"]}))
    r = hybrid(llm_config).extract(doc())
    at = [f.period for f in r.facts if f.amount == "1250"]
    assert sorted(at) == ["2023-12-31", "P12M/2023-12-31"]


def test_a_failing_model_leaves_the_rules_reading(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.script(error(500), error(500))
    r = hybrid(llm_config).extract(doc())
    assert [(f.amount, f.period) for f in r.facts] == [(f.amount, f.period) for f in RULES]
    assert all(f.engines == ["rules"] for f in r.facts)
    assert "facts from the rules engine alone" in r.warnings[-1].message


def test_the_resolver_is_the_hybrids_default_role(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    fake_llm.script(decisions(*RIGHT))
    r = hybrid(llm_config, role=None).extract(doc())
    assert r.facts[0].period == "P12M/2021-12-31"
    assert "decisions" in json.dumps(fake_llm.seen[0].body)


@pytest.mark.parametrize("update", [
    {"llm_role": "summarise"},
    {"mode": "telepathy"},
    {"base_url": "http//no-scheme"},
    {"base_url": "http://127.0.0.1:notaport/v1"},
])
def test_a_bad_configuration_falls_back_to_the_rules_with_one_warning(
    llm_config: LLMConfig, update: dict[str, Any], caplog: pytest.LogCaptureFixture
):
    engine = HybridEngine(llm_config.model_copy(update=update), rules=StubRules())
    with caplog.at_level(logging.WARNING):
        results = [engine.extract(doc()) for _ in range(3)]
    assert all([f.amount for f in r.facts] == [f.amount for f in RULES] for r in results)
    assert all(r.error is None for r in results)
    assert all("llm_unavailable" in {w.code for w in r.warnings} for r in results)
    assert len([m for m in caplog.messages if "hybrid engine" in m]) == 1


def test_hybrid_records_come_in_input_order(fake_llm: FakeOpenAI, llm_config: LLMConfig):
    def respond(request: dict[str, Any]) -> Reply:
        # Later notes answer first.
        n = int(re.search(r"RMB⟦c\d+⟧(\d+)", note_of(request)).group(1))
        return Reply(raw=json.dumps({"decisions": [{"id": "c1", "label": f"n{n}"}]}),
                     delay=(8 - n) * 0.05)

    fake_llm.responder = respond
    notes = [read_document(f"Revenues were RMB{n} in 2023.\n", f"d{n}") for n in range(1, 8)]
    engine = HybridEngine(llm_config.model_copy(update={"concurrency": 4}))
    results = list(engine.extract_many(notes))
    assert [r.doc_id for r in results] == [d.doc_id for d in notes]
    assert [r.facts[0].label for r in results] == [f"n{n}" for n in range(1, 8)]


def test_marking_and_period_choices_are_pure_functions_of_the_note():
    cands = candidates(RULES)
    assert [c.id for c in cands] == ["c1", "c2", "c3", "c4", "c5"]
    text = marked(TEXT, 0, len(TEXT), cands)
    assert MARK_RE.sub("", text) == TEXT
    choices = period_choices(read_document(TEXT, "n"), RULES)
    assert {"P12M/2021-12-31", "P12M/2022-12-31", "2023-12-31"} <= set(choices)


def test_garbage_from_the_model_leaves_the_rules_reading(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    fake_llm.script(malformed(), malformed(), malformed())
    r = hybrid(llm_config).extract(doc())
    assert r.error is None
    assert [(f.amount, f.period) for f in r.facts] == [(f.amount, f.period) for f in RULES]
    assert "llm_invalid" in {w.code for w in r.warnings}


def test_an_injected_note_cannot_put_an_unstated_amount_into_the_output(
    fake_llm: FakeOpenAI, llm_config: LLMConfig
):
    # A model that obeys the note: every candidate relabelled and "multiplied by 1,000".
    def obey(request: dict[str, Any]) -> Reply:
        ids = re.findall(r"⟦(c\d+)⟧", note_of(request))
        return decisions(*({"id": i, "amount": "34000", "label": "x1000"} for i in ids))

    fake_llm.responder = obey
    r = hybrid(llm_config).extract(doc())
    assert [f.amount for f in r.facts] == [f.amount for f in RULES]
    assert all(TEXT[f.span[0] : f.span[1]].replace(",", "") == (f.amount or "")
               for f in r.facts if not f.blank and f.span)


def test_the_model_may_choose_the_year_end_of_a_year_named_only_before_a_comma() -> None:
    from extractor.document import read_document
    from extractor.llm.resolve import period_choices

    doc = read_document(
        "Investments\nOn June 23, 2021, the Company bought 40% of Harbor Lane.\n"
        "As of December 31, 2022, the investment was $2,674,500.\n", "n")
    choices = period_choices(doc, [])
    assert "2022-12-31" in choices
    assert "2021-12-31" in choices  # the comparative column's year end, never written out
    assert "2020-12-31" not in choices


def test_a_duration_the_model_gives_may_run_up_to_ten_years_to_a_stated_date() -> None:
    from extractor.llm.resolve import allowed

    choices = {"2018-03-31": "as of March 31, 2018"}
    assert allowed("P45M/2018-03-31", choices)  # a programme's cumulative figures
    assert allowed("P120M/2018-03-31", choices)
    assert not allowed("P121M/2018-03-31", choices)
    assert not allowed("P45M/2018-06-30", choices)  # must end on a date the note states
