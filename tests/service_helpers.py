"""A real uvicorn serving the app on 127.0.0.1 (a free port) in a thread, for the tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

try:  # openai ships the client as `httpx2` on some installs, as `httpx` on others
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the openai release
    import httpx  # type: ignore[no-redef]

__all__ = ["httpx", "serving"]


@contextmanager
def serving(config: Any = None) -> Iterator[str]:
    """Serve `create_app(config)` until the block ends; yields the base URL."""
    import uvicorn

    from extractor.service.app import create_app
    from extractor.service.config import ServiceConfig

    app = create_app(config or ServiceConfig())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
