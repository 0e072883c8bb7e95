"""Rendering the views with Jinja2. The templates and the CSS and JavaScript they inline are
package data, so a regular install has them and every page is one self-contained file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

import extractor
from extractor.facts import Result
from extractor.views.highlight import (
    FactRow,
    Token,
    WarningRow,
    fact_rows,
    tokens,
    warning_rows,
)


@dataclass(frozen=True)
class DocView:
    """One note ready for the template: its highlighted text, fact rows and warnings."""

    prefix: str
    doc_id: str
    source: str | None
    engine: str | None
    error: str | None
    tokens: list[Token]
    facts: list[FactRow]
    warnings: list[WarningRow]
    blanks: int = 0
    usage: dict[str, Any] | None = field(default=None)


def doc_view(result: Result, text: str, prefix: str = "d0") -> DocView:
    """A result and the text it was extracted from, as the view shows them. `prefix` keeps
    element ids unique when several notes share a page."""
    rows = fact_rows(result, text)
    warns = warning_rows(result.warnings, text)
    return DocView(
        prefix=prefix, doc_id=result.doc_id, source=result.source, engine=result.engine,
        error=result.error, tokens=tokens(text, rows, warns), facts=rows, warnings=warns,
        blanks=sum(1 for r in rows if r.blank),
        usage=result.usage.model_dump(mode="json") if result.usage else None,
    )


def _asset(name: str) -> Markup:
    # Inlined, never linked: the file opens offline and the page needs no static route.
    return Markup(resources.files("extractor.views").joinpath("static", name)
                  .read_text(encoding="utf-8"))


@cache
def environment() -> jinja2.Environment:
    """The template environment (autoescaped: a note's text never becomes markup)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("extractor.views", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["asset"] = _asset
    env.globals["version"] = extractor.__version__
    return env


def render_view(docs: Iterable[tuple[Result, str]], *, title: str = "Facts") -> str:
    """A self-contained HTML page of one or more notes: (result, text) pairs."""
    views = [doc_view(r, t, f"d{i}") for i, (r, t) in enumerate(docs)]
    return environment().get_template("view.html.j2").render(title=title, docs=views)


def render_page(*, view: DocView | None = None, text: str = "", doc_id: str = "",
                engine: str = "rules", engines: Sequence[tuple[str, bool, str | None]] = (),
                error: str | None = None, needs_token: bool = False,
                max_bytes: int | None = None) -> str:
    """The service's page: the form (prefilled with what was sent), and the view of the
    note when there is one."""
    return environment().get_template("page.html.j2").render(
        title="Facts", view=view, text=text, doc_id=doc_id, engine=engine, engines=engines,
        error=error, needs_token=needs_token, max_bytes=max_bytes,
    )
