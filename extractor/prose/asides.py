"""Period phrases inside a trailing aside: a relative or absolute clause after the amounts
("..., which was sold to a third party in March 2023"; "..., the licence having been signed in
January 2024") whose event date tells when the clause's own event happened, not the period of
the amounts before it.

A due or maturity date is already no period (FACTS.md 1.1); this is the same reading for the
other events such a clause reports. Only event dates (a month, a day) are set aside: a
duration ("..., which was $2 million for the year ended ...") still dates what it names.
"""

from __future__ import annotations

import re

from extractor.periods import PeriodPhrase

# the clause's opening: a comma, then a relative word or an absolute participle
_ASIDE_OPEN = re.compile(
    r",\s+(?:which|who|whom|whereby|when)\b|,\s+(?:the|its|our)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"having\b|,\s+having\b"
)
# an amount between the opening and the phrase makes the clause one that states facts itself
_AMOUNT_SIGN = re.compile(r"\d[\d,.]*\s*(?:%|million|billion|thousand)|[$€£¥]\s?\d")
_EVENT_KINDS = ("month", "date")  # "as of" balance dates in a clause still date it


def aside_phrases(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The sentence's event-date phrases that stand in a trailing aside: a clause opened by ",
    which" (", who", ", when", "..., the X having ...") with no amount between its opening
    and the phrase."""
    if "," not in text:
        return []
    out = []
    for p in phrases:
        if p.kind not in _EVENT_KINDS:
            continue
        lo = max(0, p.start - 160)
        opens = list(_ASIDE_OPEN.finditer(text, lo, p.start))
        if opens and not _AMOUNT_SIGN.search(text, opens[-1].end(), p.start) \
                and ";" not in text[opens[-1].end() : p.start]:
            out.append(p)
    return out


def for_amounts_before(phrases: list[PeriodPhrase], asides: list[PeriodPhrase],
                       end: int) -> list[PeriodPhrase]:
    """The phrases that may date amounts ending at `end`: every phrase but an aside's after
    them."""
    if not asides:
        return phrases
    return [p for p in phrases if not (p.start >= end and any(p is q for q in asides))]
