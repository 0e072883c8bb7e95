"""How much of a perfect model's answer the LLM engines keep (not CI).

A fake OpenAI-compatible server (tests/fake_openai.py, on 127.0.0.1) answers every request
with the gold facts of the note it carries, in the request's own schema: the extract role's
facts with quotes, the resolver role's decisions per candidate. Whatever the engine then
loses, it loses in grounding, alignment or merging.

    python benchmarks/perfect_model.py gold/ gold/blind/r1 gold/blind/r2

Per folder: recall and F1 of `rules`, `llm`, `hybrid` (extract role) and `hybrid --llm-role
resolve`, blanks alone too. For the resolver, the ceiling is the rules' recall with periods
ignored (it cannot add an amount the rules missed); "kept" is its recall over that ceiling.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fake_openai import FakeOpenAI, GoldModel

from extractor.config import LLMConfig
from extractor.document import load_text, read_document
from extractor.engines import get_engine
from extractor.evaluation.inputs import load_gold
from extractor.evaluation.metrics import score_document
from extractor.facts import Fact

RUNS = (("rules", None), ("llm", "extract"), ("hybrid", "extract"), ("hybrid", "resolve"))


def _undated(facts: list[Fact]) -> list[Fact]:
    return [f.model_copy(update={"period": None}) for f in facts]


def _score(gold: list[Any], results: list[Any], undated: bool = False) -> dict[str, float]:
    tp = fp = fn = btp = bfn = 0
    for g, r in zip(gold, results, strict=True):
        gf, pf = (_undated(g.facts), _undated(r.facts)) if undated else (g.facts, r.facts)
        s = score_document(g.doc_id, gf, pf)
        c, b = s.counts, s.blank_counts
        tp, fp, fn = tp + c.tp, fp + c.fp, fn + c.fn
        btp, bfn = btp + b.tp, bfn + b.fn
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"recall": recall, "f1": f1, "blank_recall": btp / (btp + bfn) if btp + bfn else 1.0,
            "facts": tp + fn, "blanks": btp + bfn}


def measure(folder: str, fake: FakeOpenAI, cache: Path) -> list[str]:
    """The table rows for one gold folder."""
    gold = [g for g in load_gold(folder).items if g.error is None]
    docs = [read_document(g.text or load_text(g.text_path), g.doc_id) for g in gold]
    fake.responder = GoldModel(
        [(d.text, [f.model_dump(mode="json") for f in g.facts]) for d, g in zip(docs, gold,
                                                                                 strict=True)])
    rows = []
    ceiling = None
    for engine, role in RUNS:
        config = LLMConfig(model="perfect", base_url=fake.base_url, api_key="x", timeout=30,
                           use_cache=False, cache_dir=cache, llm_role=role)
        eng = get_engine(engine, config if engine != "rules" else None)
        results = [eng.extract(d) for d in docs]
        s = _score(gold, results)
        if engine == "rules":
            ceiling = _score(gold, results, undated=True)
        kept = ""
        if role == "resolve" and ceiling:
            kept = f"{s['recall'] / ceiling['recall']:.1%} of {ceiling['recall']:.1%}"
        elif engine == "llm":
            kept = f"{s['recall']:.1%}"
        rows.append(f"| {folder} | {engine}{f' ({role})' if role else ''} | {s['recall']:.3f} "
                    f"| {s['f1']:.3f} | {s['blank_recall']:.3f} ({s['blanks']}) | {kept} |")
    return rows


def main(folders: list[str]) -> None:
    logging.disable(logging.ERROR)  # instructor logs every re-ask
    print("| folder | engine (role) | recall | F1 | blank recall (blanks) | kept |")
    print("|---|---|---|---|---|---|")
    with FakeOpenAI() as fake, tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for row in measure(folder, fake, Path(tmp)):
                print(row, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["gold/"])
