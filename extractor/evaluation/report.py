"""Reports of a scored run: the JSON report (all figures, per-document rows, every error),
and views of it for people: a terminal table (rich), Markdown, an error listing with context,
and the difference from a previous run's JSON report.

Every view is rendered from the JSON report's dict, so the terminal, the Markdown and a saved
report never disagree.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.evaluation.metrics import DocumentScore, Scores
from extractor.evaluation.pairing import decimal_or_none
from extractor.facts import Fact

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
    if d.get("engines") is None:
        d.pop("engines", None)
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


def pct(v: float | None) -> str:
    """A ratio as a percentage with one decimal ("—" when undefined)."""
    return "—" if v is None else f"{100 * v:.1f}"


def fact_line(f: dict[str, Any]) -> str:
    """One line a person can read: "Label" [entity] period = amount unit (scale)."""
    amount = "(blank)" if f.get("blank") else str(f.get("amount"))
    if f.get("amount_max") is not None:
        amount += f"–{f['amount_max']}"
    parts = [f'"{f.get("label")}"']
    if f.get("entity"):
        parts.append(f"[{f['entity']}]")
    parts.append(str(f.get("period") or "no period"))
    parts.append("=")
    parts.append(amount)
    if f.get("unit"):
        parts.append(str(f["unit"]))
    if f.get("scale"):
        parts.append(f"×10^{f['scale']}")
    return " ".join(parts)


def error_lines(e: dict[str, Any]) -> list[str]:
    """An error as plain lines: what is wrong, the fact, where it is."""
    if e["kind"] == "disagree":
        fields = ", ".join(
            f"{k}: gold {v['gold']!r} vs pred {v['pred']!r}" for k, v in e["fields"].items()
        )
        lines = [f"DISAGREE {fact_line(e['fact'])}", f"    {fields}"]
    else:
        tag = "MISS    " if e["kind"] == "miss" else "EXTRA   "
        lines = [f"{tag} {fact_line(e['fact'])}"]
    if e.get("context"):
        lines.append(f"    in: {e['context']}")
    elif e.get("quote"):
        lines.append(f"    quote: {e['quote']!r}")
    return lines


def _limited_errors(report: dict[str, Any], limit: int) -> tuple[dict[str, list[dict]], int]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for e in report["errors"][: max(limit, 0)]:
        grouped.setdefault(e["doc_id"], []).append(e)
    return grouped, len(report["errors"])


def _usage_cells(u: dict[str, Any] | None) -> list[str]:
    if not u:
        return ["", "", "", "", ""]
    return [str(u["prompt_tokens"]), str(u["completion_tokens"]), str(u["requests"]),
            str(u["cache_hits"]), f"{u['seconds']:.1f}"]


# ----------------------------------------------------------------------------- terminal


def render_terminal(report: dict[str, Any], console: Console, *, errors: int = 30) -> None:
    """The report for people, in a terminal: per-document table, summary, agreement, usage,
    changes since the baseline, and the first `errors` errors grouped by document."""
    with_usage = report.get("usage") is not None
    title = (f"{report['engine'] or 'predictions'}"
             + (f" (prompt {report['prompt_version']})" if report.get("prompt_version") else "")
             + f" on {report.get('gold_dir') or 'gold'}: {report['documents_scored']} documents")
    table = Table(title=title, title_justify="left")
    for col in ("document", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "blank F1",
                "strict F1"):
        table.add_column(col, justify="left" if col == "document" else "right")
    if with_usage:
        for col in ("tok in", "tok out", "req", "cache", "s"):
            table.add_column(col, justify="right")
    for d in report["documents"]:
        o = d["overall"]
        name = escape(d["doc_id"]) + (" [red](error)[/red]" if d.get("error") else "")
        row = [name, str(d["gold_facts"]), str(d["pred_facts"]), str(o["tp"]), str(o["fp"]),
               str(o["fn"]), pct(o["precision"]), pct(o["recall"]), pct(o["f1"]),
               pct(d["blank"]["f1"]), pct(d["strict"]["f1"])]
        table.add_row(*row, *(_usage_cells(d.get("usage")) if with_usage else []))
    o, m = report["overall"], report["macro"]
    table.add_section()
    table.add_row("[bold]all (micro)[/bold]",
                  str(sum(d["gold_facts"] for d in report["documents"])),
                  str(sum(d["pred_facts"] for d in report["documents"])),
                  str(o["tp"]), str(o["fp"]), str(o["fn"]), pct(o["precision"]),
                  pct(o["recall"]), f"[bold]{pct(o['f1'])}[/bold]", pct(report["blank"]["f1"]),
                  pct(report["strict"]["f1"]),
                  *(_usage_cells(report.get("usage")) if with_usage else []))
    table.add_row("mean over documents (macro)", "", "", "", "", "", pct(m["precision"]),
                  pct(m["recall"]), pct(m["f1"]), pct(m["blank_f1"]), pct(m["strict_f1"]),
                  *([""] * 5 if with_usage else []))
    console.print(table)

    summary = Table(title="Summary (micro, all documents)", title_justify="left")
    for col in ("", "TP", "FP", "FN", "precision", "recall", "F1"):
        summary.add_column(col, justify="left" if not col else "right")
    for name, key in (("all facts", "overall"), ("blanks alone", "blank"),
                      ("strict (unit, scale, entity, label agree)", "strict")):
        c = report[key]
        summary.add_row(name, str(c["tp"]), str(c["fp"]), str(c["fn"]), pct(c["precision"]),
                        pct(c["recall"]), pct(c["f1"]))
    console.print(summary)
    a = report["agreement"]
    console.print(
        f"Agreement on {a['pairs']} pairs: unit {pct(a['unit_rate'])}%, scale "
        f"{pct(a['scale_rate'])}%, entity {pct(a['entity_rate'])}%, label "
        f"{pct(a['label_rate'])}%, all four {pct(a['all_rate'])}%"
    )
    if with_usage:
        u = report["usage"]
        console.print(
            f"Usage: {u['prompt_tokens']} tokens in, {u['completion_tokens']} out, "
            f"{u['requests']} requests, {u['cache_hits']} cache hits, {u['seconds']:.1f} s"
        )

    if report.get("baseline"):
        _render_baseline(report["baseline"], console, errors)

    if errors > 0 and report["errors"]:
        grouped, total = _limited_errors(report, errors)
        shown = sum(len(v) for v in grouped.values())
        console.rule(f"Errors: {shown} of {total} (all of them are in the --json report)")
        doc_error = {d["doc_id"]: d.get("error") for d in report["documents"]}
        for doc_id, errs in grouped.items():
            console.print(f"[bold]{escape(doc_id)}[/bold]")
            if doc_error.get(doc_id):
                console.print(f"  [red]no usable prediction: {escape(doc_error[doc_id])}[/red]")
            for e in errs:
                for line in error_lines(e):
                    console.print("  " + escape(line), soft_wrap=True)
    if report.get("notes"):
        console.rule(f"Notes ({len(report['notes'])})")
        for note in report["notes"][:10]:
            console.print("  " + escape(note), soft_wrap=True)
        if len(report["notes"]) > 10:
            console.print(f"  … {len(report['notes']) - 10} more in the --json report")


def _render_baseline(diff: dict[str, Any], console: Console, limit: int) -> None:
    f = diff["figures"]

    def show(key: str) -> str:
        x = f[key]
        sign = "" if x["delta"] is None else f" ({100 * x['delta']:+.1f})"
        return f"{pct(x['before'])} → {pct(x['after'])}{sign}"

    console.rule("Since the baseline")
    console.print(
        f"F1 {show('overall_f1')}, blank F1 {show('blank_f1')}, strict F1 {show('strict_f1')}; "
        f"{diff['newly_right']} newly right, {diff['newly_wrong']} newly wrong"
    )
    for c in diff["changes"][: max(limit, 0)]:
        what = f"{c['before'] or '-'} → {c['after'] or 'gone'}"
        console.print(
            "  " + escape(f"{c['change']:<11} {c['doc_id']}: {c['kind']} {what}: "
                          f"{fact_line(c['fact'])}"),
            soft_wrap=True,
        )
    if len(diff["changes"]) > limit:
        console.print(f"  … {len(diff['changes']) - limit} more in the --json report")


# ----------------------------------------------------------------------------- markdown


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict[str, Any], *, errors: int = 30) -> str:
    """The report as Markdown, for a pull request comment or a README."""
    o = report["overall"]
    lines = [
        f"## Eval: {report['engine'] or 'predictions'}"
        + (f" (prompt {report['prompt_version']})" if report.get("prompt_version") else ""),
        "",
        f"{report['documents_scored']} documents from `{report.get('gold_dir')}`, "
        f"{o['tp'] + o['fn']} gold facts, {o['tp'] + o['fp']} predicted.",
        "",
        "| | TP | FP | FN | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, key in (("all facts", "overall"), ("blanks alone", "blank"), ("strict", "strict")):
        c = report[key]
        lines.append(f"| {name} | {c['tp']} | {c['fp']} | {c['fn']} | {pct(c['precision'])} | "
                     f"{pct(c['recall'])} | {pct(c['f1'])} |")
    m, a = report["macro"], report["agreement"]
    lines += [
        "",
        f"Macro (mean over documents): F1 {pct(m['f1'])}, blank F1 {pct(m['blank_f1'])}, "
        f"strict F1 {pct(m['strict_f1'])}.",
        "",
        f"Agreement on {a['pairs']} pairs: unit {pct(a['unit_rate'])}%, scale "
        f"{pct(a['scale_rate'])}%, entity {pct(a['entity_rate'])}%, label "
        f"{pct(a['label_rate'])}%, all four {pct(a['all_rate'])}%.",
    ]
    if report.get("usage"):
        u = report["usage"]
        lines += ["", f"Usage: {u['prompt_tokens']} tokens in, {u['completion_tokens']} out, "
                      f"{u['requests']} requests, {u['cache_hits']} cache hits, "
                      f"{u['seconds']:.1f} s."]
    if report.get("baseline"):
        diff = report["baseline"]
        fo = diff["figures"]["overall_f1"]
        lines += ["", f"Since the baseline: F1 {pct(fo['before'])} → {pct(fo['after'])}, "
                      f"{diff['newly_right']} newly right, {diff['newly_wrong']} newly wrong."]
        if diff["changes"]:
            lines += ["", "<details><summary>Changes</summary>", "",
                      "| document | change | fact | before → after |", "| --- | --- | --- | --- |"]
            lines += [f"| {_md(c['doc_id'])} | {c['change']} | {_md(fact_line(c['fact']))} | "
                      f"{c['before'] or '-'} → {c['after'] or 'gone'} |" for c in diff["changes"]]
            lines += ["", "</details>"]
    lines += ["", "<details><summary>Per document</summary>", "",
              "| document | gold | pred | P | R | F1 | blank F1 | strict F1 |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for d in report["documents"]:
        c = d["overall"]
        lines.append(f"| {_md(d['doc_id'])}{' (error)' if d.get('error') else ''} | "
                     f"{d['gold_facts']} | {d['pred_facts']} | {pct(c['precision'])} | "
                     f"{pct(c['recall'])} | {pct(c['f1'])} | {pct(d['blank']['f1'])} | "
                     f"{pct(d['strict']['f1'])} |")
    lines += ["", "</details>"]
    if errors > 0 and report["errors"]:
        grouped, total = _limited_errors(report, errors)
        shown = sum(len(v) for v in grouped.values())
        lines += ["", f"<details><summary>Errors ({shown} of {total})</summary>", ""]
        for doc_id, errs in grouped.items():
            lines += [f"**{_md(doc_id)}**", "", "```"]
            for e in errs:
                lines += error_lines(e)
            lines += ["```", ""]
        lines += ["</details>"]
    return "\n".join(lines) + "\n"


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
