"""The "xbrl" section of an `eval --xbrl` report, for a terminal and as Markdown."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.evaluation.views import pct


def summary_rows(x: dict[str, Any]) -> list[tuple[str, str]]:
    """The headline figures as (name, value) rows."""
    a = x["agreement"]
    return [
        ("filings / documents", f"{len(x['filings'])} / {x['documents']}"),
        ("tagged facts (nil tags: blanks)", f"{x['tagged_facts']} ({x['tagged_blanks']})"),
        ("predictions (on tagged places)",
         f"{x['predictions']} ({x['predictions_on_tagged_places']})"),
        ("recall, period ignored", pct(x["recall_any_period"])),
        ("precision on tagged places, period ignored", pct(x["precision_any_period"])),
        ("recall (contract: period must agree)", pct(x["recall"])),
        ("precision on tagged places (contract)", pct(x["precision_on_tagged"])),
        ("found right: period, unit and scale agree", pct(x["found_right"])),
        ("on pairs: unit / scale / entity / label agree",
         " / ".join(pct(a[f"{k}_rate"]) for k in ("unit", "scale", "entity", "label"))),
    ]


def _class_lines(classes: dict[str, Any], examples: bool) -> list[str]:
    lines = ["| class | count |", "| --- | ---: |"]
    lines += [f"| {name} | {c['count']} |" for name, c in classes.items()]
    if not examples:
        return lines
    for name, c in classes.items():
        lines += ["", f"**{name}** ({c['count']}):", ""]
        for e in c["examples"]:
            g, p = e["gold"], e["pred"]
            pred = ("nothing" if p is None
                    else f"{p['amount']} {p['period']} {p['unit']} {p['scale']}")
            lines.append(f"- `{e['doc_id']}`: `{e['line'][:100]}` — tag {g['amount']} "
                         f"{g['period']} {g['unit']} {g['scale']}; predicted {pred}")
    return lines


def render_xbrl_markdown(report: dict[str, Any], *, examples: bool = True,
                         notes: int = 0) -> str:
    """The xbrl section as Markdown: figures, error classes (with examples) and, with
    `notes` > 0, the notes with the lowest recall."""
    x = report["xbrl"]
    lines = ["## Against the filers' own XBRL", "", x["precision_note"] + ".", "",
             "| figure | value |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in summary_rows(x)]
    lines += ["", "### Misses by class", ""]
    lines += _class_lines(x["error_classes"]["misses"], examples)
    lines += ["", "### Unit and scale disagreements on pairs", ""]
    lines += _class_lines(x["error_classes"]["pairs"], examples)
    if notes:
        worst = sorted((n for n in x["per_note"] if n["tagged"]),
                       key=lambda n: (n["recall"] or 0.0, -n["tagged"]))[:notes]
        lines += ["", f"### The {len(worst)} notes with the lowest recall", "",
                  "| document | tagged | recall | recall, period ignored | untagged preds |",
                  "| --- | ---: | ---: | ---: | ---: |"]
        lines += [f"| `{n['doc_id']}` | {n['tagged']} | {pct(n['recall'])} | "
                  f"{pct(n['recall_any_period'])} | {n['untagged_predictions']} |" for n in worst]
    return "\n".join(lines) + "\n"


def render_xbrl_terminal(report: dict[str, Any], console: Console, *, limit: int = 12) -> None:
    """The xbrl figures and the biggest error classes, for a terminal."""
    x = report["xbrl"]
    table = Table(title="against the filers' own XBRL tags", title_justify="left")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for k, v in summary_rows(x):
        table.add_row(k, v)
    console.print(table)
    console.print(escape(x["precision_note"]) + ".")
    classes = Table(title="biggest error classes", title_justify="left")
    classes.add_column("class")
    classes.add_column("count", justify="right")
    merged = {**x["error_classes"]["misses"], **x["error_classes"]["pairs"]}
    for name, c in sorted(merged.items(), key=lambda kv: -kv[1]["count"])[:limit]:
        classes.add_row(escape(name), str(c["count"]))
    console.print(classes)
