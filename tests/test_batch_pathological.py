"""Regexes must not backtrack on long runs of digits, commas or spaces: a 1 MB line of them
(and of comma lists, ranges and zero-width characters inside numbers) goes through the rules
engine and the run ends; and a line of prose-like amounts, each read and labelled, is not read
in quadratic time (generous limits, not timing figures; the s/MB figures come from
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
    _all_finish(PROBE, RUNS, 300)


# Shapes the number-run guard does not stop: every amount is read as prose. 0.3 MB of each is
# seconds when linear; "a $1 b " took 329 s when each unlabelled amount searched every fact
# before it for a label (tests/test_prose_named_before.py).
PROSE_PROBE = PROBE.replace("1_000_000", "300_000")
PROSE_RUNS = {
    "amount-between-words": "a $1 b ",
    "percent-between-words": "1% ab ",
    "labelled-amount-list": "Revenue $1, ",
    "blank-slot-list": "of , RMB34 and ",
}


def test_a_line_of_prose_like_amounts_is_not_read_in_quadratic_time() -> None:
    _all_finish(PROSE_PROBE, PROSE_RUNS, 150)


def _all_finish(probe: str, runs: dict[str, str], limit: float) -> None:
    # All shapes at once, one process each: the cores share the work, and a shape that
    # backtracks shows up as the one still running at the deadline.
    procs = {
        name: subprocess.Popen([sys.executable, "-c", probe, unit],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, unit in runs.items()
    }
    deadline = time.monotonic() + limit
    failures = []
    for name, proc in procs.items():
        try:
            out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            failures.append(f"{name}: still running after {limit:.0f} s (backtracking?)")
            continue
        if proc.returncode != 0 or out.strip() != "ok":
            failures.append(f"{name}: exit {proc.returncode}: {err[-500:]}")
    assert not failures, "\n".join(failures)
