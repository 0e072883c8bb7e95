"""The rules path starts fast: it never imports the LLM stack (openai, instructor) or Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"

PROBE = """
import sys
from typer.testing import CliRunner
from extractor.cli import app
res = CliRunner().invoke(app, ["extract", sys.argv[1], "-f", "jsonl", "-q"])
assert res.exit_code == 0, res.output
assert '"facts"' in res.stdout
heavy = sorted(m for m in ("openai", "instructor", "dask", "distributed") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_a_rules_extraction_through_the_cli_does_not_import_the_llm_stack() -> None:
    note = sorted(GOLD.glob("*.txt"))[0]
    res = subprocess.run([sys.executable, "-c", PROBE, str(note)], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "none"
