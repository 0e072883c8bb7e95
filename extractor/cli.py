"""The command line: a thin layer over the Python API (`extractor --help`)."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from extractor import __version__
from extractor.batch import BatchOptions, Item, Record, Summary, run_batch
from extractor.config import LLMConfig
from extractor.document import MAX_BYTES
from extractor.engines import engine_spec, get_engine
from extractor.errors import ConfigurationError, OutputError
from extractor.inputs import dir_names, empty_folders, iter_inputs, looked_for
from extractor.llm_options import ContextTokensOpt, LLMRoleOpt
from extractor.output import FORMATS, SUFFIXES, prepare_resume, unknown_format
from extractor.progress import progress_bar
from extractor.sinks import DirSink, Sink, is_dir_target, open_sink

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Grounded, typed facts from the notes of SEC filings.",
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"extractor {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True,
                           help="print the version and exit")
    ] = False,
) -> None:
    """Grounded, typed facts from the notes of SEC filings."""


EngineOpt = Annotated[
    str, typer.Option("--engine", "-e", help="rules (default, no network) | llm | hybrid")
]


_MaxMbOpt = Annotated[
    float, typer.Option("--max-mb", min=0.001, help="skip (error record) larger documents")
]
_ChunkSizeOpt = Annotated[
    int, typer.Option("--chunk-size", min=1,
                      help="inputs per task for workers/Dask (a task also ends at 1 MiB of input)")
]


def llm_config(model: str | None, base_url: str | None, no_cache: bool,
               concurrency: int | None, timeout: float | None, llm_role: str | None = None,
               context_tokens: int | None = None) -> LLMConfig:
    """LLM settings from the environment, overridden by the flags given."""
    return LLMConfig.from_env(
        model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
        use_cache=False if no_cache else None, llm_role=llm_role, context_tokens=context_tokens,
    )


def _format_for(output: str | None, fmt: str | None) -> str:
    """The output format: -f if given, else from -o's suffix (or a trailing / for a folder),
    else a table on a terminal and JSON Lines in a pipe. Raises ConfigurationError naming
    the real choices for anything else."""
    if fmt:
        if fmt not in FORMATS:
            raise ConfigurationError(unknown_format(fmt))
        return fmt
    if output is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    if is_dir_target(output):
        return "dir"
    suffix = Path(output).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if Path(output).exists() and not Path(output).is_file():  # /dev/stdout, a pipe
        return "jsonl"
    raise ConfigurationError(
        f"cannot tell the output format of {output!r}: name it "
        f"{', '.join(f'*{x}' for x in SUFFIXES)}, end it with / for a folder of NAME.json "
        "files, or give -f"
    )


def _unwrap(text: str) -> str:
    """Help text as paragraphs: rich rewraps each one to the terminal's width."""
    return "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))


_EXTRACT_HELP = _unwrap("""
Extract facts from notes: one output record per document, and an error record (doc_id,
source, error, facts: []) for each document that could not be read or extracted.

Folders are walked for note files lazily (each real folder once) and records are written as
they come, in input order whatever the engine, so memory stays flat on any number of
documents. A progress bar (rate, ETA) shows on a terminal; a
summary (documents, facts, failed, seconds, docs/s) ends the run on stderr. Exit status 1 when
any document failed; 2 for a usage or configuration error (an unknown format, a folder with no
documents, an engine that cannot run, an output that cannot be written); 130 when interrupted
(Ctrl-C or SIGTERM).

--resume (JSON Lines or folder output): documents with a successful record in the output are
skipped, a partial last line left by an interrupted run is cut away, and documents with an
error record are tried again (their old error records are removed), so the output ends with
exactly one record per document. Documents are recognised by their path as given: resume
with the same arguments.

-o FILE: the format follows the suffix (.json: always an array; .jsonl; .csv: a row per fact
and per document without facts (failed ones too), with warnings and error columns; .parquet,
extra "dataframe").
-o FOLDER/ writes FOLDER/NAME.json per document (the layout of a gold folder); a second input
with the same name becomes NAME-2.json, and so on.

HTML is read by content: an R page (the SEC viewer's page) is one document with its header's
column periods; an inline-XBRL filing is one document per note (doc_id FILE#Concept) and per
statement; any other page gives facts from its visible text only. --write-text DIR writes the
rendered text each HTML document's spans refer to as DIR/DOC_ID.txt.
""")


@app.command(help=_EXTRACT_HELP)
def extract(
    paths: Annotated[list[str], typer.Argument(help=f"files, folders (their {looked_for()}) "
                                                     "or - for stdin")],
    output_arg: Annotated[
        str | None,
        typer.Option("--output", "-o", help="output file, or FOLDER/ for NAME.json files"),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help=" | ".join(FORMATS))
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
    max_mb: _MaxMbOpt = MAX_BYTES / 2**20,
    chunk_size: _ChunkSizeOpt = 16,
    llm_role: LLMRoleOpt = None,
    context_tokens: ContextTokensOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress or summary")] = False,
    write_text: Annotated[
        Path | None,
        typer.Option("--write-text", metavar="DIR",
                     help="write the rendered text of HTML inputs (what spans refer to) here"),
    ] = None,
) -> None:
    try:
        fmt = _format_for(output_arg, fmt)
    except ConfigurationError as e:
        _fail(str(e))
    output = Path(output_arg) if output_arg else None
    for folder in empty_folders(paths):
        _fail(f"{folder}: no documents in this folder (looked for {looked_for()}, "
              "subfolders included)")
    if resume and (output is None or fmt not in ("jsonl", "dir")):
        raise typer.BadParameter("--resume needs -o FILE.jsonl (JSON Lines) or -o FOLDER/")
    llm = _engine_llm(engine, lambda: llm_config(model, base_url, no_cache, concurrency, timeout,
                                                 llm_role, context_tokens))
    opts = BatchOptions(engine=engine, llm=llm, fmt=fmt, max_bytes=int(max_mb * 2**20),
                        text_dir=str(write_text) if write_text is not None else None)
    sink, is_done = _open_output(paths, output, fmt, resume, quiet)
    try:
        summary = _run(paths, sink, opts, is_done, quiet=quiet, workers=workers, dask=dask,
                       dask_scheduler=dask_scheduler, chunk_size=chunk_size)
    except OutputError as e:
        kept = ("no file is left: a Parquet file is only whole once closed" if fmt == "parquet"
                else "the whole records before it stand")
        _fail(f"{e} (the run stopped; {kept})")
    except KeyboardInterrupt:  # one that arrived while the run was being closed
        summary = Summary(interrupted=True)
    if not quiet:
        typer.echo(summary.line(), err=True)
    if summary.interrupted:
        typer.echo("interrupted: the records written stand; run again with --resume to "
                   "finish", err=True)
        raise typer.Exit(130)
    raise typer.Exit(1 if summary.failed else 0)


def _engine_llm(engine: str, make_llm: Callable[[], LLMConfig]) -> LLMConfig | None:
    """The LLM configuration the engine needs (None when it needs no endpoint). Exits 2 here,
    once, rather than with an error record per document of a long run, when the engine is
    unknown or unavailable (an engine that falls back, such as hybrid on the rules alone,
    goes on without its model)."""
    try:
        spec = engine_spec(engine)
    except ConfigurationError as e:
        _fail(str(e))
    llm = make_llm() if spec.needs_endpoint else None
    try:
        unavailable = getattr(get_engine(engine, llm), "unavailable", None)
    except Exception as e:
        unavailable = str(e)
    if unavailable and not spec.falls_back:
        _fail(f"engine {engine!r} unavailable: {unavailable}")
    if llm is not None and not unavailable:  # no server there: say so now, not once per note
        from extractor.llm.reach import before_run

        error, warning = before_run(engine, llm, spec.falls_back)
        if error:
            _fail(error)
        if warning:
            typer.echo(f"warning: {warning}", err=True)
    return llm


def _open_output(paths: list[str], output: Path | None, fmt: str, resume: bool, quiet: bool
                 ) -> tuple[Sink, Callable[[Item], bool] | None]:
    """The sink, and what --resume skips; exit status 2 when the output cannot be opened."""
    # Names for -o FOLDER/ that never collide: one walk of the input names, before the run.
    names = dir_names(iter_inputs(paths)) if fmt == "dir" else None
    try:
        is_done = None
        if resume and output is not None:
            is_done, note = _resume_check(output, fmt, names)
            if not quiet and note:
                typer.echo(note, err=True)
        return open_sink(output, fmt, append=resume, names=names), is_done
    except (ConfigurationError, OutputError) as e:
        _fail(str(e))


def _run(paths: list[str], sink: Sink, opts: BatchOptions,
         is_done: Callable[[Item], bool] | None, *, quiet: bool, workers: int, dask: bool,
         dask_scheduler: str | None, chunk_size: int) -> Summary:
    """The batch into the sink, with the progress bar, Dask and SIGTERM handling."""
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
            progress = stack.enter_context(progress_bar(paths, is_done, show_progress))
        except KeyboardInterrupt:
            typer.echo("interrupted before any document was extracted", err=True)
            raise typer.Exit(130) from None
        except (RuntimeError, OSError) as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2) from None
        errors_shown = 0

        def write(record: Record) -> None:
            nonlocal errors_shown
            sink.write(record.doc_id, record.text, record.source)
            progress.advance(record)
            if record.error and not quiet:
                errors_shown += 1
                if errors_shown <= _MAX_ERRORS_SHOWN:
                    progress.echo(f"error: {record.error}")
                elif errors_shown == _MAX_ERRORS_SHOWN + 1:
                    progress.echo("error: ... (more failures: see the error records)")

        return run_batch(paths, write, opts, workers=workers, executor=executor,
                         chunk_size=chunk_size, is_done=is_done)


_MAX_ERRORS_SHOWN = 20


def _fail(message: str) -> NoReturn:
    """A usage, configuration or output error: one line on stderr, exit status 2."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


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


def _resume_check(output: Path, fmt: str, names: dict[str, str] | None
                  ) -> tuple[Callable[[Item], bool], str]:
    """What to skip when resuming into `output`, and a line saying what was found."""
    if fmt == "dir":
        folder = DirSink(output, names)
        return (lambda item: folder.is_done(item.doc_id, item.source)), ""
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
    try:
        app()
    except SystemExit as e:
        if e.code == 130:
            # an interrupted run has written and closed its records; leave at once, so that
            # nothing the interpreter still winds down (worker pools, threads) can turn the
            # exit status 130 that --resume scripts rely on into a death by signal
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
        raise


if __name__ == "__main__":
    main()
