"""Containment: a failure inside one piece of a note (a sentence, a table, a row) becomes a
warning naming its place and the exception, and the rest of the note still comes out. Only
reading the file can fail a whole document; a crash inside the engine is still a bug, and the
warning (code `engine_failure`) is how the audit script finds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from extractor.facts import ExtractionWarning

T = TypeVar("T")

FAILURE_CODE = "engine_failure"


def guarded(
    warnings: list[ExtractionWarning],
    place: str,
    span: tuple[int, int] | None,
    work: Callable[[], T],
    fallback: T,
) -> T:
    """`work()`, or `fallback` with a warning appended to `warnings` when it raises.

    `place` names the piece ("sentence", "table", "details row"); `span` is where it stands
    in the document's text, so the warning points at the text that broke the engine.
    """
    try:
        return work()
    except Exception as e:  # any bug stays inside its piece: that is the point
        warnings.append(failure_warning(place, span, e))
        return fallback


def failure_warning(
    place: str, span: tuple[int, int] | None, error: BaseException
) -> ExtractionWarning:
    """The warning for a piece the engine failed on: where, and which exception."""
    where = f" at characters {span[0]}-{span[1]}" if span else ""
    detail = " ".join(str(error).split())
    if len(detail) > 200:
        detail = detail[:197] + "..."
    return ExtractionWarning(
        code=FAILURE_CODE,
        message=f"the {place}{where} was skipped: {type(error).__name__}: {detail}",
        span=span,
    )
