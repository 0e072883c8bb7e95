"""Where the rules engine's time goes: the engine alone, on documents already read.

    python benchmarks/profile_rules.py ../shared/corpus ../shared/corpus2 gold/*.txt
    python benchmarks/profile_rules.py ../shared/filings/ixbrl --top 30
    python benchmarks/profile_rules.py ../shared/corpus --repeat 5 --no-profile
    python benchmarks/profile_rules.py ../shared/filings/ixbrl --stages --repeat 3

Reads every input first (text files, R pages, iXBRL filings into their notes: HTML parsing
and rendering timed apart), then runs `RulesEngine.extract` over the documents, timed with
CPU time (the machine is shared) and, unless --no-profile, under cProfile, whose top entries
by own time it prints. The engine's memo caches are emptied before each pass: every pass is
timed cold, and a cache pays only for what repeats within the documents of one pass. With
--stages, no cProfile: wall-clock seconds of the table stages (each stage's entry point timed,
its callees included) and of the prose pass, for the fastest of the passes. With --json, one
line of figures for bench_rules.py: a first pass and a second, steady one (see _json_figures).
Not a test: the figures go to RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from extractor.engines.rules import RulesEngine
from extractor.inputs import iter_inputs
from extractor.oneinput import load_documents


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


# (module, attribute, stage name): the entry points of the table path, as the engine calls them
_STAGES = [
    ("extractor.tables", "extract_tables", "tables, all"),
    ("extractor.tables", "tokenise", "cells.tokenise"),
    ("extractor.tables", "split_text_rows", "textrows.split_text_rows"),
    ("extractor.tables", "read_grid", "grid tables, all"),
    ("extractor.tables.grid", "GridReader.__post_init__", "grid: cell kinds"),
    ("extractor.tables.grid", "GridReader.read", "grid: walk (rows, headers, captions)"),
    ("extractor.tables.grid", "GridReader._on_header_run", "  of which header runs, captions"),
    ("extractor.tables", "fill_empty_rows", "grid: emptyrows"),
    ("extractor.tables", "table_facts", "grid: gridfacts.table_facts"),
    ("extractor.tables.gridfacts", "place", "  of which placement.place"),
    ("extractor.tables.gridfacts", "roll_forward_columns", "  of which roll-forward columns"),
    ("extractor.tables.gridfacts", "check_totals", "  of which totals.check_totals"),
    ("extractor.tables.gridfacts", "value_fact", "  of which valuefacts.value_fact"),
    ("extractor.tables", "row_name_facts", "grid: namedamounts"),
    ("extractor.tables", "dropped_blanks", "grid: dropped blanks"),
    ("extractor.tables.details", "read_details", "Details pages, all"),
    ("extractor.tables.details", "place_all", "Details: placement"),
    ("extractor.prose", "extract_prose", "prose, all"),
]


def stage_timers() -> dict[str, float]:
    """Wrap the table stages' entry points so that each adds its seconds to the dict returned
    (a benchmark's instrument: the engine's code is left as it is)."""
    import importlib

    acc: dict[str, float] = defaultdict(float)

    def timed(f: Callable[..., Any], name: str) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                acc[name] += time.perf_counter() - t
        return run

    for modname, attr, name in _STAGES:
        owner: Any = importlib.import_module(modname)
        if "." in attr:
            cls, attr = attr.split(".")
            owner = getattr(owner, cls)
        setattr(owner, attr, timed(getattr(owner, attr), name))
    return acc


def _print_stages(best: dict[str, float], total: float) -> None:
    print(f"{'seconds':>8} {'share':>6}  stage (fastest pass, callees included)")
    print(f"{total:8.3f} {100.0:5.1f}%  engine, all")
    for _, _, name in _STAGES:
        print(f"{best.get(name, 0.0):8.3f} {100 * best.get(name, 0.0) / total:5.1f}%  {name}")


def _json_figures(paths: list[str]) -> dict[str, Any]:
    """The figures bench_rules.py reads: two passes over the documents, caches emptied before
    each. The first pass also pays what a process pays once (modules imported on first use,
    patterns compiled on first use); the second is the engine's steady rate, what a long run
    over many notes gets, and is `engine_cpu_s`."""
    t = time.process_time()
    docs = [d for it in iter_inputs(paths) for d in load_documents(it)]
    read_s = time.process_time() - t
    engine = RulesEngine()
    passes: list[float] = []
    facts = 0
    for _ in range(2):
        clear_caches(docs)
        t = time.process_time()
        facts = sum(len(engine.extract(d).facts) for d in docs)
        passes.append(time.process_time() - t)
    return {"documents": len(docs), "bytes": sum(len(d.text.encode("utf-8")) for d in docs),
            "read_cpu_s": read_s, "first_pass_cpu_s": passes[0], "engine_cpu_s": passes[1],
            "facts": facts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the documents")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", action="store_true",
                    help="one JSON line of figures (a first pass and a steady one), no profile")
    ap.add_argument("--stages", action="store_true", help="seconds per table stage, no profile")
    args = ap.parse_args()
    if args.json:
        print(json.dumps(_json_figures(args.paths)))
        return

    t = time.process_time()
    docs = [d for it in iter_inputs(args.paths) for d in load_documents(it)]
    read_s = time.process_time() - t
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
    engine = RulesEngine()
    if args.stages:
        acc = stage_timers()
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(args.repeat):
            acc.clear()
            clear_caches(docs)
            t = time.perf_counter()
            for d in docs:
                engine.extract(d)
            wall = time.perf_counter() - t
            if best is None or wall < best[0]:
                best = (wall, dict(acc))
        print(f"{len(docs)} documents, {nbytes / 1e6:.2f} MB of text")
        if best is not None:
            _print_stages(best[1], best[0])
        return
    prof = None if args.no_profile else cProfile.Profile()
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
    print(f"{len(docs)} documents, {nbytes / 1e6:.2f} MB of text; reading {read_s:.2f} s CPU")
    print(f"engine: {run_s:.2f} s CPU for {args.repeat} pass(es), {mb / run_s:.2f} MB/s, "
          f"{facts // args.repeat} facts per pass" + (" (under cProfile)" if prof else ""))
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
