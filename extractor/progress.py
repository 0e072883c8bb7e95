"""The progress bar of a long run on stderr: count, rate, failures, elapsed time and ETA."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer

from extractor.batch import count_todo
from extractor.inputs import Item
from extractor.runs import Record


class Progress:
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
def progress_bar(paths: list[str], is_done: Callable[[Item], bool] | None,
              show: bool) -> Iterator[Progress]:
    """A progress bar over the inputs still to do (their names are walked once, for the ETA);
    a silent one when `show` is False."""
    if not show:
        yield Progress()
        return
    import rich.progress
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
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
    bar = rich.progress.Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(), TextColumn("ETA"),
        TimeRemainingColumn(), console=Console(stderr=True), transient=False,
    )
    with bar:
        yield Progress(bar, bar.add_task("extract", total=total, failed=0))
