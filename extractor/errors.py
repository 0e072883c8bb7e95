"""The exceptions the package raises, under one root (`ExtractorError`).

The error policy of the Python API (README, "Errors"): a problem with a *document* (missing,
empty, binary or not-UTF-8 file; a model that fails on this note; an engine bug on this note)
is never raised: it comes back as `Result.error`, as a batch's error record does. *Misuse and
configuration* (an unknown engine name, an LLM engine with no endpoint, an output that cannot
be written) raise an `ExtractorError` subclass, because no document can succeed until the
caller changes something.
"""

from __future__ import annotations

import os


class ExtractorError(Exception):
    """Root of every exception this package raises on purpose."""


class ConfigurationError(ExtractorError, ValueError):
    """Misuse or configuration: an unknown engine or format, a missing endpoint, bad options."""


class EngineUnavailable(ConfigurationError):
    """The engine asked for cannot run as configured (e.g. the LLM engine with no endpoint)."""


class DocumentError(ExtractorError, ValueError):
    """A document that cannot be read as a note (missing, empty, binary, not UTF-8, too big).

    Raised by the low-level readers (`load_text`, `decode`); the API and the batch turn it into
    `Result.error`."""


class OutputError(ExtractorError, OSError):
    """An output that cannot be written (a read-only target, a full disk, /dev/full)."""


def reason(e: OSError) -> str:
    """An OS error's plain reason ("No space left on device"), without the library's framing."""
    return os.strerror(e.errno) if e.errno else (e.strerror or str(e))
