"""The docs a newcomer reads first name what the tree and the commands hold: every module of
extractor/ is named in the README, every module the README names exists, and every option of
the commands is in the README, docs/ or evals/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from extractor.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in
                 [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
                  ROOT / "evals" / "README.md"])


def modules() -> list[Path]:
    return sorted(p.relative_to(ROOT / "extractor") for p in (ROOT / "extractor").rglob("*.py")
                  if p.name != "__init__.py")


def test_every_module_of_the_package_is_named_in_the_readme() -> None:
    unnamed = [str(m) for m in modules() if m.name not in README]
    assert unnamed == [], f"name these in the README's architecture section: {unnamed}"


def test_every_module_the_readme_names_exists() -> None:
    named = set(re.findall(r"`(?:extractor/)?([a-z_]+(?:/[a-z_]+)*\.py)`", README))
    present = {str(m) for m in modules()} | {m.name for m in modules()}
    present |= {p.name for d in ("benchmarks", "docs", "tests") for p in (ROOT / d).glob("*.py")}
    present |= {f"{d}/{p.name}" for d in ("benchmarks", "docs") for p in (ROOT / d).glob("*.py")}
    present.add("check_facts.py")  # the contract's checker, beside FACTS.md (not in this repo)
    missing = sorted(n for n in named if n not in present and n.split("/")[-1] not in present)
    assert missing == [], f"the README names modules the tree does not hold: {missing}"


def command_options() -> dict[str, list[list[str]]]:
    group = typer.main.get_command(app)  # typer's own click (vendored in recent releases)
    return {name: [p.opts for p in cmd.params if p.param_type_name == "option"
                   and "--help" not in p.opts]
            for name, cmd in group.commands.items()}


def test_every_option_of_every_command_is_documented() -> None:
    options = command_options()
    assert {"extract", "eval", "serve", "view"} <= set(options)
    undocumented = [f"{name} {opts[0]}" for name, params in options.items() for opts in params
                    if not any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", DOCS)
                               for o in opts)]
    assert undocumented == [], f"document these options: {undocumented}"
