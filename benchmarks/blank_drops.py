"""Label-free blank check: drop one amount the way the SEC viewer does, and see the blank come out.

The viewer drops amounts (mostly nils) and keeps what stood around them. From the prose amounts
the engine reports on real text, a fixed-seed sample is taken; for each, a variant of its note
is made with that ONE amount dropped, in one of three shapes:

- `keep`: the number removed, its currency mark, scale word, "%" or unit word kept
  ("$ million and $2.1 million", "RMB and RMB34", "a rate of %", "issued shares");
- `bare`: the number removed with its mark, scale word and "%" ("of , RMB34 and RMB6",
  "were and");
- `word`: the number removed with the unit word after it ("5,000 shares", "10 percent").

The engine runs on the variant. A drop is *found* when a blank fact sits within two characters
of the drop place; then its period is set against the one the engine gave the original amount,
its unit and scale against what the slot keeps (FACTS.md "Blanks keep what their slot keeps":
the mark or scale word left, else the unit and scale every sibling of the list shares), and the
sentence's other facts against the original run (each keeps its amount and period; no new
non-blank fact). Only drops that leave a trace are blanks by the contract and counted: every
`keep` drop, and a `bare` or `word` drop of a list item (its separators stay behind) or of a
restatement in parentheses ("( )"). A lone amount dropped with all of it leaves no trace: such
drops are listed as "no trace", not as misses. Ranges (one fact, two numbers) and negatives are
not dropped.

    python benchmarks/blank_drops.py /work/devcorpus/corpus /work/devcorpus/corpus2 gold/ \
        /work/allrounds /work/ext/corpus3 ../shared/filings/ixbrl --sample 3000 --seed 17
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from blank_slots import _documents, context, prose_lines

import extractor
from extractor.document import Document, read_document
from extractor.facts import Fact
from extractor.vocabulary import CURRENCY, SCALE

_SLACK = 2
_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MARK_BEFORE = re.compile(rf"(?:{CURRENCY})\s?$")
_SCALE_AFTER = re.compile(rf"\s?{SCALE}")
_PCT_AFTER = re.compile(r"\s?%")
_UNIT_WORD_AFTER = re.compile(r"\s(?:percent\b|per\s?cent\b|(?:ordinary\s+|common\s+)?shares\b)")
_SEPARATORS = re.compile(r"\s*(?:,|\band\b|;|,\s*and\b|;\s*and\b)\s*")
_SENTENCE_END = re.compile(r"[.;](?=\s+[A-Z(]|\s*$)")


@dataclass(frozen=True)
class Drop:
    """One amount dropped from a note: the cut `[start, end)` of the original text, where the
    blank should sit in the variant (`at`), and what the blank should read."""

    doc: int
    fact: int
    form: str
    shape: str
    start: int
    end: int
    at: int
    periods: tuple[str, ...]
    unit: str | None
    scale: int | None
    counted: bool


def _sentence(text: str, line: tuple[int, int], pos: int) -> tuple[int, int]:
    """The sentence of a prose line that holds `pos`."""
    a, b = line
    start = a
    for m in _SENTENCE_END.finditer(text, a, b):
        if m.end() <= pos:
            start = m.end()
        else:
            return start, m.end()
    return start, b


def _line_of(lines: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in lines if a <= pos < b), None)


def _token(text: str, f: Fact) -> tuple[int, int, int, int] | None:
    """(mark start, number start, number end, token end) of a plain prose amount."""
    assert f.span is not None
    s, e = f.span
    if not _PLAIN_NUMBER.fullmatch(text[s:e]) or (text[s - 1 : s] in "(-−" and s > 0):
        return None
    mark = _MARK_BEFORE.search(text, max(0, s - 6), s)
    m_start = mark.start() if mark else s
    end = e
    for pat in (_SCALE_AFTER, _PCT_AFTER):
        m = pat.match(text, end)
        if m:
            end = m.end()
    return m_start, s, e, end


def _list_of(text: str, facts: list[Fact], i: int, sent: tuple[int, int]) -> list[int]:
    """Indices of the facts of the sentence joined to fact `i` only by separators, in order."""
    idx = sorted((k for k, f in enumerate(facts) if f.span and sent[0] <= f.span[0] < sent[1]
                  and not f.blank), key=lambda k: facts[k].span[0])  # type: ignore[index]
    groups: list[list[int]] = []
    for k in idx:
        if groups:
            prev = facts[groups[-1][-1]]
            gap = text[_token_end(text, prev) : _mark_start(text, facts[k])]
            if _SEPARATORS.fullmatch(gap):
                groups[-1].append(k)
                continue
        groups.append([k])
    return next((g for g in groups if i in g), [i])


def _token_end(text: str, f: Fact) -> int:
    t = _token(text, f)
    return t[3] if t else f.span[1]  # type: ignore[index]


def _mark_start(text: str, f: Fact) -> int:
    t = _token(text, f)
    return t[0] if t else f.span[0]  # type: ignore[index]


def _shape(text: str, facts: list[Fact], i: int, group: list[int], sent: tuple[int, int]) -> str:
    f = facts[i]
    assert f.span is not None
    s = f.span[0]
    before = text[max(sent[0], s - 3) : s]
    if "(" in before and not re.search(r"\d", before):
        return "parenthesised translation"
    if f.unit == "percent":
        kind = "percentage"
    elif f.unit == "share":
        kind = "share count"
    else:
        kind = ""
    if len(group) > 1:
        pos = group.index(i)
        place = "first" if pos == 0 else "last" if pos == len(group) - 1 else "middle"
        resp = "respectively" in text[sent[0] : sent[1]].lower()
        name = f"{'respectively ' if resp else ''}list item {place}"
        return f"{name} ({kind})" if kind else name
    return kind or "single amount"


def _sibling_unit(facts: list[Fact], group: list[int], i: int) -> tuple[str | None, int | None]:
    others = [facts[k] for k in group if k != i]
    units = {(f.unit, f.scale) for f in others}
    if len(units) == 1:
        return units.pop()
    return None, None


def make_drops(text: str, facts: list[Fact], lines: list[tuple[int, int]], d: int
               ) -> Iterator[Drop]:
    """Every drop the note's prose amounts allow, per shape (an amount stated for several
    periods is one drop, whose blanks should take every one of them)."""
    periods: dict[tuple[int, int], list[str]] = defaultdict(list)
    for f in facts:
        if f.span is not None and not f.blank:
            periods[f.span].append(f.period or "")
    seen: set[tuple[int, int]] = set()
    for i, f in enumerate(facts):
        if f.blank or f.span is None or f.amount_max is not None or f.amount is None:
            continue
        if f.span in seen:
            continue
        seen.add(f.span)
        dates = tuple(sorted(periods[f.span]))
        line = _line_of(lines, f.span[0])
        tok = _token(text, f) if line else None
        if line is None or tok is None:
            continue
        mark, s, e, end = tok
        sent = _sentence(text, line, s)
        group = _list_of(text, facts, i, sent)
        shape = _shape(text, facts, i, group, sent)
        traced = len(group) > 1 or shape == "parenthesised translation"
        kept = mark < s or end > e
        if kept:
            # the mark or scale word left, or the page's header scale, keeps the scale
            yield Drop(d, i, "keep", shape, s, e, s, dates, f.unit, f.scale, True)
        unit, scale2 = _sibling_unit(facts, group, i) if traced else (None, None)
        if unit is None and f.unit == "percent" and _PCT_AFTER.match(text, e) and traced:
            unit, scale2 = "percent", 0
        yield Drop(d, i, "bare", shape, mark, end, mark, dates, unit, scale2, traced)
        w = _UNIT_WORD_AFTER.match(text, end)
        if w:
            yield Drop(d, i, "word", shape, mark, w.end(), mark, dates, None, None, traced)


def variant(text: str, drop: Drop) -> tuple[str, int, int]:
    """The text with the drop cut out (a double space the cut leaves closed up), and the cut
    as it was applied: (variant, start, length)."""
    start, end = drop.start, drop.end
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # the viewer leaves "( )" of a restatement it dropped ("$1,493 ( ) from")
        return text[:start] + " " + text[end:], start, end - start - 1
    if text[start - 1 : start] == " " and text[end : end + 1] == " ":
        end += 1
    return text[:start] + text[end:], start, end - start


@dataclass
class Result:
    """What the engine made of one drop."""

    drop: Drop
    found: bool
    period_ok: bool
    unit_ok: bool | None
    collateral: list[str]
    example: str


def score(doc: Document, facts: list[Fact], drop: Drop) -> Result:
    """Run the engine on the drop's variant and score it against the original run."""
    text = doc.text
    vtext, cut, length = variant(text, drop)
    vfacts = extractor.extract_document(read_document(vtext, doc_id=doc.doc_id)).facts

    def moved(p: int) -> int:
        return p if p < cut else p - length if p >= cut + length else cut

    blanks = [f for f in vfacts if f.blank and f.span and abs(f.span[0] - drop.at) <= _SLACK]
    hit = blanks[0] if blanks else None
    line = _line_of(prose_lines(doc), drop.start) or (drop.start, drop.end)
    sent = _sentence(text, line, drop.start)
    lo, hi = moved(sent[0]), moved(sent[1])
    gone = facts[drop.fact].span
    want = {(moved(f.span[0]), f.amount, f.period) for f in facts
            if f.span and f.span != gone and sent[0] <= f.span[0] < sent[1] and not f.blank}
    got = {(f.span[0], f.amount, f.period) for f in vfacts
           if f.span and lo <= f.span[0] < hi and not f.blank}
    collateral = []
    if want - got:
        collateral.append("a sibling changed or lost")
    if {g[:2] for g in got} - {w[:2] for w in want}:
        collateral.append("a new non-blank fact")
    unit_ok = None
    if hit is not None and drop.unit is not None:
        unit_ok = hit.unit == drop.unit and (drop.scale is None or hit.scale == drop.scale)
    dates = tuple(sorted(f.period or "" for f in blanks))
    return Result(drop, hit is not None, hit is not None and dates == drop.periods,
                  unit_ok, collateral, f"{doc.doc_id[:40]}: {context(vtext, drop.at, 70)}")


def _load(paths: list[Path]) -> list[tuple[Document, list[Fact], list[tuple[int, int]]]]:
    seen: set[str] = set()
    out = []
    for doc in _documents(paths):
        if doc.doc_id in seen:
            continue
        seen.add(doc.doc_id)
        lines = prose_lines(doc)
        if lines:
            out.append((doc, extractor.extract_document(doc).facts, lines))
    return out


def _report(results: list[Result], examples: int) -> None:
    rows: dict[tuple[str, str], Counter] = defaultdict(Counter)
    fails: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in results:
        key = (r.drop.form, r.drop.shape)
        c = rows[key]
        if not r.drop.counted:
            c["no trace"] += 1
            c["no trace, blank given"] += r.found
            continue
        c["drops"] += 1
        c["found"] += r.found
        c["period"] += r.period_ok
        c["unit judged"] += r.unit_ok is not None
        c["unit"] += bool(r.unit_ok)
        c["clean"] += not r.collateral
        why = ("missed" if not r.found else "period" if not r.period_ok
               else "unit/scale" if r.unit_ok is False else "collateral" if r.collateral
               else "")
        if why:
            fails[(r.drop.form, r.drop.shape, why)].append(r.example)
    total: Counter = Counter()
    print(f"{'form':5} {'shape':44} {'drops':>5} {'found':>6} {'period':>7} {'unit':>9} "
          f"{'clean':>6} {'no trace':>8}")
    for key in sorted(rows):
        c = rows[key]
        total.update(c)
        _row(*key, c)
    _row("all", "", total)
    print(f"\nfound {total['found']} of {total['drops']} "
          f"({100 * total['found'] / max(1, total['drops']):.1f}%); all right (found, period, "
          f"unit, clean) {sum(1 for r in results if _all_right(r))}")
    for key in sorted(fails, key=lambda k: -len(fails[k])):
        print(f"\n{len(fails[key]):5d}  {key[2]}: {key[0]} / {key[1]}")
        for ex in fails[key][:examples]:
            print(f"         {ex}")


def _all_right(r: Result) -> bool:
    return (r.drop.counted and r.found and r.period_ok and r.unit_ok is not False
            and not r.collateral)


def _row(form: str, shape: str, c: Counter) -> None:
    print(f"{form:5} {shape:44} {c['drops']:5d} {c['found']:6d} {c['period']:7d} "
          f"{c['unit']:4d}/{c['unit judged']:<4d} {c['clean']:6d} {c['no trace']:8d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path, help="folders of notes (.txt, R pages, iXBRL)")
    ap.add_argument("--sample", type=int, default=3000, help="drops to try (fixed-seed sample)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--examples", type=int, default=3, help="examples per failure row")
    args = ap.parse_args(argv)
    notes = _load(args.paths)
    drops = [dr for d, (doc, facts, lines) in enumerate(notes)
             for dr in make_drops(doc.text, facts, lines, d)]
    sample = random.Random(args.seed).sample(drops, min(args.sample, len(drops)))
    sample.sort(key=lambda dr: (dr.doc, dr.start, dr.form))
    print(f"{len(notes)} notes with prose, {len(drops)} possible drops, {len(sample)} tried")
    results = [score(notes[dr.doc][0], notes[dr.doc][1], dr) for dr in sample]
    _report(results, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
