"""Segments: the prose paragraphs of a note and their sentences, each with its offset."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from extractor.document import Document, Line
from extractor.facts import ExtractionWarning
from extractor.prose.comparatives import month_day_before
from extractor.vocabulary import CURRENCY, MONTH


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the text (a paragraph or a sentence) with its offset in the document."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_ABBREV = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|No|Nos|Mr|Ms|Mrs|Dr|St|Jr|Sr|vs|approx|e\.g|i\.e|etc|U\.S|Rs|Ps|Sdn|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|S\.A|N\.V|B\.V|L\.P|L\.L\.C|P\.R\.C|[A-Z])\.)$"
)
_SENTENCE_END = re.compile(r"[.;!?](?=\s+[A-Z(“\"0-9])|[.!?]$")

def paragraphs(doc: Document, skip: list[tuple[int, int]]) -> list[Segment]:
    """The body's prose lines, rejoined where the viewer broke a sentence across lines."""
    in_table = _covered_by(skip)
    lines = [
        ln
        for ln in doc.lines()
        if ln.stripped and (not in_table(ln.start, ln.end) or _is_sentence(ln.stripped))
    ]
    out: list[Segment] = []
    cur: list[Line] = []
    for ln in lines:
        if cur and _continues(cur[-1], ln):
            cur.append(ln)
            continue
        if cur:
            out.append(_segment(doc.text, cur))
        cur = [ln]
    if cur:
        out.append(_segment(doc.text, cur))
    return [p for p in out if _MAY_HOLD_AMOUNT.search(p.text)]


def _covered_by(ranges: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether a line [a, b) starts or ends inside one of `ranges` (s <= a < e or
    s < b <= e), by bisection: a note of thousands of lines and table ranges stays linear."""
    merged: list[list[int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]

    def covered(a: int, b: int) -> bool:
        i = bisect_right(starts, a) - 1
        if i >= 0 and a < merged[i][1]:
            return True
        j = bisect_left(starts, b) - 1
        return j >= 0 and b <= merged[j][1]

    return covered


_DIGIT_RUN = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
MIN_NUMBER_RUN = 24
"""A stretch with at least this many numbers and fewer letters than numbers ("1,1,1,...",
"(1,234) (1,234) ...") is a run of numbers, not a sentence: nothing in it names what the
numbers measure, and reading each as prose would cost the time of a sentence per number. No
sentence of the gold notes or the corpora comes near (the densest have 17 numbers)."""


def number_run(sent: Segment, warnings: list[ExtractionWarning]) -> bool:
    """Whether `sent` is a run of numbers, not prose; if so, a `not_prose` warning covers it
    (extending the previous one when the run continues from the segment before)."""
    numbers = len(_DIGIT_RUN.findall(sent.text))
    if numbers < MIN_NUMBER_RUN or len(_LETTER.findall(sent.text)) >= numbers:
        return False
    start, end = sent.start, sent.end
    last = warnings[-1] if warnings else None
    if last is not None and last.code == "not_prose" and last.span and last.span[1] == start:
        start = last.span[0]
        warnings.pop()
    warnings.append(
        ExtractionWarning(
            code="not_prose",
            message=f"characters {start}-{end} are a run of numbers with almost no words: "
            "not read as prose",
            span=(start, end),
        )
    )
    return True


def _is_sentence(s: str) -> bool:
    """A line of running prose, which stays prose even inside a region a table claims."""
    return (
        not s.startswith("|")
        and len(s) >= 60
        and len(s.split()) >= 10
        and s.rstrip().endswith((".", ":", ";"))
    )


def _segment(text: str, lines: list[Line]) -> Segment:
    return Segment(lines[0].start, text[lines[0].start : lines[-1].end])


_CONTINUATION_START = re.compile(r"[a-z,%)\].]|and\b|or\b")


def _continues(prev: Line, ln: Line) -> bool:
    """Whether `ln` continues the sentence `prev` was cut in ("The\\nfollowing", "RMB670,187\\n,
    mainly", "at3.85\\n%")."""
    p, s = prev.stripped, ln.stripped
    if _LONE_MARK.fullmatch(p) and _NUMBER_CELL.match(s):
        # "$" / "626.68", "|A$" / "|1,126,407": a mark alone in its cell or on its line is
        # the mark of the number in the next one, not an amount the viewer dropped
        return True
    if (p.startswith("|") and len(p) < 80) or s.startswith("|"):
        return False
    # These patterns end at the line's end and match at most 16 characters: search the tail
    # only (a long line is not scanned from every position).
    tail = max(0, len(p) - _TAIL)
    opened = _COMPARATIVE_OPEN.search(p, tail)
    if opened and not (p[opened.start()] == "," and month_day_before(p, opened.start())):
        return True
    if p.endswith((".", ":", ";")) and not _ABBREV.search(p, tail):
        return False
    comma_then_more = p.endswith(",") and (s[:1].islower() or s[:1].isdigit())
    mark_then_number = s[:1].isdigit() and len(p.split()) >= 3 and _MARK_END.search(p, tail)
    if _OPEN_END.search(p, tail) or comma_then_more or _AMOUNT_START.match(s) or (
        _MONTH_END.search(p, tail) and s[:1].isdigit()
    ) or mark_then_number:
        # "were CNY212," / "CNY640" / "and CNY518" / "(US$73) and ...": a list of amounts
        # broken one per line goes on until the sentence does.
        return True
    return bool(_CONTINUATION_START.match(s)) or (
        len(p.split()) >= 1 and not p.endswith(".") and len(p) > 60 and s[:1].islower()
    )


# A paragraph without any of these holds no amount (numbers in words come with a unit word),
# nor a slot a dropped one left ("at a rate of thousandths", "was per share", "RMB million").
_MAY_HOLD_AMOUNT = re.compile(
    r"\d|\b(?:nil|million|billion|thousand\w*|percent|per cent|years?|months?|shares?|"
    r"basis points?|per unit|RMB)\b|%|\$|[€£¥₩]"
)
_OPEN_END = re.compile(
    r"(?:\b(?:and|or|of|were|was|is|are|to|the|by|from|at|in|for|with|approximately|"
    r"about|totaled|totalled|amounted))$",
    re.IGNORECASE,
)
_AMOUNT_START = re.compile(rf"(?:and\s+)?\(?{CURRENCY}\s?\(?\d")
_MONTH_END = re.compile(rf"\b{MONTH}$", re.IGNORECASE)
# "(2021: €" / "648thousand)": a currency mark that ends a line waits for its number.
_MARK_END = re.compile(rf"(?:^|[\s(:])(?:{CURRENCY})$")
# "... rate of 17% (2021:" / "17%, 2020:": a comparative's year whose value the next line holds.
_COMPARATIVE_OPEN = re.compile(r"(?:\(|[,;])\s*(?:19|20)\d\d\s*:$")
_LONE_MARK = re.compile(rf"\|?\s*(?:{CURRENCY})")
_NUMBER_CELL = re.compile(r"\|?\s*\(?\d")
_TAIL = 24  # more than the longest match of _ABBREV, _OPEN_END, _MONTH_END and _MARK_END


MAX_SENTENCE = 3000
"""Longer "sentences" (a table flattened into one line, a run of digits) are read in pieces of
at most this many characters, so that reading stays linear in the length of the text."""


def sentences(para: Segment) -> list[Segment]:
    """Cut a paragraph at sentence ends, keeping offsets."""
    out: list[Segment] = []
    start = 0
    text = para.text
    for m in _SENTENCE_END.finditer(text):
        cut = m.end()
        # Only a few characters either side decide; never slice the whole rest of the text.
        if _ABBREV.search(text[max(start, cut - 12) : cut]) and not text[
            cut : cut + 12
        ].lstrip().startswith(("The ", "In ")):
            continue
        if text[m.start()] == ";" and (
            _in_parenthesis(text, max(start, m.start() - 80), m.start())
            or _list_goes_on(text, max(start, m.start() - 24), m.start())
        ):
            # "(2018: 16.5%; 2017: 16.5%)": the comparatives' parts; "5,000; 6,000; and
            # 7,000": a list whose items hold commas: one sentence
            continue
        if (
            text[m.start()] == "."
            and m.start() > start
            and text[m.start() - 1].isdigit()
            and text[cut : cut + 1].isdigit()
        ):
            continue
        if text[start:cut].strip():
            out.extend(_pieces(para.start + start, text[start:cut]))
        start = cut
    if text[start:].strip():
        out.extend(_pieces(para.start + start, text[start:]))
    return out


# An amount (not a year) right before a ";", and another right after it. A negative in
# parentheses counts; a parenthesis that only closes on a number ("(Class C 60,000); 12,460")
# closes an aside, and the ";" after it ends a clause.
_AMOUNT_BEFORE_SEMICOLON = re.compile(
    r"(?:\(\d[\d,.]*\)|(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s?%)?)$")
_AMOUNT_AFTER_SEMICOLON = re.compile(rf"\s+\(?(?:{CURRENCY})?\s?\d")
# A schedule by year: "as follows: 2026, $611.8 million; 2027, $88.0 million; and 2030 and
# thereafter, $14.3 million": each ";" joins the next year's item to one list
_SCALED_BEFORE_SEMICOLON = re.compile(r"\d(?:\s?(?:million|billion|thousand))?$")
_YEAR_ITEM_AFTER = re.compile(
    rf"\s+(?:and\s+)?(?:(?:19|20)\d\d\b[^;.,]{{0,24}}|thereafter),\s+(?:{CURRENCY})")


def _list_goes_on(text: str, lo: int, at: int) -> bool:
    """Whether the ";" at `at` joins two amounts of one list ("31,063,392; 31,979,909; and
    33,185,971 shares", "RMB5,000; RMB6,000", a schedule's "2026, $611.8 million; 2027,
    $88.0 million"), not two sentences; a year before it ("as of
    December 31, 2023; 427,757,100 shares issued") ends a clause."""
    if _YEAR_ITEM_AFTER.match(text, at + 1) and _SCALED_BEFORE_SEMICOLON.search(text, lo, at):
        return True
    return bool(_AMOUNT_BEFORE_SEMICOLON.search(text, lo, at)) and bool(
        _AMOUNT_AFTER_SEMICOLON.match(text, at + 1))


def _in_parenthesis(text: str, lo: int, at: int) -> bool:
    """Whether a "(" opened in text[lo:at] is still open at `at` (a bounded look back)."""
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


def _pieces(offset: int, text: str) -> list[Segment]:
    """A sentence as one segment, or cut at spaces into pieces of at most MAX_SENTENCE."""
    if len(text) <= MAX_SENTENCE:
        return [Segment(offset, text)]
    out: list[Segment] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + MAX_SENTENCE)
        if end < len(text):
            space = text.rfind(" ", pos + MAX_SENTENCE // 2, end)
            end = space + 1 if space > 0 else end
        out.append(Segment(offset + pos, text[pos:end]))
        pos = end
    return out

