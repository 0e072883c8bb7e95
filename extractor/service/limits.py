"""What keeps the service safe to run: a cap on request bodies, an optional bearer token, and
one JSON shape for every error (400 bad input, 401 token, 413 too large, 415 media type, 422
schema, 503 engine unavailable, 504 time limit)."""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import SecretStr
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from extractor.service.config import ServiceError

_CODES = {400: "bad_input", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 415: "unsupported_media_type", 422: "schema",
          503: "engine_unavailable", 504: "timeout"}


def error_body(status: int, message: str, code: str | None = None,
               errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The JSON body of an error response."""
    detail: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"),
                              "message": message}
    if errors is not None:
        detail["errors"] = errors
    return {"error": detail}


def error_response(status: int, message: str, code: str | None = None,
                   errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_body(status, message, code, errors), status_code=status,
                        headers=headers)


def too_large_message(max_bytes: int) -> str:
    return f"the request body is larger than the limit of {max_bytes:,} bytes"


class BodyTooLarge(Exception):
    """Raised while a body is read, once it passes the limit."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(too_large_message(max_bytes))


class BodyLimit:
    """Refuse a request whose body is larger than `max_bytes`: at once when Content-Length
    says so, else as soon as the bytes received pass the limit (a chunked upload)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # A client still sending when the 413 goes out sees a reset connection, not the
        # answer; up to this many bytes are read and dropped first, so that it sees the 413.
        self.drain_bytes = 16 * max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            if int(length) <= self.drain_bytes:
                await _drain(receive, self.drain_bytes)
            await self._refuse(send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _drain(receive, self.drain_bytes - received)
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(error_body(413, too_large_message(self.max_bytes))).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def check_token(request: Request, token: SecretStr | None) -> None:
    """Refuse (401) a request without the bearer token, when one is configured. The form on
    the page may send it as the field `token` instead of a header."""
    if token is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(),
                                                          token.get_secret_value().encode()):
        return
    raise ServiceError(401, "unauthorized", "a bearer token is required: "
                       "send 'Authorization: Bearer TOKEN'")


def token_matches(given: str, token: SecretStr) -> bool:
    """True when a token sent some other way (the page's form) is the configured one."""
    return hmac.compare_digest(given.encode(), token.get_secret_value().encode())


def _schema_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # The raw input is left out: it may be a whole note, echoed back for nothing.
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]


def install_error_handlers(app: FastAPI) -> None:
    """Every error as `{"error": {status, code, message}}`."""

    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_response(413, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _schema(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _schema_errors(exc)
        if any(e["type"] == "json_invalid" for e in errors):
            return error_response(400, "the body is not valid JSON")
        return error_response(422, "the body does not match the schema", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))


async def _drain(receive: Receive, budget: int) -> None:
    """Read and drop the rest of a request body, at most `budget` bytes."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return
