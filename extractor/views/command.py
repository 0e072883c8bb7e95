"""`extractor view NOTE... -o view.html`: notes and their facts as one self-contained HTML
file (the page's view, rendered here with the same templates; no network assets)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

VIEW_HELP = "\n\n".join([
    "Write notes and their facts as one self-contained HTML file: each note's text with every "
    "fact highlighted (blank slots marked ▯ where the amount was dropped), a sortable table "
    "of its facts (click one to see period, unit, scale, label, entity, engine and quote) and "
    "its warnings at their place. Opens offline in any browser.",
    "Facts come from the engine, or from --results FILE.jsonl (the output of `extractor "
    "extract`), matched to the notes by doc_id. Exit 1 when a note could not be shown.",
])


def _read_results(path: Path) -> dict[str, object]:
    from extractor.facts import Result

    out: dict[str, object] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        typer.echo(f"error: cannot read {path}: {e}", err=True)
        raise typer.Exit(2) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            result = Result.model_validate_json(line)
        except ValueError as e:
            typer.echo(f"error: {path}:{n}: not a result record: {str(e).splitlines()[0]}",
                       err=True)
            raise typer.Exit(2) from None
        out[result.doc_id] = result
    return out


def view_command(
    paths: Annotated[list[str], typer.Argument(
        help="note files (text, R pages, iXBRL filings: one note each), folders (their *.txt, "
             "*.htm, *.html, *.xhtml files), or -")],
    output: Annotated[Path, typer.Option("--output", "-o", help="the HTML file to write")],
    engine: Annotated[
        str, typer.Option("--engine", "-e", help="rules (default, no network) | llm | hybrid")
    ] = "rules",
    results: Annotated[
        Path | None,
        typer.Option("--results", help="show the facts of this JSONL instead of extracting"),
    ] = None,
    model: Annotated[str | None, typer.Option(help="LLM model name")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")] = None,
    title: Annotated[str, typer.Option(help="the page's title")] = "Facts",
) -> None:
    """Write notes and their facts as one self-contained HTML file."""
    from extractor.document import DocumentError
    from extractor.facts import Result
    from extractor.inputs import STDIN, Item, empty_folders, iter_inputs, looked_for
    from extractor.oneinput import error_result, load_documents
    from extractor.views.render import render_view

    for folder in empty_folders(paths):
        typer.echo(f"error: {folder}: no documents in this folder (looked for {looked_for()}, "
                   "subfolders included)", err=True)
        raise typer.Exit(2)
    given = _read_results(results) if results is not None else None
    eng = _engine_for(engine, model, base_url) if given is None else None
    docs: list[tuple[Result, str]] = []
    failed = 0
    for item in iter_inputs(paths):
        if item.path == STDIN:
            item = Item(STDIN, sys.stdin.buffer.read())
        try:
            # An iXBRL filing is one document per note and statement, as `extract` reads it.
            loaded = load_documents(item)
        except (DocumentError, OSError) as e:
            docs.append((error_result(item, engine, str(e)), ""))
            failed += 1
            continue
        for doc in loaded:
            result = _result_for(doc, item, engine, eng, given, results)
            failed += result.error is not None
            docs.append((result, doc.text))
    if not docs:
        typer.echo("error: no notes found", err=True)
        raise typer.Exit(2)
    try:
        output.write_text(render_view(docs, title=title), encoding="utf-8")
    except OSError as e:
        typer.echo(f"error: cannot write {output}: {e}", err=True)
        raise typer.Exit(2) from None
    facts = sum(len(r.facts) for r, _ in docs)
    typer.echo(f"{output}: {len(docs)} note{'' if len(docs) == 1 else 's'}, {facts} facts"
               + (f", {failed} failed" if failed else ""), err=True)
    if failed:
        for r, _ in docs:
            if r.error:
                typer.echo(f"error: {r.error}", err=True)
        raise typer.Exit(1)


def _engine_for(engine: str, model: str | None, base_url: str | None) -> Any:
    """The engine to extract with; a usage error for an unknown one, exit 2 at once when it
    needs a server and none answers at its endpoint (rather than an error per note)."""
    from extractor.config import LLMConfig
    from extractor.engines import engine_spec, get_engine
    from extractor.llm.reach import before_run

    try:
        spec = engine_spec(engine)
        llm = LLMConfig.from_env(model=model, base_url=base_url) if spec.needs_endpoint else None
        eng = get_engine(engine, llm)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    if llm is not None and not getattr(eng, "unavailable", None):
        error, warning = before_run(engine, llm, spec.falls_back)
        if error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2)
        if warning:
            typer.echo(f"warning: {warning}", err=True)
    return eng


def _result_for(doc: Any, item: Any, engine: str, eng: Any, given: dict[str, object] | None,
                results: Path | None) -> Any:
    """One document's facts: its saved record (`--results`), else the engine's; a missing
    record or an engine failure is an error result, shown, and the other notes go on."""
    from extractor.facts import Result
    from extractor.oneinput import error_result

    if given is not None:
        result = given.get(doc.doc_id)
        if isinstance(result, Result):
            return result
        return error_result(item, "results", f"no record for {doc.doc_id} in {results}")
    try:
        return eng.extract(doc)
    except Exception as e:  # one note's engine failure: shown, the others go on
        return error_result(item, engine, f"engine failed: {type(e).__name__}: {e}")


__all__ = ["VIEW_HELP", "view_command"]
