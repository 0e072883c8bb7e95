"""The LLM options the extract and eval commands share (typer annotations)."""

from __future__ import annotations

from typing import Annotated

import typer

LLMRoleOpt = Annotated[
    str | None,
    typer.Option("--llm-role", help="hybrid: resolve (the model dates, labels and confirms "
                                    "the rules' candidates) | extract (it finds facts itself)"),
]
ContextTokensOpt = Annotated[
    int | None,
    typer.Option("--context-tokens", min=512,
                 help="the model's context window, when the server does not report it"),
]
