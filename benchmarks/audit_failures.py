"""Crash audit: run the rules engine over notes and report every engine failure.

    python benchmarks/audit_failures.py                      # ../shared/corpus and corpus2
    python benchmarks/audit_failures.py NOTES/ more.txt ...  # any files or folders

Each input goes through the normal reading path (the batch's walk and reader), so whatever
the batch reads (text notes; rendered filings once the reader takes them) is audited the same
way. An engine failure is a document whose extraction raised (an error record saying "engine
failed") or a piece of it contained as an `engine_failure` warning; both are bugs. Documents
that cannot be read (empty, binary, too large) are counted apart: that is bad input, not a
crash. Prints one line per note with a failure and a summary; exits 1 when any failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extractor.contain import FAILURE_CODE
from extractor.engines.rules import RulesEngine
from extractor.inputs import iter_inputs
from extractor.oneinput import extract_item_all


def default_paths() -> list[str]:
    """../shared/corpus and ../shared/corpus2 beside the repository (or a checkout above it)."""
    repo = Path(__file__).resolve().parents[1]
    for base in repo.parents:
        found = [base / "shared" / name for name in ("corpus", "corpus2")]
        found = [p for p in found if p.is_dir()]
        if found:
            return [str(p) for p in found]
    return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: ../shared/corpus*)")
    args = ap.parse_args(argv)
    paths = args.paths or default_paths()
    if not paths:
        print("no inputs: give files or folders (../shared/corpus* not found)", file=sys.stderr)
        return 2
    engine = RulesEngine()
    docs = failed = contained = unreadable = 0
    started = time.perf_counter()
    for item in iter_inputs(paths):
        # every document the input holds: one per note and statement of an iXBRL filing
        for result in extract_item_all(item, engine, engine.name):
            path = result.doc_id if "#" in result.doc_id else item.path
            docs += 1
            if result.error is not None:
                if "engine failed" in result.error:
                    failed += 1
                    print(f"FAILED {path}: {result.error}")
                else:
                    unreadable += 1
                    print(f"unreadable {path}: {result.error}")
                continue
            broken = [w for w in result.warnings if w.code == FAILURE_CODE]
            if broken:
                contained += 1
                for w in broken:
                    print(f"contained {path}: {w.message}")
    seconds = time.perf_counter() - started
    print(
        f"{docs} documents in {seconds:.1f}s: {failed + contained} engine failures "
        f"({failed} documents failed, {contained} with contained failures), "
        f"{unreadable} unreadable, over {_named(paths)}"
    )
    return 1 if failed or contained else 0


def _named(paths: list[str]) -> str:
    if len(paths) <= 3:
        return ", ".join(paths)
    return f"{', '.join(paths[:2])} and {len(paths) - 2} more"


if __name__ == "__main__":
    sys.exit(main())
