"""A note and its facts as a stream of tokens a template can render: text, the opening and
closing of each fact's highlight, blank slots, and warning anchors. Pure functions.

Every fact gets exactly one element: a highlight over its span, or, for a blank (start ==
end), a slot marker at the empty position. Facts that share a span nest. A span that crosses
another's edge (no engine of ours makes one, but a prediction file might) is cut at that edge,
so the markup stays well formed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from extractor.facts import ExtractionWarning, Fact, Result

Kind = Literal["text", "open", "close", "slot", "warn"]
Token = tuple[Kind, str | int]

EXCERPT_CHARS = 160


@dataclass(frozen=True)
class FactRow:
    """What the table, the details panel and the highlight show of one fact."""

    index: int
    label: str
    entity: str | None
    period: str | None
    amount: str
    unit: str | None
    scale: int
    blank: bool
    engine: str
    quote: str
    span: tuple[int, int] | None
    line: int | None


@dataclass(frozen=True)
class WarningRow:
    """A warning and its place: line, offsets and the text there."""

    index: int
    code: str
    message: str
    span: tuple[int, int] | None
    line: int | None
    excerpt: str | None


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of an offset."""
    return text.count("\n", 0, max(0, min(offset, len(text)))) + 1


def amount_text(fact: Fact) -> str:
    """The amount as a person reads it: "5", "3–5", or "▯ blank"."""
    if fact.blank:
        return "▯ blank"
    if fact.amount_max is not None:
        return f"{fact.amount}–{fact.amount_max}"
    return str(fact.amount)


def _clip(span: tuple[int, int] | None, n: int) -> tuple[int, int] | None:
    if span is None:
        return None
    start = max(0, min(span[0], n))
    return start, max(start, min(span[1], n))


def fact_rows(result: Result, text: str) -> list[FactRow]:
    """One row per fact, in the result's order (the index is the fact's id in the markup)."""
    rows = []
    for i, f in enumerate(result.facts):
        span = _clip(f.span, len(text))
        rows.append(FactRow(
            index=i, label=f.label, entity=f.entity, period=f.period, amount=amount_text(f),
            unit=f.unit, scale=f.scale, blank=f.blank,
            engine=", ".join(f.engines) if f.engines else (result.engine or ""),
            quote=f.quote, span=span, line=line_of(text, span[0]) if span else None,
        ))
    return rows


def warning_rows(warnings: list[ExtractionWarning], text: str) -> list[WarningRow]:
    """One row per warning, with the line and the text of its place when it has one."""
    rows = []
    for i, w in enumerate(warnings):
        span = _clip(w.span, len(text))
        excerpt = None
        if span is not None:
            excerpt = " ".join(text[span[0] : span[1]].split())
            if len(excerpt) > EXCERPT_CHARS:
                excerpt = excerpt[: EXCERPT_CHARS - 1] + "…"
        rows.append(WarningRow(index=i, code=w.code, message=w.message, span=span,
                               line=line_of(text, span[0]) if span else None,
                               excerpt=excerpt))
    return rows


def tokens(text: str, facts: Sequence[FactRow], warnings: Sequence[WarningRow] = ()) -> list[Token]:
    """The text cut into tokens around every fact and warning anchor (see the module doc)."""
    n = len(text)
    # (position, order, key, token): at one position closes come first (innermost first),
    # then zero-width markers, then opens (outermost first).
    events: list[tuple[int, int, int, Token]] = []
    marks = sorted((f for f in facts if f.span and f.span[1] > f.span[0]),
                   key=lambda f: (f.span[0], -f.span[1], f.index))  # type: ignore[index]
    open_ends: list[int] = []
    for seq, f in enumerate(marks):
        start, end = f.span  # type: ignore[misc]
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]  # crosses the enclosing highlight's edge: cut there
        open_ends.append(end)
        events.append((start, 2, seq, ("open", f.index)))
        events.append((end, 0, -seq, ("close", f.index)))
    for f in facts:
        if f.span is None:
            continue
        if f.span[1] == f.span[0]:
            events.append((f.span[0], 1, f.index, ("slot", f.index)))
    for w in warnings:
        if w.span is not None:
            events.append((w.span[0], 1, n + w.index, ("warn", w.index)))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[Token] = []
    pos = 0
    for at, _, _, token in events:
        if at > pos:
            out.append(("text", text[pos:at]))
            pos = at
        out.append(token)
    if pos < n:
        out.append(("text", text[pos:]))
    return out
