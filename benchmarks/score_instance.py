"""Score the rules engine's periods against a plain XBRL instance's own numeric facts.

    python benchmarks/score_instance.py PATH... [--json OUT] [--markdown OUT] [--examples N]

PATH is an instance (EDGAR's `*_htm.xml`) or a folder searched for them (any `.xml` or `.xbrl`
whose root is `xbrli:xbrl`; linkbases and schemas are skipped). Each note text block is
rendered as the iXBRL reader renders its notes (`extractor.html.instance`) and run through the
rules engine; each predicted fact is matched to the instance's numeric facts by value
(`benchmarks/instance_match.py`). Nothing in an instance's notes is tagged in place, so this
scores values and periods, not spans, and needs no labels: a label-free check of the engine's
periods on real notes. Reported per filing and overall: predicted facts, value-matched, the
period agreeing with one of the matched facts' periods (all matched; the unambiguous ones,
whose matched facts all share one period; the amounts of three significant digits or more),
the period errors by class, and the values that match only at another power of ten (scale) or
under another unit. A filing that cannot be read is reported and skipped; exit 2 when none
could be scored, 1 when scoring one failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from instance_match import Outcome, ValueIndex, match_fact, significant_digits

from extractor.document import read_document
from extractor.engines.rules import RulesEngine
from extractor.facts import Fact
from extractor.html.instance import parse_instance, read_instance

XBRLI_ROOT = "{http://www.xbrl.org/2003/instance}xbrl"
DISTINCTIVE = 3


def is_instance(path: Path) -> bool:
    """Whether the file's root element is `xbrli:xbrl` (read up to the first element only)."""
    try:
        for _, el in etree.iterparse(str(path), events=("start",), no_network=True,
                                     resolve_entities=False, huge_tree=True):
            return bool(el.tag == XBRLI_ROOT)
    except (OSError, etree.XMLSyntaxError):
        return False
    return False


def iter_instances(paths: list[str]) -> Iterator[Path]:
    """Files as given; folders searched (recursively, sorted) for instance documents."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from (f for f in sorted(p.rglob("*")) if f.suffix.lower() in (".xml", ".xbrl")
                        and f.is_file() and is_instance(f))
        else:
            yield p


def _example(doc_id: str, fact: Fact, outcome: Outcome) -> dict[str, Any]:
    return {"doc_id": doc_id, "quote": fact.quote[:160], "amount": fact.amount,
            "scale": fact.scale, "unit": fact.unit, "label": fact.label,
            "period": fact.period, "instance_periods": list(outcome.periods),
            "shift": outcome.shift, "instance_unit": outcome.unit}


class Tally:
    """Counts for one filing (or all), with a few examples per error class."""

    def __init__(self, examples: int) -> None:
        self.counts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.shifts: Counter[str] = Counter()
        self.units: Counter[str] = Counter()
        self.examples: dict[str, list[dict[str, Any]]] = {}
        self.keep = examples

    def add(self, doc_id: str, fact: Fact, o: Outcome) -> None:
        """Count one prediction's outcome."""
        self.counts["predicted"] += 1
        self.counts[o.status] += 1
        if o.status == "other scale":
            name = f"scale: engine {fact.scale}, instance {fact.scale + o.shift}"
            self.shifts[name] += 1
            self._keep(name, doc_id, fact, o)
        if o.status == "other unit":
            name = f"unit: engine {fact.unit}, instance {o.unit}" + (
                f" (scale: engine {fact.scale}, instance {fact.scale + o.shift})"
                if o.shift else "")
            self.units[name] += 1
            self._keep(name, doc_id, fact, o)
        if o.status in ("matched", "other scale"):
            self.counts["period agrees, any scale"] += o.period_ok
        if o.status != "matched":
            return
        unambiguous = len(o.periods) == 1
        distinctive = significant_digits(fact) >= DISTINCTIVE
        self.counts["unambiguous"] += unambiguous
        self.counts["period agrees"] += o.period_ok
        self.counts["unambiguous, period agrees"] += unambiguous and o.period_ok
        self.counts["distinctive"] += distinctive
        self.counts["distinctive, period agrees"] += distinctive and o.period_ok
        if o.error:
            self.errors[o.error] += 1
            self._keep(o.error, doc_id, fact, o)

    def _keep(self, name: str, doc_id: str, fact: Fact, o: Outcome) -> None:
        kept = self.examples.setdefault(name, [])
        if len(kept) < self.keep:
            kept.append(_example(doc_id, fact, o))

    def merge(self, other: Tally) -> None:
        """Add another tally's counts (and examples, while there is room)."""
        self.counts.update(other.counts)
        self.errors.update(other.errors)
        self.shifts.update(other.shifts)
        self.units.update(other.units)
        for name, found in other.examples.items():
            kept = self.examples.setdefault(name, [])
            kept.extend(found[: max(0, self.keep - len(kept))])

    def summary(self) -> dict[str, Any]:
        """The figures: counts, shares and the classes, biggest first."""
        c = self.counts
        matched = c["matched"]
        scaled = matched + c["other scale"]
        return {
            "predicted": c["predicted"], "compared": c["predicted"] - c["not compared"],
            "value_matched": matched,
            "value_matched_pct": _pct(matched, c["predicted"] - c["not compared"]),
            "period_agrees": c["period agrees"], "period_agrees_pct": _pct(c["period agrees"],
                                                                            matched),
            "unambiguous": c["unambiguous"],
            "unambiguous_period_agrees": c["unambiguous, period agrees"],
            "unambiguous_period_agrees_pct": _pct(c["unambiguous, period agrees"],
                                                  c["unambiguous"]),
            "distinctive": c["distinctive"],
            "distinctive_period_agrees_pct": _pct(c["distinctive, period agrees"],
                                                  c["distinctive"]),
            "other_scale": c["other scale"], "scale_agrees_pct": _pct(matched, scaled),
            "period_agrees_any_scale_pct": _pct(c["period agrees, any scale"], scaled),
            "other_unit": c["other unit"],
            "unmatched": c["unmatched"], "not_compared": c["not compared"],
            "period_errors": dict(self.errors.most_common()),
            "scale_errors": dict(self.shifts.most_common()),
            "unit_errors": dict(self.units.most_common()),
        }


def _pct(n: int, d: int) -> float | None:
    return round(100 * n / d, 1) if d else None


def score_instance(path: Path, examples: int, engine: RulesEngine) -> Tally:
    """Run the engine on one instance's notes and match its facts."""
    inst = read_instance(parse_instance(path.read_bytes()), path.stem)
    index = ValueIndex.build(inst)
    tally = Tally(examples)
    tally.counts["notes"] = len(inst.documents)
    tally.counts["instance facts"] = len(inst.facts)
    for d in inst.documents:
        result = engine.extract(read_document(d.text, d.doc_id, str(path)))
        for fact in result.facts:
            tally.add(d.doc_id, fact, match_fact(index, fact))
    return tally


_COLUMNS = (("notes", "notes"), ("instance facts", "instance_facts"),
            ("predicted", "predicted"), ("compared", "compared"),
            ("value-matched", "value_matched"), ("value-matched %", "value_matched_pct"),
            ("period agrees %", "period_agrees_pct"), ("unambiguous", "unambiguous"),
            ("unambiguous: period agrees %", "unambiguous_period_agrees_pct"),
            ("3+ digits", "distinctive"),
            ("3+ digits: period agrees %", "distinctive_period_agrees_pct"),
            ("scale agrees %", "scale_agrees_pct"),
            ("period agrees %, any scale", "period_agrees_any_scale_pct"),
            ("other unit", "other_unit"),
            ("unmatched", "unmatched"))


def markdown(report: dict[str, Any]) -> str:
    """The report as markdown: a row per filing (and all of them), then the error classes."""
    rows = dict(report["filings"])
    if len(rows) > 1:
        rows["all"] = report["overall"]
    lines = ["| filing | " + " | ".join(t for t, _ in _COLUMNS) + " |",
             "| --- |" + " ---: |" * len(_COLUMNS)]
    for name, fig in rows.items():
        lines.append(f"| {name} | " + " | ".join(_cell(fig.get(k)) for _, k in _COLUMNS) + " |")
    lines += ["", "compared: not blank, not zero, not years or months; unambiguous: the "
              "matched facts share one period; 3+ digits: the amount prints three significant "
              "digits or more (met by chance far less often); scale agrees: matched at its own "
              "power of ten, of those matched at any; period agrees, any scale: of those", "",
              "| error class (all filings) | facts |", "| --- | ---: |"]
    overall = report["overall"]
    for name, n in [*overall["period_errors"].items(), *overall["scale_errors"].items(),
                    *overall["unit_errors"].items()]:
        lines.append(f"| {name} | {n} |")
    return "\n".join(lines) + "\n"


def _cell(v: Any) -> str:
    return "—" if v is None else f"{v:,}" if isinstance(v, int) else str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", help="instance files or folders holding them")
    ap.add_argument("--json", dest="json_out", help="write the full report (with examples)")
    ap.add_argument("--markdown", dest="md_out", help="write the tables as markdown")
    ap.add_argument("--examples", type=int, default=3, help="examples kept per error class")
    args = ap.parse_args(argv)
    engine, overall, failed = RulesEngine(), Tally(args.examples), 0
    filings: dict[str, dict[str, Any]] = {}
    for path in iter_instances(args.paths):
        try:
            tally = score_instance(path, args.examples, engine)
        except (OSError, ValueError, etree.XMLSyntaxError) as e:
            print(f"{path}: cannot read as an XBRL instance: {e}", file=sys.stderr)
            continue
        except Exception as e:  # a bug here must not lose the other filings
            print(f"{path}: scoring failed ({type(e).__name__}: {e})", file=sys.stderr)
            failed += 1
            continue
        overall.merge(tally)
        key = path.stem if path.stem not in filings else str(path)
        filings[key] = {**tally.summary(), "notes": tally.counts["notes"],
                        "instance_facts": tally.counts["instance facts"]}
    if not filings:
        print("error: no XBRL instance among the paths given", file=sys.stderr)
        return 2
    report = {"filings": filings,
              "overall": {**overall.summary(), "notes": overall.counts["notes"],
                          "instance_facts": overall.counts["instance facts"]},
              "examples": overall.examples}
    text = markdown(report)
    print(text, end="")
    if args.md_out:
        Path(args.md_out).write_text(text, encoding="utf-8")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2, default=str) + "\n",
                                       encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
