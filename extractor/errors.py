"""Every error the package raises on purpose, under one root.

- `ExtractorError`: the root; catch it to handle anything the package reports.
- `DocumentError`: a document cannot be read (missing, empty, binary, not UTF-8, too large).
- `ConfigurationError`: what was asked for cannot be set up (an unknown engine or format, a
  bad option, an LLM endpoint that is not configured).
- `EngineError`: an engine failed on a document it could read.

Each subclasses the built-in error callers used to catch (`ValueError`), so older callers keep
working.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """The root of the package's errors."""


class DocumentError(ExtractorError, ValueError):
    """A document that cannot be read, with a one-line reason naming it."""


class ConfigurationError(ExtractorError, ValueError):
    """A configuration that cannot work: an unknown engine, a bad option, no endpoint."""


class EngineError(ExtractorError, RuntimeError):
    """An engine that failed on a readable document."""
