"""The rules engine's regular expressions: what each costs, and whether a rewrite matches the same.

    python benchmarks/patterns.py time ../shared/corpus ../shared/corpus2 --top 40
    python benchmarks/patterns.py dump /tmp/before.json      # before rewriting patterns
    # ... rewrite some patterns (a leading lookahead, a tighter class) ...
    python benchmarks/patterns.py check /tmp/before.json ../shared/corpus gold ../shared/filings

`time` runs the engine once over the documents with every module-level pattern of the package
recording its calls, then replays each pattern alone on its recorded calls (best of 3): the
cost of each pattern without the profiler's overhead, and its share of the pass. `dump` writes
every module-level pattern's source and flags. `check` finds the patterns whose source or
flags differ from such a dump, records their calls over the documents, and compares the old
and the new pattern's result on every call (spans, groups; every match of a `finditer`),
with the time of each: it exits 1 if any call differs. A speed change to a pattern must give
the same matches on every input the engine hands it; `factdump.py --diff` then checks the
facts. Set PYTHONPATH to the tree being measured (see RESULTS.md). Not a test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import extractor
from extractor.engines.rules import RulesEngine
from extractor.inputs import iter_inputs
from extractor.oneinput import load_documents

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
Call = tuple[str, tuple[Any, ...], dict[str, Any]]


def module_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level compiled str pattern of the package, by `module.NAME` (a pattern
    imported under the same name elsewhere is named once, by the module that defines it)."""
    for m in pkgutil.walk_packages(extractor.__path__, "extractor."):
        try:
            importlib.import_module(m.name)
        except ImportError:
            continue  # an optional extra's module (the service, the dataframes)
    names: dict[int, tuple[bool, str]] = {}  # id -> (named where defined, name)
    patterns: dict[int, re.Pattern[str]] = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("extractor") or module is None:
            continue
        source = Path(module.__file__).read_text(encoding="utf-8") if module.__file__ else ""
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                here = f"\n{attr} = re.compile(" in source
                if id(value) not in names or (here and not names[id(value)][0]):
                    names[id(value)] = (here, f"{name}.{attr}")
                patterns[id(value)] = value
    return {names[k][1]: patterns[k] for k in names}


class _Recorder:
    """Stands in for a pattern: passes every call through and records its arguments."""

    def __init__(self, pattern: re.Pattern[str], calls: list[Call]) -> None:
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, attr: str) -> Any:
        found = getattr(self._pattern, attr)
        if attr not in _METHODS:
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((attr, args, kwargs))
            return found(*args, **kwargs)

        return call


def record(patterns: dict[str, re.Pattern[str]], paths: list[str]) -> dict[str, list[Call]]:
    """Run the engine over the documents with each of `patterns` recording its calls."""
    calls: dict[str, list[Call]] = {name: [] for name in patterns}
    by_id = {id(p): name for name, p in patterns.items()}
    swapped: list[tuple[Any, str, re.Pattern[str]]] = []
    for name, module in list(sys.modules.items()):
        if name.startswith("extractor") and module is not None:
            for attr, value in list(vars(module).items()):
                if id(value) in by_id:
                    setattr(module, attr, _Recorder(value, calls[by_id[id(value)]]))
                    swapped.append((module, attr, value))
    try:
        engine = RulesEngine()
        for item in iter_inputs(paths):
            for doc in load_documents(item):
                engine.extract(doc)
    finally:
        for module, attr, value in swapped:
            setattr(module, attr, value)
    return calls


def _result(r: Any) -> Any:
    if isinstance(r, re.Match):
        return r.span(), r.groups(), r.groupdict()
    if hasattr(r, "__next__"):
        return [_result(m) for m in r]
    return r


def replay(pattern: re.Pattern[str], calls: list[Call], repeat: int = 3) -> float:
    """The best time of `repeat` replays of the calls on `pattern` (every match consumed)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for method, args, kwargs in calls:
            r = getattr(pattern, method)(*args, **kwargs)
            if method == "finditer":
                list(r)
        best = min(best, time.perf_counter() - t)
    return best


def _time(args: argparse.Namespace) -> int:
    patterns = module_patterns()
    t = time.process_time()
    calls = record(patterns, args.paths)
    print(f"one recorded pass: {time.process_time() - t:.2f} s CPU (recording included)")
    rows = [(replay(patterns[n], c), len(c), _repeated(c), n) for n, c in calls.items() if c]
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    again = sum(s * r for s, _, r, _ in rows)
    print(f"{len(rows)} patterns called, {total * 1000:.0f} ms replayed alone, of which "
          f"{again * 1000:.0f} ms on calls that repeat an earlier call's arguments")
    print("| ms | calls | us per call | repeated calls | pattern |\n"
          "| ---: | ---: | ---: | ---: | --- |")
    for s, n, r, name in rows[: args.top]:
        print(f"| {s * 1000:.1f} | {n:,} | {s / n * 1e6:.1f} | {r:.0%} | `{name}` |")
    return 0


def _repeated(calls: list[Call]) -> float:
    """The share of calls whose method and arguments an earlier call of the pass had."""
    seen = {(m, a, tuple(sorted(k.items()))) for m, a, k in calls}
    return 1 - len(seen) / len(calls)


def _dump(args: argparse.Namespace) -> int:
    out = {n: [p.pattern, p.flags] for n, p in module_patterns().items()}
    Path(args.out).write_text(json.dumps(out, indent=0), encoding="utf-8")
    print(f"{len(out)} patterns -> {args.out}")
    return 0


def _check(args: argparse.Namespace) -> int:
    base = json.loads(Path(args.base).read_text(encoding="utf-8"))
    now = module_patterns()
    changed = {n: (re.compile(src, flags), now[n]) for n, (src, flags) in base.items()
               if n in now and (now[n].pattern, now[n].flags) != (src, flags)}
    print(f"{len(changed)} patterns changed since {args.base}")
    calls = record({n: new for n, (_, new) in changed.items()}, args.paths)
    bad = 0
    for name, (old, new) in sorted(changed.items()):
        differ = [c for c in calls[name] if _outcome(old, c) != _outcome(new, c)]
        bad += len(differ)
        print(f"{name}: {len(calls[name]):,} calls, {len(differ)} differ; "
              f"{replay(old, calls[name]) * 1000:.1f} -> {replay(new, calls[name]) * 1000:.1f} ms")
        for method, a, _ in differ[:3]:
            print(f"    {method}{repr(a)[:160]}")
    return 1 if bad else 0


def _outcome(pattern: re.Pattern[str], call: Call) -> Any:
    method, args, kwargs = call
    return _result(getattr(pattern, method)(*args, **kwargs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("time", help="each pattern's cost on the calls of one pass")
    t.add_argument("paths", nargs="+")
    t.add_argument("--top", type=int, default=40)
    d = sub.add_parser("dump", help="every pattern's source and flags, as JSON")
    d.add_argument("out")
    c = sub.add_parser("check", help="changed patterns against a dump, call by call")
    c.add_argument("base")
    c.add_argument("paths", nargs="+")
    args = ap.parse_args()
    run: dict[str, Callable[[argparse.Namespace], int]] = {
        "time": _time, "dump": _dump, "check": _check}
    sys.exit(run[args.command](args))


if __name__ == "__main__":
    main()
