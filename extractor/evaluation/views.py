"""Views of an eval report for people: a terminal table (rich) and Markdown, with the error
listing and the changes since a baseline. Both are rendered from the JSON report's dict."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


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
    _render_summary(report, console)
    if report.get("baseline"):
        _render_baseline(report["baseline"], console, errors)
    if errors > 0 and report["errors"]:
        _render_errors(report, console, errors)
    if report.get("notes"):
        console.rule(f"Notes ({len(report['notes'])})")
        for note in report["notes"][:10]:
            console.print("  " + escape(note), soft_wrap=True)
        if len(report["notes"]) > 10:
            console.print(f"  … {len(report['notes']) - 10} more in the --json report")


def spread_line(report: dict[str, Any]) -> str | None:
    """The bootstrap intervals of F1 and strict F1, as one sentence (None in reports made
    before the spread was computed, or with fewer than two scored documents)."""
    spread = report.get("spread") or {}
    f1, strict = spread.get("f1"), spread.get("strict_f1")
    if not f1:
        return None
    level = round(100 * spread.get("level", 0.95))
    text = (f"{level}% interval over documents (bootstrap, {spread.get('resamples')} "
            f"resamples): F1 {pct(f1[0])}-{pct(f1[1])}")
    return text + (f", strict F1 {pct(strict[0])}-{pct(strict[1])}" if strict else "")


def _render_summary(report: dict[str, Any], console: Console) -> None:
    """The micro figures, the agreement on pairs and the usage."""
    summary = Table(title="Summary (micro, all documents)", title_justify="left")
    for col in ("", "TP", "FP", "FN", "precision", "recall", "F1"):
        summary.add_column(col, justify="left" if not col else "right")
    for name, key in (("all facts", "overall"), ("blanks alone", "blank"),
                      ("strict (unit, scale, entity, label agree)", "strict")):
        c = report[key]
        summary.add_row(name, str(c["tp"]), str(c["fp"]), str(c["fn"]), pct(c["precision"]),
                        pct(c["recall"]), pct(c["f1"]))
    console.print(summary)
    if spread := spread_line(report):
        console.print(spread)
    a = report["agreement"]
    console.print(
        f"Agreement on {a['pairs']} pairs: unit {pct(a['unit_rate'])}%, scale "
        f"{pct(a['scale_rate'])}%, entity {pct(a['entity_rate'])}%, label "
        f"{pct(a['label_rate'])}%, all four {pct(a['all_rate'])}%"
    )
    if report.get("usage") is not None:
        u = report["usage"]
        console.print(
            f"Usage: {u['prompt_tokens']} tokens in, {u['completion_tokens']} out, "
            f"{u['requests']} requests, {u['cache_hits']} cache hits, {u['seconds']:.1f} s"
        )


def _render_errors(report: dict[str, Any], console: Console, errors: int) -> None:
    """The first `errors` errors, grouped by document."""
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
        *(["", spread + "."] if (spread := spread_line(report)) else []),
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
