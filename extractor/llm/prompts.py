"""The prompt: templates and few-shot examples read from `prompts/`, rendered with jinja2.

`prompts/manifest.toml` names the version, the system and user templates and the example
files. The note's text reaches the model only inside a fence the note itself cannot contain,
with the system prompt saying that what lies inside is data.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from extractor.errors import ConfigurationError
from extractor.llm.schema import LLMExtraction


def _default_prompts_dir() -> Path:
    """`prompts/` of a source checkout (an editable install), else the copy a regular install
    puts under `<prefix>/share/note-facts-extractor/prompts` (pyproject's data-files)."""
    checkout = Path(__file__).resolve().parents[2] / "prompts"
    if (checkout / "manifest.toml").exists():
        return checkout
    return Path(sys.prefix) / "share" / "note-facts-extractor" / "prompts"


DEFAULT_PROMPTS_DIR = _default_prompts_dir()


class PromptError(ConfigurationError):
    """The prompts folder is missing or malformed."""


@dataclass(frozen=True)
class Example:
    """A synthetic note and the facts it holds, shown to the model."""

    title: str
    text: str
    answer: LLMExtraction


@dataclass(frozen=True)
class PromptSet:
    """A loaded prompt: its version, templates and examples."""

    version: str
    system_template: str
    user_template: str
    examples: tuple[Example, ...]
    resolve_system_template: str = ""
    resolve_user_template: str = ""

    @property
    def digest(self) -> str:
        """A hash of everything the model is shown besides the note (keys the cache)."""
        h = hashlib.sha256()
        for part in (self.version, self.system_template, self.user_template,
                     self.resolve_system_template, self.resolve_user_template):
            h.update(part.encode())
        for ex in self.examples:
            h.update(ex.text.encode())
            h.update(ex.answer.model_dump_json().encode())
        return h.hexdigest()[:16]

    def system(self) -> str:
        """The system message: the contract, the data rule and the examples."""
        examples = [
            {
                "title": ex.title,
                "text": ex.text,
                "fence": _fence_for(ex.text)[0],
                "fence_end": _fence_for(ex.text)[1],
                # Defaults (null entity, scale 0, blank false, ...) left out: shorter, and
                # the response schema states them.
                "answer": _compact(ex.answer),
            }
            for ex in self.examples
        ]
        # The same for every note, so that providers' prompt caching can reuse it.
        return _render(self.system_template, examples=examples)

    def user(
        self, text: str, header: str, part: int, part_count: int, fence: str, context: str = ""
    ) -> str:
        """The user message: the note (or one part of it, with the page header and the opening
        of the section it continues) inside fences."""
        begin, end = _fence_pair(fence)
        return _render(
            self.user_template, text=text, header=header, part=part, part_count=part_count,
            fence=begin, fence_end=end, context=context,
        )


    def resolve_system(self) -> str:
        """The resolver role's system message."""
        return _render(self.resolve_system_template)

    def resolve_user(
        self, text: str, candidates: list[str], periods: list[tuple[str, str]], header: str,
        part: int, part_count: int, fence: str,
    ) -> str:
        """The resolver role's user message: the candidate list, the period choices and the
        note (or a part of it) with its candidates marked, inside fences."""
        begin, end = _fence_pair(fence)
        return _render(
            self.resolve_user_template, text=text, candidates=candidates, periods=periods,
            header=header, part=part, part_count=part_count, fence=begin, fence_end=end,
        )


def _compact(answer: LLMExtraction) -> str:
    lines = [f.model_dump_json(exclude_defaults=True) for f in answer.facts]
    return '{"facts": [\n' + ",\n".join(lines) + "\n]}"


def fence_for(*texts: str) -> str:
    """A marker word that none of the texts contains, so a note cannot close its own fence."""
    joined = "\n".join(texts)
    tag = "NOTE-" + hashlib.sha256(joined.encode()).hexdigest()[:10].upper()
    while tag in joined:
        tag += "X"
    return tag


def _fence_pair(tag: str) -> tuple[str, str]:
    return f"<<<{tag}>>>", f"<<<END-{tag}>>>"


def _fence_for(text: str) -> tuple[str, str]:
    return _fence_pair(fence_for(text))


def _render(template: str, **values: object) -> str:
    env = Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)
    return env.from_string(template).render(**values).strip() + "\n"


def load_prompts(folder: Path | None = None) -> PromptSet:
    """Read the manifest, templates and examples of a prompts folder (default: `prompts/`)."""
    folder = folder or DEFAULT_PROMPTS_DIR
    manifest_path = folder / "manifest.toml"
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
        version = str(manifest["version"])
        system = (folder / manifest["system"]).read_text(encoding="utf-8")
        user = (folder / manifest["user"]).read_text(encoding="utf-8")
        examples = tuple(_load_example(folder / name) for name in manifest.get("examples", []))
        resolve = [(folder / manifest[k]).read_text(encoding="utf-8") if k in manifest else ""
                   for k in ("resolve_system", "resolve_user")]
    except (OSError, KeyError, tomllib.TOMLDecodeError, json.JSONDecodeError) as e:
        raise PromptError(f"prompts folder {folder}: {e}") from e
    return PromptSet(version, system, user, examples, *resolve)


def _load_example(path: Path) -> Example:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    # Checked against its own text, exactly as a model's answer would be: an example that
    # breaks the rules it teaches is refused at load time.
    answer = LLMExtraction.model_validate({"facts": data["facts"]}, context={"text": text})
    return Example(title=data.get("title", path.stem), text=text, answer=answer)
