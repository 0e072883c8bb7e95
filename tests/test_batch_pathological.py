"""Regexes must not backtrack on long runs of digits, commas or spaces: a 1 MB line of them
(and of comma lists, ranges and zero-width characters inside numbers) goes through the rules
engine and the run ends (a generous limit, not a timing figure; the s/MB figures come from
benchmarks/bench_hostile.py)."""

from __future__ import annotations

import subprocess
import sys
import time

PROBE = """
import sys
from extractor.api import extract
unit = sys.argv[1]
line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
result = extract(line, doc_id="pathological")
assert result.doc_id == "pathological"
print("ok")
"""

RUNS = {
    "digits": "1234567890",
    "digit-groups": "1,234,",
    "commas": ",",
    "spaces": " ",
    "mixed": "12, 3 ,,4  5,",
    "negatives": "(1,234) ",
    "dotted": "1.2.3,",
    "comma-list": "1,",
    "money-list": "$1, ",
    "digit-runs": "12345 ",
    "zero-width-in-numbers": "$1\u200b234\u200b567 ",
    "zero-width": "\u200b",
    "ranges": "3-5, ",
}


def test_a_1mb_line_of_digits_commas_and_spaces_finishes() -> None:
    # All shapes at once, one process each: the cores share the work, and a shape that
    # backtracks shows up as the one still running at the deadline.
    procs = {
        name: subprocess.Popen([sys.executable, "-c", PROBE, unit],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, unit in RUNS.items()
    }
    deadline = time.monotonic() + 300
    failures = []
    for name, proc in procs.items():
        try:
            out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            failures.append(f"{name}: still running after 300 s (backtracking?)")
            continue
        if proc.returncode != 0 or out.strip() != "ok":
            failures.append(f"{name}: exit {proc.returncode}: {err[-500:]}")
    assert not failures, "\n".join(failures)
