"""One error policy for the Python API: a document's problem is Result.error, misuse or
configuration raises an ExtractorError."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import extractor
from extractor import ConfigurationError, EngineUnavailable, ExtractorError, LLMConfig

NO_ENDPOINT = LLMConfig(api_key=None, base_url=None)


BAD_FILES = {"missing": None, "empty": b"", "binary": b"\x00\x01" * 9, "latin1": b"caf\xe9"}


@pytest.mark.parametrize("kind", [*BAD_FILES, "a-folder"])
def test_a_file_that_cannot_be_read_is_result_error_not_an_exception(tmp_path: Path,
                                                                     kind: str) -> None:
    path = tmp_path if kind == "a-folder" else tmp_path / f"{kind}.txt"
    if BAD_FILES.get(kind) is not None:
        path.write_bytes(BAD_FILES[kind])
    result = extractor.extract_file(path)
    assert not result.ok and result.error and result.facts == []
    assert result.source == str(path)


def test_an_empty_text_is_result_error_as_the_cli_says_of_an_empty_file() -> None:
    for text in ("", "  \n\t"):
        result = extractor.extract(text, doc_id="n1")
        assert result.error == "n1: the text is empty" and result.facts == []


def test_the_llm_engine_with_no_endpoint_raises_engine_unavailable() -> None:
    with pytest.raises(EngineUnavailable, match="no LLM endpoint") as info:
        extractor.extract("Fees were $5 in 2023.", engine="llm", llm=NO_ENDPOINT)
    assert isinstance(info.value, ConfigurationError | ExtractorError)
    with pytest.raises(EngineUnavailable):
        extractor.extract_file("any.txt", engine="llm", llm=NO_ENDPOINT)


def test_the_hybrid_engine_with_no_endpoint_runs_on_the_rules() -> None:
    result = extractor.extract("Fees were $5 for the year ended December 31, 2023.",
                               engine="hybrid", llm=NO_ENDPOINT)
    assert result.ok and [f.amount for f in result.facts] == ["5"]
    assert any("rules" in w.message.lower() for w in result.warnings)


def test_an_unknown_engine_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown engine 'fast'"):
        extractor.extract("Fees were $5 in 2023.", engine="fast")
    with pytest.raises(ValueError):  # still a ValueError for callers that caught that
        extractor.extract("Fees were $5 in 2023.", engine="fast")


def test_fact_value_and_decimal_apply_the_scale() -> None:
    fact = extractor.Fact(label="Revenues", amount="3.88", amount_max="4.5", scale=6,
                          unit="USD", quote="3.88")
    assert fact.value() == fact.decimal() == Decimal("3880000")
    assert str(fact.value()) == "3880000"
    assert fact.value_max() == Decimal("4500000")
    assert extractor.Fact(label="x", blank=True, quote="of ,").value() is None
