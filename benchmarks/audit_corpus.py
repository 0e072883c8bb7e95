"""Label-free audit: facts that trip a plausibility check, over every note given.

No gold is needed: each check names a shape that is almost always wrong (money with no
period on a page that has a period header, a label that is a month, an entity that is a
document word, ...). The counts say where the rules still break on text nobody labelled, and
they should fall round after round.

    python benchmarks/audit_corpus.py                       # ../shared/corpus and corpus2
    python benchmarks/audit_corpus.py NOTES/ --examples 5   # any files or folders
    python benchmarks/audit_corpus.py --exclude gold/blind  # leave a blind round unread
    python benchmarks/audit_corpus.py --markdown            # the table the README shows
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

# The blank audit (its own module): slots the text shows that the engine gives no blank for,
# and blanks the engine gives where the text shows no slot.
from blank_slots import blank_checks, context

import extractor
from extractor.document import load_text, read_document
from extractor.facts import OTHER_UNITS, Fact, Result
from extractor.tables.captions import unit_line
from extractor.tables.namedamounts import named_amounts
from extractor.vocabulary import ACCOUNTING_ACRONYMS, CURRENCY_NAME, MARKS, PLACES, alternation
from extractor.vocabulary import MONTHS as VOCABULARY_MONTHS

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout, or two levels up from a worktree (/work/wt/NAME).
_SHARED = next((d / "shared" for d in (ROOT.parent, ROOT.parent.parent)
                if (d / "shared").is_dir()), ROOT.parent / "shared")
DEFAULT_INPUTS = [_SHARED / "corpus", _SHARED / "corpus2"]

def _words_of(*parts: str) -> frozenset[str]:
    return frozenset(" ".join(parts).split())


MONTHS = sorted(VOCABULARY_MONTHS)  # the vocabulary's month names and abbreviations
DATE_RE = re.compile(r"^\W*(" + "|".join(MONTHS) + r")\.?\s*\d{0,2},?\s*(\d{4})?\W*$", re.I)
FUNCTION_WORDS = _words_of(
    "a an the and or but nor for of in on at to by with from as than that which who whom",
    "this these those it its respectively such each per into over under",
)
# "Other", "Others" and "Cost" are left out: labellers write them alone as a row's own words
# (gold/ "Other" in an income-tax reconciliation; rounds 4-6 "Others", "Cost" on a Details page)
GENERIC_LABELS = _words_of(
    "amount amounts total totals balance value values sum number price rate fee fees",
    "costs item items first second third the",
)
# Whole entity strings that name a document or the reporting company, never a party.
DOCUMENT_WORDS = frozenset({
    "note", "notes", "agreement", "agreements", "facility", "facilities", "plan", "plans",
    "program", "programme", "company", "group", "contract", "contracts", "loan", "loans",
    "schedule", "table", "member", "members", "details", "policy", "policies",
})
ARTICLES = _words_of("the a an")
HOLDS_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|^fiscal\b|\b(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}\b", re.I
)
# An entity that ends in one of these is an instrument, a programme or a scenario, not a party.
NOT_PARTY_END = re.compile(
    r"(?i)\b(?:notes?|agreements?|facility|facilities|plans?|programs?|programmes?|schemes?|"
    r"forecast|scenario|credit|date|period|year|quarter|month|thereafter)\W*$"
)
# An entity that is a currency ("Yen" of "Yen notes", "U.S.$") or a standard ("IFRS 16").
CURRENCY_OR_STANDARD = re.compile(
    r"(?i)^(?:" + alternation(MARKS) + "|" + CURRENCY_NAME + r"|yen|dollars?|euros?|u\.s\.\s?\$)$"
    r"|^(?:asc|asu|ifrs|ias|fasb|sfas|gaap|topic)\b"
)
PROGRAMME = re.compile(r"(?i)\b(?:plans?|programs?|programmes?|schemes?)\b")
LEADING_JUNK = _words_of(
    "and or but nor for of in on at to by with from as than respectively which that"
)


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’\-]*", s)


def label_checks(f: Fact, text: str = "") -> list[str]:
    """The label checks a fact trips (a label is the measure, short, never a fragment); with
    the note's `text`, a long label or one opening on an article that is a whole cell of it
    is a row's own words (gold/LABELLING.md), no fault."""
    label = f.label.strip()
    words = _words(label)
    low = [w.lower() for w in words]
    out = []
    if not words:
        out.append("label: no words")
    elif len(words) == 1 and low[0] in GENERIC_LABELS:
        out.append("label: one generic word")
    whole = _a_whole_cell(label.split(" / ")[-1], text)
    # a roll-forward's edge row as written ("As of January 1, 2022, net of accumulated
    # amortization"; gold/ "... / At December 31") is the row's own words
    if low and low[0] in LEADING_JUNK and not (low[0] in ("as", "at") and whole):
        out.append("label: starts with a conjunction or preposition")
    if low and all(w in FUNCTION_WORDS for w in low):
        out.append("label: only function words")
    if DATE_RE.match(label) or (low and low[0] in MONTHS and len(low) <= 3):
        out.append("label: a date or month")
    if _holds_a_number(label):
        out.append("label: holds a number")
    if any(unit_line(part.strip()) for part in label.split(" / ")) and words:
        out.append("label: a unit line, not words")  # "(CAD$) / (Number of Years)"
    if low and low[0] in ARTICLES and not whole:
        out.append("label: starts with an article")
    if re.search(r"(?:\b[A-Z]{2,3}\$?|\$)\d{1,3}$", label):
        out.append("label: ends in a cut number")
    elif re.search(r"(?:\b[A-Z]{2,3}\$?|\$)\d{1,3}(?=,?\s)", label) and not whole:
        # (a whole cell's number is not cut: "Notes Payable (net of debt discount $0 and ...)")
        out.append("label: holds a cut number")  # "The Company received RMB1 from"
    if len(label.split(" / ")[-1].split()) > 12 and not whole:
        out.append("label: over 12 words")
    return out


# Numbers that are a row's own words, as labellers keep them (gold/ "Tax at statutory tax rate
# of 16.5%", "Deferred tax (Note 21)", "Adoption of ASC326"; rounds 3-7 "Not due or overdue
# less than 90 days", "Yen notes (fixed rate 1.20%)", "Loss allowance ... under IFRS 9"): a
# rate, a span of days, months or years, a note reference, a standard, a whole date or a
# year (rounds 3 and 7 "Warrants expiring May 14, 2023", gold/ "Year ending December 31,
# 2027"), a roll-forward's edge (gold/ "Investments in associates and joint ventures / At
# December 31"), a fair-value level, an ordinal. They are taken out before the label is
# searched for another number.
_OWN_NUMBERS = re.compile(
    r"\d+(?:\.\d+)?\s?%(?:\s?-\s?\d+(?:\.\d+)?\s?%)?"
    r"|\b\d+[\s-]*(?:days?|weeks?|months?|years?)\b"
    r"|\(Notes?\s[^()]*(?:\([^()]*\)[^()]*)*\)"
    r"|\b(?:ASC|IFRS|IAS|Topic)\s?\d+"
    r"|\b(?:" + "|".join(MONTHS) + r")\.?\s*\d{1,2},\s*(?:19|20)\d\d\b"
    r"|\b(?:at|as\s+(?:of|at))\s+(?:" + "|".join(MONTHS) + r")\.?\s*\d{1,2}\s*$"
    r"|\b(?:19|20)\d\d\b|\bLevel \d|\b\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)


def _holds_a_number(label: str) -> bool:
    """A number left in a label once the row's own kinds of number are taken out: an amount
    cut from the sentence, a price or a count."""
    rest = _OWN_NUMBERS.sub(" ", label)
    return bool(re.search(r"\d[\d,.]*\d|\b[A-Z]{2,3}\$?\d", rest)) and not _names_its_amount(label)


def _a_whole_cell(part: str, text: str) -> bool:
    """Whether `part` is a whole cell or line of the note (a table row's own words, its line
    breaks folded, a note reference after them dropped: "... (Note 3)"), not words cut from
    a sentence."""
    words = part.split()
    if not text or not words:
        return False
    body = r"\s+".join(map(re.escape, words))
    cell = r"(?m)(?:^|\|)[ \t]*" + body + r"[ \t]*(?:\([^()]*\))?[ \t]*(?=\||$)"
    return re.search(cell, text) is not None


def _names_its_amount(label: str) -> bool:
    """A label part that is a name stating an amount ("K€50,000 KBC credit facility / ..."):
    gold/LABELLING.md keeps such names whole, so their number is no fault."""
    return any(named_amounts(part) for part in label.split(" / "))


def _in_a_name(f: Fact) -> bool:
    """Money a name states ("K€50,000 KBC credit facility"): undated by the house rule."""
    return any(not n.is_rate for n in named_amounts(f.quote))


def entity_checks(f: Fact) -> list[str]:
    """The entity checks a fact trips (an entity is a party or member, never a date or a word
    of the document)."""
    if f.entity is None:
        return []
    ent = f.entity.strip()
    low = ent.lower()
    out = []
    if DATE_RE.match(ent) or low.rstrip(".") in MONTHS or re.fullmatch(r"\W*\d{4}\W*", ent):
        out.append("entity: a date or month")
    if low in DOCUMENT_WORDS or low.removeprefix("the ") in DOCUMENT_WORDS:
        out.append("entity: a document word")
    elif NOT_PARTY_END.search(ent):
        out.append("entity: an instrument, programme, scenario or date word")
    if CURRENCY_OR_STANDARD.search(ent.strip()):
        out.append("entity: a currency or a standard")
    if low in FUNCTION_WORDS or not _words(ent):
        out.append("entity: a function word or no word")
    if low in ACCOUNTING_ACRONYMS:
        out.append("entity: an accounting acronym")  # "ROU", "RSUs", "SIBOR"
    if low in PLACES and any(
        PROGRAMME.search(part) and ent in part for part in f.label.split(" / ")
    ):
        out.append("entity: a place inside a programme's name")  # "India Share Plan 2006"
    if not out and HOLDS_DATE.search(ent):
        out.append("entity: holds a date or a year")  # "BALANCE JUNE 30, 2023", "Fiscal 2026"
    return out


def fact_checks(f: Fact, text: str, page_period: str | None) -> list[str]:
    """The context checks a fact trips: periods and numbers that belong to a date."""
    out = []
    money = f.unit is not None and f.unit not in OTHER_UNITS
    price = re.search(r"\bper\b|price", f"{f.label} {f.quote}", re.I)  # prices may be undated
    if money and not price and f.period is None and page_period is not None and not _in_a_name(f):
        out.append("period: money undated on a page with a period header")
    if f.span and not f.blank:
        s, e = f.span
        before, after = text[max(0, s - 12) : s], text[e : e + 8]
        if re.search(r"(" + "|".join(MONTHS) + r")\.?\s*$", before, re.I) and re.match(
            r",?\s*(19|20)\d\d", after
        ):
            out.append("number: inside a date")
        elif re.fullmatch(r"(19|20)\d\d", text[s:e]) and f.unit not in {"USD", "CNY"}:
            out.append("number: a year reported as a fact")
    return out


def warning_checks(r: Result) -> list[str]:
    """Warnings that mean the rules could not settle something."""
    return [f"warning: {w.code}" for w in r.warnings]


def iter_inputs(paths: list[Path], exclude: list[Path]) -> Iterator[Path]:
    """Every .txt under the given paths, minus notes whose name appears under an excluded
    folder (so a blind round can stay unread while the rest is audited)."""
    skip = {p.name for d in exclude for p in d.rglob("*.txt")}
    for p in paths:
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            if f.name != "INDEX.md" and f.name not in skip:
                yield f


def audit(paths: list[Path], exclude: list[Path]) -> tuple[Counter, dict, int, int]:
    """Run the rules engine over the inputs; count, per check, the facts that trip it."""
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    notes = facts = 0
    for path in iter_inputs(paths, exclude):
        text = load_text(path)
        doc = read_document(text, doc_id=path.stem)
        notes += 1
        try:
            result = extractor.extract_document(doc)
        except Exception as e:  # an engine failure is itself the finding
            counts["engine failure"] += 1
            examples["engine failure"].append(f"{path.stem[:40]}: {type(e).__name__}: {e}")
            continue
        facts += len(result.facts)
        for f in result.facts:
            tripped = label_checks(f, text) + entity_checks(f)
            tripped += fact_checks(f, text, doc.period)
            for c in tripped:
                counts[c] += 1
                examples[c].append(f"{path.stem[:40]}: {f.label!r} / {f.entity!r} / "
                                   f"{f.period} / {f.amount} / {f.quote[:60]!r}")
        for c, at in blank_checks(doc, result.facts):
            counts[c] += 1
            examples[c].append(f"{path.stem[:40]}: {context(text, at)}")
        for c in warning_checks(result):
            counts[c] += 1
            examples[c].append(path.stem[:60])
    return counts, examples, notes, facts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus*)")
    ap.add_argument("--exclude", action="append", type=Path, default=[],
                    help="skip notes whose file name appears under this folder")
    ap.add_argument("--examples", type=int, default=3, help="examples per check")
    ap.add_argument("--markdown", action="store_true", help="print the README table only")
    args = ap.parse_args(argv)
    paths = args.paths or [p for p in DEFAULT_INPUTS if p.exists()]
    if not paths:
        print("audit: no inputs (give files or folders)", file=sys.stderr)
        return 2
    counts, examples, notes, facts = audit(paths, args.exclude)
    print(f"{notes} notes, {facts} facts")
    if args.markdown:
        print("\n| check | facts or warnings |\n| --- | ---: |")
        for c, n in sorted(counts.items()):
            print(f"| {c} | {n} |")
        return 0
    for c, n in sorted(counts.items()):
        print(f"{n:6d}  {c}")
        for ex in examples[c][: args.examples]:
            print(f"          {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
