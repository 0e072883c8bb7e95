"""Grounded, typed facts from the notes of SEC filings.

>>> import extractor
>>> result = extractor.extract("Revenues of RMB5 and RMB6 were recorded for the years "
...                            "ended December 31, 2022 and 2023, respectively.")
>>> [(f.amount, f.period) for f in result.facts]
[('5', 'P12M/2022-12-31'), ('6', 'P12M/2023-12-31')]
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("note-facts-extractor")
except PackageNotFoundError:  # a checkout run without installing
    __version__ = "0.0.0+unknown"

from extractor.api import extract, extract_document, extract_file, extract_path
from extractor.config import LLMConfig
from extractor.document import Document, read_document
from extractor.errors import (
    ConfigurationError,
    DocumentError,
    EngineError,
    EngineUnavailable,
    ExtractorError,
    OutputError,
)
from extractor.facts import ExtractionWarning, Fact, Result, Usage
from extractor.frames import read_table, to_dataframe

__all__ = [
    "ConfigurationError",
    "Document",
    "DocumentError",
    "EngineError",
    "EngineUnavailable",
    "ExtractionWarning",
    "ExtractorError",
    "Fact",
    "LLMConfig",
    "OutputError",
    "Result",
    "Usage",
    "__version__",
    "extract",
    "extract_document",
    "extract_file",
    "extract_path",
    "read_document",
    "read_table",
    "to_dataframe",
]
