"""Writers: results as JSON, JSON Lines, CSV, a table for people, or one JSON file per document.
One code path for every engine.

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
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

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
    """One CSV row per fact of a document."""
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


def _json_text(result: Result) -> str:
    return json.dumps(result.contract_dict(), ensure_ascii=False, indent=2)


_RENDERERS: dict[str, Callable[[Result], str]] = {
    "jsonl": lambda r: to_json_line(r) + "\n",
    "csv": _csv_text,
    "table": render_table,
    "json": _json_text,
    "dir": _json_text,
}


def render(result: Result, fmt: str) -> str:
    """One document as the text a sink of format `fmt` appends ("dir": its NAME.json)."""
    try:
        return _RENDERERS[fmt](result)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}") from None


# --- sinks: where a batch's rendered records go ---------------------------------------------


class Sink(Protocol):
    """Receives each document's rendered text, in order, as it is extracted."""

    def write(self, doc_id: str, text: str) -> None: ...

    def close(self) -> None: ...


class StreamSink:
    """jsonl, csv and table: append each record and flush, so nothing waits in a buffer."""

    def __init__(self, out: IO[str], fmt: str, owned: bool) -> None:
        self._out = out
        self._owned = owned
        if fmt == "csv" and not _has_content(out):
            csv_header(out)

    def write(self, doc_id: str, text: str) -> None:
        self._out.write(text)
        self._out.flush()

    def close(self) -> None:
        self._out.flush()
        if self._owned:
            self._out.close()


class JsonSink:
    """json: one object for a single document, an array for several, streamed (the first
    object is held until a second one shows it is an array)."""

    def __init__(self, out: IO[str], owned: bool) -> None:
        self._out = out
        self._owned = owned
        self._first: str | None = None
        self._count = 0

    def write(self, doc_id: str, text: str) -> None:
        self._count += 1
        if self._count == 1:
            self._first = text
            return
        if self._count == 2:
            self._out.write("[\n" + textwrap.indent(self._first or "", "  "))
            self._first = None
        self._out.write(",\n" + textwrap.indent(text, "  "))
        self._out.flush()

    def close(self) -> None:
        if self._count == 0:
            self._out.write("[]\n")
        elif self._count == 1:
            self._out.write((self._first or "") + "\n")
        else:
            self._out.write("\n]\n")
        self._out.flush()
        if self._owned:
            self._out.close()


class DirSink:
    """A folder of NAME.json files, one per document (the layout of a gold folder). Each file
    is written to a temporary name and renamed, so none is ever half-written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.json"

    def write(self, doc_id: str, text: str) -> None:
        target = self.path_for(doc_id)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text + "\n", encoding="utf-8")
        os.replace(tmp, target)

    def is_done(self, doc_id: str) -> bool:
        """True when NAME.json exists and is a successful record (error records are retried)."""
        try:
            data = json.loads(self.path_for(doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and not data.get("error")

    def close(self) -> None:
        pass


def is_dir_target(output: str | Path) -> bool:
    """An output that names a folder: an existing folder, or a path written with a trailing /
    (pass the string as the user wrote it: Path() drops the slash)."""
    return Path(output).is_dir() or str(output).endswith(("/", os.sep))


def open_sink(output: Path | None, fmt: str, *, append: bool = False,
              stdout: IO[str] | None = None) -> Sink:
    """The sink for `fmt` writing to `output` (a file; a folder for "dir"), or to stdout."""
    if fmt == "dir":
        if output is None:
            raise ValueError("format 'dir' needs an output folder")
        return DirSink(output)
    if output is None:
        import sys

        out: IO[str] = stdout or sys.stdout
        owned = False
    else:
        if output.parent != Path():
            output.parent.mkdir(parents=True, exist_ok=True)
        # newline="\n": the same bytes on every platform, so resume can find record ends.
        out = open(output, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        owned = True
    if fmt == "json":
        return JsonSink(out, owned)
    if fmt in ("jsonl", "csv", "table"):
        return StreamSink(out, fmt, owned)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _has_content(out: IO[str]) -> bool:
    try:
        return out.tell() > 0
    except (OSError, ValueError):
        return False


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
