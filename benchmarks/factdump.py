"""Dump the rules engine's facts and warnings for every document under some folders, so that
two commits can be compared byte for byte (a refactor or a speed change must not move a fact).

    python benchmarks/factdump.py ../shared/corpus ../shared/corpus2 gold -o /tmp/before.jsonl
    # ... change the engine ...
    python benchmarks/factdump.py ../shared/corpus ../shared/corpus2 gold -o /tmp/after.jsonl
    python benchmarks/factdump.py --diff /tmp/before.jsonl /tmp/after.jsonl

One JSON line per document (sorted by source and doc_id): its facts and warnings as the engine
returns them. Folders under gold/synthetic are skipped unless --synthetic is given: a held-out
round's facts are not to be read between its scorings. --diff prints, per document that
changed, the facts only in one dump or the other, and exits 1 if any changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractor.engines.rules import RulesEngine
from extractor.inputs import iter_inputs
from extractor.oneinput import load_documents


def dump(paths: list[str], synthetic: bool) -> list[dict]:
    """One record per document: doc_id, source, facts and warnings as plain JSON."""
    engine = RulesEngine()
    rows = []
    for item in iter_inputs(paths):
        if not synthetic and item.source and "/synthetic/" in item.source:
            continue
        try:
            docs = load_documents(item)
        except Exception as exc:  # a benchmark records what did not read, and goes on
            rows.append({"doc_id": item.doc_id, "source": item.source, "error": str(exc)})
            continue
        for d in docs:
            r = engine.extract(d)
            rows.append({
                "doc_id": d.doc_id,
                "source": d.source,
                "facts": [f.model_dump(mode="json") for f in r.facts],
                "warnings": [w.model_dump(mode="json") for w in r.warnings],
            })
    rows.sort(key=lambda r: (str(r.get("source")), str(r.get("doc_id"))))
    return rows


def diff(a: Path, b: Path) -> int:
    """Print the documents whose facts differ between two dumps; 1 if any do."""
    def load(p: Path) -> dict:
        return {(r["source"], r["doc_id"]): r for r in map(json.loads, p.read_text().splitlines())}

    left, right = load(a), load(b)
    changed = 0
    for key in sorted(set(left) | set(right), key=str):
        x, y = left.get(key, {}), right.get(key, {})
        if x == y:
            continue
        changed += 1
        print(f"== {key[1]} ({key[0]})")
        xs = [json.dumps(f, sort_keys=True) for f in x.get("facts", [])]
        ys = [json.dumps(f, sort_keys=True) for f in y.get("facts", [])]
        for f in xs:
            if f not in ys:
                print(f"  - {f}")
        for f in ys:
            if f not in xs:
                print(f"  + {f}")
        if x.get("warnings") != y.get("warnings"):
            print("  (warnings differ)")
    print(f"{changed} of {len(set(left) | set(right))} documents changed", file=sys.stderr)
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--synthetic", action="store_true", help="include gold/synthetic rounds")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        sys.exit(diff(*args.diff))
    if not args.paths or not args.output:
        ap.error("give folders to dump and -o FILE, or --diff BEFORE AFTER")
    rows = dump(args.paths, args.synthetic)
    args.output.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
    print(f"{len(rows)} documents -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
