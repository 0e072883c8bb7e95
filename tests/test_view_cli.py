"""`extractor view`: notes and their facts as one self-contained HTML file; and the commands
added for the views and the service keep the rules path light."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

GOLD = Path(__file__).resolve().parents[1] / "gold"
SEEDS = sorted(GOLD.glob("00[0-4]_*.txt"))
FACT_ELEMENT = re.compile(r'<(?:mark|span) class="fact[^"]*" id="(d\d+)-f\d+"')


def extracted(paths: list[Path]) -> dict[str, list[dict]]:
    res = CliRunner().invoke(app, ["extract", *map(str, paths), "-f", "jsonl", "-q"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.stdout.splitlines()]
    return {r["doc_id"]: r["facts"] for r in records}


def test_the_view_shows_every_fact_of_every_note_in_one_file(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    res = CliRunner().invoke(app, ["view", *map(str, SEEDS[:3]), "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text("utf-8")
    facts = extracted(SEEDS[:3])
    per_section: dict[str, int] = {}
    for m in FACT_ELEMENT.finditer(page):
        per_section[m.group(1)] = per_section.get(m.group(1), 0) + 1
    assert per_section == {f"d{i}": len(facts[p.stem]) for i, p in enumerate(SEEDS[:3])}
    assert page.count('class="fact blank-slot"') == sum(
        f["blank"] for fs in facts.values() for f in fs)
    # self-contained: the styles and script are inline, nothing is fetched
    assert "<style>" in page and "<script>" in page
    assert not re.search(r'<(link|script|img)[^>]+(src|href)=', page)


def test_a_missing_note_is_reported_and_the_others_are_still_shown(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    res = CliRunner().invoke(app, ["view", str(SEEDS[0]), str(tmp_path / "gone.txt"),
                                   "-o", str(out)])
    assert res.exit_code == 1
    assert "gone.txt: no such file" in res.output
    page = out.read_text("utf-8")
    assert 'id="d0"' in page and 'id="d1"' in page and "gone.txt: no such file" in page


def test_the_view_can_show_saved_results_instead_of_extracting(tmp_path: Path) -> None:
    facts = extracted(SEEDS[:1])[SEEDS[0].stem]
    record = {"doc_id": SEEDS[0].stem, "engine": "saved", "facts": facts[:2]}
    saved = tmp_path / "r.jsonl"
    saved.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "view.html"
    res = CliRunner().invoke(app, ["view", str(SEEDS[0]), "--results", str(saved), "-o",
                                   str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text("utf-8")
    assert len(FACT_ELEMENT.findall(page)) == 2 and "engine saved" in page


PROBE = """
import sys
from typer.testing import CliRunner
from extractor.cli import app
res = CliRunner().invoke(app, ["extract", sys.argv[1], "-f", "jsonl", "-q"])
assert res.exit_code == 0, res.output
heavy = ("fastapi", "starlette", "uvicorn", "jinja2", "openai", "instructor")
print(",".join(sorted(m for m in heavy if m in sys.modules)) or "none")
"""


def test_the_serve_and_view_commands_add_no_import_to_a_rules_extraction() -> None:
    res = subprocess.run([sys.executable, "-c", PROBE, str(SEEDS[0])], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "none"


def test_the_view_of_an_ixbrl_filing_shows_each_note_as_extract_reads_it(tmp_path: Path) -> None:
    filing = Path(__file__).resolve().parent / "fixtures" / "html" / "aapl-10-q-excerpt.html"
    out = tmp_path / "view.html"
    res = CliRunner().invoke(app, ["view", str(filing), "-o", str(out)])
    assert res.exit_code == 0, res.output
    facts = extracted([filing])
    assert len(facts) == 2  # two notes: one record each
    page = out.read_text("utf-8")
    per_section: dict[str, int] = {}
    for m in FACT_ELEMENT.finditer(page):
        per_section[m.group(1)] = per_section.get(m.group(1), 0) + 1
    assert per_section == {f"d{i}": len(fs) for i, fs in enumerate(facts.values())}
    assert f"2 notes, {sum(map(len, facts.values()))} facts" in res.stderr


def test_the_view_of_an_empty_folder_says_what_it_looked_for(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    res = CliRunner().invoke(app, ["view", str(tmp_path / "empty"), "-o",
                                   str(tmp_path / "v.html")])
    assert res.exit_code == 2
    assert "no documents in this folder (looked for *.txt, *.htm" in res.stderr
    assert not (tmp_path / "v.html").exists()
