"""Label-free list count for the blank audit: a "respectively" list one amount short of its periods.

The viewer can drop an amount together with its separator ("were $5,000 and $6,000 for the
years ended December 31, 2021, 2022 and 2023, respectively"): no slot shape is left, but the
list counts fewer amounts than the periods it is read against. `short_lists` finds, in a
sentence that says "respectively", every list of amounts joined only by separators that holds
fewer items than the sentence's longest list of periods (years, or dates joined by "and").
It reads the text alone; `blank_slots.blank_checks` sets the hits against the engine's blanks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extractor.vocabulary import CURRENCY, MONTHS

_SCALE = r"(?:thousand|million|billion)"
# A unit word the amount keeps ("8.6 years", "3,899 million yen", "$0.66 per share").
_UNIT_WORD = r"years?|months?|shares|yen|per\s+(?:share|unit|ADS)"
# An amount as written: a mark, a number, a scale word or "%"; "nil" counts as one too.
_AMOUNT = re.compile(
    rf"(?P<open>\(\s*(?:approximately\s+)?)?(?<![\w.,])"
    rf"(?:(?:{CURRENCY})\s?)?(?:\d(?:[\d.]|,(?=\d{{3}}))*(?:\s?{_SCALE}\b)?(?:\s?%)?|nil\b)"
    rf"(?:\s+(?:{_UNIT_WORD})\b)?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A period item: a whole date ("March 31, 2024") or a year standing alone ("2021").
_PERIOD = re.compile(
    rf"(?i)\b(?:(?:{_MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|(?<![\d$,.])(?:19|20)\d\d)(?![\d%])"
)
# What may stand between two items of one list.
# (a restatement in parentheses may stand between them: "RMB50 million ($7.2 million) and")
_SEPARATOR = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[,;]\s*(?:and\s+|or\s+)?|(?:and|or)\s+)\s*$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)])\.(?=\s+[A-Z(]|\s*$)")


@dataclass(frozen=True)
class ShortList:
    """A list of `items` amounts (`start`, `end`) in a sentence (`sentence`: its offsets) whose
    periods list counts `periods`."""

    start: int
    end: int
    items: int
    periods: int
    sentence: tuple[int, int]


def _lists(tokens: list[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    """Tokens grouped into lists: neighbours joined only by a separator."""
    out: list[list[tuple[int, int]]] = []
    for t in tokens:
        if out and _SEPARATOR.match(text[out[-1][-1][1] : t[0]]):
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _amounts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The amounts of a sentence, leaving out restatements in parentheses ("(US$73)"), the
    years and days of its dates, and bare years."""
    dates = [m.span() for m in _PERIOD.finditer(text, a, b)]
    out: list[tuple[int, int]] = []
    for m in _AMOUNT.finditer(text, a, b):
        s, e = m.span()
        if m.group("open") and out and not text[out[-1][1] : s].strip():
            continue  # a restatement of the amount before it, not a list item ("($1,319)" is)
        if any(x <= s < y for x, y in dates):
            continue
        if _YEAR.fullmatch(text[s:e].strip()):
            continue
        out.append((s, e))
    return out


def sentences(text: str, lines: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences of the given prose lines, as offsets."""
    for a, b in lines:
        at = a
        for m in _SENTENCE_END.finditer(text, a, b):
            yield at, m.end()
            at = m.end()
        if at < b:
            yield at, b


def short_lists(text: str, lines: Iterable[tuple[int, int]]) -> list[ShortList]:
    """Lists of amounts shorter than the periods list of their "respectively" sentence."""
    out = []
    for a, b in sentences(text, lines):
        if "respectively" not in text[a:b]:
            continue
        periods = max((len(g) for g in _lists([m.span() for m in _PERIOD.finditer(text, a, b)],
                                               text)), default=0)
        if periods < 2:
            continue
        groups = _lists(_amounts(text, a, b), text)
        if any(len(g) >= periods for g in groups):
            # a list that fills the periods says the count is right; a shorter one beside it
            # is another measure ("3 subsidiaries and $5 and $6 of cash, respectively")
            continue
        # (one amount against two periods is most often another measure: left out)
        out += [ShortList(g[0][0], g[-1][1], len(g), periods, (a, b)) for g in groups
                if len(g) == periods - 1 >= 2]
    return out
