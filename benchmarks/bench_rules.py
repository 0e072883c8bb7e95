"""Throughput and memory of the rules engine through the CLI users run, beside quantulum3.

    python benchmarks/bench_rules.py                 # 10,000 documents from the shared corpus
    python benchmarks/bench_rules.py --n 2000 --corpus gold --peer-n 200
    python benchmarks/bench_rules.py --ixbrl ../shared/filings/ixbrl --write benchmarks/RESULTS.md
    python benchmarks/bench_rules.py --distinct /work/devcorpus/corpus /work/devcorpus/corpus2

Compiles the package's bytecode (as an install does: `compile_package`), replicates the
corpus's *.txt into a temporary folder, then:

- times `extractor extract DIR -o out.jsonl -q` (whole process, start-up included) with 1
  worker and with every core;
- runs quantulum3's `parser.parse` and `extractor extract --workers 1` on the *same* first
  --peer-n documents (with --distinct: on the distinct notes of those folders instead), each
  a whole process, and gives the ratio of their times (wall clock and CPU);
- times the engine alone (`RulesEngine.extract` over documents already read, CPU time, in a
  fresh process: start-up and reading excluded; a first pass, then a steady second one) on
  the replicated corpus and, with --ixbrl, on the notes of the iXBRL filings there (HTML
  parsing and rendering timed apart);
- states start-up on its own (`import extractor.cli`, `extractor --help`).

CPU seconds are user + system time of the process and its workers: on a shared machine they
do not count other people's jobs, which wall-clock seconds do. Peak memory is the sampled sum
of RSS over the process tree. Not a test: figures depend on the machine, so they go to
RESULTS.md with the machine named.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _measure import Run, measure, replicate  # noqa: E402 - the folder is put on the path first

PEER = """
import sys, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from quantulum3 import parser
n = 0
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    n += len(parser.parse(p.read_text(encoding="utf-8")))
print(n)
"""


def row(name: str, docs: int, nbytes: int, run: Run, extra: str = "", cpu: bool = True) -> str:
    """A table row; `cpu` False where the CPU time misses worker processes the pool ends."""
    cpu_s = f"{run.cpu_seconds:.1f}" if cpu else "-"
    per_cpu = f"{nbytes / 1e6 / run.cpu_seconds:.2f}" if cpu else "-"
    return (f"| {name} | {docs:,} | {run.seconds:.1f} | {cpu_s} | "
            f"{docs / run.seconds:,.0f} | {nbytes / 1e6 / run.seconds:.2f} | "
            f"{per_cpu} | {run.peak_tree_rss_mb:.0f} | {extra} |")


def compile_package() -> str:
    """Compile the extractor package's bytecode, as `pip install` does for an installed
    package (the peer's, in site-packages, was compiled so): an editable checkout run with
    PYTHONDONTWRITEBYTECODE set would otherwise compile every module at every start."""
    spec = importlib.util.find_spec("extractor")
    if spec is None or spec.origin is None:
        return "extractor not found: bytecode not compiled"
    folder = Path(spec.origin).parent
    compileall.compile_dir(folder, quiet=1)
    return f"bytecode of {folder} compiled first, as an install compiles it"


def startup_ms(cmd: list[str], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def extract_run(
    cli: list[str], folder: Path, out: Path, workers: int, docs: int
) -> tuple[Run, str]:
    """One whole-process extract run, and a note of what it wrote."""
    run = measure([*cli, "extract", str(folder), "-o", str(out), "-q", "--workers", str(workers)])
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == docs, f"{len(recs)} records for {docs} documents"
    facts = sum(len(r["facts"]) for r in recs)
    failed = sum(1 for r in recs if r.get("error"))
    return run, f"{facts:,} facts, {failed} failed"


def engine_only(paths: list[str]) -> dict:
    """The engine's CPU time on documents already read, in a fresh process."""
    out = subprocess.run(
        [sys.executable, str(HERE / "profile_rules.py"), *paths, "--json"],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def engine_row(name: str, fig: dict, read_note: str) -> str:
    mb = fig["bytes"] / 1e6
    return (f"| {name} | {fig['documents']:,} | {mb:.2f} | {fig['first_pass_cpu_s']:.2f} | "
            f"{fig['engine_cpu_s']:.2f} | **{mb / fig['engine_cpu_s']:.2f}** | "
            f"{1000 * fig['engine_cpu_s'] / fig['documents']:.1f} | {fig['facts']:,} | "
            f"{read_note} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = HERE.parents[1] / "shared"  # beside the repository
    ap.add_argument("--corpus", type=Path, default=shared / "corpus")
    ap.add_argument("--n", type=int, default=10_000, help="documents to replicate to")
    ap.add_argument("--peer-n", type=int, default=1000,
                    help="documents for quantulum3 and the rules run beside it")
    ap.add_argument("--workers", type=int, default=0, help="the parallel run (0 = all cores)")
    ap.add_argument("--ixbrl", type=Path, default=shared / "filings" / "ixbrl",
                    help="iXBRL filings whose notes the engine is timed on (skipped if absent)")
    ap.add_argument("--distinct", type=Path, nargs="*", default=[],
                    help="folders of distinct notes (*.txt): the engine is timed on them too, and "
                    "quantulum3 is compared on them instead of on replicated copies, so that "
                    "the engine's memo caches meet no copy of a note they already read")
    ap.add_argument("--write", type=Path, help="append a results section to this Markdown file")
    args = ap.parse_args()

    cores = os.cpu_count() or 1
    cli = [sys.executable, "-m", "extractor.cli"]
    compiled = compile_package()
    with tempfile.TemporaryDirectory(prefix="bench-rules-") as tmp:
        folder = Path(tmp) / "notes"
        docs, nbytes = replicate(args.corpus, folder, args.n)
        out = Path(tmp) / "out.jsonl"
        runs = []
        for workers in (1, args.workers):
            run, note = extract_run(cli, folder, out, workers, docs)
            label = f"rules, --workers {workers}" + (f" ({cores} cores)" if workers == 0 else "")
            runs.append(row(label, docs, nbytes, run, note, cpu=workers == 1))
            print(runs[-1], flush=True)
        # The peer and the rules on the very same documents, whole process each.
        peer = Path(tmp) / "peer"
        peer.mkdir()
        distinct = sorted(p for d in args.distinct for p in d.glob("*.txt"))
        for k, p in enumerate(distinct or sorted(folder.glob("*.txt"))[: args.peer_n]):
            shutil.copy(p, peer / f"{k:05d}-{p.name}")
        peer_docs = len(list(peer.glob("*.txt")))
        peer_bytes = sum(p.stat().st_size for p in peer.glob("*.txt"))
        mine, note = extract_run(cli, peer, out, 1, peer_docs)
        runs.append(row("rules, --workers 1, the peer's documents", peer_docs, peer_bytes, mine,
                        note))
        print(runs[-1], flush=True)
        ratio = ""
        try:
            theirs = measure([sys.executable, "-c", PEER, str(peer)], stdout=subprocess.PIPE)
            runs.append(row("quantulum3 parser.parse (1 process)", peer_docs, peer_bytes, theirs,
                            "quantities, not facts: no period/label/grounding"))
            ratio = (f"On the same {peer_docs:,} documents, whole process each (start-up "
                     f"included), the rules engine with one worker is "
                     f"**{theirs.seconds / mine.seconds:.1f}x** as fast as quantulum3 by the "
                     f"clock and **{theirs.cpu_seconds / mine.cpu_seconds:.1f}x** by CPU time.")
        except RuntimeError as e:
            runs.append(f"| quantulum3 | - | - | - | - | - | - | - | not run: {str(e)[-200:]} |")
        print(runs[-1], flush=True)
        engines = [engine_row(f"replicated corpus ({args.corpus.name})", engine_only([str(folder)]),
                              "text files")]
        print(engines[-1], flush=True)
        if distinct:
            names = ", ".join(d.name for d in args.distinct)
            engines.append(engine_row(f"distinct notes ({names})", engine_only([str(peer)]),
                                      "text files"))
            print(engines[-1], flush=True)
    if args.ixbrl.is_dir():
        fig = engine_only([str(args.ixbrl)])
        engines.append(engine_row(f"iXBRL notes ({args.ixbrl.name}/)", fig,
                                  f"HTML parsing and rendering {fig['read_cpu_s']:.2f} s CPU"))
        print(engines[-1], flush=True)
    help_ms = startup_ms([*cli, "--help"])
    import_ms = startup_ms([sys.executable, "-c", "import extractor.cli"])
    lines = [
        f"## Rules engine throughput ({time.strftime('%Y-%m-%d')})",
        "",
        f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; load average "
        f"{os.getloadavg()[0]:.1f} at the end.",
        f"Corpus: {args.corpus} replicated to {docs:,} documents ({nbytes / 1e6:.1f} MB).",
        f"Command: `{' '.join(['python', *sys.argv])}`; each run is "
        "`python -m extractor.cli extract DIR -o out.jsonl -q --workers N` (start-up included); "
        f"{compiled}.",
        "",
        "| run | documents | wall s | CPU s | docs/s | MB/s | MB/s per CPU second | "
        "peak RSS of process tree (MB) | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *runs,
        "",
        ratio,
        "",
        "The engine alone (`benchmarks/profile_rules.py PATH --json`: `RulesEngine.extract` over "
        "documents already read, CPU time, one core; start-up and reading excluded). Two passes, "
        "the memo caches emptied before each: the first also pays what a process pays once "
        "(modules and patterns its rules import or compile on first use); the second is the "
        "steady rate a long run gets, and gives MB/s and ms per document. On replicated copies "
        "the caches also serve the copies, so read the distinct-notes row:",
        "",
        "| documents | count | MB | first pass CPU s | steady pass CPU s | MB/s per core | "
        "ms per document | facts | reading (excluded) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *engines,
        "",
        f"Start-up (excluded above, included in the whole-process runs): `extractor --help` "
        f"{help_ms:.0f} ms, `import extractor.cli` {import_ms:.0f} ms (best of 5).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        with open(args.write, "a", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
