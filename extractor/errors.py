"""Every error the package raises on purpose, under one root (`ExtractorError`).

- `ExtractorError`: the root; catch it to handle anything the package reports.
- `DocumentError`: a document cannot be read (missing, empty, binary, not UTF-8, too large).
- `ConfigurationError`: what was asked for cannot be set up (an unknown engine or format, a
  bad option); `EngineUnavailable`: the engine asked for cannot run as configured (an LLM
  engine with no endpoint).
- `EngineError`: an engine failed on a document it could read.
- `OutputError`: an output that cannot be written (a read-only target, a full disk).

The error policy of the Python API (README, "Errors"): a problem with a *document* (missing,
empty, binary or not-UTF-8 file; a model that fails on this note) is never raised: it comes
back as `Result.error`, as a batch's error record does. *Misuse and configuration* raise, because
no document can succeed until the caller changes something. Each class also subclasses the
built-in error callers used to catch (`ValueError`, `RuntimeError`, `OSError`).
"""

from __future__ import annotations

import os


class ExtractorError(Exception):
    """The root of the package's errors."""


class DocumentError(ExtractorError, ValueError):
    """A document that cannot be read, with a one-line reason naming it.

    Raised by the low-level readers (`load_text`, `decode`); the API and the batch turn it into
    `Result.error`."""


class ConfigurationError(ExtractorError, ValueError):
    """Misuse or configuration: an unknown engine or format, a missing endpoint, bad options."""


class EngineUnavailable(ConfigurationError):
    """The engine asked for cannot run as configured (e.g. the LLM engine with no endpoint)."""


class EngineError(ExtractorError, RuntimeError):
    """An engine that failed on a readable document."""


class OutputError(ExtractorError, OSError):
    """An output that cannot be written (a read-only target, a full disk, /dev/full)."""


def reason(e: OSError) -> str:
    """An OS error's plain reason ("No space left on device"), without the library's framing."""
    return os.strerror(e.errno) if e.errno else (e.strerror or str(e))
