"""Coverage-guided fuzzing of the rules engine with atheris (libFuzzer for Python).

    pip install -e ".[fuzz]"
    python benchmarks/fuzz_rules.py --seeds ../shared/corpus ../shared/corpus2 --work /tmp/fuzz \
        -- -max_total_time=1500 -timeout=10
    python benchmarks/fuzz_rules.py --html --seeds tests/fixtures/html --work /tmp/fuzz-html \
        -- -max_total_time=1200 -timeout=10 -max_len=20000

Cuts the notes of --seeds into windows of 1,500 bytes (a seed corpus in WORK/seeds), then lets
libFuzzer mutate them, with the engine's modules instrumented for coverage. With --html the
inputs are bytes read as a file is (`documents_from_bytes`: R pages, iXBRL, other HTML, text),
the seeds the folders' HTML files whole: a DocumentError is a fine answer, any other exception
a failure. An input fails when
the engine reports an `engine_failure` (a piece of the note lost to an exception), when a fact's
span or quote is not true to the text, when a period is no real date ("2018-03-62"), or when
one run takes longer than -timeout seconds (a pattern that backtracks). libFuzzer writes the
failing input to WORK/crashes/ and stops; reproduce it with `--replay FILE`. Arguments after
"--" go to libFuzzer. Not a test (CI does not run it): `tests/test_fuzz_texts.py` is the
bounded property test. Session 22's first runs found a run of asterisks in a row label that
took exponential time and a header date of no real day that failed its table; with --html,
a page lxml could not parse, whose exception ended the whole batch.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.document import Document

WINDOW = 1500


def write_seeds(folders: list[str], out: Path, html: bool = False) -> int:
    """Windows of the folders' notes (with `html`, their HTML files whole) as libFuzzer's seed
    files; how many were written."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for folder in folders:
        if html:
            for page in sorted(Path(folder).glob("*.htm*")):
                (out / page.name).write_bytes(page.read_bytes())
                n += 1
            continue
        for note in sorted(Path(folder).glob("*.txt")):
            data = note.read_bytes()
            for k in range(0, min(len(data), 4 * WINDOW), WINDOW):
                (out / f"{note.stem[:60]}_{k}").write_bytes(data[k : k + WINDOW])
                n += 1
    return n


def check(data: bytes) -> None:
    """Run one text input through the engine; raise on a failure (see above)."""
    from extractor.document import read_document

    text = data.decode("utf-8", "replace")
    if text.strip():
        _check_doc(read_document(text, "fuzz", None))


def check_file(data: bytes) -> None:
    """Read the bytes as a file is read, then each document through the engine."""
    from extractor.errors import DocumentError
    from extractor.html import documents_from_bytes

    try:
        docs = documents_from_bytes(data, "fuzz", None, name="fuzz")
    except DocumentError:
        return  # refused with a reason: what an unreadable input should get
    for doc in docs:
        _check_doc(doc)


def _check_doc(doc: Document) -> None:
    from extractor.contain import FAILURE_CODE
    from extractor.engines.rules import RulesEngine

    result = RulesEngine().extract(doc)
    failures = [w.message for w in result.warnings if w.code == FAILURE_CODE]
    assert not failures, failures
    for f in result.facts:
        if f.span is not None:
            assert 0 <= f.span[0] <= f.span[1] <= len(doc.text), f
        assert f.quote in doc.text, f
        if f.period is not None:
            datetime.date.fromisoformat(f.period.split("/")[-1])  # raises on "2018-03-62"


def main() -> None:
    argv = sys.argv[1:]
    ours, theirs = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv \
        else (argv, [])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", nargs="*", default=[], help="folders of note texts")
    ap.add_argument("--work", default="fuzz-work", help="corpus, seeds and crashes go here")
    ap.add_argument("--replay", help="run one saved input and report what fails")
    ap.add_argument("--html", action="store_true", help="inputs are files' bytes (HTML too)")
    args = ap.parse_args(ours)
    target = check_file if args.html else check
    if args.replay:
        target(Path(args.replay).read_bytes())
        print("no failure")
        return
    try:
        import atheris
    except ImportError:
        sys.exit('atheris is not installed: pip install -e ".[fuzz]"')
    work = Path(args.work)
    seeds, corpus, crashes = work / "seeds", work / "corpus", work / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    if args.seeds:
        print(f"{write_seeds(args.seeds, seeds, args.html)} seeds in {seeds}", file=sys.stderr)
    with atheris.instrument_imports(include=["extractor"]):
        # (imported here, inside the hook, so that their code is instrumented for coverage)
        import extractor.engines.rules
        import extractor.html  # noqa: F401
    lib_args = [sys.argv[0], str(corpus), *([str(seeds)] if seeds.exists() else []),
                f"-artifact_prefix={crashes}/", *theirs]
    if not any(a.startswith("-max_len=") for a in theirs):
        lib_args.append(f"-max_len={2 * WINDOW}")
    atheris.Setup(lib_args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
