"""Writers: results as JSON, JSON Lines, CSV or a table for people. One code path for every
engine."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO

from extractor.facts import Result

FORMATS = ("json", "jsonl", "csv", "table")
CSV_FIELDS = [
    "doc_id", "label", "entity", "period", "amount", "amount_max", "scale", "unit", "blank",
    "quote", "span_start", "span_end", "engines",
]


def to_json_line(result: Result) -> str:
    """One document as a single JSON line (no trailing newline)."""
    return json.dumps(result.contract_dict(), ensure_ascii=False)


def write_json(results: Iterable[Result], out: IO[str]) -> None:
    """A single document as one object; several as a JSON array of objects."""
    items = [r.contract_dict() for r in results]
    payload = items[0] if len(items) == 1 else items
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def csv_rows(result: Result) -> Iterable[dict[str, object]]:
    for f in result.facts:
        yield {
            "doc_id": result.doc_id,
            "label": f.label,
            "entity": f.entity,
            "period": f.period,
            "amount": f.amount,
            "amount_max": f.amount_max,
            "scale": f.scale,
            "unit": f.unit,
            "blank": f.blank,
            "quote": f.quote,
            "span_start": f.span[0] if f.span else None,
            "span_end": f.span[1] if f.span else None,
            "engines": "+".join(f.engines or []),
        }


def csv_header(out: IO[str]) -> csv.DictWriter[str]:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    w.writeheader()
    return w


def render_table(result: Result) -> str:
    """A readable table of one document's facts (rich), with its warnings under it."""
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{result.doc_id} — {len(result.facts)} facts", show_lines=False)
    for col in ("period", "label", "entity", "amount", "unit", "scale", "quote"):
        t.add_column(col, overflow="fold")
    for f in result.facts:
        amount = "(blank)" if f.blank else (f.amount or "")
        if f.amount_max:
            amount += f"–{f.amount_max}"
        t.add_row(f.period or "", f.label, f.entity or "", amount, f.unit or "",
                  str(f.scale), f.quote.replace("\n", " ")[:60])
    buf = io.StringIO()
    console = Console(file=buf, width=160, force_terminal=False)
    console.print(t)
    if result.error:
        console.print(f"[error] {result.error}")
    for w in result.warnings:
        console.print(f"warning [{w.code}] {w.message}")
    return buf.getvalue()
