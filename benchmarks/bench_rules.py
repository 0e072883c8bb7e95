"""Throughput and memory of the rules engine through the CLI users run, beside quantulum3.

    python benchmarks/bench_rules.py                 # 10,000 documents from the shared corpus
    python benchmarks/bench_rules.py --n 2000 --corpus gold --peer-n 200
    python benchmarks/bench_rules.py --write benchmarks/RESULTS.md

Replicates the corpus's *.txt into a temporary folder, then times `extractor extract DIR -o
out.jsonl -q` (start-up included) with 1 worker and with every core, and quantulum3's
`parser.parse` over the texts of the same folder (on the first --peer-n documents: it is two
orders of magnitude slower). Peak memory is the sampled sum of RSS over the process tree.
Not a test: figures depend on the machine, so they go to RESULTS.md with the machine named.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Run, measure, replicate

PEER = """
import sys, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from quantulum3 import parser
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[: int(sys.argv[2])]
n = 0
for p in paths:
    n += len(parser.parse(p.read_text(encoding="utf-8")))
print(n)
"""


def row(name: str, docs: int, nbytes: int, run: Run, extra: str = "") -> str:
    return (f"| {name} | {docs:,} | {run.seconds:.1f} | {docs / run.seconds:,.0f} | "
            f"{nbytes / 1e6 / run.seconds:.2f} | {run.peak_tree_rss_mb:.0f} | {extra} |")


def startup_ms(cmd: list[str], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared_corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"  # beside the repo
    ap.add_argument("--corpus", type=Path, default=shared_corpus)
    ap.add_argument("--n", type=int, default=10_000, help="documents to replicate to")
    ap.add_argument("--peer-n", type=int, default=400, help="documents for quantulum3")
    ap.add_argument("--workers", type=int, default=0, help="the parallel run (0 = all cores)")
    ap.add_argument("--write", type=Path, help="append a results section to this Markdown file")
    args = ap.parse_args()

    cores = os.cpu_count() or 1
    cli = [sys.executable, "-m", "extractor.cli"]
    lines = []
    with tempfile.TemporaryDirectory(prefix="bench-rules-") as tmp:
        folder = Path(tmp) / "notes"
        docs, nbytes = replicate(args.corpus, folder, args.n)
        out = Path(tmp) / "out.jsonl"
        runs = []
        for workers in (1, args.workers):
            cmd = [*cli, "extract", str(folder), "-o", str(out), "-q", "--workers", str(workers)]
            run = measure(cmd)
            recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
            facts = sum(len(r["facts"]) for r in recs)
            failed = sum(1 for r in recs if r.get("error"))
            assert len(recs) == docs, f"{len(recs)} records for {docs} documents"
            label = f"rules, --workers {workers}" + (f" ({cores} cores)" if workers == 0 else "")
            runs.append(row(label, docs, nbytes, run, f"{facts:,} facts, {failed} failed"))
            print(runs[-1], flush=True)
        peer_docs = min(args.peer_n, docs)
        peer_bytes = sum(p.stat().st_size for p in sorted(folder.glob("*.txt"))[:peer_docs])
        try:
            run = measure([sys.executable, "-c", PEER, str(folder), str(peer_docs)],
                          stdout=subprocess.PIPE)
            runs.append(row("quantulum3 parser.parse (1 process)", peer_docs, peer_bytes, run,
                            "quantities, not facts: no period/label/grounding"))
        except RuntimeError as e:
            runs.append(f"| quantulum3 | - | - | - | - | - | not run: {str(e)[-200:]} |")
        print(runs[-1], flush=True)
    help_ms = startup_ms([*cli, "--help"])
    import_ms = startup_ms([sys.executable, "-c", "import extractor.cli"])
    lines += [
        f"## Rules engine throughput ({time.strftime('%Y-%m-%d')})",
        "",
        f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        f"Corpus: {args.corpus} replicated to {docs:,} documents ({nbytes / 1e6:.1f} MB).",
        f"Command: `{' '.join(['python', *sys.argv])}`; each run is "
        "`python -m extractor.cli extract DIR -o out.jsonl -q --workers N` (start-up included).",
        "",
        "| run | documents | seconds | docs/s | MB/s | peak RSS of process tree (MB) | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        *runs,
        "",
        f"Start-up: `extractor --help` {help_ms:.0f} ms, `import extractor.cli` {import_ms:.0f} ms "
        "(best of 5).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        with open(args.write, "a", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
