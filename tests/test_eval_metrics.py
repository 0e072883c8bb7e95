"""Figures from pairings: P/R/F1, blanks alone, attribute agreement, strict F1, macro."""

from __future__ import annotations

import pytest
from eval_helpers import fact

from extractor.evaluation.metrics import Counts, attribute_agreement, score_all, score_document
from extractor.facts import Usage


def test_perfect_output_scores_one_everywhere():
    gold = [fact("Revenues", "10"), fact("Revenues", blank=True), fact("Tax", "3")]
    d = score_document("d", gold, list(gold))
    assert d.counts == Counts(3, 0, 0)
    assert d.counts.f1 == d.counts.precision == d.counts.recall == 1.0
    assert d.blank_counts.f1 == 1.0
    assert d.strict_counts.f1 == 1.0


def test_missing_and_extra_facts_lower_recall_and_precision():
    gold = [fact("Revenues", "10"), fact("Cost", "7"), fact("Tax", "3"), fact("Fees", "1")]
    pred = [fact("Revenues", "10"), fact("Cost", "7"), fact("Bogus", "8")]
    c = score_document("d", gold, pred).counts
    assert c == Counts(tp=2, fp=1, fn=2)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(2 / 4)
    assert c.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / ((2 / 3) + (1 / 2)))


def test_undefined_figures_are_none_not_zero():
    assert Counts(0, 0, 0).f1 is None
    assert Counts(0, 0, 3).precision is None and Counts(0, 0, 3).f1 == 0.0
    assert Counts(0, 2, 0).recall is None and Counts(0, 2, 0).f1 == 0.0


def test_blank_figures_count_only_blank_facts():
    gold = [fact("Revenues", blank=True, period="P12M/2021-12-31"),
            fact("Revenues", blank=True, period="P12M/2022-12-31"),
            fact("Revenues", "34", period="P12M/2023-12-31")]
    pred = [fact("Revenues", blank=True, period="P12M/2021-12-31"),
            fact("Revenues", "0", period="P12M/2022-12-31"),  # a zero where the slot is blank
            fact("Revenues", "34", period="P12M/2023-12-31")]
    d = score_document("d", gold, pred)
    assert d.blank_counts == Counts(tp=1, fp=0, fn=1)
    assert d.counts == Counts(tp=2, fp=1, fn=1)


def test_attribute_agreement_rules():
    g = fact("Amounts due from related parties", "5", entity="Hi Sun Group", unit="CNY", scale=3)
    assert attribute_agreement(g, g) == dict.fromkeys(("unit", "scale", "entity", "label"), True)
    p = fact("Amounts due from", "5", entity="hi sun", unit="USD", scale=0)
    assert attribute_agreement(g, p) == {"unit": False, "scale": False, "entity": True,
                                         "label": True}
    p = fact("Revenues", "5", entity=None, unit="CNY", scale=3)
    assert attribute_agreement(g, p) == {"unit": True, "scale": True, "entity": False,
                                         "label": False}


def test_strict_f1_counts_a_pair_only_when_all_four_agree():
    gold = [fact("Revenues", "10", unit="CNY"), fact("Tax", "3", unit="CNY"),
            fact("Fees", "1", unit="CNY", entity="Jingu")]
    pred = [fact("Revenues", "10", unit="CNY"), fact("Tax", "3", unit="USD"),
            fact("Fees", "1", unit="CNY", entity="Hi Sun")]
    d = score_document("d", gold, pred)
    assert d.counts.f1 == 1.0
    assert d.strict_counts == Counts(tp=1, fp=2, fn=2)
    assert d.strict_counts.f1 == pytest.approx(1 / 3)
    a = d.agreement
    assert (a.pairs, a.unit, a.scale, a.entity, a.label, a.all) == (3, 2, 3, 2, 3, 1)


def test_overall_is_micro_and_macro_is_the_mean_of_documents():
    d1 = score_document("a", [fact("R", "1")] * 1, [fact("R", "1")])  # F1 1.0
    gold2 = [fact("R", str(k)) for k in range(1, 4)]
    d2 = score_document("b", gold2, [])  # F1 0.0, 3 misses
    s = score_all([d2, d1])
    assert [d.doc_id for d in s.documents] == ["a", "b"]
    assert s.counts == Counts(1, 0, 3)
    assert s.counts.f1 == pytest.approx(2 / 5)
    assert s.macro()["f1"] == pytest.approx(0.5)
    assert s.macro()["precision"] == 1.0  # document b has no predictions: left out


def test_usage_is_summed_over_documents():
    u = Usage(requests=2, prompt_tokens=100, completion_tokens=10, cache_hits=1, seconds=1.5)
    d1 = score_document("a", [], [], usage=u)
    d2 = score_document("b", [], [], usage=u)
    d3 = score_document("c", [], [])
    total = score_all([d1, d2, d3]).usage
    assert total is not None
    assert (total.requests, total.prompt_tokens, total.cache_hits) == (4, 200, 2)
    assert score_all([d3]).usage is None
