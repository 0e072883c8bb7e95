"""Grounding: tie every fact to the characters of the text that hold it.

Every engine's facts pass through here before output. `locate` finds where a claimed quote and
amount stand (exact first, then tolerant of whitespace and punctuation differences);
`check_grounded` drops any fact whose span does not hold its amount and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from extractor.amounts import ascii_digits
from extractor.facts import ExtractionWarning, Fact
from extractor.number_words import WORD_NUMBER, word_value
from extractor.textmap import without_format
from extractor.vocabulary import COMMON_CURRENCY

_ZERO_MARK = re.compile(r"[-\u2013\u2014]|\b(nil|none|zero|no)\b", re.IGNORECASE)


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=4096)
def digits(s: str | None) -> str:
    if s and s.isdecimal():  # (what \d matches is what str.isdecimal() accepts: nothing to drop)
        return ascii_digits(s)
    return ascii_digits(_NOT_DIGIT.sub("", s or ""))


def span_holds(text: str, fact: Fact) -> bool:
    """True when the fact's span lies in the text and holds its amount (or is a blank slot)."""
    if fact.span is None:
        return False
    a, b = fact.span
    if not 0 <= a <= b <= len(text):
        return False
    if fact.blank:
        return a == b or not digits(text[a:b])
    at = without_format(text[a:b])  # a span may cover zero-width characters inside "n\u200bil"
    want = digits((fact.amount or "").split(".")[0]).lstrip("0") or "0"
    have = digits(at)
    # The digits first (most spans hold them); "$.45" holds 0.45: compare every digit when
    # the whole part is a zero nobody wrote.
    if have and (want in have or have.lstrip("0") in (want, digits(fact.amount).lstrip("0"))):
        return True
    if want == "0" and _ZERO_MARK.search(at):
        return True
    return str(word_value(at) or "") == want  # a number in words ("eight", "twenty-five")


def quote_holds(text: str, fact: Fact) -> bool:
    """True when the quote is a substring of the text that contains (or touches) the span."""
    if not fact.quote:
        return False
    if fact.span is None:
        return fact.quote in text
    a, b = fact.span
    lo = max(0, a - len(fact.quote))
    i = text.find(fact.quote, lo)
    while 0 <= i <= b:
        if i <= a and i + len(fact.quote) >= b:
            return True
        i = text.find(fact.quote, i + 1)
    return False


def check_grounded(text: str, facts: list[Fact]) -> tuple[list[Fact], list[ExtractionWarning]]:
    """Keep the facts whose span and quote are true to the text; a warning for each dropped."""
    kept: list[Fact] = []
    dropped: list[ExtractionWarning] = []
    for f in facts:
        if span_holds(text, f) and quote_holds(text, f):
            kept.append(f)
        else:
            dropped.append(
                ExtractionWarning(
                    code="ungrounded",
                    message=f"dropped {f.label!r} = {f.amount} ({f.period}): "
                    f"quote {f.quote!r} / span {f.span} not true to the text",
                    span=f.span,
                )
            )
    return kept, dropped


def quote_around(text: str, start: int, end: int, width: int = 40) -> str:
    """A short exact substring around [start, end), cut at line breaks and word edges."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - width)
    hi = min(line_end, end + width // 2)
    if lo > line_start:
        sp = text.find(" ", lo, start)
        lo = sp + 1 if sp >= 0 else lo
    if hi < line_end:
        sp = text.rfind(" ", end, hi)
        hi = sp if sp >= 0 else hi
    q = text[lo:hi]
    if not q.strip():
        q = text[max(0, start - 10) : end + 10]
    return q


def _loose_pattern(s: str) -> re.Pattern[str]:
    """A pattern for `s` that tolerates differences in whitespace, pipes and quote marks."""
    toks = re.findall(r"\w+|[^\w\s|]", s)
    sep = r"[\s|\"'“”‘’]*"
    body = sep.join(re.escape(tok) for tok in toks)
    # Whole words at the ends: "1,500" must not match inside "11,500".
    lead = r"(?<!\w)" if toks and toks[0][0].isalnum() else ""
    tail = r"(?!\w)" if toks and toks[-1][-1].isalnum() else ""
    return re.compile(lead + body + tail)


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Where a claimed quote stands in the text: every exact occurrence, else every occurrence
    that differs only in whitespace, pipes and quote marks. Empty when the text lacks it."""
    hits: list[tuple[int, int]] = []
    if not quote or not quote.strip():
        return hits
    i = text.find(quote)
    while i >= 0:
        hits.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    if not hits and len(quote) <= 400 and re.search(r"\w", quote):
        hits = [(m.start(), m.end()) for m in _loose_pattern(quote).finditer(text)]
    return hits


def locate(text: str, quote: str, amount: str | None, near: int = 0) -> tuple[int, int] | None:
    """Find the span of a claimed amount: the quote in the text (exact, else tolerant of
    whitespace and punctuation), then the amount's digits inside it. None when not found.

    For a blank (amount None) the span is the zero-width position the quote's slot marks:
    the first place inside the quote where two separators meet or a mark stands alone.
    """
    for _quote_span, span in _claims(text, quote, amount, near, None):
        return span
    return None


def ground_claim(
    text: str,
    quote: str,
    amount: str | None,
    near: int = 0,
    before_slot: str | None = None,
    limit: int = 256,
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Every place the text supports a claimed (quote, amount): pairs of (quote span, amount
    span), from `near` onwards first, at most `limit` of them (a quote found hundreds of times
    says nothing of where it stands). A quote found only loosely is reported with the span of
    the text's own characters, so `text[qs:qe]` is a true quote.

    For a blank (amount None) every empty slot inside the quote is a candidate, in text order;
    `before_slot`, the words that end where the slot is, puts its slot first.
    """
    return list(islice(_claims(text, quote, amount, near, before_slot), limit))


_MAX_HITS = 64


def _claims(
    text: str, quote: str, amount: str | None, near: int, before_slot: str | None
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    hits = find_quote(text, quote)
    # Facts come in text order: the first occurrence at or after `near` first, then those
    # before it, nearest first.
    hits.sort(key=lambda h: (h[0] < near, abs(h[0] - near)))
    # Occurrences of one quote read alike: past the nearest few, more say nothing new.
    for qs, qe in hits[:_MAX_HITS]:
        if amount is None:
            yield from (((qs, qe), (p, p)) for p in slots_in(text, qs, qe, before_slot))
        else:
            yield from (((qs, qe), span) for span in _amounts_in(text, qs, qe, amount))


def slots_in(text: str, qs: int, qe: int, before_slot: str | None = None) -> list[int]:
    """Positions inside text[qs:qe] where the viewer may have dropped an amount: right after a
    word or mark that is followed by a separator, a scale word, a unit or another such word
    instead of a number ("of , RMB34", "were and RMB as of", "wasper share", "approximately
    million", "to %."). With `before_slot`, the end of those words inside the quote comes
    first."""
    found: list[int] = []
    if before_slot and before_slot.strip():
        for _bs, be in find_quote(text[qs:qe], before_slot.rstrip()):
            if be and not text[qs + be : qs + be + 1].isdigit():
                found.append(qs + be)
                break
    line_end = text.find("\n", qe, qe + 40)
    # What may follow a slot is short: look a little past the quote, never down a long line.
    line_end = min(len(text), qe + 40) if line_end < 0 else line_end
    for m in _SLOT.finditer(text, qs, line_end):
        if m.end() > qe:
            break
        if m.end() not in found:
            found.append(m.end())
    return found


# What stands before a dropped amount, and what follows it where the amount should be.
_SLOT = re.compile(
    rf"(?:\b(?:of|were|was|is|are|and|at|to|approximately|about|an?)|,|\(|{COMMON_CURRENCY})"
    r"(?=\s*(?:,|and\b|\)|were\b|was\b|for\b|as\b|of\b|million\b|billion\b|"
    r"thousand\b|per\b|shares?\b|%|\.(?:\s|$)|$))"
    # Verbs and "additional" only before a scale word or "shares" ("acquireshares").
    r"|\b(?:acquire|acquired|issued|granted|additional)(?=\s*(?:million|billion|shares?)\b)",
    re.MULTILINE,
)


_NUM = re.compile(
    r"\(\d{1,3}(?:,\d{3})+(?:\.\d+)?\)|\(\d+(?:\.\d+)?\)"  # "(1,432)" whole
    r"|\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\(?\d+(?:\.\d+)?|\bnil\b"
    r"|(?<![\d.])\.\d+"  # "$.45": a decimal written without its leading zero
    r"|(?<![\w-])[-\u2013\u2014](?![\w-])",  # a dash alone, not the one in "Right-of-use"
    re.I,
)


def _amounts_in(text: str, qs: int, qe: int, amount: str) -> list[tuple[int, int]]:
    """Every token inside text[qs:qe] that writes `amount` (digits, a zero mark, a word)."""
    want = amount.lstrip("-")
    found: list[tuple[int, int]] = []
    for m in _NUM.finditer(text, qs, qe):
        tok = m.group()
        if _partial(text, m.start(), m.end()):
            continue  # a piece of a longer number the quote cuts ("1,500" of "11,500")
        if tok.lower() == "nil" or tok in "-\u2013\u2014":
            if want in ("0", "0.0"):
                found.append(m.span())
            continue
        val = tok.strip("()").replace(",", "")
        try:
            if float(val) == float(want):
                found.append(m.span())
        except ValueError:
            continue
    for m in _WORD_NUM.finditer(text, qs, qe):
        value = word_value(m.group())
        if value is None and m.group().lower() == "zero":
            value = 0
        try:
            if value is not None and value == float(want):
                found.append(m.span())
        except ValueError:
            continue
    return found


def _partial(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is only part of a number token of the text."""
    before = text[a - 1] if a > 0 else ""
    before2 = text[a - 2] if a > 1 else ""
    after = text[b] if b < len(text) else ""
    after2 = text[b + 1] if b + 1 < len(text) else ""
    return (
        before.isdigit()
        or (before in ",." and before2.isdigit() and text[a : a + 1].isdigit())
        or after.isdigit()
        or (after in ",." and after2.isdigit())
    )


# Numbers in words, "zero" to "ninety-nine" ("two percent", "twenty-five years").
_WORD_NUM = re.compile(rf"(?<![\w-])(?:{WORD_NUMBER}|zero)(?![\w-])", re.IGNORECASE)
