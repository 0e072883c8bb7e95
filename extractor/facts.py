"""The fact contract (FACTS.md, version 1) as pydantic models.

One model serves extractor output, gold files and the eval harness, so that any gold folder in
the contract's format can be read and scored without conversion. Readers ignore fields they do
not know (a gold file may carry notes of its own); writers emit exactly the contract's fields
plus the documented additions (`engines` on a fact; `engine`, `warnings`, `usage`, `error`,
... on a document).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extractor.vocabulary import OTHER_UNITS

CONTRACT_VERSION = 1

PERIOD_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|P\d+M/\d{4}-\d{2}-\d{2})$")
AMOUNT_RE = re.compile(r"^-?\d+(\.\d+)?$")
SCALES = frozenset({0, 3, 6, 9, 12})

Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets")]


class Fact(BaseModel):
    """One number (or one blank slot) of a note, typed and grounded in the text."""

    model_config = ConfigDict(extra="ignore", frozen=False)

    label: str
    entity: str | None = None
    period: str | None = None
    amount: str | None = None
    amount_max: str | None = None
    scale: int = 0
    unit: str | None = None
    blank: bool = False
    quote: str
    span: Span | None = None
    engines: list[str] | None = Field(
        default=None,
        description="which engine(s) produced or confirmed the fact (hybrid output)",
    )

    @field_validator("period")
    @classmethod
    def _iso_period(cls, v: str | None) -> str | None:
        if v is not None and not PERIOD_RE.match(v):
            raise ValueError(f"period {v!r} is not YYYY-MM-DD or PnM/YYYY-MM-DD")
        return v

    @field_validator("amount", "amount_max")
    @classmethod
    def _decimal_string(cls, v: str | None) -> str | None:
        if v is not None and not AMOUNT_RE.match(v):
            raise ValueError(f"amount {v!r} is not a decimal string like '-81247' or '3.88'")
        return v

    @field_validator("scale")
    @classmethod
    def _known_scale(cls, v: int) -> int:
        if v not in SCALES:
            raise ValueError(f"scale {v!r} must be one of {sorted(SCALES)}")
        return v

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, v: str | None) -> str | None:
        if v is not None and v not in OTHER_UNITS and not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"unit {v!r} is not an ISO 4217 code nor one of {sorted(OTHER_UNITS)}")
        return v

    @model_validator(mode="after")
    def _blank_has_no_amount(self) -> Fact:
        if self.blank and self.amount is not None:
            raise ValueError("a blank fact has amount null")
        if not self.blank and self.amount is None:
            raise ValueError("a fact that is not blank needs an amount")
        if self.span is not None and not 0 <= self.span[0] <= self.span[1]:
            raise ValueError(f"span {self.span!r} is not [start, end) with start <= end")
        return self

    def decimal(self) -> Decimal | None:
        """The amount as a Decimal (None for a blank)."""
        return to_decimal(self.amount)

    def contract_dict(self) -> dict[str, Any]:
        """The fact as the contract writes it (no None-valued extras)."""
        d = self.model_dump(mode="json")
        if d.get("engines") is None:
            d.pop("engines", None)
        return d


class ExtractionWarning(BaseModel):
    """Something the engine could not settle, named at its place in the text."""

    code: str
    message: str
    span: Span | None = None


class Usage(BaseModel):
    """LLM usage for one document, every attempt and retry counted."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    seconds: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            requests=self.requests + other.requests,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cache_hits=self.cache_hits + other.cache_hits,
            seconds=self.seconds + other.seconds,
        )


class Result(BaseModel):
    """The facts of one document: extractor output, or a gold file when read as one."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str
    source: str | None = None
    facts: list[Fact] = Field(default_factory=list)
    engine: str | None = None
    prompt_version: str | None = None
    warnings: list[ExtractionWarning] = Field(default_factory=list)
    usage: Usage | None = None
    error: str | None = Field(
        default=None, description="why the document could not be extracted (batch error record)"
    )

    @property
    def ok(self) -> bool:
        return self.error is None

    def contract_dict(self) -> dict[str, Any]:
        """The document as the contract writes it, with this tool's additions where set."""
        d: dict[str, Any] = {"doc_id": self.doc_id}
        if self.source is not None:
            d["source"] = self.source
        if self.engine is not None:
            d["engine"] = self.engine
        if self.prompt_version is not None:
            d["prompt_version"] = self.prompt_version
        d["facts"] = [f.contract_dict() for f in self.facts]
        d["warnings"] = [w.model_dump(mode="json") for w in self.warnings]
        if self.usage is not None:
            d["usage"] = self.usage.model_dump(mode="json")
        if self.error is not None:
            d["error"] = self.error
        return d


def to_decimal(value: str | None) -> Decimal | None:
    """Parse a contract amount string; None for None or junk."""
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def sort_facts(facts: list[Fact]) -> list[Fact]:
    """Facts in text order (by span start, then end), the order every output uses."""
    return sorted(facts, key=lambda f: (f.span or (10**12, 10**12), f.label))
