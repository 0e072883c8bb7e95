"""`extractor eval --xbrl FILING...`: score an engine against the filer's own XBRL tags.

Every note and statement of an inline-XBRL filing becomes a gold document whose facts are its
tagged numbers (`extractor.html.xbrlgold`), scored by the contract's rules with the harness's
own pairing and metrics (`evaluate`, `build_report`) on the rendered text. What differs from a
hand-labelled gold folder, and is reported as such:

- untagged numbers are not gold (filers tag the statements and notes, not every number of
  the text), so precision counts only predictions that stand on a tagged place: a prediction
  whose span overlaps a tagged number's rendered span (a blank: within two characters of a
  nil tag's position). The others are counted as `untagged_predictions`, not scored;
- recall is also given with the period ignored (pairs on amount and blank alone), and
  "found right" counts the pairs whose period, unit and scale all agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.config import LLMConfig
from extractor.evaluation.inputs import EvalInputError, GoldDocument, evaluate, run_engine
from extractor.evaluation.metrics import Scores
from extractor.evaluation.report import build_report
from extractor.facts import Fact, Result

BLANK_REACH = 2


@dataclass
class XbrlGold:
    """Gold documents from filings, with the rendered places of every tagged number."""

    documents: list[GoldDocument] = field(default_factory=list)
    places: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    filings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def iter_filings(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders to their .htm/.html/.xhtml files, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f for f in p.iterdir()
                if f.is_file() and f.suffix.lower() in (".htm", ".html", ".xhtml")
            )
        else:
            yield p


def load_xbrl_gold(paths: Iterable[str | Path]) -> XbrlGold:
    """Read filings into gold documents. A path that is not an iXBRL filing is noted and
    skipped; EvalInputError when none is."""
    from extractor.html.detect import detect_kind, parse
    from extractor.html.ixbrl import read_filing
    from extractor.html.xbrlgold import gold_facts, read_labels

    gold = XbrlGold()
    for path in iter_filings(paths):
        try:
            data = path.read_bytes()
        except OSError as e:
            gold.notes.append(f"{path}: cannot read: {e}")
            continue
        if detect_kind(data) != "ixbrl":
            gold.notes.append(f"{path}: not an inline-XBRL filing, skipped")
            continue
        filing = read_filing(parse(data, "ixbrl"), path.stem)
        labels = read_labels(path)
        gold.filings.append(str(path))
        if not filing.documents:
            gold.notes.append(f"{path}: no note (…TextBlock) or statement table found")
        for doc in filing.documents:
            facts = gold_facts(filing, doc, labels)
            if not facts:
                continue  # a note without a tagged number has nothing to score
            gold.documents.append(GoldDocument(doc.doc_id, path, facts, text=doc.text))
            gold.places[doc.doc_id] = sorted(f.span for f in facts if f.span is not None)
    if not gold.filings:
        raise EvalInputError("no inline-XBRL filing among the paths given")
    return gold


def on_tagged_place(fact: Fact, places: list[tuple[int, int]]) -> bool:
    """Whether a prediction stands on a tagged number's place."""
    if fact.span is None:
        return False
    s, e = fact.span
    for ps, pe in places:
        if ps == pe:
            if fact.blank and abs(s - ps) <= BLANK_REACH:
                return True
        elif s < pe and ps < max(e, s + 1):
            return True
        if ps > e + BLANK_REACH:
            break
    return False


def split_predictions(results: list[Result], places: dict[str, list[tuple[int, int]]]
                      ) -> tuple[list[Result], dict[str, int]]:
    """Predictions restricted to tagged places, and per document how many were left out."""
    kept: list[Result] = []
    untagged: dict[str, int] = {}
    for r in results:
        spots = places.get(r.doc_id, [])
        on = [f for f in r.facts if on_tagged_place(f, spots)]
        untagged[r.doc_id] = len(r.facts) - len(on)
        kept.append(r.model_copy(update={"facts": on}))
    return kept, untagged


def _without_period(docs: list[GoldDocument], results: list[Result]
                    ) -> tuple[list[GoldDocument], list[Result]]:
    def strip(facts: Iterable[Fact]) -> list[Fact]:
        return [f.model_copy(update={"period": None}) for f in facts]

    golds = [GoldDocument(g.doc_id, g.text_path, strip(g.facts), text=g.text) for g in docs]
    preds = [r.model_copy(update={"facts": strip(r.facts)}) for r in results]
    return golds, preds


def _right_pairs(scores: Scores) -> int:
    return sum(1 for d in scores.documents for a in d.agreements if a["unit"] and a["scale"])


def evaluate_xbrl(
    paths: Iterable[str | Path], *, engine: str = "rules", llm: LLMConfig | None = None,
) -> dict[str, Any]:
    """Run `engine` on the notes and statements of iXBRL filings and score it against their
    tags: the report of `extractor eval` (same keys) plus an "xbrl" section."""
    from extractor.evaluation.xbrl_errors import error_classes

    gold = load_xbrl_gold(paths)
    loaded = run_engine(gold.documents, engine, llm)
    preds, untagged = split_predictions(loaded.items, gold.places)
    notes = [*gold.notes, *loaded.notes]
    scores = evaluate(gold.documents, preds, notes)
    any_golds, any_preds = _without_period(gold.documents, preds)
    any_period = evaluate(any_golds, any_preds)
    report = build_report(scores, engine=engine, gold_dir=None)
    report["xbrl"] = xbrl_section(gold, scores, any_period, untagged, loaded.items)
    report["xbrl"]["error_classes"] = error_classes(scores, loaded.items)
    return report


def xbrl_section(gold: XbrlGold, scores: Scores, any_period: Scores,
                 untagged: dict[str, int], raw: list[Result]) -> dict[str, Any]:
    """The figures particular to scoring against tags."""
    c, a = scores.counts, any_period.counts
    n_gold = c.tp + c.fn
    right = _right_pairs(scores)
    per_note = []
    for d, d_any in zip(scores.documents, any_period.documents, strict=True):
        per_note.append({
            "doc_id": d.doc_id, "tagged": len(d.gold),
            "recall": d.counts.recall, "recall_any_period": d_any.counts.recall,
            "precision_on_tagged": d.counts.precision, "untagged_predictions":
            untagged.get(d.doc_id, 0),
        })
    return {
        "filings": gold.filings,
        "documents": len(gold.documents),
        "tagged_facts": n_gold,
        "tagged_blanks": sum(1 for g in gold.documents for f in g.facts if f.blank),
        "predictions": sum(len(r.facts) for r in raw),
        "predictions_on_tagged_places": c.tp + c.fp,
        "untagged_predictions": sum(untagged.values()),
        "recall_any_period": a.recall,
        "precision_any_period": a.precision,
        "recall": c.recall,
        "precision_on_tagged": c.precision,
        "found_right": right / n_gold if n_gold else None,
        "found_right_count": right,
        "agreement": scores.agreement.as_dict(),
        "per_note": per_note,
        "precision_note": (
            "untagged numbers are not gold, so precision counts only predictions that stand "
            "on a tagged place (span overlap with a tagged number's rendered span)"
        ),
    }
