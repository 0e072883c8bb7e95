"""Label-free blank audit: the slots a dropped amount leaves in prose, read from the text alone.

The SEC viewer drops amounts (mostly nils) and keeps what stood around them: a currency mark or
a scale word with no number ("were and RMB as of", "US$ million and US$ million"), separators
with an item gone ("of , RMB34 and RMB6", "and , respectively"), a verb straight before a stop,
"and" or a unit word ("was.", "totalled and shares", "issuedand"), a range with no low end
("useful lives of to eight years"), an empty parenthesis ("(2022: )", "($US5, )"), a lone "%".

`find_slots` finds those shapes in a note's prose lines without the engine; `compare` sets them
against the engine's blank facts: slots it gives no blank for, and blanks it gives where no slot
shows. It is a map, not gold: read the hits. Table lines (few words: cells, headings) are left
out, since an empty cell is no blank in the prose sense.

    python benchmarks/blank_slots.py /work/devcorpus/corpus /work/devcorpus/corpus2 gold/
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from blank_lists import short_lists

from extractor.document import Document, load_text, read_document
from extractor.facts import Fact
from extractor.number_words import WORD_NUMBER
from extractor.vocabulary import CURRENCY, MONTH

MISSED = "blank: slot seen, engine gives none"
UNSEEN = "blank: engine blank, no slot seen"
IN_TABLE = "blank: engine blank in a table line (not audited)"
SHORT = "blank: 'respectively' list one amount short of its periods, engine gives no blank"


@dataclass(frozen=True)
class Slot:
    """A stretch of text where a dropped amount's blank should sit (`start` <= span <= `end`)."""

    shape: str
    start: int
    end: int


_MIN_PROSE_WORDS = 6
_SENTENCE_WORDS = 10
_WORD = re.compile(r"[A-Za-z]{2,}")
_NUMBER_AFTER = re.compile(
    r"[ \t\n\u00a0]*(?:(?:\((?!(?:19|20)\d\d\s*:)|-|−)?[ \t]*[\d.]?\d|(?i:nil|none|zero)\b)"
)
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*$")
_SCALE1 = r"(?:thousand|million|billion)"
# A mark is a currency named, not an amount dropped, after these words or before these.
_MARK_NAMED_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|into|from|to|the|than|denominated|convert\w*|translat\w*|of\s+the|"
    r"currency\s+(?:is|was))|[(/-])\s*$"
)
_MARK_NAMED_AFTER = re.compile(
    rf"(?i)\s*(?:[-/–]|=|:|\bin\s+{_SCALE1}s\b|(?:equivalent|denominated|amounts?|libor|"
    rf"functional|currency|currencies|exchange|rate|based|term|notes?|bonds?|loans?|"
    rf"deposits?|accounts?|cash|value)\b)"
)
# After an alphabetic code ("RMB", "USD") only a separator or a function word says a slot.
_SLOT_FOLLOWS = re.compile(
    rf"\s*(?:[,.;)]|$|\(|(?:and|or|as|were|was|for|of|respectively|per|which|is|are|each|"
    rf"during|approximately|{_SCALE1})\b|(?:at|on)\s+(?:{MONTH}\s+\d|the\s+end\b))"
)
_MARK_RE = re.compile(rf"(?<![A-Za-z0-9$])(?P<cur>{CURRENCY})"
                      rf"(?:(?![A-Za-z0-9])|(?={_SCALE1}|and\b))")
# After the mark, these say a dropped amount even where the word before could name a currency
# ("equivalent to HK$ per ADS").
_STRONG_FOLLOW = re.compile(
    rf"\s*(?:per\s+(?:share|unit|ADS|option)|\)|respectively|{_SCALE1})"
)
_COUNTED_BEFORE = re.compile(
    rf"(?i)(?:\d[\d,.]*\)?|\b{WORD_NUMBER}|\bhundred|\bseveral|\bmulti|\bin|\bper|\ba|\bone|"
    rf"{CURRENCY})[\s-]*$"
)
_AMOUNT = rf"(?:{CURRENCY})?\s?\d(?:[\d.]|,(?=\d))*(?:\s?{_SCALE1})?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "issuedand", "wereand", "ofand": nothing is left between the verb and "and"
    ("verb glued to 'and'",
     re.compile(r"(?:(?<=were)|(?<=was)|(?<=are)|(?<=[a-z]ed)|(?<=[a-z ]of))and\b")),
    # "acquireshares", "approximatelymillion", "wasper share"
    ("word glued to a unit",
     re.compile(r"(?<=[a-z]{3})(?<!multi)(?:shares|million|billion|per share)\b")),
    # "of , RMB34", "RMB200, , and", "and , respectively": a space before a comma
    ("space before a comma", re.compile(r"(?<=[A-Za-z,])[ \t]+,(?:\s*,|\s*and\b)*")),
    # "RMB5, RMB2 and were recorded", "RMB4 and as of", "RMB29 andof", "$5, and for the"
    ("list ends at 'and'",
     re.compile(r"(?:\d|%|\))\s*[,;]?\s*and(?:\s+(?:were|respectively|as of|for the|during)\b"
                r"|(?=of\b))")),
    ("'and' straight before 'respectively'", re.compile(r"\band\s+respectively\b")),
    # "Revenues of RMB2, and RMB1": an Oxford comma in a list of two
    ("two-item list with a comma before 'and'",
     re.compile(rf"\b(?:of|were|was|are|totall?ed|to|at)\s+{_AMOUNT},\s+and\s+{_AMOUNT}")),
    ("function word before a stop",
     re.compile(r"\b(?:of|was|were|totall?ed|totall?ing|amounted to|approximately|is|are)"
                r"\s*\.(?=\s|$)")),
    ("verb before 'and' / 'or'",
     re.compile(r"\b(?:was|were|totall?ed|totall?ing|amounted to|approximately)"
                r"\s+(?:and|or)\b(?!\s+(?:will|are|is|were|was|for|relating|pertaining"
                r"|in|on|to|at|after|before|[a-z]+(?:ed|ing))\b)")),
    # "Revenues were and for the years ended ...": both amounts gone before a period phrase
    ("verb and 'and' before a period phrase",
     re.compile(r"\b(?:was|were|totall?ed)\s+and\s+(?=(?:for|during)\s+the\s+(?:years?|three|six|"
                r"nine|twelve|periods?|fiscal|quarters?|months)\b|as\s+of\b)")),
    # "were valued at and US$1.11", "Revenues of and RMB5": an amount follows the "and"
    ("preposition before 'and' / 'or'",
     re.compile(rf"(?<!\bas )\b(?:of|at)\s+(?:and|or)\s*(?:{CURRENCY}|\d|respectively\b|,)")),
    ("function word before a unit word",
     re.compile(r"\b(?:of|was|were|is|at|by|totall?ed|approximately)\s+(?:per\s+(?:share|"
                r"unit|ADS)|percent|thousandths|basis\s+points?)\b"
                # "net sales increased percent", "holds percent of the shares"
                r"|\b(?:increased|decreased|rose|fell|grew|declined|represent(?:s|ed)|owns?|owned|"
                r"holds?|held)\s+(?:percent|basis\s+points?)\b"
                r"|\bpercent,?\s+(?:and|or)\s+percent\b")),
    # "approximately for the year", "totaled as of December 31": the amount between them gone
    ("amount word before a period phrase",
     re.compile(r"\b(?:approximately|totall?ed|totall?ing|amounted to)\s+(?:(?:for|during)\s+"
                r"the|as\s+of)\b")),
    ("useful life with no number",
     re.compile(r"(?i)\buseful\s+li(?:fe|ves)\s+(?:of|ranging\s+from|is|are)\s+(?:(?:-|to)\s+)?"
                r"years?\b")),
    # "options to buy shares at $2.00", "totaling shares", "there were shares of common stock"
    ("count dropped before 'shares'",
     re.compile(rf"\b(?:(?:options?|warrants?)\s+to\s+(?:buy|purchase)\s+shares\b[^.]{{0,40}}?"
                rf"\bat\s+(?:{CURRENCY})|(?:totall?ing|there\s+(?:were|are))\s+shares\b)")),
    # "is not permitted to exceed of the shares in issue": a share of something, dropped
    ("quantity verb before 'of the'",
     re.compile(r"\b(?:exceed|exceeds|exceeding|represent|represents|representing|up to)\s+of\s+"
                r"the\b")),
    ("article before a count",
     re.compile(r"\ban?\s+(?:additional|aggregate of|total of)\s+shares\b")),
    ("range with no low end",
     re.compile(rf"(?i)\b(?:of|from|between|over)\s+to\s+(?:\d|{WORD_NUMBER})")),
    # "( )", "($US5, )", "was (2022: ), representing"
    ("empty parenthesis",
     re.compile(r"(?:[A-Za-z]+\s*)?\(\s*(?:(?:19|20)\d\d\s*:\s*)?\)|[,:]\s*\)")),
)
_LONE_PCT = re.compile(r"\s*%(?:[,\s]*and\b)?")


def prose_lines(doc: Document) -> list[tuple[int, int]]:
    """The body's prose: each line, or each "|" cell of a line, of ten words or more, or six
    ending like a sentence (a table's cells, headings and row labels are left to the table
    audit)."""
    out = []
    for ln in doc.body_lines:
        at = ln.start
        for cell in ln.text.split("|"):
            words = len(_WORD.findall(cell))
            # a row label ("Less: earnings available to participating securities") is no
            # sentence: short lines count only when they end like one
            if words >= _SENTENCE_WORDS or (
                words >= _MIN_PROSE_WORDS and cell.rstrip().endswith((".", ";", ",", ")"))
            ):
                out.append((at, at + len(cell)))
            at += len(cell) + 1
    return out


def find_slots(text: str, lines: Iterable[tuple[int, int]]) -> list[Slot]:
    """The candidate slots of the given prose lines of `text`, by shape."""
    out: list[Slot] = []
    for a, b in lines:
        out += _mark_slots(text, a, b)
        out += _scale_slots(text, a, b)
        for shape, pat in _PATTERNS:
            out += [Slot(shape, m.start(), m.end()) for m in pat.finditer(text, a, b)
                    if not _after_a_year(text, m)]
        out += [Slot("lone '%'", m.start(), m.end()) for m in _LONE_PCT.finditer(text, a, b)
                if _no_number_before(text[a : m.start()].rstrip())]
    return _merged(out)


def _no_number_before(prev: str) -> bool:
    """Whether the text before a "%" ends in a word or a separator, not a number ("a %",
    "a%, %, and")."""
    if prev.endswith((",", "%", " a")):
        return True
    return bool(prev) and not (prev[-1].isdigit() or prev[-1] in ").") and bool(
        _WORD.search(prev[-3:]))


_YEAR_END = re.compile(r"(?<![\d,.$])(?:19|20)\d\d\s*,?\s*and")


def _after_a_year(text: str, m: re.Match[str]) -> bool:
    """Whether the list a match closes is a list of years ("2022, and for the six months")."""
    return bool(_YEAR_END.match(text, max(0, m.start() - 3), m.end()))


def _mark_slots(text: str, a: int, b: int) -> Iterator[Slot]:
    """A currency mark with no number beside it ("were and RMB as of", "$ and $")."""
    for m in _MARK_RE.finditer(text, a, b):
        cur, end = m.group("cur"), m.end()
        if _NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(text, max(a, m.start() - 16),
                                                                   m.start()):
            continue  # "US$\n5,000": its number is on the next line; "5,000 RMB"
        before = text[max(a, m.start() - 16) : m.start()]
        if _MARK_NAMED_AFTER.match(text, end) or (
            _MARK_NAMED_BEFORE.search(before) and not _STRONG_FOLLOW.match(text, end)
        ):
            continue
        if before.endswith("(") and re.match(r"\s*\)", text[end:]) and not _NUMBER_BEFORE.search(
                before[:-1].rstrip()):
            continue  # "(RMB)": a unit in parentheses, not a translation dropped
        if cur[0].isalpha() and not _SLOT_FOLLOWS.match(text, end):
            continue  # "RMB" or "USD" as a noun ("RMB is not freely convertible")
        scale = re.match(rf"\s*{_SCALE1}\b", text[end:b])
        yield Slot("mark with no number", end, end + (scale.end() if scale else 0) + 1)


def _scale_slots(text: str, a: int, b: int) -> Iterator[Slot]:
    """A scale word with no number or mark before it ("approximately million and million")."""
    for m in re.finditer(rf"\b{_SCALE1}\b", text[a:b]):
        s = a + m.start()
        if _COUNTED_BEFORE.search(text, max(0, s - 24), s):
            continue
        at = s
        while at > a and text[at - 1] in " \t\n":
            at -= 1
        yield Slot("scale word with no number", at, s)


def _merged(slots: list[Slot]) -> list[Slot]:
    """One slot per place: shapes that see the same slot keep the first one found."""
    out: list[Slot] = []
    for s in sorted(slots, key=lambda s: (s.start, s.end)):
        if out and s.start <= out[-1].end and s.end >= out[-1].start:
            continue
        out.append(s)
    return out


_SLACK = 2


def compare(slots: list[Slot], facts: list[Fact], lines: list[tuple[int, int]]
            ) -> tuple[list[Slot], list[Fact], list[Fact]]:
    """Slots with no engine blank in them, engine blanks in prose no slot holds, and engine
    blanks in table lines (not audited)."""
    blanks = [f for f in facts if f.blank and f.span is not None]
    hit: set[int] = set()
    unseen: list[Fact] = []
    in_table: list[Fact] = []
    for f in blanks:
        p = f.span[0]
        inside = [k for k, s in enumerate(slots) if s.start - _SLACK <= p <= s.end + _SLACK]
        hit.update(inside)
        if inside:
            continue
        if any(x <= p <= y for x, y in lines):
            unseen.append(f)
        else:
            in_table.append(f)
    missed = [s for k, s in enumerate(slots) if k not in hit]
    return missed, unseen, in_table


def blank_checks(doc: Document, facts: list[Fact]) -> list[tuple[str, int]]:
    """The blank audit of one note as (check, offset) pairs, for the corpus audit's table."""
    lines = prose_lines(doc)
    missed, unseen, in_table = compare(find_slots(doc.text, lines), facts, lines)
    blank_at = [f.span[0] for f in facts if f.blank and f.span is not None]
    short = [s for s in short_lists(doc.text, lines)
             if not any(s.sentence[0] <= p <= s.sentence[1] for p in blank_at)]
    return ([(f"{MISSED} ({s.shape})", s.start) for s in missed]
            + [(SHORT, s.start) for s in short]
            + [(UNSEEN, f.span[0]) for f in unseen if f.span]
            + [(IN_TABLE, f.span[0]) for f in in_table if f.span])


def context(text: str, at: int, width: int = 40) -> str:
    """The text around an offset, the offset marked with "[]"."""
    return repr(text[max(0, at - width) : at] + "[]" + text[at : at + width // 2])


_SUFFIXES = (".txt", ".htm", ".html")


def _documents(paths: list[Path]) -> Iterator[Document]:
    """The notes under `paths`: text files, and R pages or iXBRL filings (one per note)."""
    from extractor.html import documents_from_bytes

    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.suffix in _SUFFIXES) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".txt":
                yield read_document(load_text(f), doc_id=f.stem)
            else:
                yield from documents_from_bytes(f.read_bytes(), f.stem, str(f))


def main(argv: list[str] | None = None) -> int:
    import extractor

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path, help="files or folders of notes")
    ap.add_argument("--examples", type=int, default=5, help="examples per check")
    args = ap.parse_args(argv)
    hits: dict[str, list[str]] = defaultdict(list)
    docs: dict[str, set[str]] = defaultdict(set)
    slots_seen = notes = 0
    for doc in _documents(args.paths):
        facts = extractor.extract_document(doc).facts
        notes += 1
        slots_seen += len(find_slots(doc.text, prose_lines(doc)))
        for check, at in blank_checks(doc, facts):
            hits[check].append(f"{doc.doc_id[:44]}: {context(doc.text, at)}")
            docs[check].add(doc.doc_id)
    print(f"{notes} notes, {slots_seen} slots seen")
    for check in sorted(hits):
        print(f"{len(hits[check]):6d} in {len(docs[check]):3d} notes  {check}")
        for ex in hits[check][: args.examples]:
            print(f"          {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
