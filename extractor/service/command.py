"""`extractor serve`: the service on uvicorn. FastAPI and uvicorn are imported only when the
command runs, so the rest of the CLI stays light (and works without the `service` extra)."""

from __future__ import annotations

import errno
import os
import socket
from typing import Annotated

import typer

from extractor.service.config import DEFAULT_MAX_MB, TOKEN_ENV

SERVE_HELP = "\n\n".join([
    "Serve the extraction API (POST /v1/extract, /v1/extract/batch, GET /v1/engines, "
    "/v1/health, OpenAPI at /docs) and the page at / (paste a note, see its facts).",
    "Safe by default: binds 127.0.0.1; bodies above --max-mb get 413; each request has a "
    "--timeout; at most --concurrency extractions run at once, off the event loop; LLM engines "
    "only with --llm and an endpoint; a client never names a file to read. Set "
    f"{TOKEN_ENV} to require 'Authorization: Bearer TOKEN' when the port is exposed.",
    # (rich reads "[service]" as markup: the backslash keeps it)
    "Needs the extra: pip install 'note-facts-extractor\\[service]'.",
])


def serve_command(
    host: Annotated[str, typer.Option(help="address to bind (0.0.0.0 exposes it)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port (0: any free one)")] = 8000,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0.001, help="largest request body, MiB (413 above)")
    ] = DEFAULT_MAX_MB,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="seconds per request (504 after)")
    ] = 30.0,
    concurrency: Annotated[
        int, typer.Option(min=1, help="extractions at once per worker; more requests wait")
    ] = 4,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="worker processes (uvicorn)")
    ] = 1,
    llm: Annotated[
        bool, typer.Option("--llm", help="offer the llm and hybrid engines (an endpoint from "
                                         "--base-url or the environment)")
    ] = False,
    model: Annotated[str | None, typer.Option(help="LLM model name")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
) -> None:
    """Serve the extraction API and the page."""
    try:
        import uvicorn

        from extractor.service.app import create_app
    except ImportError as e:
        typer.echo(f"error: the service needs its extra ({e.name} is missing): "
                   "pip install 'note-facts-extractor[service]'", err=True)
        raise typer.Exit(2) from None
    from pydantic import SecretStr

    from extractor.config import LLMConfig
    from extractor.service.config import ServiceConfig

    llm_config = LLMConfig.from_env(model=model, base_url=base_url) if llm else None
    if llm_config is not None and not llm_config.configured:
        typer.echo("error: --llm needs an endpoint: --base-url, OPENAI_BASE_URL or "
                   "OPENAI_API_KEY", err=True)
        raise typer.Exit(2)
    if llm_config is not None:
        from extractor.llm.reach import unreachable

        # Not fatal: the model's server may well start after this one.
        problem = unreachable(llm_config)
        if problem:
            typer.echo(f"warning: {problem}; the llm engine answers 502 and hybrid gives the "
                       "rules' facts until it answers", err=True)
    token = os.environ.get(TOKEN_ENV) or None  # the edge: read once, passed in as config
    config = ServiceConfig(max_bytes=int(max_mb * 2**20), timeout=timeout,
                           concurrency=concurrency,
                           token=SecretStr(token) if token is not None else None, llm=llm_config)
    problem = listen_problem(host, port)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2)
    if host not in ("127.0.0.1", "localhost", "::1") and token is None:
        typer.echo(f"warning: serving on {host} without a token: set {TOKEN_ENV}", err=True)
    # A uvicorn backstop above the extraction limiter: past it, connections get 503 at once.
    backstop = max(64, 16 * concurrency)
    if workers == 1:
        uvicorn.run(create_app(config), host=host, port=port, log_level=log_level,
                    limit_concurrency=backstop, server_header=False)
        return
    # Worker processes build their own app from the factory, so the settings travel in the
    # environment they inherit.
    os.environ.update(config.to_env())
    uvicorn.run("extractor.service.app:create_app", factory=True, host=host, port=port,
                workers=workers, log_level=log_level, limit_concurrency=backstop,
                server_header=False)


def listen_problem(host: str, port: int) -> str | None:
    """Why the service cannot listen on host:port (None when it can), found before uvicorn
    starts: uvicorn reports a port in use as an ERROR among its INFO lines and exits 3, while
    this command's errors are one line and exit status 2. A bind-and-release check, so a
    server that takes the port in the instant between still meets uvicorn's own error."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as e:
        return f"cannot listen on {host}:{port}: the address does not resolve ({e})"
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn binds: a port left in TIME_WAIT by a stopped server is free to reuse.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as e:
            reason = (e.strerror or str(e)).lower()
            hint = (" (another server is there: stop it, or choose another --port; --port 0 "
                    "takes any free one)") if e.errno == errno.EADDRINUSE else ""
            return f"cannot listen on {host}:{port}: {reason}{hint}"
    return None
