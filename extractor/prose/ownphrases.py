"""Period phrases an amount's own words claim ahead of the sentence's other dates.

- A change stated between two balances ("Goodwill decreased $9 million from $253 million as of
  December 31, 2023 to $244 million as of December 31, 2024") is the movement over the span
  between the two dates: a duration ending on the second (`P12M/2024-12-31`), not the first
  balance's instant.
- A part of an amount told with its own duration ("... as of December 31, 2023 was $5.0
  billion, of which $3.9 billion was recognized as revenue during the year ended December 31,
  2024") is dated by that duration, not by the balance date in the sentence's subject; one
  whose duration ends on the balance date is still a part of the balance, and keeps its date.
"""

from __future__ import annotations

import re

from extractor.periods import PeriodPhrase
from extractor.prose.slots import AmountList

_CHANGE_VERB = re.compile(
    r"\b(?:increased|decreased|grew|declined|rose|fell|changed)\s+(?:by\s+)?"
    r"(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
# between the change and its first balance: a few words, no amount ("within the automotive
# segment"), then "from"; between the balances: "to"
_TO_FROM = re.compile(r"[^\d%;.]{0,60}?\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"[\s,]*to\s+$", re.IGNORECASE)
_OF_WHICH = re.compile(r"\bof\s+which\s+$", re.IGNORECASE)
# the part's own clause up to its phrase: words, no other amount, no clause break
_PART_CLAUSE = re.compile(r"[^\d%;]{0,80}$")


def own_phrase(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """The phrase a list's own words give it (see the module), or None."""
    if len(lst.items) != 1 or lst.items[0].blank:
        return None
    return _change_span(lst, usable) or _part_of_which(lst, usable)


def _months_between(a: str, b: str) -> int:
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def _change_span(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """"decreased $9 million ... from $253 million as of D1 to $244 million as of D2"."""
    text = lst.sentence
    if not _CHANGE_VERB.search(text[max(0, lst.start - 40) : lst.start]):
        return None
    after = [p for p in usable if p.start >= lst.end][:2]
    if len(after) != 2 or any(p.kind != "instant" or len(p.periods) != 1 for p in after):
        return None
    first, second = after
    # "... $9 million [within X] from $253 million as of D1 to $244 million as of D2": one
    # amount before each date, "from" before the first, "to" before the second
    if not _balance_before(text, lst.end, first.start, _TO_FROM):
        return None
    if not _balance_before(text, first.end, second.start, _TO):
        return None
    start, end = first.periods[0], second.periods[0]
    months = _months_between(start, end)
    if months <= 0:
        return None
    return PeriodPhrase(first.start, second.end, (f"P{months}M/{end}",), "duration")


# the balance right before a date phrase ("$253 million " before "as of December 31, 2023";
# any currency mark: "RMB1,521", "US$ 40")
_AMOUNT_THEN = re.compile(
    r"(?P<head>.*?)[^\s\d]{0,4}\s?\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s*",
    re.IGNORECASE | re.DOTALL,
)


def _balance_before(text: str, a: int, b: int, head: re.Pattern[str]) -> bool:
    """Whether text[a:b] is `head` (the words before a balance) and then one amount."""
    m = _AMOUNT_THEN.fullmatch(text[a:b])
    return m is not None and head.fullmatch(m.group("head")) is not None


def _part_of_which(lst: AmountList, usable: list[PeriodPhrase]) -> PeriodPhrase | None:
    """", of which $3.9 billion was recognized ... for the year ended D2"."""
    text = lst.sentence
    if not _OF_WHICH.search(text[max(0, lst.start - 12) : lst.start]):
        return None
    nxt = next((p for p in usable if p.start >= lst.end), None)
    if nxt is None or nxt.kind != "duration" or len(nxt.periods) != 1:
        return None
    balance = next((p for p in reversed(usable) if p.end <= lst.start), None)
    if balance is not None and balance.kind == "instant" and len(balance.periods) == 1 \
            and nxt.periods[0][-10:] <= balance.periods[0]:
        # "... as of December 31, 2024 was $35.5 billion, of which $19.9 billion were
        # remeasured during the year ended December 31, 2024": a duration that ends on the
        # balance date says how the part came to be in the balance, which it still is
        return None
    return nxt if _PART_CLAUSE.fullmatch(text[lst.end : nxt.start]) else None
