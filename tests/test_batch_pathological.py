"""Regexes must not backtrack on long runs of digits, commas or spaces: a 1 MB line of them
goes through the rules engine and the run ends (a generous limit, not a timing figure)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from extractor.api import extract
unit = sys.argv[1]
line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
result = extract(line, doc_id="pathological")
assert result.doc_id == "pathological"
print("ok")
"""

QUADRATIC = pytest.mark.xfail(
    run=False,
    reason="per-amount work over the whole sentence in prose/labels (_bounds -> find_periods, "
    "label_for searching all of the left context): quadratic on one long sentence of many "
    "amounts; 10 kB already takes 12-50 s. Reported to the lead.",
)

RUNS = [
    pytest.param("1234567890", id="digits"),
    pytest.param("1,234,", id="digit-groups"),
    pytest.param(",", id="commas"),
    pytest.param(" ", id="spaces"),
    pytest.param("12, 3 ,,4  5,", id="mixed"),
    pytest.param("(1,234) ", id="negatives", marks=QUADRATIC),
    pytest.param("1.2.3,", id="dotted", marks=QUADRATIC),
]


@pytest.mark.parametrize("unit", RUNS)
def test_a_1mb_line_of_digits_commas_and_spaces_finishes(unit: str) -> None:
    try:
        res = subprocess.run([sys.executable, "-c", PROBE, unit], capture_output=True,
                             text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the rules engine backtracked on a 1 MB line of {unit!r} (over 180 s)")
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "ok"
