"""The page at /: paste a note or drop a file, get it back with every fact highlighted."""

from __future__ import annotations

from fastapi import FastAPI

from extractor.service.config import ServiceConfig
from extractor.service.runner import Runner


def install_page(app: FastAPI, runner: Runner, config: ServiceConfig) -> None:
    """Add GET / (the form) and POST / (the form's answer: the view of the note)."""
