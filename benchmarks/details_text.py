"""Label-free check of Details pages read from their text alone, against their own HTML.

    python benchmarks/details_text.py [FOLDER_OF_R_PAGES...] [--examples N]

An R page's HTML says which column each value stands in (the header's column spans and each
cell's place); the viewer's text, which the corpora hold, does not. Each R page given (default:
the Apple 10-Q package in ../shared/filings/rpages) is read twice: from its HTML (the columns
and cells given: the reference) and from its rendered text alone (columns and placement read
back from the flattened header and rows). Facts are paired by span and compared: the text
reading's period is right, another, or none (undated where the HTML dates it). Reported per
page and overall, Details pages and the others apart, with examples of each kind of miss.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

from extractor.document import read_document
from extractor.engines.rules import RulesEngine
from extractor.facts import Fact
from extractor.html.rpage import read_filing_summary, rpage_document

ROOT = Path(__file__).resolve().parent.parent
_SHARED = next((d / "shared" for d in (ROOT.parent, ROOT.parent.parent)
                if (d / "shared").is_dir()), ROOT.parent / "shared")
DEFAULT = [_SHARED / "filings" / "rpages" / "aapl-20250329"]


def _by_span(facts: list[Fact]) -> dict[tuple[int, int], Fact]:
    return {tuple(f.span): f for f in facts if f.span and not f.blank}  # type: ignore[misc]


def compare(folder: Path, engine: RulesEngine, examples: dict[str, list[str]],
            counts: dict[bool, Counter[str]]) -> None:
    """Read each R page of `folder` both ways and count the text reading's periods."""
    reports = read_filing_summary(folder)
    for page in sorted(folder.glob("R*.htm"), key=lambda p: int(p.stem[1:] or 0)):
        root = etree.parse(str(page), etree.HTMLParser()).getroot()
        report = reports.get(page.name)
        ref_doc = rpage_document(root, page.stem, report=report)
        details = bool(report and report.category == "Details") or "(Details" in (
            ref_doc.title or "")
        if not ref_doc.columns:
            continue
        text_doc = read_document(ref_doc.text, page.stem)
        ref = _by_span(engine.extract(ref_doc).facts)
        got = _by_span(engine.extract(text_doc).facts)
        for span, f in ref.items():
            g = got.get(span)
            if g is None:
                kind = "missing"
            elif g.period == f.period:
                kind = "same period"
            elif g.period is None:
                kind = "undated (HTML dates it)"
            elif f.period is None:
                kind = "dated (HTML leaves it undated)"
            else:
                kind = "another period"
            counts[details][kind] += 1
            if kind != "same period":
                where = ref_doc.text[max(0, span[0] - 40): span[1] + 10].replace("\n", " ⏎ ")
                examples.setdefault(kind, []).append(
                    f"{page.stem} {f.label!r}: HTML {f.period} text "
                    f"{g.period if g else '-'} …{where}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args(argv)
    engine = RulesEngine()
    examples: dict[str, list[str]] = {}
    counts: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        compare(folder, engine, examples, counts)
    for details, name in ((True, "Details pages"), (False, "other pages")):
        c = counts[details]
        total = sum(c.values())
        print(f"{name}: {total} facts the HTML reading gives")
        for kind, n in c.most_common():
            print(f"  {n:5}  {100 * n / max(total, 1):5.1f}%  {kind}")
    for kind, lines in sorted(examples.items()):
        print(f"\n{kind} ({len(lines)}):")
        for line in lines[: args.examples]:
            print("  " + line[:260])
    return 0


if __name__ == "__main__":
    sys.exit(main())
