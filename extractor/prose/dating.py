"""Dating: the period phrases of a sentence and the one each amount list goes with.

`prose.yearphrases` reads a sentence's period phrases; this finds the phrase that opens a
sentence (it carries over to the rest of the paragraph), and picks, for each list, the phrase
whose count it can fill.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractor.amounts import Amount
from extractor.periods import PeriodPhrase, find_periods
from extractor.prose.ownphrases import own_phrase
from extractor.prose.slots import AmountList
from extractor.vocabulary import COMMON_CURRENCY

_AMOUNT_MARK = re.compile(rf"\d|million|%|{COMMON_CURRENCY}")
_OPENING_HEAD = re.compile(
    r"(?:\(?[a-z0-9ivx]{1,4}\)\.?\s*)?(?:during|for|in|as of|as at|on|at|through|by)?"
    r"(?:\s*(?:the|each of the|each of|both|all of the))*\s*"
)

def leading_phrase(phrases: list[PeriodPhrase], amounts: list[Amount],
                   text: str = "") -> PeriodPhrase | None:
    """The first period phrase of a sentence when it comes before every amount in the same
    clause (not "No shares were repurchased during the three months ended ..., and 240,000
    shares were repurchased during the six months ended ...": that phrase closes the clause
    before the amount's)."""
    first = min((a.token_start for a in amounts), default=0)
    for p in phrases:
        if p.end <= first and p.kind != "date" and not _CLAUSE_JOIN.search(text, p.end, first):
            return p
        break
    return None


_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas)\s|;", re.IGNORECASE)


def opening(phrases: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    """The period phrase that opens a sentence ("For the year ended ..., the Company"), or the
    date of the document an opening clause names ("Pursuant to a memorandum dated March 1,
    2010, the Company sold ...")."""
    for p in phrases:
        # "|During the quarter ended ...": a paragraph the viewer printed in a table's cell
        head = text[: p.start].strip().lstrip("|").lstrip().lower()
        if p.start <= 3 or _OPENING_HEAD.fullmatch(head):
            return p
        if p.kind == "date" and _DATED_OPENER.fullmatch(head) and "," in text[p.end : p.end + 3]:
            return p
        break
    return None


def topic_phrase(phrases: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    """The balance date of a sentence that states no amount but names what the paragraph is
    about ("(a) Deposits as of December 31, 2011 consist primarily of rental deposits ..."):
    an instant right after a short noun phrase opening it dates the paragraph, as an opening
    "As of December 31, 2011" would."""
    first = phrases[0] if phrases else None
    if first is None or first.kind != "instant" or len(first.periods) != 1:
        return None
    head = text[: first.start].strip()
    balance_date = re.match(r"(?i)as\s+(?:of|at)\b|at\b", text[first.start : first.end])
    if balance_date and _TOPIC_HEAD.fullmatch(head) and not re.search(r"\d{3}|[$€£¥%]", head):
        return first
    return None


_TOPIC_HEAD = re.compile(
    r"(?:\(?[a-z0-9ivx]{1,4}\)\.?\s*)?(?:[A-Z][\w\-’']*)(?:\s+[\w\-’']+){0,3}", re.ASCII
)

_DATED_OPENER = re.compile(
    r"(?:pursuant to|under|in connection with|in accordance with|as part of|by)\b[^,.;]{0,100}?"
    r"\bdated"
)


def spread_respectively(
    lists: list[AmountList], phrases: list[PeriodPhrase]
) -> tuple[str, ...] | None:
    """The periods of a "respectively" phrase when the sentence has one single amount per
    period, each in its own clause; None when that is not the sentence's shape."""
    if len(lists) < 2 or any(len(lst.items) != 1 or lst.items[0].blank for lst in lists):
        return None
    resp = [
        p
        for p in phrases
        if len(p.periods) == len(lists) and (
            (p.start >= lists[-1].end and (p.respectively or _closes_clauses(lists, p, phrases)))
            # "For the years ended ..., 2024, 2023 and 2022, we recorded a gain of $57 million,
            # gain of $122 million and loss of $89 million, respectively": the opening phrase's
            # periods, one per clause, as the closing "respectively" says
            or (p.end <= lists[0].start and _RESPECTIVELY_AFTER.match(
                lists[0].sentence, lists[-1].end) is not None)
        )
    ]
    if len(resp) != 1 or any(len(p.periods) > 1 for p in phrases if p is not resp[0]):
        return None
    return resp[0].periods


_CLAUSE_AND = re.compile(r"\band\b")
# "respectively" right after a sentence's last amount: its words, a comma, no other amount
_RESPECTIVELY_AFTER = re.compile(r"[^\d;.]{0,40}?,?\s*respectively\b", re.IGNORECASE)
_OWN_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*+(?:for|during|in)?\s*+(?:the|each of the)?\s*+$", re.IGNORECASE)


def _closes_clauses(lists: list[AmountList], p: PeriodPhrase,
                    phrases: list[PeriodPhrase]) -> bool:
    """"a provision of $2.4 million and a benefit of $3.8 million for the three and nine
    months ended ...": clauses of one amount each, joined by "and", and the phrase right
    after the last amount: one period each, in order, as "respectively" would say. ("For
    each of" states each amount for every period, and a clause with a period of its own,
    "12% in 2025 and 13% in 2024 and 2023", is dated by it: not this shape.)"""
    if any(lists[0].start <= q.start < p.start for q in phrases):
        return False
    text = lists[0].sentence
    gap = text[lists[-1].end : p.start]
    if not _RIGHT_AFTER.fullmatch(gap) or "each" in gap.lower():
        return False
    return all(_CLAUSE_AND.search(text[a.end : b.start]) for a, b in pairwise(lists))


def phrase_for(
    lst: AmountList, phrases: list[PeriodPhrase], opening: PeriodPhrase | None
) -> PeriodPhrase | None:
    """The period phrase a list goes with: one whose count the list can fill, the sentence's
    opening phrase first, then the nearest after the list, then the nearest before."""
    usable = [p for p in phrases if p.kind != "date" or len(p.periods) > 1]
    own = own_phrase(lst, usable)
    if own is not None:
        return own
    stated = _stated_after(lst, usable)
    if stated is not None:
        return stated
    claimed = _claimed_after(lst, usable, opening)
    if claimed is not None:
        return claimed
    clause = _clause_opening(lst, usable, opening) or _clause_own_after(lst, usable, opening)
    if clause is not None:
        return clause
    if opening is not None and opening in usable and _fits(lst, opening):
        return opening
    nearest = _nearest(lst, usable)
    if nearest is not None:
        return nearest
    joined = _joined(lst, usable)
    if joined is not None:
        return joined
    if opening is not None:
        return opening
    singles = [p for p in usable if len(p.periods) == 1]
    if singles:
        return min(singles, key=lambda p: abs(p.start - lst.start))
    return max(usable, key=lambda p: len(p.periods)) if usable else None


_RESPECTIVELY_ONE = re.compile(r"\s*,?\s*respectively\s*,?\s*", re.IGNORECASE)
_COMPARED = re.compile(r"\bcompared\s+(?:to|with)\s+(?:an?\s+|the\s+)?[^\w\s]{0,3}$",
                       re.IGNORECASE)


def _stated_after(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """The phrase after a list that its own words give it over the sentence's earlier ones:
    "..., compared to $41.5 million, $7.8 million and $6.0 million, respectively, as of
    December 31, 2023" (a list "respectively" maps onto the measures before it, all at the one
    date after it) and "compared to $0.40 per share, totaling $16.0 million, for the six
    months ended June 30, 2022" (a compared amount is the period after it, not the current
    period named before "compared")."""
    nxt = next((p for p in usable if p.start >= lst.end), None)
    if nxt is None:
        return None
    gap = lst.sentence[lst.end : nxt.start]
    if (len(nxt.periods) == 1 and len(lst.items) > 1 and nxt.kind != "date"
            and _RESPECTIVELY_ONE.fullmatch(gap)):
        return nxt
    head = lst.sentence[max(0, lst.start - 24) : lst.start + 1]
    if (_COMPARED.search(head) and ";" not in gap and "compar" not in gap.lower()
            and (len(nxt.periods) == 1 or _fits(lst, nxt))):
        return nxt
    return None


_CLAUSE_START = re.compile(
    r"(?:[,;]\s*(?:and|but|while|whereas)?|\b(?:and|but|while))\s*"
    r"(?:(?:for|during|in|as of|as at|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


_A_DIGIT = re.compile(r"\d")


def _clause_opening(
    lst: AmountList, usable: list[PeriodPhrase], opening: PeriodPhrase | None
) -> PeriodPhrase | None:
    """"In February 2010, ... $150,000 ..., and in October 2010 the board authorized an
    additional $200,000": a later clause that opens with its own period phrase is dated by it,
    not by the sentence's opening phrase."""
    if opening is None:
        return None
    before = [p for p in usable if opening.end <= p.start and p.end <= lst.start]
    if not before:
        return None
    p = before[-1]
    head = lst.sentence[max(0, p.start - 24) : p.start]
    between = lst.sentence[p.end : lst.start]
    if (_CLAUSE_START.search(head) and _fits(lst, p)
            and (len(p.periods) == 1 or len(lst.items) == len(p.periods))
            and not _A_DIGIT.search(between)):
        return p
    return None


def _clause_own_after(
    lst: AmountList, usable: list[PeriodPhrase], opening: PeriodPhrase | None
) -> PeriodPhrase | None:
    """"As of March 31, 2026, $250,000 was outstanding ..., and $100,000 was outstanding as
    of December 31, 2025": a lone amount that opens a later clause, whose own words name
    another date before the clause ends, is dated by that date, not by the opening phrase."""
    if opening is None or len(lst.items) != 1 or lst.start <= opening.end:
        return None
    joined = _CLAUSE_JOIN_BEFORE.fullmatch(lst.sentence, opening.end, lst.items[0].token_start) \
        or _JOIN_RIGHT_BEFORE.search(lst.sentence, max(0, lst.start - 8), lst.start)
    # (a part's or a clause's balance takes its own date; "of which $19.9 billion were
    # remeasured during the year" is still the opening date's balance)
    near = not joined and _JOIN_NEAR_BEFORE.search(lst.sentence, max(0, lst.start - 56), lst.start)
    if not joined and not near:
        return None
    after = [p for p in usable if p.start >= lst.end and len(p.periods) == 1
             and (not near or p.kind == "instant")]
    if not after or _CLAUSE_BREAK.search(lst.sentence, lst.end, after[0].start) \
            or _EVENT_BEFORE.search(lst.sentence, lst.end, after[0].start + 12):
        return None
    return after[0] if after[0].periods != opening.periods else None


# "... and $1.0 million was deferred until the contract ends on June 30, 2026": a date the
# clause's amount waits for or falls due on, not its own period
_EVENT_BEFORE = re.compile(
    r"\b(?:until|through|till|ends?|ending|due|matur\w*|expir\w*|by|before|after|from|on)\s",
    re.IGNORECASE)
# ", and $ was": the clause opens right at the amount
_JOIN_RIGHT_BEFORE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;(?:\s*and)?)\s+$",
                                re.IGNORECASE)
# "..., of which $0.4 million remained accrued at June 30, 2025", "...; the Company had accrued
# $1.2 million for the matter as of December 31, 2024": a part or a new clause a few words
# before the amount, no other amount between
_JOIN_NEAR_BEFORE = re.compile(
    r"(?:,\s*of\s+which|;(?:\s*and)?)\s+[^\d;,$€£¥()]{0,40}$", re.IGNORECASE)


def _fits(lst: AmountList, p: PeriodPhrase) -> bool:
    """Whether some reading of the list's blank slots gives one slot per period of `p`."""
    return bool(lst.readings(len(p.periods)))


def _claimed_after(
    lst: AmountList, usable: list[PeriodPhrase], opening: PeriodPhrase | None
) -> PeriodPhrase | None:
    """A phrase after the list that claims it before the opening phrase does: the one right
    after the amount, a "respectively" one for a list of several, or "during the year" after
    a lone amount in a sentence an event date opens."""
    nxt = next((p for p in usable if p.start >= lst.end), None)
    if nxt is not None and _ADJACENT.fullmatch(lst.sentence[lst.end : nxt.start]):
        compound = _compound_after(lst, usable)
        if not _fits(lst, nxt) and compound is not None and _fits(lst, compound):
            # "$A, $B and $C for the three months ended March 31, 2020 and the years ended
            # December 31, 2019 and 2018": the phrases joined by "and" fill the list together
            return compound
        return nxt  # "$3,000 per month in 2020 and 2019": the phrase right after the amount
    resp = [
        p
        for p in usable
        if p.respectively and len(p.periods) > 1 and p.start >= lst.end and _fits(lst, p)
    ]
    if resp and len(lst.items) > 1:
        before = [p for p in usable if p.end <= lst.start and _fits(lst, p)]
        if before and (_AMOUNT_MARK.search(lst.sentence[resp[0].end :]) or (
                _OWN_RESPECTIVELY.match(lst.sentence, lst.end)
                and _AMOUNT_MARK.search(lst.sentence, lst.end, resp[0].start))):
            # "for the six months ... amounted to $X and $Y, respectively, and for the three
            # months ... amounted to $A and $B, respectively": a phrase amounts follow opens
            # the next clause; this list keeps the one before it, as it does when its own
            # "respectively" closes it and another list takes the phrase after ("... 2023 was
            # $X and $Y, respectively, and $A and $B for the three and nine months ended
            # September 30, 2022, respectively")
            return before[-1]
        return resp[0]  # "..., respectively, in 2018 and 2019" beats an opening event date
    first_after = nxt
    if (opening is not None and opening.kind in ("instant", "month", "date")
            and len(lst.items) == 1 and first_after is not None
            and first_after.kind == "duration" and len(first_after.periods) == 1
            and not _A_DIGIT.search(lst.sentence[first_after.start : first_after.end])
            # ... and no other amount stands between them to claim the phrase
            and not _AMOUNT_MARK.search(lst.sentence[lst.end : first_after.start])):
        return first_after  # "In May 2021, ... recorded a loss of $2 million during the year"
    return None


_CLAUSE_JOIN_BEFORE = re.compile(
    r"\s*(?:,\s*(?:and|but|while|whereas)|;(?:\s*and)?)\s+[^\d,;$€£¥]{0,16}", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\d", re.IGNORECASE)
_NEAR_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:during|for|in|as of|as at|at|on)?\s*(?:the\s*)?")


def _nearest(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """The fitting phrase nearest the list: compound phrases after it, then after or before."""
    after = [p for p in usable if p.start >= lst.end and _fits(lst, p)]
    before = [p for p in usable if p.end <= lst.start and _fits(lst, p)]
    compound = _compound_after(lst, usable)
    if compound is not None and _fits(lst, compound) and len(compound.periods) > 1:
        return compound
    if after and before and len(lst.items) == 1 and not after[0].respectively:
        # A lone amount between two dates goes with the nearer one ("¥ 311 million during
        # the year ended March 31, 2010").
        gap = lst.sentence[lst.end : after[0].start]
        if _NEAR_GAP.fullmatch(gap):
            return after[0]
        if (_CLAUSE_JOIN_BEFORE.fullmatch(lst.sentence, before[-1].end, lst.items[0].token_start)
                and not _CLAUSE_BREAK.search(gap)):
            # "No shares were repurchased during the three months ended ..., and 240,000
            # shares were repurchased during the six months ended ...": the amount opens a
            # clause of its own, and the phrase before closes the clause before it
            return after[0]

        if after[0].start - lst.end <= lst.start - before[-1].end:
            return after[0]
        return before[-1]
    if after and (after[0].respectively or not before or len(lst.items) > 1):
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None


def _joined(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """"... and RMB29 for the year ended December 31, 2022 and the six months ended June 30,
    2023": consecutive phrases joined by "and" name the list's periods together."""
    if len(lst.items) + max(sum(max(o) for o in lst.options), 0) <= 1:
        return None
    for i in range(len(usable)):
        for j in range(i + 1, len(usable)):
            joined = tuple(p for q in usable[i : j + 1] for p in q.periods)
            combo = PeriodPhrase(usable[i].start, usable[j].end, joined, usable[i].kind)
            if _fits(lst, combo):
                return combo
    return None


_ADJACENT = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:per\s+(?:month|year|annum|share|day)\s*)?(?:in|during|for|as of|at)?"
    r"\s*(?:each of\s+|both\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


_COMPOUND_GAP = re.compile(r"[\s,]*(?:and)?[\s,]*(?:for|as of|as at|during|in)?\s*(?:the\s*)?")


def _compound_after(lst: AmountList, phrases: list[PeriodPhrase]) -> PeriodPhrase | None:
    """Period phrases after a list joined only by "and"/commas ("for the year ended December
    31, 2022, and for the six months ended June 30, 2023, respectively") name one period per
    slot together."""
    run: list[PeriodPhrase] = []
    for p in phrases:
        if p.start < lst.end:
            continue
        if run and not _COMPOUND_GAP.fullmatch(lst.sentence[run[-1].end : p.start]):
            break
        run.append(p)
    if len(run) < 2:
        return None
    return PeriodPhrase(
        run[0].start,
        run[-1].end,
        tuple(x for p in run for x in p.periods),
        run[0].kind,
        any(p.respectively for p in run),
    )


_PHRASE_LEAD = re.compile(
    r"(?:\b(?:during|for|in|as of|as at|at|on|of)\s+)?(?:the\s+)?(?:fiscal\s+)?$"
)


def phrase_bounds(text: str, phrases: list[PeriodPhrase] | None = None) -> list[tuple[int, int]]:
    """The sentence's period phrases with the words that introduce them ("during the")."""
    out = []
    for p in find_periods(text) if phrases is None else phrases:
        lo = max(0, p.start - 24)
        m = _PHRASE_LEAD.search(text[lo : p.start])
        out.append((lo + m.start() if m else p.start, p.end))
    return out
