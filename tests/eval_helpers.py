"""Small builders shared by the eval harness tests (facts, gold folders, prediction files)."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.facts import Fact


def fact(
    label: str,
    amount: str | None = "100",
    *,
    period: str | None = "2021-12-31",
    entity: str | None = None,
    unit: str | None = "USD",
    scale: int = 0,
    blank: bool = False,
    amount_max: str | None = None,
    span: tuple[int, int] | None = None,
    quote: str | None = None,
) -> Fact:
    """A fact with sensible defaults; a blank gets amount None."""
    return Fact(
        label=label,
        entity=entity,
        period=period,
        amount=None if blank else amount,
        amount_max=amount_max,
        scale=scale,
        unit=unit,
        blank=blank,
        quote=quote if quote is not None else f"{label} {amount}",
        span=span,
    )


def write_gold(folder: Path, name: str, text: str, facts: list[Fact]) -> None:
    """Write NAME.txt and NAME.json (contract format) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    payload = {"doc_id": name, "facts": [f.contract_dict() for f in facts]}
    (folder / f"{name}.json").write_text(json.dumps(payload), encoding="utf-8")


def write_pred(path: Path, docs: dict[str, list[Fact]]) -> Path:
    """Write a JSONL prediction file, one contract object per document."""
    lines = [
        json.dumps({"doc_id": d, "engine": "test", "facts": [f.contract_dict() for f in fs]})
        for d, fs in docs.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
