"""What the misses against XBRL tags are: error classes with counts and examples.

A tagged number the engine did not pair with is classed by what the engine put on its place
(any prediction whose span overlaps the tag's): nothing at all (in a table cell, in prose, or
a blank slot), the same amount with another period (none given; a duration for an instant
and the reverse; the wrong number of months; the wrong end date or instant), or another
amount (sign only, or a different number). On pairs, unit and scale disagreements are classed
by the two values. This is the map for the accuracy work: the biggest classes first.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from extractor.evaluation.metrics import DocumentScore, Scores
from extractor.evaluation.pairing import decimal_or_none
from extractor.evaluation.xbrl import on_tagged_place
from extractor.facts import Fact, Result

EXAMPLES = 3
_NUMBER_LINE = re.compile(r"^[|\s$€£¥(]*[-−–]?[\d.,]+[)%\s|]*$")


def _period_kind(p: str | None) -> str:
    if p is None:
        return "none"
    return "duration" if p.startswith("P") else "instant"


def period_class(gold: str | None, pred: str | None) -> str:
    """The kind of a period error (gold and predicted periods differ)."""
    g, p = _period_kind(gold), _period_kind(pred)
    if p == "none":
        return f"period: none given ({g} expected)"
    if g == "none":
        return "period: given where the tag has none"
    if g == "instant" and p == "duration":
        return "period: a duration for an instant"
    if g == "duration" and p == "instant":
        return "period: an instant for a duration"
    if g == "duration":
        assert gold is not None and pred is not None
        if gold.split("/")[0] != pred.split("/")[0]:
            return "period: wrong number of months"
        return "period: right length, wrong end date"
    return "period: wrong instant date"


def _amount(fact: Fact) -> Decimal | None:
    return decimal_or_none(fact.amount)


def _line_of(text: str | None, fact: Fact) -> str:
    if text is None or fact.span is None:
        return fact.quote
    s = fact.span[0]
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    return text[ls : le if le >= 0 else len(text)]


def miss_class(d: DocumentScore, gold: Fact, raw: list[Fact]) -> tuple[str, Fact | None]:
    """Class of one missed gold fact, and the prediction on its place (if any)."""
    assert gold.span is not None
    there = [p for p in raw if on_tagged_place(p, [gold.span]) and p.blank == gold.blank]
    if not there:
        if gold.blank:
            return "not found: blank slot (nil tag)", None
        if _NUMBER_LINE.match(_line_of(d.text, gold).strip()):
            return "not found: table cell", None
        return "not found: prose", None
    # the contract pairs on the amount as written, its scale aside (FACTS.md scoring 1): "103"
    # read at scale 0 on a tag of 103 millions is the same amount, missed for its period
    same = [p for p in there if gold.blank or _amount(p) == _amount(gold)]
    if same:
        pred = same[0]
        if pred.period != gold.period:
            if pred.period is None and gold.unit == "percent":
                # the contract leaves undated rates null; XBRL dates every fact
                return "period: none given for a rate (contract: undated rates are null)", pred
            return period_class(gold.period, pred.period), pred
        return "paired elsewhere (the amount stated or tagged twice)", pred
    pred = there[0]
    g, p = _amount(gold), _amount(pred)
    if g is not None and p is not None and abs(g) == abs(p):
        return "amount: sign differs", pred
    return "amount: another number on the place", pred


def _example(d: DocumentScore, gold: Fact, pred: Fact | None) -> dict[str, Any]:
    def brief(f: Fact | None) -> dict[str, Any] | None:
        if f is None:
            return None
        return {"amount": f.amount, "period": f.period, "unit": f.unit, "scale": f.scale,
                "label": f.label, "entity": f.entity}

    return {"doc_id": d.doc_id, "line": _line_of(d.text, gold)[:160], "gold": brief(gold),
            "pred": brief(pred)}


def _add(classes: dict[str, dict[str, Any]], name: str, example: dict[str, Any]) -> None:
    entry = classes.setdefault(name, {"count": 0, "examples": []})
    entry["count"] += 1
    # examples from different filings where there are, so one filer's habit does not fill them
    filings = {e["doc_id"].split("#")[0] for e in entry["examples"]}
    if len(entry["examples"]) < EXAMPLES and example["doc_id"].split("#")[0] not in filings:
        entry["examples"].append(example)


def error_classes(scores: Scores, raw: list[Result]) -> dict[str, Any]:
    """Counts and examples per error class: misses, and unit/scale disagreements on pairs."""
    raw_by_id = {r.doc_id: list(r.facts) for r in raw}
    misses: dict[str, dict[str, Any]] = {}
    attrs: dict[str, dict[str, Any]] = {}
    for d in scores.documents:
        facts = raw_by_id.get(d.doc_id, [])
        for i in d.pairing.missed:
            name, pred = miss_class(d, d.gold[i], facts)
            _add(misses, name, _example(d, d.gold[i], pred))
        for pair, agree in zip(d.pairing.pairs, d.agreements, strict=True):
            g, p = d.gold[pair.gold], d.pred[pair.pred]
            if not agree["unit"]:
                _add(attrs, f"unit: tag {g.unit}, predicted {p.unit}", _example(d, g, p))
            if not agree["scale"]:
                _add(attrs, f"scale: tag {g.scale}, predicted {p.scale}", _example(d, g, p))

    def ordered(classes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return dict(sorted(classes.items(), key=lambda kv: (-kv[1]["count"], kv[0])))

    return {"misses": ordered(misses), "pairs": ordered(attrs)}
