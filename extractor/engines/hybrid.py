"""The hybrid engine: the rules engine and the LLM on the same Document, merged by span.

Merge rules (`merge_facts`, a pure function):

1. Agreement. An LLM fact and a rules fact agree when they stand on the same place (their
   spans overlap; two blank slots within two characters of each other) and say the same value
   (same `blank`, same `period`, equal `amount` and `amount_max` as decimals). The merged fact
   takes the rules' span, quote, amount, unit and scale (deterministic, read off the
   characters and the page header) and the LLM's label and entity (it reads the sentence);
   `engines` = ["llm", "rules"].
2. Rules additions. A rules fact no LLM fact agrees with is kept, `engines` = ["rules"]:
   blank slots above all, which models tend to skip.
3. LLM additions. A grounded LLM fact on a place where the rules found nothing is kept,
   `engines` = ["llm"]. So is one that repeats, for another period, the amount of a rules
   fact already agreed on that place (one amount stated for two dates is two facts sharing
   one span).
   An LLM fact whose short quote stands in several places ("¥ 2,000" in many cells) agrees
   with a rules fact of the same value at any of them: the rules' span settles the place.
4. Conflicts. An LLM fact on a place where the rules read a different value (another period,
   another amount, blank against not) that no LLM fact agreed with: by default the rules'
   reading is kept and the LLM's dropped (`LLMConfig.hybrid_prefer = "llm"` does the
   opposite), and a `hybrid_conflict` warning names the place and both readings. The rules
   apply the contract's conventions (column headers, paragraph dating) the same way every
   time; the warning leaves the case for a person to check.

In the resolver role (`LLMConfig.llm_role = "resolve"`) the model does not extract: it reads
the rules' candidates (extractor.llm.resolve) and sets their period, label and entity, or says
a candidate is no fact; the amounts, spans and blank slots stay the rules'. A note where the
rules find nothing goes to the extract role instead.

When the LLM is not configured, fails (error, rate limit past its retries, timeout, cut-off
answer that cannot be split) or keeps returning invalid output, the document comes from the
rules alone with a warning saying why; with nothing configured that is also said once per
engine on stderr (logging).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from functools import partial

from extractor.config import LLMConfig
from extractor.contain import guarded
from extractor.document import Document
from extractor.engines import Engine
from extractor.engines.llm import ROLES, make_extractor
from extractor.engines.registry import EngineSpec
from extractor.engines.rules import RulesEngine
from extractor.facts import ExtractionWarning, Fact, Result, sort_facts, to_decimal
from extractor.grounding import check_grounded, ground_claim
from extractor.llm.pool import run_many
from extractor.llm.resolver import LLMResolver

log = logging.getLogger(__name__)

BOTH = ["llm", "rules"]
DEFAULT_ROLE = "resolve"
"""The hybrid's role when none is configured (see docs/llm.md for the measurement that
decides it)."""


class HybridEngine:
    """Rules and LLM merged; the rules alone whenever the LLM cannot be used."""

    name = "hybrid"

    def __init__(self, config: LLMConfig, rules: Engine | None = None) -> None:
        self.config = config
        self.rules: Engine = rules or RulesEngine()
        self.role = config.llm_role or DEFAULT_ROLE
        self.extractor, self.unavailable = make_extractor(config)
        if self.role not in ROLES:
            self.extractor = None
            self.unavailable = f"unknown LLM role {self.role!r}: choose one of {', '.join(ROLES)}"
        self.resolver = LLMResolver(self.extractor) if self.extractor is not None else None
        self._announced = False
        self._lock = threading.Lock()

    def extract(self, doc: Document) -> Result:
        """Merged facts of one document (see the module's merge rules)."""
        try:
            base = self.rules.extract(doc)
        except Exception as e:  # the LLM may still carry the document
            base = Result(doc_id=doc.doc_id, source=doc.source, error=f"rules engine: {e}")
        result = Result(
            doc_id=doc.doc_id,
            source=doc.source,
            engine=self.name,
            facts=[_tagged(f, ["rules"]) for f in base.facts],
            warnings=list(base.warnings),
        )
        if base.error:
            result.warnings.append(ExtractionWarning(code="rules_failed", message=base.error))
        if self.extractor is None:
            self._announce()
            result.warnings.append(
                ExtractionWarning(
                    code="llm_unavailable",
                    message=f"facts from the rules engine alone: {self.unavailable}",
                )
            )
            return _finish(result, base)
        if self.role == "resolve" and self.resolver is not None and base.facts:
            return self._resolved(doc, result, base)
        out = self.extractor.run(doc)
        result.usage = out.usage
        if out.failure:
            # The LLM's own notes (facts it dropped, salvage) do not concern a rules-only
            # result: one warning says why the LLM is not in it.
            result.warnings.append(
                ExtractionWarning(
                    code=out.failure_code or "llm_failed",
                    message=f"facts from the rules engine alone: LLM failed: {out.failure}",
                )
            )
            return _finish(result, base)
        result.prompt_version = out.prompt_version
        result.warnings.extend(out.warnings)
        # A merge that breaks leaves the rules' facts, with a warning (see extractor.contain).
        kept: tuple[list[Fact], list[ExtractionWarning]] = (list(result.facts), [])
        merged, conflicts = guarded(
            result.warnings, "merge of the model's and the rules' facts", None,
            partial(merge_facts, out.facts, [] if base.error else base.facts, doc.text,
                    self.config.hybrid_prefer),
            kept,
        )
        merged, unheld = check_grounded(doc.text, merged)
        result.facts = sort_facts(merged)
        result.warnings.extend([*conflicts, *unheld])
        return result

    def _resolved(self, doc: Document, result: Result, base: Result) -> Result:
        """The rules' facts as the model read them (the resolver role)."""
        assert self.resolver is not None
        out = self.resolver.run(doc, base.facts)
        result.usage = out.usage
        if out.failure:
            result.warnings.append(ExtractionWarning(
                code=out.failure_code or "llm_failed",
                message=f"facts from the rules engine alone: LLM failed: {out.failure}"))
            return _finish(result, base)
        result.prompt_version = self.resolver.prompts.version
        facts, unheld = check_grounded(doc.text, out.facts)
        result.facts = sort_facts(facts)
        result.warnings.extend([*out.warnings, *unheld])
        return _finish(result, base)

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Result]:
        """Documents in parallel within `config.concurrency`, in input order."""
        return run_many(self.extract, docs, self.config.concurrency, self._cancel)

    def _cancel(self) -> None:
        """The run was interrupted: end the requests in flight, start no more."""
        if self.extractor is not None:
            self.extractor.cancel.set()

    def _announce(self) -> None:
        with self._lock:
            if self._announced:
                return
            self._announced = True
        log.warning("hybrid engine: %s; running on the rules alone", self.unavailable)


def _finish(result: Result, base: Result) -> Result:
    if base.error:
        result.error = base.error
    result.facts = sort_facts(result.facts)
    return result


def merge_facts(
    llm: list[Fact], rules: list[Fact], text: str | None = None, prefer: str = "rules"
) -> tuple[list[Fact], list[ExtractionWarning]]:
    """Merge grounded LLM facts with rules facts by place and value (module docstring).

    With the document's `text`, an LLM fact that agrees with no rules fact at its own place may
    agree with one at another place its quote holds: a short quote ("¥ 2,000") stands in many
    cells, and the rules' span settles which. `prefer` ("rules" or "llm") decides conflicts.
    """
    used = [False] * len(rules)
    merged: list[Fact] = []
    pending = list(llm)
    for elsewhere in (False, True):
        if elsewhere and text is None:
            break
        rest: list[Fact] = []
        for lf in pending:
            places = _places(text, lf) if elsewhere and text is not None else set()
            k = next(
                (i for i, rf in enumerate(rules)
                 if not used[i] and _same_value(lf, rf)
                 and (rf.span in places if elsewhere else _same_place(lf, rf))),
                None,
            )
            if k is None:
                rest.append(lf)
                continue
            used[k] = True
            merged.append(_agreed(lf, rules[k]))
        pending = rest
    warnings: list[ExtractionWarning] = []
    for lf in pending:
        here = [i for i, rf in enumerate(rules) if _same_place(lf, rf)]
        open_here = [i for i in here if not used[i]]
        # Nothing of the rules here, or only agreed facts of the same amount (this one gives
        # it another period): an addition.
        if not here or (not open_here and all(_same_amount(lf, rules[i]) for i in here)):
            merged.append(_tagged(lf, ["llm"]))
            continue
        k = (open_here or here)[0]
        rf = rules[k]
        if prefer == "llm":
            used[k] = True
            merged.append(_tagged(lf, ["llm"]))
        warnings.append(
            ExtractionWarning(
                code="hybrid_conflict",
                message=f"the LLM reads {_reading(lf)} where the rules read {_reading(rf)}; "
                f"kept the {'LLM' if prefer == 'llm' else 'rules'}' reading",
                span=rf.span,
            )
        )
    merged.extend(_tagged(rf, ["rules"]) for i, rf in enumerate(rules) if not used[i])
    return sort_facts(merged), warnings


def _places(text: str, f: Fact) -> set[tuple[int, int]]:
    """Every span the fact's quote and amount stand at in the text."""
    return {span for _, span in ground_claim(text, f.quote, None if f.blank else f.amount)}


def _same_place(a: Fact, b: Fact) -> bool:
    if a.span is None or b.span is None:
        return False
    (a0, a1), (b0, b1) = a.span, b.span
    if a0 == a1 and b0 == b1:
        return abs(a0 - b0) <= 2
    # Overlapping spans, or a zero-width slot inside the other's span.
    return (a0 < b1 and b0 < a1) or (a0 == a1 and b0 <= a0 <= b1) or (b0 == b1 and a0 <= b0 <= a1)


def _same_amount(a: Fact, b: Fact) -> bool:
    return a.blank == b.blank and to_decimal(a.amount) == to_decimal(b.amount)


def _same_value(a: Fact, b: Fact) -> bool:
    return (
        _same_amount(a, b)
        and a.period == b.period
        and to_decimal(a.amount_max) == to_decimal(b.amount_max)
    )


def _agreed(lf: Fact, rf: Fact) -> Fact:
    return rf.model_copy(
        update={
            "label": lf.label or rf.label,
            "entity": lf.entity,
            "unit": rf.unit or lf.unit,
            "engines": list(BOTH),
        }
    )


def _tagged(f: Fact, engines: list[str]) -> Fact:
    return f.model_copy(update={"engines": list(engines)})


def _reading(f: Fact) -> str:
    value = "a blank" if f.blank else f.amount
    return f"{f.label!r} = {value} ({f.period or 'no period'})"


SPEC = EngineSpec(
    name="hybrid",
    factory=lambda llm: HybridEngine(llm or LLMConfig.from_env()),
    summary="the rules, their candidates resolved by the model (rules alone without a model)",
    parallel="threads",
    needs_endpoint=True,
    falls_back=True,
)
