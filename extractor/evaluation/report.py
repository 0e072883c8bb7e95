"""Reports of a scored run: the JSON report (all figures, per-document rows, every error
with its context), the difference from a previous run's JSON report, and the bars a run must
reach. The views for people (terminal, Markdown) are in `views`, rendered from the report's
dict, so the terminal, the Markdown and a saved report never disagree.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from extractor.evaluation.metrics import DocumentScore, Scores
from extractor.evaluation.pairing import decimal_or_none
from extractor.evaluation.spread import spreads
from extractor.evaluation.views import render_markdown, render_terminal
from extractor.facts import Fact

__all__ = [
    "build_report", "context", "diff_reports", "document_errors", "fact_dict", "fact_key",
    "gate_failures", "render_markdown", "render_terminal",
]

REPORT_VERSION = 1
CONTEXT_CHARS = 30
"""Characters of text shown on each side of a fact's span in the error listing."""

STATUS_RANK = {"missed": 0, "partly": 1, "right": 2}
"""A gold fact is missed (unpaired), partly right (paired, some attribute disagrees) or right
(paired, all four agree); a move up this order is newly right, a move down newly wrong."""


# ----------------------------------------------------------------------------- the JSON report


def fact_dict(fact: Fact) -> dict[str, Any]:
    """A fact as the contract writes it."""
    d = fact.model_dump(mode="json", warnings=False)
    for extra in ("engines", "provenance"):
        if d.get(extra) is None:
            d.pop(extra, None)
    return d


def fact_key(fact: dict[str, Any]) -> str:
    """An identity for a fact across runs: what it says and where (span, else quote)."""

    def dec(v: object) -> str | None:
        d = decimal_or_none(v)
        return None if d is None else str(d.normalize() if d != 0 else Decimal(0))

    where = fact.get("span") if fact.get("span") is not None else fact.get("quote")
    return json.dumps(
        [fact.get("label"), fact.get("entity"), fact.get("period"), dec(fact.get("amount")),
         dec(fact.get("amount_max")), bool(fact.get("blank")), where],
        ensure_ascii=False,
    )


def context(text: str | None, fact: Fact, chars: int = CONTEXT_CHARS) -> str | None:
    """The text around a fact: its span when the span is inside the text, else the first
    place its quote occurs; the fact itself is marked «like this»; line breaks shown as ⏎."""
    if not text:
        return None
    start = end = None
    if fact.span is not None and 0 <= fact.span[0] <= fact.span[1] <= len(text):
        start, end = fact.span
    elif fact.quote and (found := text.find(fact.quote)) >= 0:
        start, end = found, found + len(fact.quote)
    if start is None or end is None:
        return None
    before = text[max(0, start - chars) : start]
    after = text[end : end + chars]
    shown = ("…" if start > chars else "") + before + "«" + text[start:end] + "»" + after
    shown += "…" if end + chars < len(text) else ""
    return shown.replace("\r", "").replace("\n", " ⏎ ")


def _gold_rows(d: DocumentScore) -> list[dict[str, Any]]:
    pred_of = {p.gold: (p, a) for p, a in zip(d.pairing.pairs, d.agreements, strict=True)}
    rows = []
    for i, g in enumerate(d.gold):
        row: dict[str, Any] = {"fact": fact_dict(g)}
        if i in pred_of:
            pair, agree = pred_of[i]
            disagree = [k for k, ok in agree.items() if not ok]
            row.update(
                status="partly" if disagree else "right",
                pred=fact_dict(d.pred[pair.pred]),
                similarity=round(pair.similarity, 6),
                disagree=disagree,
            )
        else:
            row.update(status="missed", pred=None, similarity=None, disagree=[])
        rows.append(row)
    return rows


def document_errors(d: DocumentScore) -> list[dict[str, Any]]:
    """Every miss, extra and attribute disagreement of one document, in text order, each with
    the fact, its quote and the text around it."""
    out: list[dict[str, Any]] = []
    for i in d.pairing.missed:
        g = d.gold[i]
        out.append({"doc_id": d.doc_id, "kind": "miss", "fact": fact_dict(g), "quote": g.quote,
                    "context": context(d.text, g), "_at": g.span or (10**12, 0)})
    for j in d.pairing.extra:
        p = d.pred[j]
        out.append({"doc_id": d.doc_id, "kind": "extra", "fact": fact_dict(p), "quote": p.quote,
                    "context": context(d.text, p), "_at": p.span or (10**12, 0)})
    for pair, agree in zip(d.pairing.pairs, d.agreements, strict=True):
        fields = [k for k, ok in agree.items() if not ok]
        if not fields:
            continue
        g, p = d.gold[pair.gold], d.pred[pair.pred]
        out.append({
            "doc_id": d.doc_id, "kind": "disagree", "fact": fact_dict(g), "pred": fact_dict(p),
            "fields": {k: {"gold": getattr(g, k), "pred": getattr(p, k)} for k in fields},
            "quote": g.quote, "context": context(d.text, g), "_at": g.span or (10**12, 0),
        })
    out.sort(key=lambda e: tuple(e["_at"]))
    for e in out:
        del e["_at"]
    return out


def build_report(
    scores: Scores,
    *,
    engine: str | None,
    prompt_version: str | None = None,
    gold_dir: str | None = None,
    predictions: str | None = None,
) -> dict[str, Any]:
    """The JSON report: every figure, a row per document (with each gold fact's status and
    every extra prediction), all errors, usage, notes."""
    documents = []
    errors: list[dict[str, Any]] = []
    for d in scores.documents:
        doc_errors = document_errors(d)
        errors.extend(doc_errors)
        documents.append({
            "doc_id": d.doc_id,
            "gold_facts": len(d.gold),
            "pred_facts": len(d.pred),
            "overall": d.counts.as_dict(),
            "blank": d.blank_counts.as_dict(),
            "strict": d.strict_counts.as_dict(),
            "agreement": d.agreement.as_dict(),
            "usage": d.usage.model_dump(mode="json") if d.usage else None,
            "error": d.error,
            "gold": _gold_rows(d),
            "extras": [fact_dict(d.pred[j]) for j in d.pairing.extra],
        })
    usage = scores.usage
    return {
        "report_version": REPORT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "gold_dir": gold_dir,
        "predictions": predictions,
        "engine": engine,
        "prompt_version": prompt_version,
        "documents_scored": len(scores.documents),
        "documents_failed": sum(1 for d in scores.documents if d.error),
        "overall": scores.counts.as_dict(),
        "blank": scores.blank_counts.as_dict(),
        "strict": scores.strict_counts.as_dict(),
        "agreement": scores.agreement.as_dict(),
        "macro": scores.macro(),
        "spread": spreads(scores.documents),
        "usage": usage.model_dump(mode="json") if usage else None,
        "documents": documents,
        "errors": errors,
        "notes": list(scores.notes),
    }


# ----------------------------------------------------------------------------- baseline diff


def _extras_keys(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {fact_key(f): f for f in doc.get("extras", [])}


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed since a previous report: figure deltas, and per document the facts newly
    right (a gold fact found, or fully right, that was not; an extra no longer predicted) and
    newly wrong (the reverse)."""
    old_docs = {d["doc_id"]: d for d in old.get("documents", [])}
    changes: list[dict[str, Any]] = []
    only_new, only_old = [], sorted(set(old_docs) - {d["doc_id"] for d in new["documents"]})
    for doc in new["documents"]:
        before_doc = old_docs.get(doc["doc_id"])
        if before_doc is None:
            only_new.append(doc["doc_id"])
            continue
        before = {fact_key(r["fact"]): r for r in before_doc.get("gold", [])}
        for row in doc["gold"]:
            was = before.get(fact_key(row["fact"]))
            if was is None or was.get("status") not in STATUS_RANK:
                continue
            up = STATUS_RANK[row["status"]] - STATUS_RANK[was["status"]]
            if up:
                changes.append({
                    "doc_id": doc["doc_id"], "change": "newly right" if up > 0 else "newly wrong",
                    "kind": "gold", "before": was["status"], "after": row["status"],
                    "fact": row["fact"], "pred": row.get("pred"),
                })
        old_extras, new_extras = _extras_keys(before_doc), _extras_keys(doc)
        for k in new_extras.keys() - old_extras.keys():
            changes.append({"doc_id": doc["doc_id"], "change": "newly wrong", "kind": "extra",
                            "before": None, "after": "extra", "fact": new_extras[k]})
        for k in old_extras.keys() - new_extras.keys():
            changes.append({"doc_id": doc["doc_id"], "change": "newly right", "kind": "extra",
                            "before": "extra", "after": None, "fact": old_extras[k]})
    changes.sort(key=lambda c: (c["doc_id"], c["change"], tuple(c["fact"].get("span") or ())))

    def delta(section: str, figure: str) -> dict[str, float | None]:
        a, b = old.get(section, {}).get(figure), new.get(section, {}).get(figure)
        return {"before": a, "after": b,
                "delta": None if a is None or b is None else round(b - a, 6)}

    return {
        "baseline_created": old.get("created"),
        "baseline_engine": old.get("engine"),
        "figures": {
            f"{section}_{figure}": delta(section, figure)
            for section in ("overall", "blank", "strict")
            for figure in ("precision", "recall", "f1")
        },
        "newly_right": sum(1 for c in changes if c["change"] == "newly right"),
        "newly_wrong": sum(1 for c in changes if c["change"] == "newly wrong"),
        "changes": changes,
        "documents_only_now": only_new,
        "documents_only_before": only_old,
    }


# ----------------------------------------------------------------------------- formatting


def gate_failures(
    report: dict[str, Any], min_f1: float | None, min_blank_f1: float | None
) -> list[str]:
    """Why the run is below the bar (empty when it passes). An undefined figure (no facts at
    all) fails a bar that was set for it."""
    failures = []
    for bar, key, name in ((min_f1, "overall", "F1"), (min_blank_f1, "blank", "blank F1")):
        if bar is None:
            continue
        value = report[key]["f1"]
        if value is None:
            failures.append(f"{name} is undefined (no such facts in gold or predictions), "
                            f"so it cannot reach the bar {bar:.4f}")
        elif value < bar:
            failures.append(f"{name} {value:.4f} is below the bar {bar:.4f}")
    return failures
