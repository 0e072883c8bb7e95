"""The iXBRL nil tags set beside the blank audit: where the filers' empty values sit in the text
(prose lines or table lines, as `blank_slots.prose_lines` tells them) and whether the engine
gives a blank on each.

An `ix:nonFraction` with `xsi:nil="true"` renders as a hole: the one label the filings carry for
blank slots. Most sit in table cells (a statement's empty "Commitments and contingencies" line,
a column with no value); the prose ones are what the blank audit's shapes must see.

    python benchmarks/blank_nils.py /work/shared/filings/ixbrl --examples 5
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from blank_slots import context, prose_lines

import extractor
from extractor.document import read_document
from extractor.evaluation.xbrl import load_xbrl_gold

_SLACK = 2


def nil_places(paths: list[Path]) -> tuple[Counter, dict[str, list[str]]]:
    """Per (where, found) the count of nil tags, where "prose" or "table" and found whether
    the engine gives a blank within two characters of the tag's place; with examples."""
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for g in load_xbrl_gold(paths).documents:
        nils = [f.span for f in g.facts if f.blank and f.span is not None]
        if not nils or g.text is None:
            continue
        doc = read_document(g.text, doc_id=g.doc_id)
        lines = prose_lines(doc)
        blanks = [f.span[0] for f in extractor.extract_document(doc).facts
                  if f.blank and f.span is not None]
        for s, _ in nils:
            where = "prose" if any(a <= s <= b for a, b in lines) else "table"
            found = any(abs(p - s) <= _SLACK for p in blanks)
            key = f"nil tag in a {where} line, " + ("engine blank" if found else "no engine blank")
            counts[key] += 1
            examples[key].append(f"{g.doc_id[:44]}: {context(g.text, s)}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path, help="iXBRL filings or folders of them")
    ap.add_argument("--examples", type=int, default=5, help="examples per row")
    args = ap.parse_args(argv)
    counts, examples = nil_places(args.paths)
    print(f"{sum(counts.values())} nil tags")
    for key in sorted(counts):
        print(f"{counts[key]:6d}  {key}")
        for ex in examples[key][: args.examples]:
            print(f"          {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
