"""The JSON API: POST /v1/extract, POST /v1/extract/batch, GET /v1/engines, GET /v1/health,
OpenAPI at /docs, and the page at / (`page.py`).

    uvicorn extractor.service.app:create_app --factory      # settings from the environment
    extractor serve                                         # settings from flags
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import PurePath
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile

import extractor
from extractor.document import DocumentError, decode
from extractor.facts import Result
from extractor.service.config import ServiceConfig, ServiceError
from extractor.service.limits import BodyLimit, check_token, error_response, install_error_handlers
from extractor.service.models import (
    BatchRequest,
    BatchResponse,
    EnginesResponse,
    ErrorResponse,
    ExtractRequest,
    Health,
)
from extractor.service.page import install_page
from extractor.service.runner import Runner

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": what}
    for status, what in ((400, "bad input: not JSON, an empty or binary text, an unknown engine"),
                         (401, "the bearer token is missing or wrong"),
                         (413, "the body is larger than the limit"),
                         (422, "the body does not match the schema (an unknown field too)"),
                         (502, "the LLM engine failed (its endpoint erred or timed out)"),
                         (503, "the engine cannot run here (LLM engines not configured)"),
                         (504, "the request took longer than the time limit"))
}

_EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": "the note, UTF-8 text"},
                               "doc_id": {"type": "string"}, "engine": {"type": "string"}},
            }},
        },
    }
}


def create_app(config: ServiceConfig | None = None) -> FastAPI:
    """The service as an ASGI app. Without a config (a process manager calling the factory),
    the settings come from the environment (`ServiceConfig.from_env`)."""
    config = ServiceConfig.from_env() if config is None else config
    runner = Runner(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        runner.close()

    app = FastAPI(
        lifespan=lifespan,
        title="note-facts-extractor",
        version=extractor.__version__,
        description="Grounded, typed facts from the notes of SEC filings. Every error has the "
        "body {\"error\": {status, code, message}}.",
    )
    app.state.config = config
    app.state.runner = runner
    app.add_middleware(BodyLimit, max_bytes=config.max_bytes)
    install_error_handlers(app)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return error_response(500, f"internal error: {type(exc).__name__}", "internal")

    def auth(request: Request) -> None:
        check_token(request, config.token)

    protected = [Depends(auth)]

    @app.get("/v1/health", response_model=Health, tags=["service"])
    async def health() -> Health:
        """Liveness: the process answers (no token needed)."""
        return Health(version=extractor.__version__)

    @app.get("/v1/engines", response_model=EnginesResponse, tags=["service"],
             responses={401: _ERRORS[401]}, dependencies=protected)
    async def engines() -> EnginesResponse:
        """Which engines can run here, and why not for those that cannot."""
        return EnginesResponse(engines=runner.engines())

    @app.post("/v1/extract", tags=["extract"], openapi_extra=_EXTRACT_BODY,
              responses={200: {"model": Result, "description": "the document's facts"},
                         415: {"model": ErrorResponse, "description": "neither JSON nor "
                               "multipart"}, **_ERRORS}, dependencies=protected)
    async def extract(request: Request) -> JSONResponse:
        """The facts of one note: a JSON body `{"text", "doc_id"?, "engine"?}`, or a
        multipart upload with the field `file` (and `doc_id`, `engine` fields)."""
        text, doc_id, engine = await read_extract_request(request)
        result = await runner.extract(text, doc_id, engine)
        if result.error:
            return error_response(502, f"the {engine} engine failed: {result.error}",
                                  "engine_failed")
        return JSONResponse(result.contract_dict())

    @app.post("/v1/extract/batch", tags=["extract"], response_model=BatchResponse,
              responses=_ERRORS, dependencies=protected)
    async def extract_batch(body: BatchRequest) -> JSONResponse:
        """Several notes: one result per document, in the order sent; a document that
        cannot be read is an error record and the others still come out."""
        if len(body.documents) > config.max_batch:
            raise ServiceError(422, "schema", f"{len(body.documents)} documents in one batch: "
                               f"the limit is {config.max_batch}")
        docs = [(d.text, d.doc_id or f"doc{i + 1}", d.engine or body.engine or "rules")
                for i, d in enumerate(body.documents)]
        results = await runner.extract_many(docs)
        return JSONResponse({"results": [r.contract_dict() for r in results]})

    install_page(app, runner, config)
    return app


async def read_extract_request(request: Request) -> tuple[str, str, str]:
    """(text, doc_id, engine) from a JSON body or a multipart upload. An uploaded file's
    name is only a label for the result: nothing on the server is ever opened by name."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            data = json.loads(await request.body())
        except ValueError:
            raise ServiceError(400, "bad_input", "the body is not valid JSON") from None
        try:
            req = ExtractRequest.model_validate(data)
        except ValidationError as e:
            raise RequestValidationError(
                [{**err, "loc": ("body", *err["loc"])} for err in e.errors()]
            ) from None
        return req.text, req.doc_id or "doc", req.engine or "rules"
    if media == "multipart/form-data":
        return await _read_upload(request)
    raise ServiceError(415, "unsupported_media_type",
                       "send application/json or a multipart/form-data upload (field 'file')")


async def _read_upload(request: Request) -> tuple[str, str, str]:
    form = await request.form(max_files=1, max_fields=8)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ServiceError(400, "bad_input", "a multipart upload needs the file in field 'file'")
    name = PurePath(upload.filename or "upload.txt").name
    try:
        text = decode(await upload.read(), name)
    except DocumentError as e:
        raise ServiceError(400, "bad_input", str(e)) from None
    doc_id = str(form.get("doc_id") or PurePath(name).stem or "doc")
    return text, doc_id[:200], str(form.get("engine") or "rules")
