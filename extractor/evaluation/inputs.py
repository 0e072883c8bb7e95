"""What the harness scores: a gold folder, and predictions from an engine or a JSONL file.

Gold and predictions are read through the contract's models (`Fact`, `Result`; unknown fields
ignored). A file written by someone else may bend the contract (no span, an amount given as a
number or with thousands separators, a unit this tool does not know): such a fact is coerced
where the meaning is plain, otherwise kept as written, and a note says so. A fact is never
dropped: dropping a gold fact would flatter every engine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.config import LLMConfig
from extractor.document import Document, DocumentError, load_text, read_document
from extractor.errors import ConfigurationError
from extractor.evaluation.metrics import DocumentScore, Scores, score_all, score_document
from extractor.facts import Fact, Result


class EvalInputError(ConfigurationError):
    """Input the harness cannot score at all (missing or empty gold folder, unreadable
    prediction file): the command stops with this message and a non-zero exit."""


@dataclass
class GoldDocument:
    """One gold document: its text (for context and extraction) and its hand-labelled facts."""

    doc_id: str
    text_path: Path
    facts: list[Fact]
    text: str | None = None
    error: str | None = None
    """Why the text could not be read (its facts then count as misses)."""


@dataclass
class Loaded:
    """Documents or predictions read, with the notes a person should see about them."""

    items: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _error_text(e: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'fact'}: {err['msg']}" for err in e.errors()
    )


_NUMBERISH = re.compile(r"^\(?-?[\d,\s]*\.?\d+\)?$")


def _coerce_amount(value: object) -> object:
    """1400 -> "1400"; "1,400" -> "1400"; "(81,247)" -> "-81247"; anything else as it is."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return format(value, "f") if isinstance(value, float) else str(value)
    if isinstance(value, str) and _NUMBERISH.match(value.strip()):
        s = value.strip().replace(",", "").replace(" ", "")
        if s.startswith("(") and s.endswith(")"):
            s = "-" + s[1:-1]
        return s.replace("--", "-")
    return value


def _coerce_span(value: object) -> tuple[int, int] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        try:
            return int(value[0]), int(value[1])
        except (TypeError, ValueError):
            return None
    return None


def read_fact(raw: object, where: str) -> tuple[Fact, str | None]:
    """Read one fact leniently: (the fact, a note when it had to be coerced or taken as
    written). Raises EvalInputError only when `raw` is not a JSON object at all."""
    if not isinstance(raw, dict):
        raise EvalInputError(f"{where}: a fact must be a JSON object, not {type(raw).__name__}")
    try:
        return Fact.model_validate(raw), None
    except ValidationError as e:
        first_error = _error_text(e)
    amount = _coerce_amount(raw.get("amount"))
    blank = raw.get("blank")
    scale = raw.get("scale", 0)
    try:
        scale = int(scale or 0)
    except (TypeError, ValueError):
        scale = 0
    coerced: dict[str, Any] = {
        "label": str(raw.get("label") or ""),
        "entity": None if raw.get("entity") in (None, "") else str(raw["entity"]),
        "period": None if raw.get("period") in (None, "") else str(raw["period"]).strip(),
        "amount": amount,
        "amount_max": _coerce_amount(raw.get("amount_max")),
        "scale": scale,
        "unit": None if raw.get("unit") in (None, "") else str(raw["unit"]),
        "blank": bool(blank) if blank is not None else amount is None,
        "quote": str(raw.get("quote") or ""),
        "span": _coerce_span(raw.get("span")),
    }
    try:
        return Fact.model_validate(coerced), f"{where}: coerced ({first_error})"
    except ValidationError as e:
        # Keep it as written: it still scores (a non-numeric amount simply pairs with nothing).
        return Fact.model_construct(**coerced), f"{where}: scored as written ({_error_text(e)})"


def read_result(obj: object, where: str) -> tuple[Result, list[str]]:
    """Read one document object (gold file or prediction) leniently, fact by fact."""
    if isinstance(obj, list):  # a bare list of facts
        obj = {"facts": obj}
    if not isinstance(obj, dict):
        raise EvalInputError(f"{where}: expected a JSON object with doc_id and facts")
    raw_facts = obj.get("facts") or []
    if not isinstance(raw_facts, list):
        raise EvalInputError(f"{where}: 'facts' must be a list")
    notes: list[str] = []
    facts: list[Fact] = []
    for k, raw in enumerate(raw_facts):
        fact, note = read_fact(raw, f"{where} fact #{k}")
        facts.append(fact)
        if note:
            notes.append(note)
    header = {k: v for k, v in obj.items() if k != "facts"}
    header.setdefault("doc_id", "")
    header["doc_id"] = str(header["doc_id"])
    try:
        result = Result.model_validate(header)
    except ValidationError as e:
        notes.append(f"{where}: document fields ignored ({_error_text(e)})")
        result = Result(doc_id=header["doc_id"], error=header.get("error") or None)
    result.facts = facts
    return result, notes


def load_gold(folder: str | Path) -> Loaded:
    """Read every NAME.txt with a NAME.json beside it in `folder` (not recursive).

    Raises EvalInputError when the folder is missing or holds no such pair. A NAME.txt without
    NAME.json (or the other way round) is skipped with a note.
    """
    root = Path(folder)
    if not root.exists():
        raise EvalInputError(f"gold folder {root} does not exist")
    if not root.is_dir():
        raise EvalInputError(f"{root} is not a folder (give the folder holding NAME.txt/NAME.json)")
    loaded = Loaded()
    texts = {p.stem: p for p in sorted(root.glob("*.txt")) if p.is_file()}
    jsons = {p.stem: p for p in sorted(root.glob("*.json")) if p.is_file()}
    for name in sorted(set(jsons) - set(texts)):
        loaded.notes.append(f"skipped {jsons[name].name}: no {name}.txt beside it")
    unlabelled = sorted(texts[name].name for name in set(texts) - set(jsons))
    if unlabelled:
        loaded.notes.append(
            f"skipped {len(unlabelled)} text(s) without NAME.json (not labelled): "
            + ", ".join(unlabelled)
        )
    for name, text_path in texts.items():
        if name not in jsons:
            continue
        json_path = jsons[name]
        try:
            obj = json.loads(json_path.read_text(encoding="utf-8"))
            result, notes = read_result(obj, f"gold {json_path.name}")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, EvalInputError) as e:
            loaded.notes.append(f"skipped {name}: cannot read {json_path.name} ({e})")
            continue
        loaded.notes.extend(notes)
        if result.doc_id and result.doc_id != name:
            loaded.notes.append(
                f"gold {json_path.name}: doc_id {result.doc_id!r} differs from the file name; "
                f"scored as {name!r}"
            )
        doc = GoldDocument(doc_id=name, text_path=text_path, facts=list(result.facts))
        try:
            doc.text = load_text(text_path)
        except DocumentError as e:
            doc.error = str(e)
        loaded.items.append(doc)
    if not loaded.items:
        raise EvalInputError(
            f"gold folder {root} holds no labelled document (NAME.txt beside NAME.json)"
            + (f": {'; '.join(loaded.notes)}" if loaded.notes else "")
        )
    return loaded


def _json_records(path: Path) -> Iterator[tuple[str, object]]:
    """(where, object) for each record of a JSONL file; a JSON array or single object (the
    extract command's --format json) is accepted too."""
    text = path.read_text(encoding="utf-8")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        for k, obj in enumerate(whole):
            yield f"{path.name} item {k}", obj
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path.name} line {n}", json.loads(line)
        except json.JSONDecodeError as e:
            yield f"{path.name} line {n}", EvalInputError(f"not JSON ({e.msg})")


def load_predictions(path: str | Path) -> Loaded:
    """Read predictions (one contract object per line) into Results; bad lines become notes."""
    p = Path(path)
    if not p.is_file():
        raise EvalInputError(f"prediction file {p} does not exist")
    loaded = Loaded()
    seen: set[str] = set()
    try:
        records = list(_json_records(p))
    except (OSError, UnicodeDecodeError) as e:
        raise EvalInputError(f"cannot read prediction file {p}: {e}") from None
    for where, obj in records:
        if isinstance(obj, Exception):
            loaded.notes.append(f"{where}: ignored, {obj}")
            continue
        try:
            result, notes = read_result(obj, f"prediction {where}")
        except EvalInputError as e:
            loaded.notes.append(f"{e}; ignored")
            continue
        loaded.notes.extend(notes)
        if not result.doc_id:
            loaded.notes.append(f"prediction {where}: no doc_id; ignored")
            continue
        if result.doc_id in seen:
            loaded.notes.append(
                f"prediction {where}: doc_id {result.doc_id!r} seen before; the first is scored"
            )
            continue
        seen.add(result.doc_id)
        loaded.items.append(result)
    return loaded


def _documents(gold: Iterable[GoldDocument]) -> list[Document]:
    docs = []
    for g in gold:
        if g.text is None:
            continue
        try:
            docs.append(read_document(g.text, g.doc_id, str(g.text_path)))
        except DocumentError as e:
            g.error = str(e)
    return docs


def run_engine(
    gold: list[GoldDocument], engine: str, llm: LLMConfig | None = None
) -> Loaded:
    """Extract every gold document's text with `engine`. An engine with `extract_many(docs)`
    gets them all at once (so an LLM engine can run them concurrently); otherwise they go one
    by one. A document that fails becomes an error record; the others still come out."""
    from extractor.engines import get_engine
    from extractor.many import extract_each

    loaded = Loaded()
    eng = get_engine(engine, llm)

    def fail(doc: Document, e: Exception) -> Result:
        return Result(doc_id=doc.doc_id, engine=engine, error=f"{type(e).__name__}: {e}")

    def broken(e: Exception) -> None:
        loaded.notes.append(f"{engine}: extract_many failed ({e}); the rest one by one")

    done = {r.doc_id: r for r in extract_each(eng, _documents(gold), fail, broken)}
    loaded.items = list(done.values())
    return loaded


def _match(doc_id: str, gold_ids: set[str]) -> str | None:
    if doc_id in gold_ids:
        return doc_id
    stem = Path(doc_id).name.removesuffix(".txt")
    return stem if stem in gold_ids else None


def evaluate(
    gold: list[GoldDocument], predictions: Iterable[Result], notes: Iterable[str] = ()
) -> Scores:
    """Score predictions against gold documents (matched by doc_id). A gold document without
    a prediction counts all its facts as misses; a prediction without gold is noted and
    ignored."""
    all_notes = list(notes)
    by_id: dict[str, Result] = {}
    gold_ids = {g.doc_id for g in gold}
    strangers: list[str] = []
    for r in predictions:
        key = _match(r.doc_id, gold_ids)
        if key is None:
            strangers.append(repr(r.doc_id))
        elif key in by_id:
            all_notes.append(f"second prediction for {key!r} ignored")
        else:
            by_id[key] = r
    if strangers:
        all_notes.append(
            f"ignored {len(strangers)} prediction(s) with no gold document: "
            + ", ".join(strangers)
        )
    scored: list[DocumentScore] = []
    for g in gold:
        pred = by_id.get(g.doc_id)
        error = g.error
        if pred is None:
            error = error or "no prediction for this document"
            facts: list[Fact] = []
        else:
            error = error or pred.error
            facts = list(pred.facts)
        scored.append(
            score_document(
                g.doc_id, g.facts, facts,
                usage=pred.usage if pred is not None else None, error=error, text=g.text,
            )
        )
    return score_all(scored, all_notes)


def run_info(predictions: Iterable[Result], fallback_engine: str | None) -> dict[str, Any]:
    """The engine name and prompt version the predictions carry (the most common ones)."""
    engines: dict[str, int] = {}
    prompts: dict[str, int] = {}
    for r in predictions:
        if r.engine:
            engines[r.engine] = engines.get(r.engine, 0) + 1
        if r.prompt_version:
            prompts[r.prompt_version] = prompts.get(r.prompt_version, 0) + 1
    return {
        "engine": max(engines, key=engines.__getitem__) if engines else fallback_engine,
        "prompt_version": max(prompts, key=prompts.__getitem__) if prompts else None,
    }


def predictions_for(
    gold: list[GoldDocument],
    *,
    engine: str = "rules",
    pred_path: str | Path | None = None,
    llm: LLMConfig | None = None,
) -> Loaded:
    """Predictions from a file when `pred_path` is given, else from running `engine`."""
    if pred_path is not None:
        return load_predictions(pred_path)
    return run_engine(gold, engine, llm)


__all__ = [
    "EvalInputError", "GoldDocument", "Loaded", "evaluate", "load_gold", "load_predictions",
    "predictions_for", "read_fact", "read_result", "run_engine", "run_info",
]
