"""Matching the engine's facts to a plain XBRL instance's numeric facts by value.

A predicted fact's value is its amount x 10^scale, compared in the instance's terms: a percent
is divided by 100 and set against `pure` units, a count of shares against `shares`, money
against the units whose (first) measure is the same ISO 4217 code (per-share amounts too), a
fact with no unit against `pure` and the filer's own units ("number", "vendor"). The values
agree when their absolute values round to the same number at the instance fact's `decimals`
(an `INF` fact must be equal). Years and months are never numeric XBRL facts, zeros and blanks
say nothing about which fact is meant: those are not compared.

Among the matched, the period agrees when it is one of the matched facts' periods; when none
is, the error is classed as the iXBRL eval classes it (`xbrl_errors.period_class`), against
the matched period closest to the prediction. A value that matches only at another power of
ten (x 10^±3, ±6, ±9) is a scale disagreement, one that matches only a fact of another unit
kind (a count of shares read as dollars) a unit disagreement (either may be a coincidence: read
the examples).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from extractor.evaluation.xbrl_errors import period_class
from extractor.facts import Fact
from extractor.html.instance import Instance, NumericFact
from extractor.html.ixbrl import context_period

RATE_NULL = "period: none given for a rate (contract: undated rates are null)"
SCALE_SHIFTS = (-9, -6, -3, 3, 6, 9)
_CODE = re.compile(r"[A-Z]{3}")


def unit_kind(measures: tuple[str, ...]) -> str:
    """What an instance unit measures: "money:USD" (also USD per share), "pure", "shares" or
    "other" (the filer's own units)."""
    if not measures:
        return "other"
    prefix, _, local = measures[0].rpartition(":")
    # the prefix is the filer's choice ("iso4217" nearly always, "ISO4217" seen too)
    if prefix.lower() == "iso4217" and _CODE.fullmatch(local):
        return f"money:{local}"
    if len(measures) == 1 and local in ("pure", "shares"):
        return local
    return "other"


def predicted_value(fact: Fact) -> tuple[Decimal, tuple[str, ...]] | None:
    """A prediction's absolute value in the instance's terms and the unit kinds it may be
    set against; None when it is not compared (blank, zero, years, months)."""
    if fact.blank or fact.amount is None:
        return None
    try:
        value = abs(Decimal(fact.amount)) * Decimal(10) ** fact.scale
    except InvalidOperation:
        return None
    if value == 0:
        return None
    if fact.unit == "percent":
        return value / 100, ("pure",)
    if fact.unit == "share":
        return value, ("shares",)
    if fact.unit is not None and _CODE.fullmatch(fact.unit):
        return value, (f"money:{fact.unit}",)
    if fact.unit is None:
        return value, ("pure", "other")
    return None


def _rounded(value: Decimal, decimals: int | None) -> Decimal:
    if decimals is None:
        return value.normalize()
    return value.quantize(Decimal(1).scaleb(-decimals), rounding="ROUND_HALF_UP").normalize()


@dataclass
class ValueIndex:
    """The instance's facts by (unit kind, decimals, rounded absolute value)."""

    instance: Instance
    by_key: dict[tuple[str, int | None, Decimal], list[NumericFact]] = field(
        default_factory=dict)
    decimals_of: dict[str, set[int | None]] = field(default_factory=dict)

    @classmethod
    def build(cls, instance: Instance) -> ValueIndex:
        """Index every numeric fact of `instance`."""
        index = cls(instance)
        for f in instance.facts:
            kind = unit_kind(instance.units.get(f.unit, ()))
            key = (kind, f.decimals, _rounded(abs(f.value), f.decimals))
            index.by_key.setdefault(key, []).append(f)
            index.decimals_of.setdefault(kind, set()).add(f.decimals)
        return index

    def matches(self, value: Decimal, kinds: Iterable[str]) -> list[NumericFact]:
        """The facts whose value agrees with `value` at their own decimals."""
        out: list[NumericFact] = []
        exact = value.normalize()
        for kind in kinds:
            for d in self.decimals_of.get(kind, ()):
                # a value with digits below the fact's precision is another number (58,853
                # thousand is not a fact of 59 million), and one that rounds to 0 none at all
                if (rounded := _rounded(value, d)) == exact and rounded != 0:
                    out.extend(self.by_key.get((kind, d, rounded), ()))
        return out

    def kinds(self) -> list[str]:
        """The unit kinds the instance holds."""
        return sorted(self.decimals_of)

    def period(self, f: NumericFact) -> str | None:
        """The contract's period of a fact's context."""
        return context_period(self.instance.contexts.get(f.context))


@dataclass(frozen=True)
class Outcome:
    """What became of one predicted fact."""

    status: str  # "not compared", "unmatched", "other scale", "other unit", "matched"
    periods: tuple[str | None, ...] = ()
    period_ok: bool = False
    error: str | None = None
    shift: int = 0
    unit: str | None = None


def _closeness(pred: str, gold: str | None) -> int:
    if gold is None:
        return 9
    if pred.startswith("P") != gold.startswith("P"):
        return 3
    if not pred.startswith("P"):
        return 1
    same_end = pred.split("/")[1] == gold.split("/")[1]
    same_length = pred.split("/")[0] == gold.split("/")[0]
    return 0 if same_end else 1 if same_length else 2


def period_error(pred: Fact, periods: Iterable[str | None]) -> str:
    """The class of a period that none of the matched facts has."""
    dated = sorted({p for p in periods if p is not None})
    if pred.period is None:
        if pred.unit == "percent":
            return RATE_NULL
        durations = sum(p.startswith("P") for p in dated)
        gold = next((p for p in dated if p.startswith("P") == (2 * durations >= len(dated))),
                    None)
        return period_class(gold, None)
    if not dated:
        return period_class(None, pred.period)
    p = pred.period
    return period_class(min(dated, key=lambda g: (_closeness(p, g), g)), p)


def match_fact(index: ValueIndex, fact: Fact) -> Outcome:
    """Match one prediction: by value, else at another power of ten, else unmatched."""
    found = predicted_value(fact)
    if found is None:
        return Outcome("not compared")
    value, kinds = found
    hits = index.matches(value, kinds)
    if hits:
        return _judged("matched", index, fact, hits)
    return _near_miss(index, fact, value, kinds)


def _judged(status: str, index: ValueIndex, fact: Fact, hits: list[NumericFact],
            shift: int = 0) -> Outcome:
    periods = tuple(sorted({index.period(f) for f in hits}, key=lambda p: p or ""))
    if fact.period in periods:
        return Outcome(status, periods, period_ok=True, shift=shift)
    return Outcome(status, periods, error=period_error(fact, periods), shift=shift)


def _near_miss(index: ValueIndex, fact: Fact, value: Decimal,
               kinds: tuple[str, ...]) -> Outcome:
    """A value no fact of its unit holds: at another power of ten (rates and plain numbers
    carry no scale; its period is judged too, as a note whose scale stands outside it in an
    instance still dates its amounts), else under another unit, at the same or another power
    of ten."""
    scaled = () if "pure" in kinds else SCALE_SHIFTS
    for shift in scaled:
        if hits := index.matches(value.scaleb(shift), kinds):
            return _judged("other scale", index, fact, hits, shift)
    others = [k for k in index.kinds() if k not in kinds]
    # a count or a rate read at another power of ten and unit is a coincidence, not an error;
    # money read as shares (or the reverse) at the scale of the other is the scale note's
    if scaled:
        others = [k for k in others if k == "shares" or k.startswith("money:")]
    for shift in (0, *scaled):
        found = index.matches(value.scaleb(shift), others)
        if found:
            unit = unit_kind(index.instance.units.get(found[0].unit, ()))
            return Outcome("other unit", unit=unit, shift=shift)
    return Outcome("unmatched")


def significant_digits(fact: Fact) -> int:
    """How many significant digits the amount prints ("24,780" 4, "6.0" 1, "0.05" 1): a value
    of one or two is met by chance far more often than "24,780"."""
    return len((fact.amount or "").lstrip("-").replace(".", "").strip("0"))
