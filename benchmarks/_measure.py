"""Shared by the benchmark scripts: run a command, sample the memory of its process tree."""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """What one command cost."""

    seconds: float
    peak_tree_rss_mb: float
    """Largest sum of RSS over the process and its descendants, sampled every 50 ms."""
    returncode: int
    samples: list[tuple[float, float]]
    """(seconds since start, tree RSS MB) every sample: shows whether memory stays flat."""
    cpu_seconds: float = 0.0
    """User + system CPU time of the command and the children it waited for (on a shared
    machine the fairer figure: it does not count the time other people's jobs took)."""


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def tree_rss_mb(root: int) -> float:
    """Sum of VmRSS over `root` and its descendants (Linux /proc)."""
    kids = _children()
    total_kb = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        stack.extend(kids.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
                    break
        except OSError:
            continue
    return total_kb / 1024


def measure(cmd: list[str], *, env: dict[str, str] | None = None,
            stdout: int | None = subprocess.DEVNULL, stdin: int | None = None,
            interval: float = 0.05) -> Run:
    """Run `cmd` to completion, timing it and sampling its tree's memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, stdin=stdin)
    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.perf_counter() - start, tree_rss_mb(proc.pid)))
            done.wait(interval)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    t.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = max((mb for _, mb in samples), default=0.0)
    return Run(seconds, peak, proc.returncode, samples, cpu)


def replicate(corpus: Path, dest: Path, n: int) -> tuple[int, int]:
    """Copy the corpus's *.txt round-robin into `dest` until it holds `n` documents; returns
    (documents, bytes)."""
    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no *.txt in {corpus}")
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    texts = [p.read_bytes() for p in sources]
    for i in range(n):
        k = i % len(sources)
        (dest / f"{i:07d}-{sources[k].stem[:40]}.txt").write_bytes(texts[k])
        total += len(texts[k])
    return n, total
