"""The response model the LLM fills in: the fact contract with a quote instead of offsets.

The validators are the first line of grounding. Given the note's text in the pydantic
validation context (`{"text": ...}`), they reject a fact whose quote is not in the text, whose
amount is not in its quote, or whose period is malformed; instructor sends the error back to
the model for correction. Without a context (reading the cache, salvaging a last answer) only
the shape is checked; grounding proper happens afterwards in any case.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from extractor.facts import AMOUNT_RE, PERIOD_RE, SCALES
from extractor.grounding import find_quote, ground_claim, locate
from extractor.vocabulary import CURRENCIES, OTHER_UNITS, SCALE_WORDS, UNIT_ALIASES

# Spellings models use for units, mapped to the contract's codes without a round trip.
_UNIT_ALIASES = (
    {mark.upper(): code for mark, code in CURRENCIES.items()} | {"YUAN": "CNY"} | UNIT_ALIASES
)


class LLMFact(BaseModel):
    """One number (or blank slot) of the note, as the model reports it."""

    label: str = Field(description="the measure or line item as the text names it")
    entity: str | None = Field(
        default=None,
        description="counterparty, member, subsidiary or segment; null for the company itself",
    )
    period: str | None = Field(
        default=None,
        description="ISO 8601: YYYY-MM-DD for an instant, PnM/YYYY-MM-DD for a duration; null "
        "when the text gives none",
    )
    amount: str | None = Field(
        default=None,
        description="the number as written: no thousands separators, negatives with a leading "
        "'-', explicit zero markers ('nil', '-', '—') as '0'; null only for a blank slot",
    )
    amount_max: str | None = Field(default=None, description="upper end of a range, else null")
    scale: int = Field(default=0, description="power of ten the text applies: 0, 3, 6 or 9")
    unit: str | None = Field(
        default=None, description="ISO 4217 code, or percent | year | month | share; else null"
    )
    blank: bool = Field(default=False, description="true for an empty slot the viewer left")
    quote: str = Field(
        description="a short exact copy of the words holding the amount (for a blank: the "
        "words around the slot, e.g. 'Revenues of , RMB34')"
    )
    before_slot: str | None = Field(
        default=None,
        description="blank facts only: the words of the quote that end exactly where the "
        "dropped amount belongs ('Revenues of' for the slot in 'Revenues of , RMB34')",
    )

    @field_validator("amount", "amount_max", mode="before")
    @classmethod
    def _number_to_string(cls, v: Any) -> Any:
        if isinstance(v, bool):
            return v
        if isinstance(v, int | float):
            return str(v)
        if isinstance(v, str):
            s = v.strip().replace(",", "")
            if s.startswith("(") and s.endswith(")"):
                s = "-" + s[1:-1]
            # ".45" as written in "$.45": the contract's decimal has its leading zero.
            s = re.sub(r"^(-?)\.(?=\d)", r"\g<1>0.", s)
            return s or None
        return v

    @field_validator("amount", "amount_max")
    @classmethod
    def _decimal_string(cls, v: str | None) -> str | None:
        if v is not None and not AMOUNT_RE.match(v):
            raise ValueError(
                f"amount {v!r} must be a plain decimal string such as '-81247' or '3.88' "
                "(write zero markers as '0'; put scale words in `scale`)"
            )
        return v

    @field_validator("period")
    @classmethod
    def _iso_period(cls, v: str | None) -> str | None:
        if v is not None and not PERIOD_RE.match(v):
            raise ValueError(
                f"period {v!r} is malformed: use YYYY-MM-DD for an instant or PnM/YYYY-MM-DD "
                "for a duration (P12M/2021-12-31 = the year ended December 31, 2021)"
            )
        return v

    @field_validator("scale", mode="before")
    @classmethod
    def _scale_word(cls, v: Any) -> Any:
        if isinstance(v, str):
            return SCALE_WORDS.get(v.strip().lower(), v)
        return v

    @field_validator("scale")
    @classmethod
    def _known_scale(cls, v: int) -> int:
        if v not in SCALES:
            raise ValueError(f"scale {v!r} must be one of {sorted(SCALES)}")
        return v

    @field_validator("unit", mode="before")
    @classmethod
    def _unit_alias(cls, v: Any) -> Any:
        if isinstance(v, str):
            s = v.strip()
            return _UNIT_ALIASES.get(s.upper(), s) or None
        return v

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, v: str | None) -> str | None:
        if v is not None and v not in OTHER_UNITS and not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(
                f"unit {v!r} must be an ISO 4217 code (CNY, USD, ...) or one of "
                f"{sorted(OTHER_UNITS)}, or null"
            )
        return v

    @model_validator(mode="after")
    def _held_by_text(self, info: ValidationInfo) -> LLMFact:
        if self.blank and self.amount is not None:
            raise ValueError("a blank fact has amount null")
        if not self.blank and self.amount is None:
            raise ValueError("a fact that is not blank needs an amount (or set blank true)")
        text = info.context.get("text") if isinstance(info.context, dict) else None
        if not isinstance(text, str):
            return self
        if not find_quote(text, self.quote):
            raise ValueError(
                f"quote {self.quote!r} is not in the note: copy a short stretch of the note "
                "exactly, character for character"
            )
        if self.blank and not ground_claim(text, self.quote, None, before_slot=self.before_slot):
            raise ValueError(
                f"the quote {self.quote!r} of a blank fact shows no empty slot: quote the words "
                "around the slot and give `before_slot`, the words that end where it is"
            )
        if not self.blank and locate(text, self.quote, self.amount) is None:
            raise ValueError(
                f"amount {self.amount!r} does not appear in its quote {self.quote!r}: report "
                "each number exactly as the note writes it (never computed, converted or "
                "multiplied), with the scale word in `scale`"
            )
        return self


class LLMExtraction(BaseModel):
    """Every fact of the note's text, in text order."""

    facts: list[LLMFact] = Field(default_factory=list)
