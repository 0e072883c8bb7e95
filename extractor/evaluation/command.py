"""`extractor eval GOLD_DIR`: score an engine (or a predictions file) against a gold folder.

A thin layer over `extractor.evaluation`: read gold, get predictions, score, report, gate.
Exit status: 0 when scored (and above any bar), 1 when below a --min-f1/--min-blank-f1 bar,
2 when the input cannot be scored at all (missing or empty gold folder, unreadable file, no
document with a usable prediction: e.g. the LLM engine without an endpoint). The reports
asked for are written before a non-zero exit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

DEFAULT_ERRORS = 30

# One paragraph per string: the help renderer keeps a docstring's line breaks.
EVAL_HELP = "\n\n".join([
    "Score an engine (or --pred FILE) against hand-labelled gold.",
    "Pairs facts by the rules of FACTS.md and reports precision, recall and F1 overall, for "
    "blank facts alone and strict (unit, scale, entity and label agree too), per document, "
    "with every miss, extra and disagreement listed.",
    "Exit 1 when below a --min-f1/--min-blank-f1 bar; 2 when the gold folder is missing or "
    "empty, or no document got a usable prediction.",
])


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _bar(value: float | None, flag: str) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise typer.BadParameter(f"{flag} is a fraction between 0 and 1 (0.8 for 80%)")
    return value


def _read_baseline(path: Path) -> dict[str, Any]:
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise _fail(f"cannot read baseline {path}: {e}") from None
    if not isinstance(old, dict) or not isinstance(old.get("documents"), list):
        raise _fail(f"baseline {path} is not a report written by `extractor eval --json`")
    return old


def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="folder of NAME.txt beside NAME.json (gold)")],
    engine: Annotated[
        str, typer.Option("--engine", "-e", help="rules (default, no network) | llm | hybrid")
    ] = "rules",
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="score this JSONL of predictions instead of running an engine"),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="write the full report (all errors) as JSON")
    ] = None,
    markdown_out: Annotated[
        Path | None, typer.Option("--markdown", help="write the report as Markdown")
    ] = None,
    html_out: Annotated[
        Path | None,
        typer.Option("--html", help="write the report as a self-contained HTML page: each "
                                    "error in its context, sortable"),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="a previous --json report: list what changed since"),
    ] = None,
    min_f1: Annotated[
        float | None, typer.Option("--min-f1", help="exit 1 when overall F1 is below (0..1)")
    ] = None,
    min_blank_f1: Annotated[
        float | None,
        typer.Option("--min-blank-f1", help="exit 1 when blank-fact F1 is below (0..1)"),
    ] = None,
    errors: Annotated[
        int, typer.Option("--errors", help="errors to print (0 = none; --json has all)")
    ] = DEFAULT_ERRORS,
    model: Annotated[str | None, typer.Option(help="LLM model name")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="bypass the LLM cache")] = False,
    concurrency: Annotated[int | None, typer.Option(help="LLM requests in flight")] = None,
    timeout: Annotated[float | None, typer.Option(help="LLM request timeout (s)")] = None,
) -> None:
    """Score an engine (or --pred FILE) against hand-labelled gold.

    Pairs facts by the rules of FACTS.md and reports precision, recall and F1 overall, for
    blank facts alone and strict (unit, scale, entity and label agree too), per document, with
    every miss, extra and disagreement listed. Exit 1 when below a --min-f1/--min-blank-f1
    bar, 2 when the gold folder is missing or empty."""
    from rich.console import Console

    from extractor.config import LLMConfig
    from extractor.evaluation.inputs import (
        EvalInputError,
        evaluate,
        load_gold,
        predictions_for,
        run_info,
    )
    from extractor.evaluation.report import (
        build_report,
        diff_reports,
        gate_failures,
        render_markdown,
        render_terminal,
    )

    _bar(min_f1, "--min-f1")
    _bar(min_blank_f1, "--min-blank-f1")
    if errors < 0:
        raise typer.BadParameter("--errors is 0 or more")
    try:
        gold = load_gold(gold_dir)
    except EvalInputError as e:
        raise _fail(str(e)) from None
    old = _read_baseline(baseline) if baseline is not None else None

    llm = None
    if pred is None and engine != "rules":
        llm = LLMConfig.from_env(
            model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
            use_cache=False if no_cache else None,
        )
    if pred is None:
        typer.echo(f"extracting {len(gold.items)} documents with the {engine} engine…", err=True)
    try:
        predictions = predictions_for(gold.items, engine=engine, pred_path=pred, llm=llm)
    except EvalInputError as e:
        raise _fail(str(e)) from None
    except (ValueError, ImportError) as e:  # unknown engine, or an engine not installed
        raise _fail(f"cannot run the {engine} engine: {e}") from None

    scores = evaluate(gold.items, predictions.items, [*gold.notes, *predictions.notes])
    info = run_info(predictions.items, None if pred is not None else engine)
    report = build_report(
        scores,
        engine=info["engine"],
        prompt_version=info["prompt_version"],
        gold_dir=str(gold_dir),
        predictions=str(pred) if pred is not None else None,
    )
    if old is not None:
        report["baseline"] = diff_reports(old, report)

    if json_out is not None:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if markdown_out is not None:
        markdown_out.write_text(render_markdown(report, errors=errors), encoding="utf-8")
    if html_out is not None:
        from extractor.evaluation.html_report import render_html

        texts = {d.doc_id: d.text for d in scores.documents}
        html_out.write_text(render_html(report, texts), encoding="utf-8")
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    render_terminal(report, console, errors=errors)

    failed = [d for d in report["documents"] if d.get("error")]
    if failed:
        typer.echo(
            f"warning: {len(failed)} of {len(report['documents'])} documents have no usable "
            f"prediction (their gold facts count as misses); first: {failed[0]['doc_id']}: "
            f"{failed[0]['error']}",
            err=True,
        )
    if failed and len(failed) == len(report["documents"]):
        # Nothing was predicted at all: a figure of 0 would measure the setup, not the engine.
        raise _fail("no document has a usable prediction, so there is nothing to score")

    failures = gate_failures(report, min_f1, min_blank_f1)
    for failure in failures:
        typer.echo(f"FAILED: {failure}", err=True)
    raise typer.Exit(1 if failures else 0)
