"""The hybrid merge rules, on hand-made facts (a pure function: no engine, no server)."""

from __future__ import annotations

from extractor.engines.hybrid import merge_facts
from extractor.facts import Fact


def f(amount: str | None, span: tuple[int, int], period: str | None = "2023-12-31",
      label: str = "Revenues", **kw: object) -> Fact:
    return Fact(label=label, amount=amount, blank=amount is None, period=period,
                quote="q", span=span, **kw)  # type: ignore[arg-type]


def test_agreed_facts_keep_the_rules_span_and_the_llm_label():
    llm = [f("1250", (10, 17), label="Amounts due from Harbor Lane", entity="Harbor Lane",
             unit="CNY")]
    rules = [f("1250", (13, 18), label="Amounts due", unit="CNY", scale=0)]
    merged, warnings = merge_facts(llm, rules)
    assert warnings == []
    assert len(merged) == 1
    m = merged[0]
    assert m.engines == ["llm", "rules"] and m.span == (13, 18)
    assert (m.label, m.entity) == ("Amounts due from Harbor Lane", "Harbor Lane")


def test_the_rules_add_what_the_llm_missed_blank_slots_above_all():
    llm = [f("34", (20, 22), period="P12M/2022-12-31")]
    rules = [
        f(None, (12, 12), period="P12M/2021-12-31"), f("34", (20, 22), period="P12M/2022-12-31")
    ]
    merged, _ = merge_facts(llm, rules)
    assert [(x.amount, x.engines) for x in merged] == [(None, ["rules"]), ("34", ["llm", "rules"])]


def test_blank_slots_a_character_apart_are_the_same_slot():
    merged, _ = merge_facts([f(None, (13, 13))], [f(None, (12, 12))])
    assert len(merged) == 1 and merged[0].engines == ["llm", "rules"] and merged[0].span == (12, 12)


def test_a_grounded_llm_fact_where_the_rules_found_nothing_is_kept():
    merged, warnings = merge_facts([f("7", (40, 41))], [f("34", (20, 22))])
    assert [(x.amount, x.engines) for x in merged] == [("34", ["rules"]), ("7", ["llm"])]
    assert warnings == []


def test_a_conflict_on_the_same_span_keeps_the_rules_reading_and_warns():
    llm = [f("34", (20, 22), period="P12M/2021-12-31")]
    rules = [f("34", (20, 22), period="P12M/2022-12-31")]
    merged, warnings = merge_facts(llm, rules)
    assert [(x.period, x.engines) for x in merged] == [("P12M/2022-12-31", ["rules"])]
    assert [w.code for w in warnings] == ["hybrid_conflict"] and warnings[0].span == (20, 22)
    assert "P12M/2021-12-31" in warnings[0].message


def test_a_different_amount_on_the_same_span_is_a_conflict():
    merged, warnings = merge_facts([f("340", (20, 22))], [f("34", (20, 22))])
    assert [x.amount for x in merged] == ["34"] and len(warnings) == 1


def test_one_amount_for_two_dates_may_add_a_period_to_an_agreed_span():
    llm = [f("0", (30, 33), period="P12M/2021-12-31"), f("0", (30, 33), period="P12M/2022-12-31")]
    rules = [f("0", (30, 33), period="P12M/2021-12-31")]
    merged, warnings = merge_facts(llm, rules)
    assert [(x.period, x.engines) for x in merged] == [
        ("P12M/2021-12-31", ["llm", "rules"]), ("P12M/2022-12-31", ["llm"])
    ]
    assert warnings == []


def test_agreement_is_found_whatever_order_the_llm_lists_its_facts_in():
    llm = [f("0", (30, 33), period="P12M/2022-12-31"), f("0", (30, 33), period="P12M/2021-12-31")]
    rules = [f("0", (30, 33), period="P12M/2021-12-31"), f("0", (30, 33), period="P12M/2022-12-31")]
    merged, warnings = merge_facts(llm, rules)
    assert all(x.engines == ["llm", "rules"] for x in merged) and len(merged) == 2
    assert warnings == []


def test_preferring_the_llm_keeps_its_reading_on_a_conflict():
    llm = [f("34", (20, 22), period="P12M/2021-12-31")]
    rules = [f("34", (20, 22), period="P12M/2022-12-31")]
    merged, warnings = merge_facts(llm, rules, prefer="llm")
    assert [(x.period, x.engines) for x in merged] == [("P12M/2021-12-31", ["llm"])]
    assert "kept the LLM" in warnings[0].message


def test_a_short_quote_standing_in_many_cells_agrees_where_the_rules_put_it():
    text = "|¥ 2,000\n|¥ 2,000\n|¥ 2,000\n"
    # The LLM's claim landed on the first cell; the rules read that value for this period in
    # the third.
    llm = [Fact(label="Face value", amount="2000", period="2021-03-09", quote="¥ 2,000",
                span=(3, 8))]
    rules = [Fact(label="Face value", amount="2000", period="2021-03-23", quote="¥ 2,000",
                  span=(3, 8)),
             Fact(label="Face value", amount="2000", period="2021-03-09", quote="¥ 2,000",
                  span=(21, 26))]
    merged, warnings = merge_facts(llm, rules, text)
    assert [(x.span, x.engines) for x in merged] == [
        ((3, 8), ["rules"]), ((21, 26), ["llm", "rules"])
    ]
    assert warnings == []
