"""The fact contract (FACTS.md, version 1) as pydantic models.

One model serves extractor output, gold files and the eval harness, so that any gold folder in
the contract's format can be read and scored without conversion. Readers ignore fields they do
not know (a gold file may carry notes of its own); writers emit exactly the contract's fields
plus the documented additions (`engines` and `provenance` on a fact; `engine`, `warnings`,
`usage`, `error`, ... on a document).
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


_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


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
    provenance: dict[str, str] | None = Field(
        default=None,
        description="which engine set each field: 'rules', 'llm', or 'llm+rules' where both "
        "read the same (hybrid output in the resolver role)",
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
        if v is not None and v not in OTHER_UNITS and not _CURRENCY_CODE.fullmatch(v):
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

    def value(self) -> Decimal | None:
        """The number the fact states: amount x 10^scale as an exact Decimal ("34" with scale
        3 is Decimal("34000")); None for a blank. `amount` itself stays as written."""
        return scaled(self.amount, self.scale)

    def value_max(self) -> Decimal | None:
        """The upper end of a range (amount_max x 10^scale); None when there is none."""
        return scaled(self.amount_max, self.scale)

    def decimal(self) -> Decimal | None:
        """The same as `value()`: the amount with its scale applied (None for a blank)."""
        return self.value()

    def contract_dict(self) -> dict[str, Any]:
        """The fact as the contract writes it (no None-valued extras)."""
        d = self.model_dump(mode="json")
        for extra in ("engines", "provenance"):
            if d.get(extra) is None:
                d.pop(extra, None)
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
    text: str | None = Field(
        default=None, exclude=True,
        description="the rendered text the spans refer to, for inputs read from HTML (R pages, "
        "iXBRL filings, web pages); None for text inputs, whose text is the input itself. Not "
        "part of the contract's output: `--write-text DIR` writes it beside the facts.",
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


def scaled(amount: str | None, scale: int) -> Decimal | None:
    """A contract amount times 10^scale, exact, written without an exponent or trailing
    fractional zeros ("3.88" at scale 3 -> Decimal("3880")); None for None or junk."""
    d = to_decimal(amount)
    if d is None:
        return None
    v = d.scaleb(scale)
    text = format(v, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def sort_facts(facts: list[Fact]) -> list[Fact]:
    """Facts in text order (by span start, then end), the order every output uses."""
    return sorted(facts, key=lambda f: (f.span or (10**12, 10**12), f.label))
