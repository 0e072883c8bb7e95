"""Invisible format characters out of a note's text, with the offsets to map back.

Zero-width spaces, joiners, word joiners, soft hyphens and bidi marks (Unicode category Cf)
show nothing, but inside a number they cut it in pieces for every pattern: "$1\\u200b234"
would read as two amounts. The rules engine reads the text without them and maps every span
and quote back, so that offsets stay true to the text the user gave (a span then covers the
invisible characters inside its amount).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extractor.facts import Fact, Result

# The format characters notes meet (soft hyphen, Arabic letter mark, Mongolian vowel
# separator, zero-width space/joiners, LRM/RLM, bidi embeddings and isolates, word joiner and
# invisible operators, BOM, tags): listed, since building the class from unicodedata at import
# would cost a scan of every code point.
_FORMAT_RUN = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]+"
)


def without_format(s: str) -> str:
    """`s` with its format characters deleted (what a reader sees)."""
    return s if s.isascii() else _FORMAT_RUN.sub("", s)  # (every format character is not)


@dataclass(frozen=True)
class PlainText:
    """The text without format characters, and where each of its runs of characters came
    from: plain character i is original character i + shift of the run holding i."""

    text: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]
    original_length: int

    def at(self, i: int) -> int:
        """The original offset of plain character i."""
        return i + self.shifts[bisect_right(self.starts, i) - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of plain [start, end): from its first character to just after
        its last, so the invisible characters inside are covered; an empty span stays empty,
        right after the character before it."""
        if end > start:
            return self.at(start), self.at(end - 1) + 1
        pos = self.at(start - 1) + 1 if start > 0 else 0
        return pos, pos


def strip_format(text: str) -> PlainText | None:
    """`text` without its format characters, or None when it has none (the usual case).

    All are deleted, a zero-width space between letters too: in notes it turns up inside
    words and numbers ("T\u200bhousands") more than between words, and a word glued to the
    next costs less than a scale word or a date cut in two."""
    if text.isascii() or _FORMAT_RUN.search(text) is None:
        return None
    pieces: list[str] = []
    starts: list[int] = [0]
    shifts: list[int] = [0]
    pos = plain = 0
    for m in _FORMAT_RUN.finditer(text):
        pieces.append(text[pos : m.start()])
        plain += m.start() - pos
        pos = m.end()
        starts.append(plain)
        shifts.append(pos - plain)
    pieces.append(text[pos:])
    return PlainText("".join(pieces), tuple(starts), tuple(shifts), len(text))


def restore(result: Result, plain: PlainText, original: str) -> Result:
    """A result read from `plain.text` with its spans and quotes moved back onto `original`."""
    facts = [_fact_back(f, plain, original) for f in result.facts]
    warnings = [
        w.model_copy(update={"span": plain.span(*w.span)}) if w.span else w
        for w in result.warnings
    ]
    return result.model_copy(update={"facts": facts, "warnings": warnings})


def _fact_back(f: Fact, plain: PlainText, original: str) -> Fact:
    if f.span is None:
        return f
    a, b = f.span
    span = plain.span(a, b)
    quote = f.quote
    q = plain.text.find(quote, max(0, b - len(quote))) if quote else -1
    if 0 <= q <= a:
        qa, qb = plain.span(q, q + len(quote))
        quote = original[min(qa, span[0]) : max(qb, span[1])]
    else:  # not where it should be: the amount's own characters are a true quote
        quote = original[span[0] : span[1]] or quote
    return f.model_copy(update={"span": span, "quote": quote})
