"""Pairing by the contract: allowed pairs, similarity, maximum-weight assignment."""

from __future__ import annotations

from eval_helpers import fact

from extractor.evaluation.pairing import (
    pair_facts,
    spans_overlap,
    text_agrees,
    text_similarity,
    tokens,
)


def test_perfect_output_pairs_every_fact():
    gold = [fact("Revenues", "10"), fact("Cost of revenues", "7"), fact("Tax", "3")]
    p = pair_facts(gold, list(gold))
    assert [(x.gold, x.pred) for x in p.pairs] == [(0, 0), (1, 1), (2, 2)]
    assert p.missed == () and p.extra == ()


def test_missing_and_extra_facts_stay_unpaired():
    gold = [fact("Revenues", "10"), fact("Cost of revenues", "7")]
    pred = [fact("Revenues", "10"), fact("Other income", "99")]
    p = pair_facts(gold, pred)
    assert [(x.gold, x.pred) for x in p.pairs] == [(0, 0)]
    assert p.missed == (1,)
    assert p.extra == (1,)


def test_a_swapped_period_does_not_pair():
    gold = [fact("Revenues", "10", period="P12M/2021-12-31")]
    pred = [fact("Revenues", "10", period="P12M/2022-12-31")]
    p = pair_facts(gold, pred)
    assert p.pairs == () and p.missed == (0,) and p.extra == (0,)


def test_an_instant_does_not_pair_with_a_duration_ending_that_day():
    p = pair_facts([fact("Cash", "5", period="2021-12-31")],
                   [fact("Cash", "5", period="P12M/2021-12-31")])
    assert p.pairs == ()


def test_null_period_pairs_only_with_null_period():
    p = pair_facts([fact("Rate", "5", period=None)], [fact("Rate", "5", period="2021-12-31")])
    assert p.pairs == ()
    p = pair_facts([fact("Rate", "5", period=None)], [fact("Rate", "5", period=None)])
    assert len(p.pairs) == 1


def test_amounts_are_compared_as_decimals():
    p = pair_facts([fact("Loan", "1400")], [fact("Loan", "1400.00")])
    assert len(p.pairs) == 1
    p = pair_facts([fact("Loan", "1400")], [fact("Loan", "140")])
    assert p.pairs == ()
    p = pair_facts([fact("Loss", "-5")], [fact("Loss", "5")])
    assert p.pairs == ()


def test_amount_max_null_and_absent_are_the_same_but_a_range_differs():
    assert len(pair_facts([fact("Life", "3", amount_max=None)], [fact("Life", "3")]).pairs) == 1
    assert pair_facts([fact("Life", "3", amount_max="5")], [fact("Life", "3")]).pairs == ()
    assert len(pair_facts([fact("Life", "3", amount_max="5")],
                          [fact("Life", "3", amount_max="5.0")]).pairs) == 1


def test_scale_and_unit_do_not_decide_pairing():
    p = pair_facts([fact("Revenues", "89", unit="CNY", scale=6)],
                   [fact("Revenues", "89", unit="USD", scale=0)])
    assert len(p.pairs) == 1


def test_blank_pairs_only_with_blank_regardless_of_amount():
    gold = [fact("Revenues", blank=True, period="P12M/2021-12-31")]
    pred = [fact("Revenues", blank=True, period="P12M/2021-12-31")]
    assert len(pair_facts(gold, pred).pairs) == 1
    # A zero is not a blank: "nil" is an explicit amount, a blank is a dropped one.
    assert pair_facts(gold, [fact("Revenues", "0", period="P12M/2021-12-31")]).pairs == ()


def test_same_amount_pairs_by_label_and_entity_not_by_order():
    gold = [fact("Amounts due from", "1400", entity="Jingu"),
            fact("Interest-free loans", "1400", entity="Jingu")]
    pred = [fact("Interest-free loans", "1400", entity="Jingu"),
            fact("Amounts due from", "1400", entity="Jingu")]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def test_same_amount_pairs_by_entity():
    gold = [fact("Repayments", "900", entity="Jingu"),
            fact("Repayments", "900", entity="three management employees")]
    pred = [fact("Repayments", "900", entity="management employees"),
            fact("Repayments", "900", entity="Jingu")]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def _greedy(gold, pred):
    """A first-come pass: each prediction takes the most similar free allowed gold fact."""
    from extractor.evaluation.pairing import pair_key, similarity

    free = set(range(len(gold)))
    pairs = set()
    for j, p in enumerate(pred):
        options = [i for i in free if pair_key(gold[i]) == pair_key(p)]
        if options:
            best = max(options, key=lambda i: similarity(gold[i], p))
            free.discard(best)
            pairs.add((best, j))
    return pairs


def test_optimal_assignment_beats_a_greedy_first_come_pass():
    # P0 is a little closer to G0 (0.8) than to G1 (0.5), but P1 only resembles G0 (0.67):
    # the best total pairs P0-G1 and P1-G0 (1.17), a greedy pass P0-G0 and P1-G1 (0.8).
    gold = [fact("Revenue", "5", entity="Alpha Beta"), fact("Revenue", "5", entity="Alpha")]
    pred = [fact("Revenue", "5", entity="Alpha Beta Gamma"), fact("Revenue", "5", entity="Beta")]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(1, 0), (0, 1)}
    assert _greedy(gold, pred) == {(0, 0), (1, 1)}  # the trap is real
    assert abs(p.total_similarity - (2 + 0.5 + 2 / 3)) < 1e-9


def test_overlapping_spans_break_a_tie():
    gold = [fact("Revenues", "5", span=(10, 11)), fact("Revenues", "5", span=(40, 41))]
    pred = [fact("Revenues", "5", span=(40, 41)), fact("Revenues", "5", span=(10, 11))]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def test_quotes_break_a_tie_when_spans_are_missing():
    gold = [fact("Revenues", "5", quote="revenues of $5 in 2021"),
            fact("Revenues", "5", quote="another $5 of revenues")]
    pred = [fact("Revenues", "5", quote="another $5"), fact("Revenues", "5", quote="$5 in 2021")]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def test_a_tie_break_never_outweighs_similarity():
    gold = [fact("Revenues", "5", span=(10, 11)), fact("Cost of revenues", "5", span=(40, 41))]
    pred = [fact("Cost of revenues", "5", span=(10, 11)), fact("Revenues", "5", span=(40, 41))]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def test_each_fact_pairs_at_most_once():
    gold = [fact("Revenues", "5")]
    pred = [fact("Revenues", "5"), fact("Revenues", "5")]
    p = pair_facts(gold, pred)
    assert len(p.pairs) == 1 and len(p.extra) == 1


def test_a_non_numeric_amount_pairs_with_nothing():
    junk = fact("Revenues", "5").model_copy(update={"amount": "five"})
    p = pair_facts([junk], [junk])
    assert p.pairs == () and p.missed == (0,) and p.extra == (0,)


def test_similarity_is_dice_of_token_sets_without_stop_words():
    assert tokens("Amounts due from the Related Parties") == {"amounts", "due", "from", "related",
                                                              "parties"}
    assert text_similarity("Due from Jingu", "Amounts due from") == 2 * 2 / (3 + 3)
    assert text_similarity(None, None) == 1.0
    assert text_similarity(None, "Jingu") == 0.0
    assert text_similarity("Revenues", "revenues") == 1.0


def test_from_and_to_are_not_stop_words():
    assert text_similarity("Amounts due from", "Amounts due to") < 1.0


def test_text_agrees_by_containment():
    assert text_agrees("Amounts due from", "Amounts due from related parties")
    assert text_agrees("Hi Sun Group", "hi sun")
    assert text_agrees("Loan", "Loans")  # a plural contains its singular


def test_text_agrees_by_overlap_of_at_least_one_half():
    # {"interest", "free", "loans"} vs {"loans", "granted"}: Dice 2*1/5 = 0.4, no containment
    assert not text_agrees("Interest-free loans", "Loans granted")
    # {"jingu", "loans"} vs {"loans", "granted"}: Dice exactly 0.5, no containment
    assert text_agrees("Jingu loans", "Loans granted")


def test_text_agrees_nulls_only_with_nulls():
    assert text_agrees(None, None)
    assert text_agrees(None, "")
    assert not text_agrees(None, "Jingu")
    assert not text_agrees("Jingu", None)


def test_spans_overlap_and_empty_spans_touching():
    assert spans_overlap((0, 5), (4, 8))
    assert not spans_overlap((0, 5), (5, 8))
    assert spans_overlap((5, 5), (5, 5))
    assert spans_overlap((5, 5), (3, 7))
    assert not spans_overlap((9, 9), (3, 7))
    assert not spans_overlap(None, (3, 7))


def test_unit_and_scale_break_a_tie_that_spans_and_quotes_leave():
    gold = [fact("Write-off", "0", unit="CNY", quote="-"), fact("Write-off", "0", unit="USD",
                                                                quote="-")]
    pred = [fact("Write-off", "0.00", unit="USD", quote="-"), fact("Write-off", "0", unit="CNY",
                                                                   quote="-")]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 1), (1, 0)}


def test_span_overlap_outranks_unit_agreement():
    gold = [fact("Fee", "5", unit="CNY", span=(1, 2)), fact("Fee", "5", unit="USD", span=(9, 10))]
    pred = [fact("Fee", "5", unit="USD", span=(1, 2)), fact("Fee", "5", unit="CNY", span=(9, 10))]
    p = pair_facts(gold, pred)
    assert {(x.gold, x.pred) for x in p.pairs} == {(0, 0), (1, 1)}
