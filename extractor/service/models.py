"""Request and response bodies of the service. A result is the Python API's `Result`, so the
service, the CLI and the library answer in one shape."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from extractor.facts import Result

MAX_DOC_ID = 200


class ExtractRequest(BaseModel):
    """One note's text. There is deliberately no path field: the service only reads what the
    client sends, never a file the client names (an unknown field is a 422)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the note's text, exactly as the filing viewer rendered it")
    doc_id: str | None = Field(
        default=None, max_length=MAX_DOC_ID, description="echoed in the result (default 'doc')"
    )
    engine: str | None = Field(default=None, description="rules (default) | llm | hybrid")


class BatchRequest(BaseModel):
    """Several notes at once; each may name its own engine, else `engine` applies."""

    model_config = ConfigDict(extra="forbid")

    documents: list[ExtractRequest] = Field(min_length=1)
    engine: str | None = Field(default=None, description="default engine for the documents")


class BatchResponse(BaseModel):
    """One result per document, in the order sent. A document that cannot be read is an error
    record (`error` set, no facts); the others still come out."""

    results: list[Result]


class EngineInfo(BaseModel):
    """Whether an engine can be used here, and why not when it cannot."""

    name: str
    available: bool
    reason: str | None = None


class EnginesResponse(BaseModel):
    engines: list[EngineInfo]
    default: str = "rules"


class Health(BaseModel):
    status: str = "ok"
    version: str


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="bad_input | unauthorized | too_large | schema | "
                      "engine_unavailable | timeout | unsupported_media_type | not_found")
    message: str
    errors: list[dict[str, object]] | None = Field(
        default=None, description="the schema errors of a 422"
    )


class ErrorResponse(BaseModel):
    """Every error the service returns has this body."""

    error: ErrorDetail
