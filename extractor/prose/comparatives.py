"""Comparatives in parentheses: "(2022: £1.2 million)", "(2021 and 2022: nil)", the same with a
period phrase for their period, "(six months ended June 30, 2022: £11.5 million)", and several
in one parenthesis, "(2018: 16.5%; 2017: 16.5%)", "(2021: 17%, 2020: 17%)".

IFRS and UK-style notes state the prior periods' figures inside a parenthesis after the
current one. Each part of the parenthesis names its own period, by bare years (each the
sentence's period shifted to that year) or by a whole period phrase (its own periods); its
values, even none, restate the amount before the parenthesis, which is therefore the current
period's (`current_period`). This module only finds them; `reader` builds their facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.amounts import Amount
from extractor.periods import PeriodPhrase
from extractor.vocabulary import MONTH, RELATIVE_PERIOD
from extractor.weekyears import same_end_in

_PAREN = re.compile(r"\((?P<body>[^()]*:[^()]*)\)")
# A part's head: bare years right after "(", ";" or "," and before its colon.
_YEARS_HEAD = re.compile(
    r"(?:(?<=\()|(?<=;)|(?<=,))\s*(?:(?:fiscal|FY)\s*(?:year\s+)?)?"
    r"(?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)"
    r"(?:\s+(?:period|fiscal\s+year|year|quarter))?\s*:"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A part named by words, not years: "(comparable prior-year period: )", "(prior year: $0.4
# million)", "(same period last year: 12.0%)": the sentence's period a year earlier.
_YEAR_BACK_HEAD = re.compile(
    rf"(?<=\()\s*(?:the\s+)?{RELATIVE_PERIOD}"
    r"[\sA-Za-z-]{0,24}?\b(?:period|year|quarter)(?:\s+(?:last|a)\s+year)?\s*:"
)
# "June 30, 2022:": the year of a date, not a part's head after a comma.
_MONTH_DAY_END = re.compile(rf"\b{MONTH}\.?\s+\d{{1,2}}\s*$", re.IGNORECASE)
# What may stand between "(" or ";" and a period phrase: lower-case words the phrase did not
# take ("(for the six months ended ...").
_PHRASE_LEAD = re.compile(r"[(;]\s*(?:[a-z][a-z-]*\s+){0,4}$")
_COLON_AFTER = re.compile(r"\s*:")


@dataclass(frozen=True)
class ComparativeParen:
    """One part of a comparative parenthesis: the parenthesis it stands in, where its values
    are, and its period."""

    start: int  # the "(" of its parenthesis
    end: int  # right after the ")"
    head_end: int  # the end of its years or its period phrase
    colon: int  # right after its colon
    vals: tuple[int, int]  # its values' place, between the colon and the next part or ")"
    years: tuple[int, ...] = ()  # bare years, shifted onto the sentence's period
    own: tuple[str, ...] = ()  # or the periods its own phrase names
    year_back: bool = False  # or the sentence's period a year earlier ("prior year:")

    def periods(self, base: str | None) -> list[str]:
        """The periods of its values: its phrase's own, else `base` moved to each year, else
        (nothing dates the sentence) each year as the calendar year a bare year names."""
        if self.own:
            return list(self.own)
        if self.year_back and base is None:
            return []
        if base is None:
            return [f"P12M/{y}-12-31" for y in self.years]
        kind = base.split("/")
        years = (int(base[-10:-6]) - 1,) if self.year_back else self.years
        out = [f"{kind[0]}/{same_end_in(kind[1], y)}" if len(kind) == 2
               else same_end_in(base, y) for y in years]
        # a comparative never restates its sentence's own period: "(fiscal 2025: ...)" on a
        # page of a year named by its end is the year before the one the calendar gives
        return [f"{q.split('/')[0]}/{same_end_in(q.split('/')[-1], int(q[-10:-6]) - 1)}"
                if q == base and q.startswith("P") else q for q in out]


def comparative_parens(text: str, phrases: list[PeriodPhrase]) -> list[ComparativeParen]:
    """Every part of every comparative parenthesis of a sentence, in text order (`phrases` are
    the sentence's period phrases)."""
    if ":" not in text:
        return []
    out: list[ComparativeParen] = []
    for m in _PAREN.finditer(text):
        heads = _heads(text, m, phrases)
        for k, (_, head_end, colon, years, own) in enumerate(heads):
            stop = heads[k + 1][0] if k + 1 < len(heads) else m.end() - 1
            out.append(ComparativeParen(m.start(), m.end(), head_end, colon, (colon, stop),
                                        years=years, own=own, year_back=not years and not own))
    return out


_Head = tuple[int, int, int, tuple[int, ...], tuple[str, ...]]
"""Where a part starts (its "(" or ";"), its head's end, right after its colon, its years, its
own periods."""


def _heads(text: str, m: re.Match[str], phrases: list[PeriodPhrase]) -> list[_Head]:
    """The parts of parenthesis `m`, in order; none when its first part names no period."""
    heads: list[_Head] = []
    body = m.start("body"), m.end("body")
    for y in _YEARS_HEAD.finditer(text, *body):
        if text[y.start() - 1] == "," and month_day_before(text, y.start() - 1):
            continue
        years = tuple(int(v) for v in _YEAR.findall(y.group("years")))
        heads.append((y.start() - 1, y.end("years"), y.end(), years, ()))
    back = _YEAR_BACK_HEAD.match(text, m.start() + 1)
    if back is not None and not heads:
        heads.append((m.start(), back.end() - 1, back.end(), (), ()))
    for p in phrases:
        if not body[0] <= p.start < body[1] or any(h[0] < p.start < h[2] for h in heads):
            continue
        lead = _PHRASE_LEAD.search(text, max(m.start(), p.start - 40), p.start)
        colon = _COLON_AFTER.match(text, p.end)
        if lead is not None and colon is not None:
            heads.append((lead.start(), p.end, colon.end(), (), p.periods))
    heads.sort()
    return heads if heads and heads[0][0] == m.start() else []


def current_period(parts: list[ComparativeParen], base: str | None) -> str | None:
    """The period of the amount right before a parenthesis of bare-year comparatives (`parts`,
    one parenthesis): the current one, which the years it names precede ("a rate of 16.5%
    (2018: 16.5%; 2017: 16.5%)"). `base` (the sentence's, paragraph's or page's period) when it
    ends after every such year; with nothing dating the note, the calendar year after the
    latest (2019 there); None when a part names its own period phrase or `base` does not end
    after the years."""
    if parts and all(p.year_back for p in parts):
        return base
    if not parts or any(p.own or not p.years for p in parts):
        return None
    latest = max(y for p in parts for y in p.years)
    if base is None:
        return f"P12M/{latest + 1}-12-31"
    end = base.rpartition("/")[2]
    return base if end[:4].isdigit() and int(end[:4]) > latest else None


def month_day_before(text: str, at: int) -> bool:
    """Whether a month and day end right before position `at` ("June 30" of "June 30, 2022")."""
    return _MONTH_DAY_END.search(text, max(0, at - 16), at) is not None


def within(spans: list[ComparativeParen], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the parentheses."""
    return any(start >= c.start and end <= c.end for c in spans)


# what may stand between an amount and the phrase that dates it: its translation
_DATED_GAP = re.compile(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?,?\s*")


def base_phrase(phrases: list[PeriodPhrase], amounts: list[Amount], text: str,
                start: int) -> PeriodPhrase | None:
    """The phrase a comparative parenthesis at `start` restates the period of: the sentence's
    first before it, or the nearest before it when that one dates the amount right before it
    ("..., and the balance was RMB1.8 million (US$0.2 million) as of December 31, 2024 (2023:
    )": the balance's date; not "... amounted to RMB1.1 million and was repaid as of December
    31, 2020 (2021 and 2022: nil)", where the opening year dates the amount)."""
    before = [p for p in phrases if p.end <= start and p.kind != "date"]
    if not before:
        return None
    near = before[-1]
    stated = [a for a in amounts if a.token_end <= near.start and not a.blank]
    if near is not before[0] and stated and _DATED_GAP.fullmatch(text, stated[-1].token_end,
                                                                  near.start):
        return near
    return before[0]
