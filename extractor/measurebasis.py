"""Members that say how an amount is measured, not about whom: a fair-value level ("Quoted
Prices In Active Markets For Identical Assets (Level 1)", "Level 2"), or carrying amount
against fair value ("Significant Unobservable Inputs - Carrying Value", "Estimate of Fair
Value Measurement", "Reported Value Measurement"). Such a member leads the label in its short
form ("Level 1 / Cash", "Carrying Value / Bank overdraft"), as gold/blind/r5 labels it; it is
never the entity.
"""

from __future__ import annotations

import re

_LEVEL = re.compile(r"(?i)\bLevel\s?(?P<n>[123])\b")
# A basis as the whole member ("Carrying Reported Amount Fair Value Disclosure") or after a
# level's words ("Significant Unobservable Inputs - Carrying Value").
_BASIS = re.compile(
    r"(?i)^(?P<b>(?:gross |net )?carrying (?:reported )?(?:value|amount)|reported value|"
    r"(?:estimate of )?fair value|"
    # IFRS's components of a carrying amount: "Accumulated depreciation and amortisation",
    # "Accumulated impairment" (the gross amount is matched above)
    r"accumulated (?:depreciation|amorti[sz]ation|impairment)(?: losses)?"
    r"(?: and (?:amorti[sz]ation|impairment)(?: losses)?)?)"
    r"(?: measurement| disclosure| fair value disclosure)?$"
)
_TAIL_BASIS = re.compile(r"(?i)\s-\s*(?P<b>carrying (?:value|amount)|fair value)$")
# The whole member is a level: "Level 1", "Fair Value, Inputs, Level 2", "Quoted prices in
# active markets (Level 1)"; a class of assets ("Level 3 investments") is not.
_ONLY = re.compile(
    r"(?i)^(?:fair value,? (?:inputs,? )?)?(?:level\s?[123]|quoted prices in active markets"
    r"(?: for identical (?:assets|liabilities|assets or liabilities))?(?: \(level\s?1\))?|"
    r"significant (?:other )?(?:observable|unobservable) inputs(?: \(level\s?[23]\))?)"
    r"(?:\s-\s*.+)?$"
)


def measure_basis(member: str) -> str | None:
    """The short label prefix when a Details member names a fair-value level or a measurement
    basis; None for any other member."""
    m = member.strip()
    if (basis := _BASIS.match(m)) is not None:
        return _first_up(basis.group("b"))  # "Carrying Value", "Estimate of fair value"
    if not _ONLY.match(m):
        return None
    if (tail := _TAIL_BASIS.search(m)) is not None:
        return _first_up(tail.group("b"))
    level = _LEVEL.search(m)
    return f"Level {level.group('n')}" if level else _first_up(m)


def _first_up(s: str) -> str:
    return s[:1].upper() + s[1:]
