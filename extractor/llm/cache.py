"""A disk cache of validated model answers, so that a repeated run is free and reproducible.

Keyed by everything that decides the answer: model, prompt version and digest, instructor mode,
and the exact text sent. One JSON file per key; written atomically (temporary file, then
rename), so concurrent workers and an interrupted run never leave half a file behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from extractor.llm.schema import LLMExtraction

M = TypeVar("M", bound=BaseModel)


def cache_key(*parts: str) -> str:
    """A stable key for the parts that decide a model's answer."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode())
        h.update(b"\x00")
    return h.hexdigest()


class AnswerCache:
    """Validated answers on disk under `folder` (created on first write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, model: type[M] = LLMExtraction) -> M | None:  # type: ignore[assignment]
        """The answer stored under `key` as a `model`, or None (a missing or unreadable entry
        is a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return model.model_validate(data["answer"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            return None

    def put(self, key: str, answer: BaseModel, meta: dict[str, str]) -> None:
        """Store an answer; a cache that cannot be written is skipped, never fatal."""
        path = self._path(key)
        payload = {"meta": meta, "answer": answer.model_dump(mode="json")}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            return
