"""Two measures a sentence names under one label, split into a fact of each.

- A lease's right-of-use asset and its liability recorded at one amount ("recorded
  right-of-use assets and lease liabilities of $59,216", "a Right of Use Asset (“ROU”) and an
  offsetting lease liability of $64,327"): at a lease's start the two are equal and the sentence
  states each, so the amount is a fact of each, on one span.
- Two amounts "respectively" under coordinated measures: "right-of-use assets and lease
  liabilities early terminated ... were RMB32.5 million and RMB32.4 million, respectively", or
  coordinated modifiers of one noun, "maximum annual and total lease commitment of up to $18,170
  and $36,340, respectively" -> "Maximum annual lease commitment", "Maximum total lease
  commitment". Two amounts under two dates stay the pair's at each date.
"""

from __future__ import annotations

import re

from extractor.facts import Fact

_ASSET_AND_LIABILITY = re.compile(
    r"(?i)^(?P<pre>)(?P<a>(?:[\w\-]+\s+){0,2}?(?:right[\s-]+of[\s-]+use|ROU)\s+assets?)"
    r"(?:\s*\([^()]*\))?\s+and\s+(?:an?\s+|the\s+)?(?:offsetting\s+|corresponding\s+|"
    r"related\s+)?(?P<b>(?:operating\s+|finance\s+)?lease\s+liabilit(?:y|ies))"
    r"(?P<tail>(?:\s+[a-z][\w\-]*){0,3})$"
)
# Modifiers a note coordinates before one noun ("current and non-current", "federal and
# state", "annual and total"): each amount of a two-amount list is the noun's under one of them.
_MODIFIER = (
    r"(?:annual|total|current|non-?current|short-term|long-term|basic|diluted|federal|state|"
    r"foreign|domestic|minimum|maximum|gross|net|realized|unrealized|principal|interest|"
    r"initial|monthly|quarterly)"
)
_COORDINATED = re.compile(
    rf"(?i)^(?P<pre>(?:[\w\-]+\s+){{0,2}}?)(?P<a>{_MODIFIER})\s+and\s+(?P<b>{_MODIFIER})"
    r"(?P<tail>(?:\s+[a-z][\w\-]*){1,5})$"
)
_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def split_pairs(facts: list[Fact], sentence: str) -> list[Fact]:
    """The sentence's facts with each pair of measures under one label split into a fact of
    each (see the module docstring)."""
    spans: dict[str, list[tuple[int, int] | None]] = {}
    periods: dict[str, set[str | None]] = {}
    for f in facts:
        spans.setdefault(f.label, [])
        if f.span not in spans[f.label]:
            spans[f.label].append(f.span)
        periods.setdefault(f.label, set()).add(f.period)
    respectively = _RESPECTIVELY.search(sentence) is not None
    out: list[Fact] = []
    for f in facts:
        n = len(spans[f.label])
        lease = _ASSET_AND_LIABILITY.match(f.label) if not f.blank else None
        coordinated = (
            _COORDINATED.match(f.label) if lease is None and n == 2 and respectively else None
        )
        m = lease or coordinated
        # two amounts under two dates ("were $1.2 million and $1.3 million as of December 31,
        # 2023 and 2022, respectively") are the pair's at each date: left as they are
        if m is None or n > 2 or (n == 2 and len(periods[f.label]) > 1):
            out.append(f)
            continue
        parts = [m.group("a"), m.group("b")]
        if n == 2:
            parts = [parts[spans[f.label].index(f.span)]]
        for part in parts:
            label = _capital(f"{m.group('pre')}{part}{m.group('tail')}")
            out.append(f.model_copy(update={"label": label}))
    return out
