"""The resolver role against the endpoint: the rules' candidates of one document, marked in
the note, sent in parts that fit the window; the answers applied (extractor.llm.resolve).

`LLMResolver.run` never raises for what the endpoint does: its outcome's `failure` says why,
and the hybrid engine then keeps the rules' reading.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from instructor.core.exceptions import IncompleteOutputException

from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact, Usage, sort_facts
from extractor.llm.cache import cache_key
from extractor.llm.chunking import Chunk, chunk_document, split_in_two
from extractor.llm.failures import LLMFailure
from extractor.llm.prompts import fence_for
from extractor.llm.resolve import (
    Candidate,
    Decision,
    Resolution,
    apply,
    candidates,
    describe,
    marked,
    period_choices,
)
from extractor.llm.runner import LLMExtractor
from extractor.llm.window import decisions_cap

# A candidate line and its marker cost about twice the characters they stand for, and the
# answer some 40 tokens a candidate: a part carries a third of what the extract role sends.
_PART_SHARE = 0.35


@dataclass
class ResolveOutcome:
    """The rules' facts as the model read them; `failure` set when it could not be asked."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    failure: str | None = None
    failure_code: str | None = None


class LLMResolver:
    """Sends the rules' candidates to the model through an `LLMExtractor`'s endpoint, client,
    window, cache and usage meter (thread-safe as it is)."""

    def __init__(self, extractor: LLMExtractor) -> None:
        self.extractor = extractor
        self.prompts = extractor.prompts

    def run(self, doc: Document, facts: list[Fact]) -> ResolveOutcome:
        """The model's reading of every candidate of one document."""
        out = ResolveOutcome()
        cands = candidates(facts)
        started = time.perf_counter()
        decisions: list[Decision] = []
        choices = period_choices(doc, facts)
        with self.extractor.meter.measuring(out.usage):
            try:
                system = self.prompts.resolve_system()
                periods = "\n".join(f"{p} {w}" for p, w in choices.items())
                fit = self.extractor.budget(doc, system + periods)
                chunks = chunk_document(doc, max(200, int(fit.chunk_chars * _PART_SHARE)))
                for n, chunk in enumerate(chunks, 1):
                    mine = _inside(cands, chunk, len(doc.text))
                    if mine:
                        decisions.extend(self._part(doc, chunk, mine, choices, system, n,
                                                    len(chunks), fit.max_tokens, out))
            except LLMFailure as e:
                out.failure, out.failure_code = e.message, e.code
        out.usage.seconds = round(time.perf_counter() - started, 3)
        if out.failure:
            return out
        got, notes = apply(facts, cands, Resolution(decisions=decisions))
        out.facts = sort_facts(got)
        out.warnings.extend(notes)
        return out

    def _part(
        self, doc: Document, chunk: Chunk, cands: list[Candidate], choices: dict[str, str],
        system: str, part: int, parts: int, max_tokens: int, out: ResolveOutcome,
    ) -> list[Decision]:
        """The decisions for one part; halved when its answer is cut off or the request
        overflows the window. A model whose answer is still invalid after every correction
        is not trusted with the part at all: its candidates keep the rules' reading (a weak
        model must not make the hybrid worse than the rules)."""
        text = marked(doc.text, chunk.start, chunk.end, cands)
        whole = chunk.start == 0 and chunk.end == len(doc.text)
        header = "" if whole else doc.text[: doc.body_start].strip("\n")
        user = self.prompts.resolve_user(
            text, [describe(c) for c in cands], sorted(choices.items()), header, part,
            1 if whole else max(parts, 2), fence_for(text, header),
        )
        context = {"ids": [c.id for c in cands], "periods": list(choices)}
        try:
            cap = decisions_cap(len(cands), max_tokens)
            return self._ask(system, user, context, out.usage, cap).decisions
        except LLMFailure as e:
            if e.code == "llm_invalid":
                out.warnings.append(ExtractionWarning(
                    code=e.code, span=(chunk.start, chunk.end),
                    message=f"the rules' reading kept for this part: {e.message}"))
                return []
            if e.code != "llm_context_exceeded":
                raise
        except IncompleteOutputException:
            pass
        halves = split_in_two(doc.text, chunk) if len(chunk) >= 400 else None
        if halves is None:
            raise LLMFailure("llm_truncated", f"the model's reading of characters "
                             f"{chunk.start}-{chunk.end} did not fit and cannot be split")
        return [d for h in halves for d in self._part(
            doc, h, _inside(cands, h, len(doc.text)), choices, system, part, max(parts, 2),
            max_tokens, out)]

    def _ask(self, system: str, user: str, context: dict[str, list[str]], usage: Usage,
             max_tokens: int) -> Resolution:
        ex = self.extractor
        key = cache_key(ex.config.model, self.prompts.version, self.prompts.digest,
                        ex.config.mode, "resolve", system + user)
        if ex.cache is not None:
            cached = ex.cache.get(key, Resolution)
            if cached is not None:
                usage.cache_hits += 1
                return cached
        answer = ex.request(system, user, Resolution, context, usage, max_tokens)
        if ex.cache is not None:
            ex.cache.put(key, answer, {"model": ex.config.model,
                                       "prompt_version": self.prompts.version})
        return answer


def _inside(cands: list[Candidate], chunk: Chunk, end: int) -> list[Candidate]:
    return [c for c in cands if chunk.start <= c.at < chunk.end or c.at == chunk.end == end]
