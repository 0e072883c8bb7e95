"""The audit scripts run on what the repository holds and report what they claim: a script that
breaks silently when the package changes would make the README's audit figures stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "gold").glob("00?_*.txt"))


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_crash_audit_reports_zero_failures_on_the_seeds() -> None:
    res = run("audit_failures.py", *map(str, SEEDS))
    assert res.returncode == 0, res.stderr
    assert f"{len(SEEDS)} documents" in res.stdout and "0 engine failures" in res.stdout


def test_the_label_free_audit_prints_its_table_for_the_seeds() -> None:
    res = run("audit_corpus.py", *map(str, SEEDS), "--markdown")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"{len(SEEDS)} notes, ")
    assert "| check | facts or warnings |" in res.stdout
