"""Where the rules engine's time goes: the engine alone, on documents already read.

    python benchmarks/profile_rules.py ../shared/corpus ../shared/corpus2 gold/*.txt
    python benchmarks/profile_rules.py ../shared/filings/ixbrl --top 30
    python benchmarks/profile_rules.py ../shared/corpus --repeat 5 --no-profile

Reads every input first (text files, R pages, iXBRL filings into their notes: HTML parsing
and rendering timed apart), then runs `RulesEngine.extract` over the documents, timed with
CPU time (the machine is shared) and, unless --no-profile, under cProfile, whose top entries
by own time it prints. The engine's memo caches are emptied before each pass: every pass is
timed cold, and a cache pays only for what repeats within the documents of one pass. Not a
test: the figures go to RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time

from extractor.batch import load_documents
from extractor.engines.rules import RulesEngine
from extractor.inputs import iter_inputs


def clear_caches(docs: list | None = None) -> None:
    """Empty the engine's memo caches (`functools.lru_cache` on pure functions of a label or
    cell text, and each document's lines split once), so that a second pass over the same
    documents is timed as cold as the first."""
    for d in docs or []:
        d.__dict__.pop("body_lines", None)  # Document.body_lines, a cached_property
    for name, mod in list(sys.modules.items()):
        if name.startswith("extractor") and mod is not None:
            for v in vars(mod).values():
                if hasattr(v, "cache_clear") and hasattr(v, "cache_info"):
                    v.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the documents")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", action="store_true", help="one JSON line of figures, no profile")
    args = ap.parse_args()

    t = time.process_time()
    docs = [d for it in iter_inputs(args.paths) for d in load_documents(it)]
    read_s = time.process_time() - t
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
    engine = RulesEngine()
    prof = None if args.no_profile or args.json else cProfile.Profile()
    t = time.process_time()
    if prof:
        prof.enable()
    facts = 0
    for _ in range(args.repeat):
        clear_caches(docs)
        for d in docs:
            facts += len(engine.extract(d).facts)
    if prof:
        prof.disable()
    run_s = time.process_time() - t
    mb = nbytes * args.repeat / 1e6
    if args.json:
        print(json.dumps({"documents": len(docs), "bytes": nbytes, "read_cpu_s": read_s,
                          "engine_cpu_s": run_s / args.repeat, "facts": facts // args.repeat}))
        return
    print(f"{len(docs)} documents, {nbytes / 1e6:.2f} MB of text; reading {read_s:.2f} s CPU")
    print(f"engine: {run_s:.2f} s CPU for {args.repeat} pass(es), {mb / run_s:.2f} MB/s, "
          f"{facts // args.repeat} facts per pass" + (" (under cProfile)" if prof else ""))
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
