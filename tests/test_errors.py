"""One error hierarchy: whatever the package reports on purpose is an ExtractorError."""

from pathlib import Path

import pytest

import extractor
from extractor.batch import PoolBroken
from extractor.document import load_text
from extractor.errors import ConfigurationError, DocumentError, EngineError, ExtractorError
from extractor.evaluation.inputs import EvalInputError
from extractor.llm.client import ClientConfigError
from extractor.llm.prompts import PromptError
from extractor.llm.runner import LLMFailure


def test_an_unreadable_document_is_a_document_error_under_the_root(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    # The low-level reader raises; the API turns it into Result.error (the error policy).
    with pytest.raises(ExtractorError, match="empty") as e:
        load_text(empty)
    assert isinstance(e.value, DocumentError) and extractor.DocumentError is DocumentError
    assert "empty" in (extractor.extract_file(empty).error or "")


@pytest.mark.parametrize("error", [EvalInputError, ClientConfigError, PromptError])
def test_setup_errors_are_configuration_errors(error: type[Exception]) -> None:
    assert issubclass(error, ConfigurationError) and issubclass(error, ValueError)


@pytest.mark.parametrize("error", [LLMFailure, PoolBroken])
def test_engine_failures_are_engine_errors(error: type[Exception]) -> None:
    assert issubclass(error, EngineError) and issubclass(error, ExtractorError)
