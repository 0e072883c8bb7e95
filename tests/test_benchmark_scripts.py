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


def test_the_label_free_audit_flags_dated_entities_and_cut_numbers_inside_labels() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import audit_corpus
    finally:
        sys.path.pop(0)
    from extractor.facts import Fact

    def fact(label: str, entity: str | None) -> Fact:
        return Fact(label=label, entity=entity, period=None, amount="1", scale=0, unit="USD",
                    blank=False, quote="1", span=(0, 1))

    assert "entity: holds a date or a year" in audit_corpus.entity_checks(
        fact("Dividends", "BALANCE JUNE 30, 2023"))
    assert audit_corpus.entity_checks(fact("Dividends", "Shanghai Keshen")) == []
    assert "label: holds a cut number" in audit_corpus.label_checks(
        fact("The Company received RMB1 from Foo", None))
    assert "label: holds a cut number" not in audit_corpus.label_checks(
        fact("Revenue", None))
