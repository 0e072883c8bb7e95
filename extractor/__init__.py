"""Grounded, typed facts from the notes of SEC filings.

>>> import extractor
>>> result = extractor.extract("Revenues of RMB5 and RMB6 were recorded for the years "
...                            "ended December 31, 2022 and 2023, respectively.")
>>> [(f.amount, f.period) for f in result.facts]
[('5', 'P12M/2022-12-31'), ('6', 'P12M/2023-12-31')]
"""

from extractor.api import extract, extract_document, extract_file, extract_path
from extractor.config import LLMConfig
from extractor.document import Document, DocumentError, read_document
from extractor.facts import ExtractionWarning, Fact, Result, Usage

__all__ = [
    "Document",
    "DocumentError",
    "ExtractionWarning",
    "Fact",
    "LLMConfig",
    "Result",
    "Usage",
    "extract",
    "extract_document",
    "extract_file",
    "extract_path",
    "read_document",
]
__version__ = "0.1.0"
