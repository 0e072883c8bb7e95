"""From the model's answer to grounded contract facts: every quote and amount aligned to the
characters of the document that hold them, and whatever cannot be aligned dropped with a
warning."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from extractor.facts import ExtractionWarning, Fact
from extractor.grounding import ground_claim
from extractor.llm.chunking import Chunk
from extractor.llm.schema import LLMExtraction, LLMFact

ENGINE = "llm"


def align_answer(
    text: str, chunk: Chunk, answer: LLMExtraction, lead: Chunk | None = None
) -> tuple[list[Fact], list[ExtractionWarning]]:
    """Ground each fact of an answer about `chunk` in the document's `text`.

    The quote is looked up inside the chunk (exact, else tolerant of whitespace and
    punctuation), nearest to the previous fact first, since answers come in text order; a
    repeated claim (same span, period and label) takes the next occurrence of its quote, or is
    dropped as a duplicate. The fact's quote becomes the text's own characters. A claim
    found only in the `lead` (the section opening shown beside the part) belongs to the part
    that holds it and is left out without a warning.
    """
    part = chunk.of(text)
    facts: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    taken: set[tuple[tuple[int, int], str | None, str]] = set()
    near = 0
    for claim in answer.facts:
        options = ground_claim(part, claim.quote, claim.amount, near, claim.before_slot)
        if not options:
            if lead is None or not ground_claim(lead.of(text), claim.quote, claim.amount):
                warnings.append(_dropped(claim, "its quote and amount are not in the text"))
            continue
        choice = _choose(options, chunk, claim, taken)
        if choice is None:
            warnings.append(_dropped(claim, "it repeats a fact already reported", "duplicate"))
            continue
        (qs, qe), span = choice
        abs_span = _shift(span, chunk)
        try:
            fact = Fact(
                label=claim.label.strip() or "(unlabelled)",
                entity=(claim.entity or "").strip() or None,
                period=claim.period,
                amount=claim.amount,
                amount_max=claim.amount_max,
                scale=claim.scale,
                unit=claim.unit,
                blank=claim.blank,
                quote=text[chunk.start + qs : chunk.start + qe],
                span=abs_span,
                engines=[ENGINE],
            )
        except ValidationError as e:
            warnings.append(_dropped(claim, f"it breaks the contract ({_first_error(e)})"))
            continue
        taken.add((abs_span, claim.period, claim.label))
        facts.append(fact)
        near = span[0]
    return facts, warnings


def _choose(
    options: list[tuple[tuple[int, int], tuple[int, int]]],
    chunk: Chunk,
    claim: LLMFact,
    taken: set[tuple[tuple[int, int], str | None, str]],
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The place for a claim among the places its quote supports: within the nearest
    occurrence of its quote, a token or slot no fact holds yet ("were nil and nil" gives its two
    facts the two nils; "were and RMB as of" its two blanks two slots), else one already
    holding another period's fact ("(2021 and 2022: nil)"); never the place of the same fact."""
    free = [o for o in options if (_shift(o[1], chunk), claim.period, claim.label) not in taken]
    if not free:
        return None
    held = {span for span, _, _ in taken}
    nearest = [o for o in free if o[0] == free[0][0]]
    return next((o for o in nearest if _shift(o[1], chunk) not in held), free[0])


def salvage(raw: str | None) -> tuple[LLMExtraction, list[ExtractionWarning]]:
    """The well-formed facts of an answer that failed validation as a whole (its last attempt
    after every retry): each fact is checked for shape alone, grounding decides the rest."""
    warnings: list[ExtractionWarning] = []
    items: list[Any] = []
    try:
        data = json.loads(_strip_fences(raw or ""))
        items = data.get("facts", []) if isinstance(data, dict) else []
    except ValueError:
        warnings.append(
            ExtractionWarning(code="llm_invalid", message="the model's last answer is not JSON")
        )
    kept: list[LLMFact] = []
    for item in items if isinstance(items, list) else []:
        try:
            kept.append(LLMFact.model_validate(item))
        except ValidationError as e:
            warnings.append(
                ExtractionWarning(
                    code="llm_invalid",
                    message=f"dropped a malformed fact of the model's answer: {_first_error(e)}",
                )
            )
    return LLMExtraction(facts=kept), warnings


def _strip_fences(s: str) -> str:
    s = s.strip()
    if s.startswith("```"):
        s = s.split("\n", 1)[1] if "\n" in s else ""
        s = s.rsplit("```", 1)[0]
    return s


def _shift(span: tuple[int, int], chunk: Chunk) -> tuple[int, int]:
    return (span[0] + chunk.start, span[1] + chunk.start)


def _dropped(claim: LLMFact, why: str, code: str = "ungrounded") -> ExtractionWarning:
    what = "blank" if claim.blank else claim.amount
    return ExtractionWarning(
        code=code,
        message=f"dropped the model's {claim.label!r} = {what} ({claim.period}), quote "
        f"{claim.quote!r}: {why}",
    )


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    loc = ".".join(str(p) for p in err.get("loc", ()))
    return f"{loc}: {err.get('msg')}" if loc else str(err.get("msg"))
