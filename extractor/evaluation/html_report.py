"""The eval report as one self-contained HTML page (`extractor eval --html report.html`):
figures, a sortable per-document table, and every miss, extra and disagreement in its
context (the surrounding text with the span highlighted), gold and prediction side by side.

Rendered from the JSON report (like the terminal and Markdown views) plus the documents'
texts, with the templates and inlined assets of `extractor.views`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from extractor.evaluation.views import pct
from extractor.views.highlight import line_of
from extractor.views.render import environment

CONTEXT_CHARS = 140
CONTEXT_LINES = 2
"""Characters, and lines at most, shown on each side of an error's span (a table row is a
line: two rows on each side are context enough)."""

SHOWN_FIELDS = ("amount", "period", "unit", "scale", "label", "entity", "quote")


@dataclass(frozen=True)
class Context:
    """The text around a fact: before, the fact itself (empty for a blank slot), after."""

    before: str
    marked: str
    after: str
    blank: bool
    line: int
    start: int


@dataclass(frozen=True)
class ErrorRow:
    index: int
    doc_id: str
    kind: str
    context: Context | None
    gold: dict[str, Any] | None
    pred: dict[str, Any] | None
    differs: tuple[str, ...]
    note: str | None


def find_context(text: str | None, fact: Mapping[str, Any],
                 chars: int = CONTEXT_CHARS) -> Context | None:
    """Where a fact stands in the text: its span when it fits the text, else the first place
    of its quote; cut at word edges, None when the text holds neither."""
    if not text:
        return None
    span = fact.get("span")
    if span and 0 <= span[0] <= span[1] <= len(text):
        start, end = int(span[0]), int(span[1])
    elif fact.get("quote") and (at := text.find(fact["quote"])) >= 0:
        start, end = at, at + len(fact["quote"])
    else:
        return None
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    if lo > 0 and (sp := text.find(" ", lo, start)) >= 0:
        lo = sp + 1
    if hi < len(text) and (sp := text.rfind(" ", end, hi)) >= 0:
        hi = sp
    # Keep the fact's own line and CONTEXT_LINES lines on each side of it.
    before = text[lo:start].split("\n")
    if len(before) > CONTEXT_LINES + 1:
        lo = start - len("\n".join(before[-(CONTEXT_LINES + 1):]))
    after = text[end:hi].split("\n")
    if len(after) > CONTEXT_LINES + 1:
        hi = end + len("\n".join(after[: CONTEXT_LINES + 1]))
    return Context(
        before=("…" if lo > 0 else "") + text[lo:start],
        marked=text[start:end],
        after=text[end:hi] + ("…" if hi < len(text) else ""),
        blank=start == end,
        line=line_of(text, start),
        start=start,
    )


def _shown(fact: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    out = {k: fact.get(k) for k in SHOWN_FIELDS}
    out["amount"] = "▯ blank" if fact.get("blank") else fact.get("amount")
    if fact.get("amount_max") is not None:
        out["amount"] = f"{fact.get('amount')}–{fact['amount_max']}"
    out["span"] = fact.get("span")
    return out


def _differs(a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(k for k in SHOWN_FIELDS[:-1] if a.get(k) != b.get(k))


def _same_place(errors: list[dict[str, Any]], kind: str) -> dict[tuple[str, tuple], Any]:
    """The misses (or extras) of each document by span: a miss and an extra at one place
    are usually one fact read two ways, and are shown side by side."""
    out: dict[tuple[str, tuple], Any] = {}
    for e in errors:
        if e["kind"] == kind and e["fact"].get("span") is not None:
            out.setdefault((e["doc_id"], tuple(e["fact"]["span"])), e["fact"])
    return out


def error_rows(report: Mapping[str, Any], texts: Mapping[str, str | None]) -> list[ErrorRow]:
    """Every error of the report with its context and both sides."""
    errors = report["errors"]
    extra_at, miss_at = _same_place(errors, "extra"), _same_place(errors, "miss")
    rows = []
    for i, e in enumerate(errors):
        f, doc_id = e["fact"], e["doc_id"]
        where = (doc_id, tuple(f["span"])) if f.get("span") is not None else None
        gold = pred = None
        differs: tuple[str, ...] = ()
        note = None
        if e["kind"] == "disagree":
            gold, pred = f, e["pred"]
            differs = tuple(e["fields"])
        elif e["kind"] == "miss":
            gold = f
            pred = extra_at.get(where) if where else None
            note = "an extra at the same place" if pred else "no prediction here"
        else:
            pred = f
            gold = miss_at.get(where) if where else None
            note = "a miss at the same place" if gold else "no gold fact here"
        if e["kind"] != "disagree" and gold and pred:
            differs = _differs(gold, pred)
        rows.append(ErrorRow(index=i, doc_id=doc_id, kind=e["kind"],
                             context=find_context(texts.get(doc_id), f), gold=_shown(gold),
                             pred=_shown(pred), differs=differs, note=note))
    return rows


def render_html(report: Mapping[str, Any], texts: Mapping[str, str | None]) -> str:
    """The report as a self-contained HTML page; `texts` maps doc_id to the document's
    text (for the context of each error; a document without one shows its quote)."""
    per_doc: dict[str, int] = {}
    for e in report["errors"]:
        per_doc[e["doc_id"]] = per_doc.get(e["doc_id"], 0) + 1
    title = f"Eval: {report.get('engine') or 'predictions'} on {report.get('gold_dir') or 'gold'}"
    return environment().get_template("eval.html.j2").render(
        title=title, report=report, rows=error_rows(report, texts), per_doc=per_doc, pct=pct,
    )
