"""Writers: results as JSON, JSON Lines, CSV, Parquet, a table for people, or one JSON file per
document. One code path for every engine.

A batch renders each document to text where it is extracted (possibly in a worker process) and
the parent only appends that text to a sink, so writing stays cheap and memory stays flat.
JSON Lines sinks write every record as one line and flush it, so an interrupted run leaves at
most one partial last line, which `prepare_resume` cuts away before a resumed run appends.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from extractor.errors import ConfigurationError
from extractor.facts import Result
from extractor.rows import COLUMNS, rows, to_json_row

FORMATS = ("json", "jsonl", "csv", "parquet", "table", "dir")
"""Every output format (-f); "dir" is a folder of NAME.json files (-o FOLDER/)."""
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
            ".parquet": "parquet"}
"""The output file suffixes -o recognises, and their formats."""
CSV_FIELDS = COLUMNS


def unknown_format(fmt: str) -> str:
    """The message for a format that does not exist, listing the real ones."""
    return f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}"


def to_json_line(result: Result) -> str:
    """One document as a single JSON line (no trailing newline)."""
    return json.dumps(result.contract_dict(), ensure_ascii=False)


def write_json(results: Iterable[Result], out: IO[str]) -> None:
    """Documents as a JSON array of objects: always an array, one document or many."""
    json.dump([r.contract_dict() for r in results], out, ensure_ascii=False, indent=2)
    out.write("\n")


def csv_rows(result: Result) -> Iterable[dict[str, object]]:
    """The CSV rows of a document (the table of extractor.rows: a row per fact, or one row
    for a document without facts, with its error and warnings)."""
    return [to_json_row(r) for r in rows(result)]


def csv_header(out: IO[str]) -> csv.DictWriter[str]:
    """A CSV writer on `out` with the header row written."""
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


def _csv_text(result: Result) -> str:
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=CSV_FIELDS).writerows(csv_rows(result))
    return buf.getvalue()


def _row_lines(result: Result) -> str:
    # Parquet: the rows travel from the workers as JSON lines; the sink types them.
    return "".join(json.dumps(to_json_row(r), ensure_ascii=False) + "\n" for r in rows(result))


def _json_text(result: Result) -> str:
    return json.dumps(result.contract_dict(), ensure_ascii=False, indent=2)


_RENDERERS: dict[str, Callable[[Result], str]] = {
    "jsonl": lambda r: to_json_line(r) + "\n",
    "csv": _csv_text,
    "parquet": _row_lines,
    "table": render_table,
    "json": _json_text,
    "dir": _json_text,
}


def render(result: Result, fmt: str) -> str:
    """One document as the text a sink of format `fmt` appends ("dir": its NAME.json)."""
    try:
        return _RENDERERS[fmt](result)
    except KeyError:
        raise ConfigurationError(unknown_format(fmt)) from None


# --- resume ---------------------------------------------------------------------------------


def record_key(doc_id: str, source: str | None) -> str:
    """What identifies a document across runs: its source path as given, else its doc_id."""
    return source if source else f"doc_id:{doc_id}"


@dataclass
class ResumeState:
    """What an existing JSON Lines output already holds."""

    done: set[str]
    """Keys (`record_key`) of documents with a successful record."""
    kept: int = 0
    """Successful records kept."""
    dropped_errors: int = 0
    """Error records removed so that their documents are tried again."""
    dropped_partial: bool = False
    """Whether a partial (interrupted) last line was cut away."""
    dropped_invalid: int = 0
    """Complete lines that were not JSON records, removed."""


def prepare_resume(path: Path) -> ResumeState:
    """Make an interrupted JSON Lines output ready to be appended to, and say what it holds.

    Successful records are kept and their documents counted as done. A partial last line (no
    newline, or not valid JSON) is cut away. Error records are removed, so a resumed run tries
    their documents again and the file never holds two records for one document. The file is
    rewritten (to a temporary file, then renamed) only when something must be removed from
    the middle; a partial tail alone is truncated in place.
    """
    state = ResumeState(done=set())
    if not path.exists():
        return state
    good_end = 0  # byte offset just past the last line worth keeping, if nothing else is cut
    needs_rewrite = False
    with open(path, "rb") as f:
        for raw in f:
            record = _parse_record(raw)
            if record is None:
                if raw.endswith(b"\n"):
                    state.dropped_invalid += 1
                    needs_rewrite = True
                else:
                    state.dropped_partial = True
                continue
            if record.get("error"):
                state.dropped_errors += 1
                needs_rewrite = True
            else:
                state.done.add(record_key(str(record["doc_id"]), record.get("source")))
                state.kept += 1
            good_end = f.tell()
    if needs_rewrite:
        _rewrite_keeping_good(path)
    elif state.dropped_partial:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return state


def _parse_record(raw: bytes) -> dict[str, Any] | None:
    if not raw.endswith(b"\n"):
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(record, dict) or "doc_id" not in record:
        return None
    return record


def _rewrite_keeping_good(path: Path) -> None:
    tmp = path.with_name(f".{path.name}.resume.tmp")
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        for raw in src:
            record = _parse_record(raw)
            if record is not None and not record.get("error"):
                dst.write(raw)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


def write_text(result: Result, folder: str | Path) -> Path:
    """Write a result's rendered text (HTML inputs: what its spans refer to) to
    FOLDER/DOC_ID.txt ("/" in a doc_id becomes "_")."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    path = out / (result.doc_id.replace("/", "_") + ".txt")
    path.write_text(result.text or "", encoding="utf-8")
    return path
