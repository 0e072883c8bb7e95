"""Dates that only say when something falls due, starts or is expected (FACTS.md 1.1): no
period phrase is read there (`periods.find_periods` and the prose reader skip them).

Pure functions over text, memoised by content: the prose reader asks for the same sentence's
due dates more than once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.casefold import MEMO_CHARS, folded, has_any
from extractor.vocabulary import DATE as _DATE
from extractor.vocabulary import MONTH as _MONTH
from extractor.vocabulary import YEAR as _YEAR

_ANY_YEAR = re.compile(_YEAR)

# Dates that only say when something falls due, matures, expires, vests, is repaid or runs
# until are not the period of the facts beside them (FACTS.md 1.1): "due on March 3, 2018",
# "maturing in May 2027", "expiring 2030", "through December 2024", "extended to August 31,
# 2026", "from May 2021 to May 2022" as a term.
_MONTH_OR_DATE = rf"(?:{_DATE}|{_MONTH}\s*,?\s*{_YEAR}|{_YEAR})"
_DUE = re.compile(
    rf"(?=[fdrmevtup])\b(?:(?:fall(?:s|ing)?\s+)?due(?:\s+and\s+(?:re)?paid)?|repaid|repayable"
    rf"|payable"
    rf"|matur(?:e|es|ed|ing|ity)(?:\s+dates?)?|expir(?:e|es|ed|ing|ation|y)(?:\s+dates?)?"
    rf"|vest(?:s|ed|ing)?|through|thru|until|till|extended\s+to|runs?\s+to|terminat(?:e|es|ing))"
    rf"(?:\s+(?:is|was|are|were|of|on|in|by|between|beginning|starting))*"
    rf"(?:\s+(?:the\s+)?(?:year|fiscal\s+year)s?)?\s+"
    rf"(?P<dates>{_MONTH_OR_DATE}(?:\s*(?:,\s*and|,|and|or|to|through|-|–)\s*{_MONTH_OR_DATE})*)"
    rf"|\bfrom\s+(?P<term>{_MONTH_OR_DATE}\s+(?:to|through|until)\s+{_MONTH_OR_DATE})",
    re.IGNORECASE,
)


# Dates that only say when something starts or first happens are no period either, as due
# dates (FACTS.md 1.1): "will increase by 0.2% per year, for the first time in December 2025",
# "for the first time it increased in June 2022", "rent of $3,200 beginning September 2018".
_EVENT = re.compile(
    rf"(?=[fbsc])\b(?:for\s+the\s+first\s+time(?:\s+(?:it|they|this|these|which)\s+\w+)?"
    rf"|(?:beginning|starting|commencing)(?:\s+(?:in|on|from))?)\s+(?:in\s+|on\s+)?"
    rf"(?P<dates>{_MONTH_OR_DATE})",
    re.IGNORECASE,
)


# A window in which amounts are expected to be recognised or settled only says when they will
# be, as a due date does: "$1.3 billion and $2.4 billion is expected to be recognized during
# the remaining six months ending December 31, 2018 and the year ending December 31, 2019",
# "$124 expected to be paid in cash primarily in 2025".
_WINDOW = (
    rf"(?:the\s+)?(?:remaining\s+)?(?:(?:\w+|\d+)[-\s])?(?:months?|years?|quarters?|periods?)"
    rf"\s+(?:ending|ended)\s+{_MONTH_OR_DATE}|(?:fiscal\s+)?{_MONTH_OR_DATE}"
)
_EXPECTED = re.compile(
    rf"(?=e)\bexpected\s+to\s+be\s+(?:recogni[sz]ed|reali[sz]ed|paid|settled|collected|"
    rf"received|incurred|amorti[sz]ed|reclassified)(?:\s+(?:as|in|into)\s+\w+)?"
    rf"(?:\s+(?:primarily|mainly|largely|principally|mostly|substantially))?\s+"
    rf"(?:during|over|in|within|by)\s+(?:{_WINDOW})(?:\s*,?\s*(?:and|or)\s+(?:{_WINDOW}))*",
    re.IGNORECASE,
)


# A record date only says who is paid, not when the dividend is paid or declared (a due date's
# kin): "to stockholders of record as of the close of business on November 1, 2017", "to record
# holders of our common stock on February 15, 2024 and February 15, 2023, respectively",
# "holders of record as of January 1, 2025", "a record date of March 3, 2025".
_DATE_LIST = rf"{_MONTH_OR_DATE}(?:\s*(?:,\s*and|,|and)\s*{_MONTH_OR_DATE})*"
_RECORD = re.compile(
    rf"(?=[srh])\b(?:(?:stock|share|unit)?holders\s+of\s+record|record\s+(?:stock|share)?holders"
    rf"(?:\s+of\s+(?:our|its|the\s+Company(?:’s|'s)?)?\s*(?:\w+\s+){{0,2}}(?:stock|shares))?"
    rf"|record\s+dates?(?:\s+of)?)"
    rf"(?:\s+(?:as\s+of|at|on))?(?:\s+the\s+close\s+of\s+business(?:\s+on)?)?\s+"
    rf"(?P<dates>{_DATE_LIST})",
    re.IGNORECASE,
)


# the words of _DUE (`_DUE_ONLY`), of _EVENT (`_EVENT_WORDS`), of _EXPECTED and of _RECORD
_DUE_ONLY = ("due", "repa", "payable", "matur", "expir", "vest", "thr", "til", "extended", "run",
             "terminat", "from")
_EVENT_WORDS = ("first", "begin", "start", "commenc")
_DUE_WORDS = (*_DUE_ONLY, *_EVENT_WORDS, "expected", "record")


def due_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence names dates that only say when something falls due: no period phrase
    is read there. Memoised by content: the prose reader asks again for the same sentence."""
    return list(_due_spans(sentence) if len(sentence) <= MEMO_CHARS else _scan_due(sentence))


def _scan_due(sentence: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    low = folded(sentence)
    if not _ANY_YEAR.search(sentence) or not has_any(low, _DUE_WORDS):
        return ()
    # (each pattern runs only where the folded text holds a word every match of it holds)
    for m in _DUE.finditer(sentence) if has_any(low, _DUE_ONLY) else ():
        g = "dates" if m.group("dates") else "term"
        word = m.group().split()[0].lower()
        if word in _UP_TO and _OPENING_UP_TO.fullmatch(sentence[: m.start()]):
            continue  # "Through September 30, 2017, the Company has ...": an opener, as "as of"
        out.append((m.start(g), m.end(g)))
    for m in _EVENT.finditer(sentence) if has_any(low, _EVENT_WORDS) else ():
        # "Beginning May 2021, the Company ...": an opener, which dates the sentence
        if not _OPENING_UP_TO.fullmatch(sentence[: m.start()]):
            out.append((m.start("dates"), m.end("dates")))
    if "expected" in low:
        out.extend((m.start(), m.end()) for m in _EXPECTED.finditer(sentence))
    if "record" in low:
        out.extend((m.start("dates"), m.end("dates")) for m in _RECORD.finditer(sentence))
    return tuple(out)


# (`casefold.MEMO_CHARS`: texts short enough to keep by content)
_due_spans = lru_cache(maxsize=4096)(_scan_due)


_UP_TO = frozenset({"through", "thru", "until", "till"})
_OPENING_UP_TO = re.compile(r"\s*(?:\(?[a-z0-9ivx]{1,4}\)\.?\s*)?", re.IGNORECASE)
