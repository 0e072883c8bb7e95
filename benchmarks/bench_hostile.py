"""Seconds per MB of the rules engine on hostile text: shapes made to be slow, at two sizes.

    python benchmarks/bench_hostile.py                          # 0.2 MB and 1 MB of each shape
    python benchmarks/bench_hostile.py --sizes 0.2 1 --write benchmarks/RESULTS.md

Each shape is one line repeated to the size (the shapes of tests/test_batch_pathological.py,
comma lists, digit runs, zero-width characters inside numbers, and, for comparison, shapes a
number-run guard does not stop: numbers with a letter each, dense real prose, one amount between
every two words), extracted
with `extractor.extract` in a fresh process; the figure is that process's CPU seconds for the
extraction alone (start-up and imports excluded), divided by the size. CPU time, not wall
time, because the machine is shared: other jobs slow the wall clock, not this process's work.
A shape that grows linearly has about the same s/MB at both sizes (the last column is their
ratio). A real note (gold/002) replicated to the size is the peer measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHAPES = {
    "digits": "1234567890",
    "digit-groups": "1,234,",
    "commas": ",",
    "spaces": " ",
    "mixed": "12, 3 ,,4  5,",
    "negatives": "(1,234) ",
    "dotted": "1.2.3,",
    "comma list 1,1,1,": "1,",
    "money list": "$1, ",
    "digit runs": "12345 ",
    "zero-width in numbers": "$1\u200b234\u200b567 ",
    "zero-width only": "\u200b",
    "bidi marks in numbers": "1\u200e2\u202a3\u2066 ",
    "ranges": "3-5, ",
    "numbers with a letter each": "a1, ",
    "dense prose": "Revenue was $5 million and $6 million in 2021 and 2022, respectively. ",
}
# Not runs of numbers (words between them): each amount is read and labelled as prose, so
# these cost what dense prose costs per amount; outside the 5 s/MB budget of the shapes above.
PROSE_LIKE = {
    "amount between words": "a $1 b ",
    "percent between words": "1% ab ",
    "labelled amount list": "Revenue $1, ",
    "blank-slot list": "of , RMB34 and ",
}
PROBE = """
import json, sys, time
from extractor.api import extract
unit, size = json.loads(sys.argv[1]), int(sys.argv[2])
line = (unit * (size // len(unit) + 1))[:size]
extract("warm up: Revenue was $5 in 2021.")
t = time.process_time()
result = extract(line, doc_id="hostile")
print(json.dumps([time.process_time() - t, len(result.facts), len(result.warnings)]))
"""


def measure(unit: str, mb: float) -> tuple[float, int, int]:
    """CPU seconds, facts and warnings for `mb` megabytes of `unit` repeated."""
    size = int(mb * 1_000_000)
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(unit), str(size)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, facts, warnings = json.loads(out.stdout)
    return seconds, facts, warnings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs=2, default=[0.2, 1.0], metavar="MB")
    ap.add_argument("--shapes", nargs="*", help="only these shapes (default: all)")
    ap.add_argument("--write", type=Path, help="append a results section to this Markdown file")
    args = ap.parse_args()
    small, large = args.sizes
    every = {**SHAPES, **PROSE_LIKE}
    shapes = {k: v for k, v in every.items() if not args.shapes or k in args.shapes}
    shapes["peer: a real note (gold/002) repeated"] = (ROOT / "gold" /
        "002_5abbb9a79987e1a2.txt").read_text(encoding="utf-8")
    rows = [f"| shape | unit | s/MB at {small:g} MB | s/MB at {large:g} MB | facts at "
            f"{large:g} MB | warnings | ratio |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    worst = 0.0
    for name, unit in shapes.items():
        s1, _, _ = measure(unit, small)
        s2, facts, warnings = measure(unit, large)
        per1, per2 = s1 / small, s2 / large
        if name in SHAPES:
            worst = max(worst, per1, per2)
        escaped = unit.encode("unicode_escape").decode()
        shown = "(a note)" if name.startswith("peer") else f"`{escaped}`"
        rows.append(f"| {name} | {shown} | {per1:.2f} | {per2:.2f} | {facts:,} | {warnings:,} "
                    f"| {per2 / per1 if per1 else 0:.2f} |")
        print(rows[-1], flush=True)
    text = "\n".join([
        f"## Hostile text, seconds per MB ({date.today().isoformat()})",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        f"Command: `python benchmarks/bench_hostile.py --sizes {small:g} {large:g}`; CPU seconds "
        "of the extraction in a fresh process, per MB of text. Worst of the hostile shapes "
        f"(all but the prose-like ones and the peer): {worst:.2f} s/MB (budget: 5 s/MB).",
        "",
        *rows,
        "",
    ])
    print(text)
    if args.write:
        with open(args.write, "a", encoding="utf-8") as f:
            f.write("\n" + text)


if __name__ == "__main__":
    main()
