"""Alignment: pair each amount list's amounts and blank slots with the periods they state.

A list goes with one period phrase (`dating.phrase_for`); the reading of its blank slots whose
count matches that phrase is taken. What cannot be reconciled is emitted undated with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.amounts import Amount
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import PeriodPhrase
from extractor.prose.context import Named, SentenceContext
from extractor.prose.dating import phrase_for
from extractor.prose.slots import AmountList, slots
from extractor.prose.undated import default_period, is_threshold

Aligned = tuple[list[Fact], list[ExtractionWarning]]


# "for each of the years ended ...", "as of both December 31, 2024 and 2023": the one amount
# is stated for every date of the phrase
_EACH = re.compile(r"\b(?:each|both)\b", re.I)


def align(
    ctx: SentenceContext,
    lst: AmountList,
    phrases: list[PeriodPhrase],
    opening: PeriodPhrase | None,
) -> Aligned:
    """Pair a list's amounts (and blank slots) with the periods of the phrase they go with.

    Every slot of a list measures the same thing, so the list's first amount names them all.
    """
    named = ctx.name(lst.items[0])
    if len(lst.items) == 1 and is_threshold(ctx.text, lst.items[0]):
        # "customers that accounted for more than 10% of consolidated revenue": no period's
        return [ctx.fact(lst.items[0], None, named)], []
    phrase = phrase_for(lst, phrases, opening)
    inherited = phrase is None and ctx.para_period is not None
    if inherited:
        phrase = ctx.para_period
    n = len(phrase.periods) if phrase else 1
    readings = lst.readings(n)
    if n == 1 and lst.min_size() == 1 and _RESPECTIVELY_NEXT.match(lst.sentence, lst.end) and (
        lst.readings(2)
    ):
        # "the working capital and the deficit were and $252.6 million, respectively": a
        # "respectively" after one amount pairs it with a dropped one; both take the phrase
        readings = lst.readings(2)
    if not readings and phrase is not None and n > 1 and lst.min_size() == 1 and not inherited:
        laid = slots(lst, lst.readings(1)[0] if lst.readings(1) else tuple(0 for _ in lst.options))
        twins = lst.twins.get(0, [])
        # One amount stated once for several dates ("$884,546 as of September 30, 2021 and
        # December 31, 2020"): one fact per date, sharing the span. But an opening phrase
        # ("As of March 31, 2025, and 2024, the balance is $12,480") names the dates of the
        # whole sentence, and its one amount is the first date's.
        # ("For each of the years ended ..." and "As of both ..." state it for each, though.)
        each = _EACH.search(ctx.text[max(0, phrase.start - 20) : phrase.start + 12])
        dates: Sequence[str | None] = (
            phrase.periods[:1]
            if phrase.end <= lst.start and phrase is opening and not each
            else phrase.periods
        )
        if _RESPECTIVELY_NEXT.match(ctx.text, phrase.end) and _NUMBER.search(
                ctx.text, lst.end, phrase.start):
            # "a line of ¥15,000 million ...; borrowings amounted to and ¥6,000 million as of
            # March 31, 2025 and 2024, respectively": the phrase is the later list's
            dates = [default_period(ctx.doc, None, laid[0], ctx.text)]
        if (glued := _glued_second(ctx, phrase, laid[0], dates, named)) and not twins:
            return glued, []
        return [ctx.fact(a, p, named) for p in dates for a in (laid[0], *twins)], []
    if not readings and phrase is not None and _in_groups(lst, n):
        # "were $88.4 million and $71.2 million, and $310.5 thousand and $298.0 thousand,
        # respectively": two measures, each stated for the phrase's dates in turn.
        return [
            ctx.fact(a, phrase.periods[k % n], named)
            for k, a in enumerate(lst.items)
            for a in (a, *lst.twins.get(k, []))
        ], []
    if not readings:
        return _unaligned(ctx, lst, phrase, named)
    warnings: list[ExtractionWarning] = []
    if len(readings) > 1 and any(sum(r) for r in readings):
        warnings.append(
            ExtractionWarning(
                code="ambiguous_blanks",
                message=f"blank slots could sit in {len(readings)} places in: "
                f"{ctx.text.strip()[:160]!r}; took the most likely",
                span=(ctx.sent.start, ctx.sent.end),
            )
        )
    facts: list[Fact] = []
    for k, a in enumerate(slots(lst, readings[0])):
        period = (phrase.periods[min(k, n - 1)] if phrase is not None
                  else default_period(ctx.doc, None, a, ctx.text))
        facts.append(ctx.fact(a, period, named))
        for t in _twins_of(lst, a):
            facts.append(ctx.fact(t, period, named))
    return facts, warnings


def _glued_second(ctx: SentenceContext, phrase: PeriodPhrase, one: Amount,
                  dates: Sequence[str | None], named: Named | None) -> list[Fact]:
    """"$4.0 million at August 2, 2025 andat February 1, 2025": the glue is where the viewer
    dropped the second date's amount (its unit and scale the first's); [] without it."""
    glued = _GLUED_AND.search(ctx.text, phrase.start, phrase.end)
    if glued is None or len(dates) != 2:
        return []
    at = glued.start("w")
    blank = Amount(at, at, None, one.unit, one.scale, blank=True, kind=one.kind,
                   token_start=at, token_end=at)
    return [ctx.fact(one, dates[0], named), ctx.fact(blank, dates[1], named)]


def _twins_of(lst: AmountList, a: Amount) -> list[Amount]:
    """The restatements of list item `a` ("RMB (US$ )"): found by the item's token, since a
    blank item may come back from `slots` as a copy in its siblings' scale."""
    for k, item in enumerate(lst.items):
        if (item.token_start, item.token_end) == (a.token_start, a.token_end):
            return lst.twins.get(k, [])
    return []


# what stands between a list's last amount and its "respectively" when an item was dropped
_RESPECTIVELY_NEXT = re.compile(r"[\s,]*(?:and[\s,]*)?respectively\b", re.IGNORECASE)
_AND_OR_SEMICOLON = re.compile(r",\s*and\b|;")
_NUMBER = re.compile(r"\d")
_GLUED_AND = re.compile(r"\band(?P<w>)(?:at|as|on|in)\s")


def _in_groups(lst: AmountList, n: int) -> bool:
    """Whether a list with no blank slots is several runs of `n` amounts, each run closed by
    ", and" or a change of unit or scale (one measure per run, each for the same dates)."""
    items = lst.items
    if n < 2 or len(items) <= n or len(items) % n or any(a.blank for a in items):
        return False
    if any(sum(o) for o in lst.options if len(o) == 1):
        return False
    for k in range(n, len(items), n):
        gap = lst.sentence[items[k - 1].token_end : items[k].token_start]
        a, b = items[k - 1], items[k]
        if not (_AND_OR_SEMICOLON.search(gap) or (a.unit, a.scale) != (b.unit, b.scale)):
            return False
    return True


_COMMA_AND = re.compile(r"\s*,\s*and\b")


def _unaligned(
    ctx: SentenceContext, lst: AmountList, phrase: PeriodPhrase | None, named: Named
) -> Aligned:
    """A list no reading of whose blanks fills its phrase: its fewest slots, undated (with a
    warning) when the phrase names several periods."""
    n = len(phrase.periods) if phrase else 1
    least = [min(o) for o in lst.options]
    if (n <= 1 and len(lst.items) >= 2 and len(lst.options[-1]) > 1
            and _COMMA_AND.match(ctx.text[lst.end : lst.end + 8])):
        # "owned a%, %, and equity interest": an Oxford ", and" after a list, with nothing
        # after it, lost its last item.
        least[-1] = min(x for x in lst.options[-1] if x > 0)
    laid = slots(lst, tuple(least))
    warnings: list[ExtractionWarning] = []
    if phrase is not None and len(phrase.periods) > 1:
        warnings.append(
            ExtractionWarning(
                code="unaligned",
                message=f"{len(laid)} amounts but {n} periods in: "
                f"{ctx.text.strip()[:160]!r}; amounts left undated",
                span=(ctx.sent.start, ctx.sent.end),
            )
        )
        periods: list[str | None] = [None] * len(laid)
    else:
        periods = [default_period(ctx.doc, phrase, a, ctx.text) for a in laid]
    return [ctx.fact(t, p, named) for a, p in zip(laid, periods, strict=True)
            for t in (a, *_twins_of(lst, a))], warnings
