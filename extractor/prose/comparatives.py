"""Comparatives in parentheses: "(2022: £1.2 million)", "(2021 and 2022: nil)", and the same
with a period phrase for their period, "(six months ended June 30, 2022: £11.5 million)".

IFRS and UK-style notes state the prior period's figure inside a parenthesis after the current
one. The parenthesis names its own period, by bare years (each the sentence's period shifted to
that year) or by a whole period phrase (its own periods); its values, even none, restate the
amount before it. This module only finds them; `reader` builds their facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.periods import PeriodPhrase, shift_year

_PAREN_YEARS = re.compile(
    r"\((?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)\s*(?P<colon>:)\s*"
    r"(?P<vals>[^()]*)\)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# What may stand between "(" and a period phrase: lower-case words the phrase did not take
# ("(for the six months ended ...").
_PHRASE_LEAD = re.compile(r"\(\s*(?:[a-z][a-z-]*\s+){0,4}$")
_PHRASE_TAIL = re.compile(r"\s*(?P<colon>:)\s*(?P<vals>[^()]*)\)")


@dataclass(frozen=True)
class ComparativeParen:
    """One comparative parenthesis: where it stands, where its values are, and its period."""

    start: int  # the "("
    end: int  # right after the ")"
    head_end: int  # the end of its years or its period phrase
    colon: int  # right after the colon
    vals: tuple[int, int]  # the values' place, between the colon and the ")"
    years: tuple[int, ...] = ()  # bare years, shifted onto the sentence's period
    own: tuple[str, ...] = ()  # or the periods its own phrase names

    def periods(self, base: str | None) -> list[str]:
        """The periods of its values: its phrase's own, else `base` moved to each year."""
        if self.own:
            return list(self.own)
        if base is None:
            return []
        kind = base.split("/")
        return [f"{kind[0]}/{shift_year(kind[1], y)}" if len(kind) == 2 else shift_year(base, y)
                for y in self.years]


def comparative_parens(text: str, phrases: list[PeriodPhrase]) -> list[ComparativeParen]:
    """Every comparative parenthesis of a sentence, in text order (`phrases` are the
    sentence's period phrases)."""
    if ":" not in text:
        return []
    out = [
        ComparativeParen(m.start(), m.end(), m.end("years"), m.end("colon"), m.span("vals"),
                         years=tuple(int(y) for y in _YEAR.findall(m.group("years"))))
        for m in _PAREN_YEARS.finditer(text)
    ]
    for p in phrases:
        lead = _PHRASE_LEAD.search(text, max(0, p.start - 40), p.start)
        tail = _PHRASE_TAIL.match(text, p.end) if lead is not None else None
        if lead is None or tail is None or any(c.start <= p.start < c.end for c in out):
            continue
        out.append(ComparativeParen(lead.start(), tail.end(), p.end, tail.end("colon"),
                                    tail.span("vals"), own=p.periods))
    out.sort(key=lambda c: c.start)
    return out


def within(spans: list[ComparativeParen], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the parentheses."""
    return any(start >= c.start and end <= c.end for c in spans)
