"""By hand, at scale: 10,000 documents with a progress bar and flat memory; Ctrl-C halfway,
a hard kill later, and --resume finishes the rest with every document exactly once.

    python benchmarks/interrupt_resume.py [--n 10000] [--workers 0] [--write benchmarks/RESULTS.md]

Runs `extractor extract DIR -o out.jsonl --workers N` on a pseudo-terminal (so the progress bar
draws as for a user), sends SIGINT to its process group (what Ctrl-C does) once 30% of the
records are written, resumes and SIGKILLs that run at 60%, then resumes to the end. Samples the
process tree's memory against records written, and checks the output: one record per input,
no duplicates, no partial line.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import replicate, tree_rss_mb


def count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


def run_on_pty(cmd: list[str], out: Path, stop_at: int | None, sig: int,
               rss: list[tuple[int, float]]) -> tuple[int, str, float]:
    """Run cmd with stderr on a pty; send `sig` to its group when `out` has `stop_at` lines.
    Returns (exit status, what the terminal showed, seconds)."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=slave, start_new_session=True)
    os.close(slave)
    screen: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            screen.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    sent = False
    while proc.poll() is None:
        done = count_lines(out)
        rss.append((done, tree_rss_mb(proc.pid)))
        if stop_at is not None and not sent and done >= stop_at:
            os.killpg(proc.pid, sig)
            sent = True
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    reader.join(timeout=2)
    os.close(master)
    text = b"".join(screen).decode("utf-8", "replace")
    return proc.returncode, text, seconds


def last_frame(screen: str) -> str:
    """The last progress-bar line and the lines after it, without terminal escapes."""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    frames = [f.strip() for f in re.split(r"[\r\n]", plain) if f.strip()]
    return "\n".join(frames[-4:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared_corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"  # beside the repo
    ap.add_argument("--corpus", type=Path, default=shared_corpus)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    # A job started in the background (`cmd &`) inherits SIGINT ignored, and so would the
    # extractor, which then could not be interrupted: give the children Ctrl-C back.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    report: list[str] = []
    with tempfile.TemporaryDirectory(prefix="interrupt-resume-") as tmp:
        folder = Path(tmp) / "notes"
        docs, nbytes = replicate(args.corpus, folder, args.n)
        out = Path(tmp) / "out.jsonl"
        base = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(out),
                "--workers", str(args.workers)]
        rss: list[tuple[int, float]] = []
        phases = [
            ("run, Ctrl-C (SIGINT to the group) at 30%", base, int(docs * 0.3), signal.SIGINT),
            ("--resume, SIGKILL at 60%", [*base, "--resume"], int(docs * 0.6), signal.SIGKILL),
            ("--resume to the end", [*base, "--resume"], None, signal.SIGINT),
        ]
        for name, cmd, stop_at, sig in phases:
            status, screen, seconds = run_on_pty(cmd, out, stop_at, sig, rss)
            raw = out.read_bytes()
            partial = bool(raw) and not raw.endswith(b"\n")
            report.append(f"### {name}\n\nexit status {status}, {seconds:.1f} s, "
                          f"{count_lines(out):,} complete lines after it, partial last line: "
                          f"{'yes' if partial else 'no'}. Terminal (last lines):\n\n```\n"
                          f"{last_frame(screen)}\n```\n")
            print(report[-1], flush=True)
        records = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
        sources = [r["source"] for r in records]
        inputs = sorted(str(p) for p in folder.glob("*.txt"))
        ok = sorted(sources) == inputs and len(set(sources)) == len(sources)
        failed = sum(1 for r in records if r.get("error"))
        report.append(
            f"### Check\n\n{len(records):,} records for {len(inputs):,} inputs, "
            f"{len(records) - len(set(sources))} duplicates, {failed} error records: "
            f"{'every document exactly once' if ok else 'MISMATCH'}.\n"
        )
        buckets = {}
        for done, mb in rss:
            if mb > 0:
                buckets[done * 10 // max(docs, 1)] = max(buckets.get(done * 10 // docs, 0.0), mb)
        series = ", ".join(f"{k * 10}%: {v:.0f} MB" for k, v in sorted(buckets.items()))
        report.append(f"### Memory\n\nPeak RSS of the process tree by share of records written "
                      f"(all three runs): {series}.\n")
        print(report[-2] + "\n" + report[-1])
    if args.write:
        head = (f"## Interrupt and resume at scale ({time.strftime('%Y-%m-%d')})\n\n"
                f"Command: `{' '.join(['python', *sys.argv])}` ({docs:,} documents, "
                f"{nbytes / 1e6:.1f} MB, --workers {args.workers} on {os.cpu_count()} cores).\n\n")
        with open(args.write, "a", encoding="utf-8") as f:
            f.write(head + "\n".join(report) + "\n")


if __name__ == "__main__":
    main()
