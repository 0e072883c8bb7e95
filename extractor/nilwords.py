"""A nil said in words: "nil" ("RMB nil", "and nil in 2023"), and "none" standing as a list's
item before the period it is for ("S$5,000 in 2022 and none in 2023"). Each is an amount of
zero (kind "zero"), in the currency its mark gives, else in its list's."""

from __future__ import annotations

import re

from extractor.amounts import Amount, currency_code
from extractor.casefold import folded
from extractor.vocabulary import COMMON_CURRENCY, COMMON_CURRENCY_INITIALS

_NIL_RE = re.compile(
    rf"(?=n|{COMMON_CURRENCY_INITIALS})(?<![\w$])(?:(?P<cur>{COMMON_CURRENCY})\s?)?(?P<nil>nil)\b",
    re.IGNORECASE,
)
# "S$5,000 in 2022 and none in 2023": "none" as a list's item, before the period it is for
_NONE_ITEM_RE = re.compile(
    r"(?:(?<=\band )|(?<=, ))(?P<nil>none)(?=\s+(?:in|for|during|as\s+of|as\s+at|at)\s+"
    r"(?:the\s+)?(?:fiscal\s+)?(?:(?:19|20)\d\d\b|(?:year|period|three|six|nine|twelve)\b))"
)
# a "none" only after an amount's mark: "two loans, and none in 2023 were impaired" is a pronoun
_MARK_BEFORE = re.compile(rf"{COMMON_CURRENCY}|%")


def nil_amounts(text: str, yen: str) -> list[Amount]:
    """The nils `text` says in words, in text order."""
    low = folded(text)
    found = [
        *(_NIL_RE.finditer(text) if "nil" in low else ()),
        *(m for m in (_NONE_ITEM_RE.finditer(text) if "none" in low else ())
          if _MARK_BEFORE.search(text, max(0, m.start() - 48), m.start())),
    ]
    out = []
    for m in found:
        cur = m.groupdict().get("cur")
        unit = currency_code(cur, yen) if cur else None
        out.append(Amount(
            m.start("nil"), m.end("nil"), "0", unit, 0, kind="zero", token_start=m.start(),
            token_end=m.end(), explicit_unit=unit is not None,
        ))
    return out
