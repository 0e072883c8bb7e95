"""The command line: a thin layer over the Python API (`extractor --help`)."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.batch import BatchOptions, Item, Record, count_todo, run_batch
from extractor.config import LLMConfig
from extractor.document import MAX_BYTES
from extractor.engines import get_engine
from extractor.output import FORMATS, DirSink, is_dir_target, open_sink, prepare_resume

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


def _format_for(output: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        if is_dir_target(output):
            return "dir"
        suffix = Path(output).suffix.lower().lstrip(".")
        return suffix if suffix in FORMATS else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def _unwrap(text: str) -> str:
    """Help text as paragraphs: rich rewraps each one to the terminal's width."""
    return "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))


_EXTRACT_HELP = _unwrap("""
Extract facts from notes: one output record per document, and an error record (doc_id,
source, error, facts: []) for each document that could not be read or extracted.

Folders are walked for *.txt files lazily and records are written as they come, so memory
stays flat on any number of documents. A progress bar (rate, ETA) shows on a terminal; a
summary (documents, facts, failed, seconds, docs/s) ends the run on stderr. Exit status 1 when
any document failed, 130 when interrupted (Ctrl-C or SIGTERM).

--resume (JSON Lines or folder output): documents with a successful record in the output are
skipped, a partial last line left by an interrupted run is cut away, and documents with an
error record are tried again (their old error records are removed), so the output ends with
exactly one record per document. Documents are recognised by their path as given: resume
with the same arguments.

-o FOLDER/ writes FOLDER/NAME.json per document (the layout of a gold folder).
""")


@app.command(help=_EXTRACT_HELP)
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, folders (their *.txt) or - for stdin")],
    output_arg: Annotated[
        str | None,
        typer.Option("--output", "-o", help="output file, or FOLDER/ for NAME.json files"),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="json | jsonl | csv | table | dir")
    ] = None,
    engine: EngineOpt = "rules",
    model: Annotated[str | None, typer.Option(help="LLM model name")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="bypass the LLM cache")] = False,
    concurrency: Annotated[int | None, typer.Option(help="LLM requests in flight")] = None,
    timeout: Annotated[float | None, typer.Option(help="LLM request timeout (s)")] = None,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=0,
                     help="rules engine processes (0 = all cores); LLM engines use "
                          "--concurrency instead"),
    ] = 1,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="skip documents already done in the output; retry "
                                      "those with an error record"),
    ] = False,
    dask: Annotated[
        bool,
        typer.Option("--dask", help="run on a local Dask cluster, one worker per core unless "
                                    "--workers N (extra: distributed)"),
    ] = False,
    dask_scheduler: Annotated[
        str | None,
        typer.Option("--dask-scheduler", metavar="tcp://HOST:PORT",
                     help="run on this Dask scheduler (workers must see the input paths)"),
    ] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0.001, help="skip (error record) larger documents")
    ] = MAX_BYTES / 2**20,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="documents per task for workers/Dask")
    ] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress or summary")] = False,
) -> None:
    fmt = _format_for(output_arg, fmt)
    output = Path(output_arg) if output_arg else None
    if fmt not in (*FORMATS, "dir"):
        raise typer.BadParameter(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if resume and (output is None or fmt not in ("jsonl", "dir")):
        raise typer.BadParameter("--resume needs -o FILE.jsonl (JSON Lines) or -o FOLDER/")
    llm = llm_config(model, base_url, no_cache, concurrency, timeout) if engine != "rules" else None
    opts = BatchOptions(engine=engine, llm=llm, fmt=fmt, max_bytes=int(max_mb * 2**20))
    # Fail here, once, rather than with an error record per document of a long run. (The
    # hybrid engine runs on the rules alone when the model is unavailable, so it goes on.)
    try:
        unavailable = getattr(get_engine(engine, llm), "unavailable", None)
    except Exception as e:
        unavailable = str(e)
    if unavailable and engine != "hybrid":
        typer.echo(f"error: engine {engine!r} unavailable: {unavailable}", err=True)
        raise typer.Exit(2)

    is_done = None
    if resume and output is not None:
        is_done, note = _resume_check(output, fmt)
        if not quiet and note:
            typer.echo(note, err=True)
    try:
        sink = open_sink(output, fmt, append=resume)
    except OSError as e:
        typer.echo(f"error: cannot write {output}: {e}", err=True)
        raise typer.Exit(2) from None

    show_progress = not quiet and sys.stderr.isatty()
    with ExitStack() as stack:
        stack.callback(sink.close)
        # A scheduler's SIGTERM (Slurm, Kubernetes) stops the run as Ctrl-C does: the records
        # written stand, and --resume finishes the rest.
        stack.enter_context(_sigterm_as_interrupt())
        try:
            executor = None
            if dask or dask_scheduler:
                from extractor.distributed import dask_executor

                # --dask alone uses every core; --workers N > 1 sets the local worker count.
                executor = stack.enter_context(
                    dask_executor(dask_scheduler, 0 if workers == 1 else workers)
                )
            progress = stack.enter_context(_progress(paths, is_done, show_progress))
        except KeyboardInterrupt:
            typer.echo("interrupted before any document was extracted", err=True)
            raise typer.Exit(130) from None
        except (RuntimeError, OSError) as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2) from None
        errors_shown = 0

        def write(record: Record) -> None:
            nonlocal errors_shown
            sink.write(record.doc_id, record.text)
            progress.advance(record)
            if record.error and not quiet:
                errors_shown += 1
                if errors_shown <= _MAX_ERRORS_SHOWN:
                    progress.echo(f"error: {record.error}")
                elif errors_shown == _MAX_ERRORS_SHOWN + 1:
                    progress.echo("error: ... (more failures: see the error records)")

        summary = run_batch(paths, write, opts, workers=workers, executor=executor,
                            chunk_size=chunk_size, is_done=is_done)
    if not quiet:
        typer.echo(summary.line(), err=True)
    if summary.interrupted:
        typer.echo("interrupted: the records written stand; run again with --resume to "
                   "finish", err=True)
        raise typer.Exit(130)
    raise typer.Exit(1 if summary.failed else 0)


_MAX_ERRORS_SHOWN = 20


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding application): leave it alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resume_check(output: Path, fmt: str) -> tuple[Callable[[Item], bool], str]:
    """What to skip when resuming into `output`, and a line saying what was found."""
    if fmt == "dir":
        folder = DirSink(output)
        return (lambda item: folder.is_done(item.doc_id)), ""
    state = prepare_resume(output)
    done = state.done
    note = f"resume: {state.kept} documents already done"
    if state.dropped_errors:
        note += f", {state.dropped_errors} error records removed to retry"
    if state.dropped_partial:
        note += ", a partial last line cut away"
    if state.dropped_invalid:
        note += f", {state.dropped_invalid} invalid lines removed"
    return (lambda item: item.key in done), note


class _Progress:
    """A rich progress bar on stderr (rate and ETA), or nothing when it is not wanted."""

    def __init__(self, bar: Any = None, task: Any = None) -> None:
        self._bar = bar
        self._task = task
        self._failed = 0

    def advance(self, record: Record) -> None:
        if self._bar is None:
            return
        if record.error:
            self._failed += 1
            self._bar.update(self._task, advance=1, failed=self._failed)
        else:
            self._bar.advance(self._task)

    def echo(self, line: str) -> None:
        if self._bar is None:
            typer.echo(line, err=True)
        else:
            self._bar.console.print(line, markup=False, highlight=False)


@contextmanager
def _progress(paths: list[str], is_done: Callable[[Item], bool] | None,
              show: bool) -> Iterator[_Progress]:
    if not show:
        yield _Progress()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} docs/s" if speed else "– docs/s")

    total = count_todo(paths, is_done)  # names only: a quick walk, for the ETA
    bar = Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(), TextColumn("ETA"),
        TimeRemainingColumn(), console=Console(stderr=True), transient=False,
    )
    with bar:
        yield _Progress(bar, bar.add_task("extract", total=total, failed=0))


from extractor.evaluation.command import EVAL_HELP, eval_command  # noqa: E402

app.command("eval", help=EVAL_HELP)(eval_command)

from extractor.service.command import SERVE_HELP, serve_command  # noqa: E402

app.command("serve", help=SERVE_HELP)(serve_command)

from extractor.views.command import VIEW_HELP, view_command  # noqa: E402

app.command("view", help=VIEW_HELP)(view_command)


def main() -> None:
    """Console entry point."""
    # instructor logs each failed attempt at ERROR; the engines already report failures in
    # their results and warnings, so the terminal is spared the tracebacks.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    app()


if __name__ == "__main__":
    main()
