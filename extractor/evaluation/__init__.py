"""The eval harness: score any engine's facts against hand-labelled gold by the rules of the
fact contract (FACTS.md, "How output is scored against gold").

    from extractor.evaluation import load_gold, predictions_for, evaluate, build_report
    gold = load_gold("gold")
    preds = predictions_for(gold.items, engine="rules")
    scores = evaluate(gold.items, preds.items, gold.notes + preds.notes)
    print(scores.counts.f1, scores.blank_counts.f1, scores.strict_counts.f1)

Modules: `pairing` (similarity, allowed pairs, maximum-weight assignment), `metrics` (counts
and figures), `inputs` (gold folder, prediction files, running an engine), `report` (JSON,
terminal, Markdown, errors, baseline diff), `command` (the CLI command), `xbrl`,
`xbrl_errors`, `xbrl_report` (gold from iXBRL filings' own tags: `evaluate_xbrl(paths)`
returns the report of `eval --xbrl`).

The names below are loaded on first use, so that importing the CLI command (which the CLI
does at start-up) does not pull in scipy and rich.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "inputs": (
        "EvalInputError", "GoldDocument", "evaluate", "load_gold", "load_predictions",
        "predictions_for", "read_fact", "read_result", "run_engine",
    ),
    "metrics": (
        "Agreement", "Counts", "DocumentScore", "Scores", "attribute_agreement", "score_all",
        "score_document",
    ),
    "pairing": ("Pair", "Pairing", "pair_facts", "text_agrees", "text_similarity"),
    "report": ("build_report", "diff_reports", "gate_failures"),
    "views": ("render_markdown", "render_terminal"),
    "xbrl": ("evaluate_xbrl", "load_xbrl_gold"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
