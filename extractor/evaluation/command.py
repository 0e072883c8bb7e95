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

from extractor.llm_options import ContextTokensOpt, LLMRoleOpt

DEFAULT_ERRORS = 30

# One paragraph per string: the help renderer keeps a docstring's line breaks.
EVAL_HELP = "\n\n".join([
    "Score an engine (or --pred FILE) against hand-labelled gold.",
    "Pairs facts by the rules of FACTS.md and reports precision, recall and F1 overall, for "
    "blank facts alone and strict (unit, scale, entity and label agree too), per document, "
    "with every miss, extra and disagreement listed.",
    "With --xbrl, the gold is the tags of inline-XBRL filings given as paths (files or "
    "folders): every note and statement is a document, every ix:nonFraction a gold fact; "
    "precision counts only predictions standing on a tagged place, and recall is also shown "
    "with the period ignored.",
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


_GoldArg = Annotated[
    list[Path],
    typer.Argument(help="folder of NAME.txt beside NAME.json (gold); with --xbrl: "
                        "iXBRL filings or folders of them", metavar="GOLD_DIR | FILING..."),
]
_XbrlOpt = Annotated[
    bool,
    typer.Option("--xbrl", help="gold from the filings' own XBRL tags (iXBRL .htm/.html); "
                                "precision counts only predictions on tagged places"),
]
_EngineOpt = Annotated[
    str, typer.Option("--engine", "-e", help="rules (default, no network) | llm | hybrid")
]
_PredOpt = Annotated[
    Path | None,
    typer.Option("--pred", help="score this JSONL of predictions instead of running an engine"),
]
_JsonOpt = Annotated[
    Path | None, typer.Option("--json", help="write the full report (all errors) as JSON")
]
_MarkdownOpt = Annotated[
    Path | None, typer.Option("--markdown", help="write the report as Markdown")
]
_HtmlOpt = Annotated[
    Path | None,
    typer.Option("--html", help="write the report as a self-contained HTML page: each error in "
                                "its context, sortable"),
]
_BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", help="a previous --json report: list what changed since"),
]
_MinF1Opt = Annotated[
    float | None, typer.Option("--min-f1", help="exit 1 when overall F1 is below (0..1)")
]
_MinBlankOpt = Annotated[
    float | None,
    typer.Option("--min-blank-f1", help="exit 1 when blank-fact F1 is below (0..1)"),
]
_ErrorsOpt = Annotated[
    int, typer.Option("--errors", help="errors to print (0 = none; --json has all)")
]
_ModelOpt = Annotated[str | None, typer.Option(help="LLM model name")]
_BaseUrlOpt = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")]
_NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="bypass the LLM cache")]
_ConcurrencyOpt = Annotated[int | None, typer.Option(help="LLM requests in flight")]
_TimeoutOpt = Annotated[float | None, typer.Option(help="LLM request timeout (s)")]


def eval_command(
    gold_paths: _GoldArg,
    xbrl: _XbrlOpt = False,
    engine: _EngineOpt = "rules",
    pred: _PredOpt = None,
    json_out: _JsonOpt = None,
    markdown_out: _MarkdownOpt = None,
    html_out: _HtmlOpt = None,
    baseline: _BaselineOpt = None,
    min_f1: _MinF1Opt = None,
    min_blank_f1: _MinBlankOpt = None,
    errors: _ErrorsOpt = DEFAULT_ERRORS,
    model: _ModelOpt = None,
    base_url: _BaseUrlOpt = None,
    no_cache: _NoCacheOpt = False,
    concurrency: _ConcurrencyOpt = None,
    timeout: _TimeoutOpt = None,
    llm_role: LLMRoleOpt = None,
    context_tokens: ContextTokensOpt = None,
) -> None:
    """Score an engine (or --pred FILE) against hand-labelled gold.

    Pairs facts by the rules of FACTS.md and reports precision, recall and F1 overall, for
    blank facts alone and strict (unit, scale, entity and label agree too), per document, with
    every miss, extra and disagreement listed. Exit 1 when below a --min-f1/--min-blank-f1
    bar, 2 when the gold folder is missing or empty."""
    from extractor.config import LLMConfig
    from extractor.evaluation.inputs import EvalInputError, load_gold
    from extractor.evaluation.report import diff_reports, gate_failures

    _bar(min_f1, "--min-f1")
    _bar(min_blank_f1, "--min-blank-f1")
    if errors < 0:
        raise typer.BadParameter("--errors is 0 or more")
    if pred is None:
        _known_engine(engine)
    llm_of = (lambda: _reachable(engine, LLMConfig.from_env(
        model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
        use_cache=False if no_cache else None, llm_role=llm_role,
        context_tokens=context_tokens))) if _needs_endpoint(engine) else (lambda: None)
    if xbrl:
        if pred is not None:
            raise typer.BadParameter("--xbrl runs the engine itself: --pred does not apply")
        _xbrl_eval(gold_paths, engine, llm_of(), json_out, markdown_out, errors, min_f1,
                   min_blank_f1)
    if len(gold_paths) != 1:
        raise _fail("give one gold folder (or --xbrl with filings)")
    gold_dir = gold_paths[0]
    try:
        gold = load_gold(gold_dir)
    except EvalInputError as e:
        raise _fail(str(e)) from None
    old = _read_baseline(baseline) if baseline is not None else None

    report = _score(gold, gold_dir, engine, pred, None if pred is not None else llm_of())
    if old is not None:
        report["baseline"] = diff_reports(old, report)
    _write_and_show(report, json_out, markdown_out, errors)
    if html_out is not None:
        from extractor.evaluation.html_report import render_html

        texts = {g.doc_id: g.text for g in gold.items if g.text is not None}
        html_out.write_text(render_html(report, texts), encoding="utf-8")
    _check_predicted(report)
    failures = gate_failures(report, min_f1, min_blank_f1)
    for failure in failures:
        typer.echo(f"FAILED: {failure}", err=True)
    raise typer.Exit(1 if failures else 0)


def _xbrl_eval(paths: list[Path], engine: str, llm: Any, json_out: Path | None,
               markdown_out: Path | None, errors: int, min_f1: float | None,
               min_blank_f1: float | None) -> None:
    """`eval --xbrl`: score against the filings' tags; always ends with typer.Exit."""
    from rich.console import Console

    from extractor.evaluation.inputs import EvalInputError
    from extractor.evaluation.report import gate_failures
    from extractor.evaluation.views import render_markdown, render_terminal
    from extractor.evaluation.xbrl import evaluate_xbrl
    from extractor.evaluation.xbrl_report import render_xbrl_markdown, render_xbrl_terminal

    typer.echo(f"extracting the notes and statements of {len(paths)} path(s) with the "
               f"{engine} engine…", err=True)
    try:
        report = evaluate_xbrl(paths, engine=engine, llm=llm)
    except EvalInputError as e:
        raise _fail(str(e)) from None
    except (ValueError, ImportError) as e:
        raise _fail(f"cannot run the {engine} engine: {e}") from None
    report["gold_dir"] = "XBRL tags of " + ", ".join(str(p) for p in paths)
    if json_out is not None:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if markdown_out is not None:
        markdown_out.write_text(
            render_xbrl_markdown(report, notes=20) + "\n" + render_markdown(report, errors=errors),
            encoding="utf-8",
        )
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    render_terminal(report, console, errors=errors)
    render_xbrl_terminal(report, console)
    failures = gate_failures(report, min_f1, min_blank_f1)
    for failure in failures:
        typer.echo(f"FAILED: {failure}", err=True)
    raise typer.Exit(1 if failures else 0)


def _score(
    gold: Any, gold_dir: Path, engine: str, pred: Path | None, llm: Any
) -> dict[str, Any]:
    """Predictions (from `pred`, else by running `engine`) scored against `gold`: the report."""
    from extractor.evaluation.inputs import EvalInputError, evaluate, predictions_for, run_info
    from extractor.evaluation.report import build_report

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
    return build_report(
        scores,
        engine=info["engine"],
        prompt_version=info["prompt_version"],
        gold_dir=str(gold_dir),
        predictions=str(pred) if pred is not None else None,
    )


def _write_and_show(
    report: dict[str, Any], json_out: Path | None, markdown_out: Path | None, errors: int
) -> None:
    from rich.console import Console

    from extractor.evaluation.views import render_markdown, render_terminal

    if json_out is not None:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if markdown_out is not None:
        markdown_out.write_text(render_markdown(report, errors=errors), encoding="utf-8")
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    render_terminal(report, console, errors=errors)


def _check_predicted(report: dict[str, Any]) -> None:
    """Warn about documents with no usable prediction; fail when none has one."""
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


def _reachable(engine: str, llm: Any) -> Any:
    """The LLM configuration, once a server answers at its endpoint: exit 2 at once when none
    does, not after every document's retries (an engine that falls back is warned)."""
    from extractor.engines import engine_spec
    from extractor.llm.reach import before_run

    error, warning = before_run(engine, llm, engine_spec(engine).falls_back)
    if error:
        raise _fail(error)
    if warning:
        typer.echo(f"warning: {warning}", err=True)
    return llm


def _known_engine(engine: str) -> None:
    """Exit 2 with one line for an unknown engine, before anything is read or extracted."""
    from extractor.engines import engine_spec
    from extractor.errors import ConfigurationError

    try:
        engine_spec(engine)
    except ConfigurationError as e:
        raise _fail(str(e)) from None


def _needs_endpoint(engine: str) -> bool:
    """Whether the engine runs on an LLM endpoint (an unknown one fails later, with a message)."""
    from extractor.engines import engine_spec
    from extractor.errors import ConfigurationError

    try:
        return engine_spec(engine).needs_endpoint
    except ConfigurationError:
        return False
