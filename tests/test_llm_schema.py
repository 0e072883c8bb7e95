"""The response model's validators: the first line of grounding for the model's answers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.llm.schema import LLMExtraction, LLMFact

TEXT = "Revenues of , RMB34 and RMB6 were recorded for the years 2021, 2022 and 2023."


def claim(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "label": "Revenues", "period": "P12M/2022-12-31", "amount": "34", "unit": "CNY",
        "quote": "RMB34 and RMB6",
    }
    base.update(kw)
    return base


def test_a_fact_held_by_the_text_validates() -> None:
    f = LLMFact.model_validate(claim(), context={"text": TEXT})
    assert (f.amount, f.unit, f.blank) == ("34", "CNY", False)


def test_a_quote_missing_from_the_text_is_refused() -> None:
    with pytest.raises(ValidationError, match="not in the note"):
        LLMFact.model_validate(claim(quote="RMB34 and RMB7"), context={"text": TEXT})


def test_an_amount_absent_from_its_quote_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not appear in its quote"):
        LLMFact.model_validate(claim(amount="34000"), context={"text": TEXT})


@pytest.mark.parametrize("period", ["2022", "FY2022", "P1Y/2022-12-31", "2022-12-31/P12M"])
def test_a_malformed_period_is_refused(period: str) -> None:
    with pytest.raises(ValidationError, match="period"):
        LLMFact.model_validate(claim(period=period), context={"text": TEXT})


def test_a_blank_needs_no_amount_but_a_fact_does() -> None:
    blank = LLMFact.model_validate(
        claim(amount=None, blank=True, quote="Revenues of , RMB34", period="P12M/2021-12-31"),
        context={"text": TEXT},
    )
    assert blank.amount is None
    with pytest.raises(ValidationError, match="needs an amount"):
        LLMFact.model_validate(claim(amount=None), context={"text": TEXT})


def test_common_spellings_are_normalised_without_a_round_trip() -> None:
    f = LLMFact.model_validate(claim(amount=34, unit="RMB", scale="thousand"))
    assert (f.amount, f.unit, f.scale) == ("34", "CNY", 3)
    assert LLMFact.model_validate(claim(amount="(1,204)")).amount == "-1204"
    assert LLMFact.model_validate(claim(unit="%")).unit == "percent"


def test_an_unknown_unit_is_refused() -> None:
    with pytest.raises(ValidationError, match="unit"):
        LLMFact.model_validate(claim(unit="dollars"))


def test_without_a_context_only_the_shape_is_checked() -> None:
    f = LLMFact.model_validate(claim(quote="not in any text"))
    assert f.quote == "not in any text"


def test_one_bad_fact_fails_the_whole_answer_with_its_position() -> None:
    with pytest.raises(ValidationError) as e:
        LLMExtraction.model_validate(
            {"facts": [claim(), claim(amount="6000", quote="RMB6 were")]}, context={"text": TEXT}
        )
    assert e.value.errors()[0]["loc"][:2] == ("facts", 1)
