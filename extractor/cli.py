"""The command line: a thin layer over the Python API (`extractor --help`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from extractor.batch import Summary, extract_one, iter_inputs
from extractor.config import LLMConfig
from extractor.output import FORMATS, csv_header, csv_rows, render_table, to_json_line, write_json

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Grounded, typed facts from the notes of SEC filings.",
)



@app.callback()
def _root() -> None:
    """Grounded, typed facts from the notes of SEC filings."""


EngineOpt = Annotated[
    str, typer.Option("--engine", "-e", help="rules (default, no network) | llm | hybrid")
]


def llm_config(model: str | None, base_url: str | None, no_cache: bool,
               concurrency: int | None, timeout: float | None) -> LLMConfig:
    """LLM settings from the environment, overridden by the flags given."""
    return LLMConfig.from_env(
        model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
        use_cache=False if no_cache else None,
    )


def _format_for(output: Path | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        return suffix if suffix in FORMATS else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, folders (their *.txt) or - for stdin")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="output file")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="json | jsonl | csv | table")
    ] = None,
    engine: EngineOpt = "rules",
    model: Annotated[str | None, typer.Option(help="LLM model name")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="bypass the LLM cache")] = False,
    concurrency: Annotated[int | None, typer.Option(help="LLM requests in flight")] = None,
    timeout: Annotated[float | None, typer.Option(help="LLM request timeout (s)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress or summary")] = False,
) -> None:
    """Extract facts from notes: one output record per document, an error record for each
    document that could not be read. Exit status 1 when any document failed."""
    fmt = _format_for(output, fmt)
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    llm = llm_config(model, base_url, no_cache, concurrency, timeout) if engine != "rules" else None
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    summary = Summary()
    try:
        results = []
        writer = csv_header(out) if fmt == "csv" else None
        for path in iter_inputs(paths):
            r = extract_one(path, engine, llm)
            summary.documents += 1
            summary.facts += len(r.facts)
            if r.error:
                summary.failed += 1
                summary.errors.append((path, r.error))
                typer.echo(f"error: {r.error}", err=True)
            if fmt == "jsonl":
                out.write(to_json_line(r) + "\n")
            elif fmt == "csv" and writer is not None:
                writer.writerows(csv_rows(r))
            elif fmt == "table":
                out.write(render_table(r))
            else:
                results.append(r)
        if fmt == "json":
            write_json(results, out)
    finally:
        if output:
            out.close()
    if not quiet:
        typer.echo(
            f"{summary.documents} documents, {summary.facts} facts, {summary.failed} failed",
            err=True,
        )
    raise typer.Exit(1 if summary.failed else 0)


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
